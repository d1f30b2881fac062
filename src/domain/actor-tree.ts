// Actors nest: a person acts for a government or a group, a government for a state. The top of
// that chain is where a state-level view folds an actor.
import type { Actor } from './dataset-schema';

/** The outermost actor `actorId` belongs to (itself when it has no parent). */
export function rootOf(actorId: string, actorById: ReadonlyMap<string, Pick<Actor, 'parent'>>): string {
  let current = actorId;
  const seen = new Set<string>([current]);
  for (;;) {
    const parent = actorById.get(current)?.parent;
    // A loop is a validation error; stopping here keeps a view alive if one slips through.
    if (parent === undefined || seen.has(parent) || !actorById.has(parent)) return current;
    seen.add(parent);
    current = parent;
  }
}
