// Where each actor stands before any layout: the dataset's positions where it has them; otherwise a
// deterministic placement (top-level actors on a sunflower spiral, the actors inside one around it),
// so a dataset without positions is drawn at once, and the same data gives the same picture.
import type { DatasetModel } from '../domain/dataset-model';
import { rootOf } from '../domain/actor-tree';
import type { Point } from './graph-elements';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const ROOT_SPACING = 120;
const INNER_SPACING = 36;

export interface StartingPositions {
  /** Every actor's position (the dataset's, or a placement). */
  readonly of: (actorId: string) => Point;
  /** True when the dataset gives a position for every actor: no layout needed. */
  readonly complete: boolean;
}

export function startingPositions(model: DatasetModel): StartingPositions {
  const given = model.dataset.layout?.positions ?? {};
  const has = (id: string) => Object.hasOwn(given, id);
  const { actors } = model.dataset;
  const complete = actors.every((actor) => has(actor.id));
  const placed = new Map<string, Point>();
  for (const actor of actors) if (has(actor.id)) placed.set(actor.id, { ...given[actor.id]! });

  const roots = actors.filter((actor) => actor.parent === undefined);
  const inside = new Map<string, string[]>();
  for (const actor of actors) {
    if (actor.parent === undefined) continue;
    const root = rootOf(actor.id, model.actorById);
    const members = inside.get(root);
    if (members) members.push(actor.id);
    else inside.set(root, [actor.id]);
  }
  roots.forEach((root, index) => {
    if (!placed.has(root.id)) {
      // A root without a position of its own but with placed members stands at their centre.
      const members = (inside.get(root.id) ?? []).map((id) => placed.get(id)).filter((point) => point !== undefined);
      placed.set(
        root.id,
        members.length > 0
          ? { x: members.reduce((sum, point) => sum + point.x, 0) / members.length, y: members.reduce((sum, point) => sum + point.y, 0) / members.length }
          : { x: ROOT_SPACING * Math.sqrt(index) * Math.cos(index * GOLDEN_ANGLE), y: ROOT_SPACING * Math.sqrt(index) * Math.sin(index * GOLDEN_ANGLE) },
      );
    }
    (inside.get(root.id) ?? []).forEach((id, position) => {
      if (placed.has(id)) return;
      const centre = placed.get(root.id)!;
      const radius = INNER_SPACING * Math.sqrt(position + 1);
      placed.set(id, { x: centre.x + radius * Math.cos((position + 1) * GOLDEN_ANGLE), y: centre.y + radius * Math.sin((position + 1) * GOLDEN_ANGLE) });
    });
  });
  return { of: (actorId) => placed.get(actorId) ?? { x: 0, y: 0 }, complete };
}
