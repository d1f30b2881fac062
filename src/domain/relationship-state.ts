// Where two parties broke off relations and later resumed contact (Qatar and Syria: ties severed in
// 2012, calls in 2023), the reader needs the relationship's state at the selected time, not just a
// pile of ties. States are judged between top-level actors (a state, or a group with no parent), so
// a call between two ministers counts as contact between their states.
import type { EventKind, TimelineEvent } from './dataset-schema';
import { edgeEndsOf } from './event-edges';
import { rootOf } from './actor-tree';
import type { Actor } from './dataset-schema';
import { countAtOrBelow, countWhile } from './sorted-search';

export type RelationState = 'severed' | 'active';

export interface RelationChange {
  readonly day: number;
  readonly state: RelationState;
  /** The event that set this state, so a reader can open its evidence. */
  readonly eventId: string;
}

export interface Relation {
  /** `a` < `b` in id order. */
  readonly a: string;
  readonly b: string;
  /** Earliest first. */
  readonly changes: readonly RelationChange[];
}

// Kinds in neither set leave a relation as it was. Among them, deliberately: a flight (Assad fleeing
// to Russia says nothing of the ties between states), an appointment (inside one side), an offer (not
// yet an act), a request (it may be made in public, like a statement) and an agreement that ended (a
// truce expiring is not a break of diplomatic relations).
const SEVERING: ReadonlySet<EventKind> = new Set(['severed-ties', 'embassy-closed']);
const RESUMING: ReadonlySet<EventKind> = new Set([
  'restored-ties',
  'embassy-reopened',
  'normalisation',
  'call',
  'meeting',
  'visit',
  'contact',
]);

/**
 * Every pair of top-level actors that severed relations at some point, with each change of state.
 * Planned events change nothing: only what happened (or was reported to have happened) counts.
 */
export function relationsOf(
  events: readonly TimelineEvent[],
  actorById: ReadonlyMap<string, Pick<Actor, 'parent'>>,
  startDayOf: (event: TimelineEvent) => number,
): Relation[] {
  const changesByPair = new Map<string, RelationChange[]>();
  const severedPairs = new Set<string>();
  for (const event of events) {
    const severing = SEVERING.has(event.kind);
    if (!severing && !RESUMING.has(event.kind)) continue;
    if (event.status === 'planned') continue;
    const pairs = new Set<string>();
    for (const ends of edgeEndsOf(event)) {
      const source = rootOf(ends.source, actorById);
      const target = rootOf(ends.target, actorById);
      if (source !== target) pairs.add(pairKey(source, target));
    }
    for (const pair of pairs) {
      if (severing) severedPairs.add(pair);
      const list = changesByPair.get(pair) ?? [];
      list.push({ day: startDayOf(event), state: severing ? 'severed' : 'active', eventId: event.id });
      changesByPair.set(pair, list);
    }
  }
  return [...severedPairs].sort().map((pair) => {
    const [a, b] = pair.split('\u0000') as [string, string];
    // On the same day a severance is applied first, so a same-day contact reads as resumed.
    const changes = changesByPair
      .get(pair)!
      .sort((x, y) => x.day - y.day || rank(x.state) - rank(y.state) || x.eventId.localeCompare(y.eventId));
    return { a, b, changes };
  });
}

/** The change in force on `day`, or null before the first one. */
export function relationStateAt(relation: Relation, day: number): RelationChange | null {
  const inForce = countWhile(relation.changes, (change) => change.day <= day);
  return inForce === 0 ? null : relation.changes[inForce - 1]!;
}

function pairKey(x: string, y: string): string {
  return x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
}

function rank(state: RelationState): number {
  return state === 'severed' ? 0 : 1;
}

/** Finds the relations whose state may differ between two days, without scanning every relation. */
export interface RelationTimeline {
  /** Indexes (into the relations given) of those with a change after the earlier day, up to the later. */
  changedBetween(previousDay: number, nextDay: number): number[];
}

/**
 * Every change of every relation, sorted by day once, so a slider step asks only for the changes
 * it crossed: at the benchmark's largest size, re-reading every relation on every step was more than
 * half of the step's work.
 */
export function createRelationTimeline(relations: readonly Relation[]): RelationTimeline {
  const changes = relations.flatMap((relation, index) => relation.changes.map((change) => ({ day: change.day, index })));
  changes.sort((x, y) => x.day - y.day);
  const days = Float64Array.from(changes, (change) => change.day);
  return {
    changedBetween(previousDay, nextDay) {
      const begin = countAtOrBelow(days, Math.min(previousDay, nextDay));
      const end = countAtOrBelow(days, Math.max(previousDay, nextDay));
      const indexes = new Set<number>();
      for (let position = begin; position < end; position += 1) indexes.add(changes[position]!.index);
      return [...indexes];
    },
  };
}
