// How an event with any number of participants becomes the pairwise edges a graph can draw.
// The rules follow what the roles mean: an initiator reaches out to its recipients, a host or a
// mediator stands at the centre of everyone else, and plain participants meet each other.
import type { Participant, TimelineEvent } from './dataset-schema';

export interface EdgeEnds {
  readonly source: string;
  readonly target: string;
  /** True where the article says who acted on whom (who called, who hosted, who mediated). */
  readonly directed: boolean;
}

// Validation counts an event's ties, the model makes them and the relationship bands read them: at
// 50,000 events that was 0.2 s of the same work three times. Keyed by the participants list, which
// every edit of an event replaces (datasets are never changed in place).
const endsByParticipants = new WeakMap<TimelineEvent['participants'], readonly EdgeEnds[]>();

export function edgeEndsOf(event: Pick<TimelineEvent, 'participants'>): readonly EdgeEnds[] {
  const known = endsByParticipants.get(event.participants);
  if (known !== undefined) return known;
  const ends = pairwiseEnds(event);
  endsByParticipants.set(event.participants, ends);
  return ends;
}

function pairwiseEnds(event: Pick<TimelineEvent, 'participants'>): readonly EdgeEnds[] {
  const byRole = (...roles: Participant['role'][]) =>
    event.participants.filter((p) => roles.includes(p.role)).map((p) => p.actor);
  const hubs = byRole('host', 'mediator');
  const initiators = byRole('initiator');
  const reached = byRole('recipient', 'participant');
  const plain = byRole('participant');

  const ends: EdgeEnds[] = [];
  const seenPairs = new Set<string>();
  const add = (source: string, target: string, directed: boolean) => {
    const pairKey = [source, target].sort().join('\u0000');
    if (source === target || seenPairs.has(pairKey)) return;
    seenPairs.add(pairKey);
    ends.push({ source, target, directed });
  };

  for (const hub of hubs) {
    for (const other of event.participants) {
      if (!hubs.includes(other.actor)) add(hub, other.actor, true);
    }
  }
  for (const initiator of initiators) {
    for (const target of reached) add(initiator, target, true);
  }
  const hasCentre = hubs.length > 0 || initiators.length > 0;
  if (!hasCentre || (hubs.length > 0 && initiators.length === 0 && plain.length === 2)) {
    for (let i = 0; i < plain.length; i += 1) {
      for (let j = i + 1; j < plain.length; j += 1) add(plain[i]!, plain[j]!, false);
    }
  }
  return ends;
}
