// How the whole graph is framed. Shared by the view, which frames it (graph-view.ts), and the layout,
// which spaces the actors for the zoom the view will frame them at (force-layout.ts).

/** Clear space around the framed graph, in CSS pixels (the names are inside the frame already). */
export const FIT_PADDING_PX = 12;
/** A small graph is not blown up past this when framed. */
export const FIT_MAX_ZOOM = 2;
/** Nor shrunk below this (also the reader's limit). */
export const FIT_MIN_ZOOM = 0.05;
/** The reader's limit when zooming in. */
export const MAX_ZOOM = 4;
