// Which actors' names the graph draws first when not all of them fit (a phone, a small frame, a
// crowded corner). One fixed order per dataset, so names do not come and go while time moves and a
// slider step never restyles a node: states first (they are the boxes a reader finds their way by),
// then the other outer actors (armed groups, organisations), then governments and bodies inside a
// state, then persons; within each, the actor that more ties in the whole dataset pass through
// (its own and those of every actor inside it), then the dataset's order.
//
// "States and groups", whose names a phone must draw (issue 19), are every actor that is not a
// person: states, governments, armed groups and organisations. They are what a reader finds their
// way by and what the ties between persons add up to; a person is named where room is left, and
// otherwise one tap, hover or focus away (the tooltip, the details, the table and the search).
import type { Actor } from './dataset-schema';

/** Whether an actor's name belongs to those a phone must draw: every actor but a person. */
export function isStateOrGroup(actor: Pick<Actor, 'type'>): boolean {
  return actor.type !== 'person';
}

/** What the ranking needs of a tie: its two ends. */
export interface TieEnds {
  readonly source: string;
  readonly target: string;
}

/** Lower comes first. */
export type LabelTier = 0 | 1 | 2 | 3;

export function labelTierOf(actor: Pick<Actor, 'type' | 'parent'>): LabelTier {
  if (!isStateOrGroup(actor)) return 3;
  if (actor.parent === undefined) return actor.type === 'state' ? 0 : 1;
  return 2;
}

/**
 * Every actor's rank (0 = named first). Ties count once per end, and towards every actor the end
 * sits inside, so a state ranks by all the ties of its persons too, which is what its box stands for.
 */
export function labelRanks(
  actors: readonly Pick<Actor, 'id' | 'type' | 'parent'>[],
  ties: readonly TieEnds[],
): Map<string, number> {
  const actorById = new Map(actors.map((actor) => [actor.id, actor]));
  const weight = new Map<string, number>();
  const addTo = (id: string) => {
    // The end itself and each actor it sits inside, once each, stopping at a loop.
    const seen = new Set<string>();
    for (let current: string | undefined = id; current !== undefined && !seen.has(current) && actorById.has(current); current = actorById.get(current)?.parent) {
      seen.add(current);
      weight.set(current, (weight.get(current) ?? 0) + 1);
    }
  };
  for (const tie of ties) {
    addTo(tie.source);
    if (tie.target !== tie.source) addTo(tie.target);
  }
  const order = actors
    .map((actor, index) => ({ id: actor.id, tier: labelTierOf(actor), weight: weight.get(actor.id) ?? 0, index }))
    .sort((a, b) => a.tier - b.tier || b.weight - a.weight || a.index - b.index);
  return new Map(order.map((entry, rank) => [entry.id, rank]));
}
