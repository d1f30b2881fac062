// Deterministic synthetic datasets in the real schema, for the benchmark: a few hub states many ties
// run through, persons inside states, events over fifteen years with some dated only to a month or
// a year, and quotes that really are in their source texts (so the validator does its full work).
import type { Actor, Dataset, EventKind, Source, TimelineEvent } from './dataset-schema';
import { EVENT_KINDS } from './dataset-vocabulary';
import { seededRandom } from './seeded-random';

export interface SyntheticSize {
  readonly actors: number;
  readonly events: number;
}

export const BENCH_SIZES = {
  S: { actors: 200, events: 1_000 },
  M: { actors: 2_000, events: 10_000 },
  L: { actors: 10_000, events: 50_000 },
} as const satisfies Record<string, SyntheticSize>;

const EVENTS_PER_SOURCE = 50;
const FIRST_YEAR = 2010;
const YEARS = 15;
const PLAIN_KINDS: readonly EventKind[] = EVENT_KINDS.filter((kind) => kind !== 'mediation' && kind !== 'hosting');

export function syntheticDataset(size: SyntheticSize, seed = 1): Dataset {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  // A skewed pick: low indexes (the hubs) come up far more often, as real diplomacy runs through a few capitals.
  const skewed = <T>(items: readonly T[]): T => items[Math.floor(random() ** 3 * items.length)]!;

  const stateCount = Math.max(5, Math.round(size.actors * 0.1));
  const actors: Actor[] = [];
  for (let index = 0; index < stateCount; index += 1) {
    actors.push({ id: `state-${index}`, label: `State ${index}`, type: 'state', aliases: [`Capital ${index}`] });
  }
  const organisationCount = Math.round(size.actors * 0.05);
  for (let index = 0; index < organisationCount; index += 1) {
    actors.push({ id: `group-${index}`, label: `Group ${index}`, type: index % 2 === 0 ? 'organisation' : 'armed-group' });
  }
  for (let index = 0; actors.length < size.actors; index += 1) {
    actors.push({ id: `person-${index}`, label: `Person ${index}`, type: 'person', parent: `state-${Math.floor(random() ** 2 * stateCount)}`, role: 'Minister' });
  }

  const sources: Source[] = [];
  const events: TimelineEvent[] = [];
  let sentences: string[] = [];
  let sourceId = '';
  const flush = () => {
    if (sentences.length === 0) return;
    sources.push({ id: sourceId, title: `Report ${sources.length}`, publisher: 'Synthetic Wire', published: null, publishedBasis: 'unknown', text: sentences.join(' ') });
    sentences = [];
  };

  for (let index = 0; index < size.events; index += 1) {
    if (index % EVENTS_PER_SOURCE === 0) {
      flush();
      sourceId = `source-${sources.length}`;
    }
    // Every actor takes part at least once (the validator requires it); the rest follow the hubs.
    const first = index < actors.length ? actors[index]! : skewed(actors);
    let second = skewed(actors);
    while (second.id === first.id) second = pick(actors);
    const year = FIRST_YEAR + Math.floor(random() * YEARS);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const precision = random();
    const date =
      precision < 0.1 ? String(year) : precision < 0.3 ? `${year}-${String(month).padStart(2, '0')}` : `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const sentence = `${first.label} and ${second.label} were in contact, report ${index} says.`;
    sentences.push(sentence);
    const mediated = random() < 0.05;
    const third = mediated ? skewed(actors) : null;
    const participants =
      mediated && third !== null && third.id !== first.id && third.id !== second.id
        ? [
            { actor: third.id, role: 'mediator' as const },
            { actor: first.id, role: 'participant' as const },
            { actor: second.id, role: 'participant' as const },
          ]
        : [
            { actor: first.id, role: 'initiator' as const },
            { actor: second.id, role: 'recipient' as const },
          ];
    const status = random();
    events.push({
      id: `event-${index}`,
      kind: participants.length === 3 ? 'mediation' : pick(PLAIN_KINDS),
      participants,
      date,
      dateBasis: 'stated',
      ...(status < 0.05 ? { status: 'reported' as const } : {}),
      summary: `Synthetic event ${index}.`,
      evidence: [{ source: sourceId, quote: sentence }],
    });
  }
  flush();

  return {
    schemaVersion: 1,
    id: `synthetic-${size.actors}-${size.events}`,
    title: `Synthetic: ${size.actors} actors, ${size.events} events`,
    sources,
    actors,
    events,
  };
}

/** Positions for a synthetic dataset: each state's persons around it, states on a large ring. */
export function syntheticPositions(dataset: Dataset): Record<string, { x: number; y: number }> {
  const random = seededRandom(7);
  const states = dataset.actors.filter((actor) => actor.parent === undefined);
  const positions: Record<string, { x: number; y: number }> = {};
  const radius = 60 * Math.sqrt(dataset.actors.length);
  states.forEach((state, index) => {
    const angle = (2 * Math.PI * index) / states.length;
    const ring = radius * (0.4 + 0.6 * random());
    positions[state.id] = { x: Math.round(ring * Math.cos(angle)), y: Math.round(ring * Math.sin(angle)) };
  });
  for (const actor of dataset.actors) {
    if (actor.parent === undefined) continue;
    const centre = positions[actor.parent] ?? { x: 0, y: 0 };
    positions[actor.id] = { x: Math.round(centre.x + (random() - 0.5) * 120), y: Math.round(centre.y + (random() - 0.5) * 120) };
  }
  return positions;
}

/**
 * Years of calls between the same two governments (issue: one slider step took seconds when each of
 * 1,900 such ties was its own fanned-out curve): `pairTies` calls between two governments inside
 * their states, over fifteen years, some dated to the month, and a few other ties around them. Under
 * the 2,000 ties above which the app opens with states only, so the persons and their fan are drawn.
 */
export function manyTiesOnePairDataset(pairTies: number, otherTies: number, seed = 1): Dataset {
  const random = seededRandom(seed);
  const actors: Actor[] = [
    { id: 'state-a', label: 'State A', type: 'state' },
    { id: 'state-b', label: 'State B', type: 'state' },
    { id: 'government-a', label: 'Government of A', type: 'government', parent: 'state-a' },
    { id: 'government-b', label: 'Government of B', type: 'government', parent: 'state-b' },
  ];
  for (let index = 0; index < 10; index += 1) actors.push({ id: `state-${index}`, label: `State ${index}`, type: 'state' });
  const sources: Source[] = [];
  const events: TimelineEvent[] = [];
  let sentences: string[] = [];
  const sourceIdOf = (index: number) => `source-${Math.floor(index / EVENTS_PER_SOURCE)}`;
  const flush = (sourceId: string) => {
    if (sentences.length === 0) return;
    sources.push({ id: sourceId, title: `Report ${sources.length}`, publisher: 'Synthetic Wire', published: null, publishedBasis: 'unknown', text: sentences.join(' ') });
    sentences = [];
  };
  const total = pairTies + otherTies;
  for (let index = 0; index < total; index += 1) {
    if (index > 0 && index % EVENTS_PER_SOURCE === 0) flush(sourceIdOf(index - 1));
    const year = FIRST_YEAR + Math.floor(random() * YEARS);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const date = random() < 0.2 ? `${year}-${month}` : `${year}-${month}-${day}`;
    const pair = index < pairTies;
    // Every actor takes part at least once (the validator requires it).
    const other = actors[4 + (index % 10)]!;
    const [first, second] = pair ? [actors[2]!, actors[3]!] : [index % 2 === 0 ? actors[0]! : actors[1]!, other];
    const sentence = `${first.label} called ${second.label}, report ${index} says.`;
    sentences.push(sentence);
    events.push({
      id: `event-${index}`,
      kind: pair ? 'call' : pick(random, PLAIN_KINDS),
      participants: [
        { actor: first.id, role: 'initiator' },
        { actor: second.id, role: 'recipient' },
      ],
      date,
      dateBasis: 'stated',
      summary: `Synthetic event ${index}.`,
      evidence: [{ source: sourceIdOf(index), quote: sentence }],
    });
  }
  flush(sourceIdOf(total - 1));
  return {
    schemaVersion: 1,
    id: `synthetic-pair-${pairTies}`,
    title: `Synthetic: ${pairTies} calls between two governments`,
    sources,
    actors,
    events,
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}
