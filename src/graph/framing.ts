// How the whole graph is framed. Shared by the view, which frames it (graph-view.ts), and the layout,
// which spaces the actors for the zoom the view will frame them at (force-layout.ts).
import type { Box } from './label-choice';
import type { Actor } from '../domain/dataset-schema';
import { LABEL_GAP_PX } from './label-scale';

/** Clear space around the framed graph, in CSS pixels (the names are inside the frame already). */
export const FIT_PADDING_PX = 12;
/** A small graph is not blown up past this when framed. */
export const FIT_MAX_ZOOM = 2;
/** Nor shrunk below this (also the reader's limit). */
export const FIT_MIN_ZOOM = 0.05;
/** The reader's limit when zooming in. */
export const MAX_ZOOM = 4;

/** Below this width a canvas is a phone's: names wrap narrower (label-scale.ts) and framing leaves out persons' names. */
export const NARROW_CANVAS_BELOW_PX = 480;

export function isNarrowCanvas(width: number): boolean {
  return width < NARROW_CANVAS_BELOW_PX;
}

/**
 * Whether a framing of a canvas this wide leaves room for this actor's name. On a phone only the
 * states' and groups' (src/domain/label-priority.ts): persons' names, one tap away there, would
 * shrink the whole graph for names that mostly cannot be drawn anyway.
 */
export function framesNameOf(actor: { readonly stateOrGroup: boolean }, canvasWidth: number): boolean {
  return actor.stateOrGroup || !isNarrowCanvas(canvasWidth);
}

/**
 * The name the graph draws for an actor on a canvas this wide: on a phone its short name, where the
 * dataset gives one (an abbreviation the articles use), so more names find room; elsewhere, and in
 * the details, the table and the search, its full name.
 */
export function drawnNameOf(actor: Pick<Actor, 'label' | 'shortLabel'>, canvasWidth: number): string {
  return isNarrowCanvas(canvasWidth) ? phoneNameOf(actor) : actor.label;
}

/** The name a phone draws: the short one where the dataset gives one. */
export function phoneNameOf(actor: Pick<Actor, 'label' | 'shortLabel'>): string {
  return actor.shortLabel ?? actor.label;
}

/**
 * Where a framing keeps room for a name: at its usual place, whichever place it is drawn at (the
 * framing must not move with the names, so Reset view comes back to the same view), hanging below a
 * shape or above a box. In screen pixels from the middle of that edge, for a name `label` pixels
 * large at `scale` × LABEL_PX.
 */
export function nameRoom(label: { width: number; height: number }, below: boolean, scale: number): Box {
  const [w, h, gap] = [label.width * scale, label.height * scale, LABEL_GAP_PX * scale];
  return below ? { x1: -w / 2, y1: gap, x2: w / 2, y2: gap + h } : { x1: -w / 2, y1: -gap - h, x2: w / 2, y2: -gap };
}
