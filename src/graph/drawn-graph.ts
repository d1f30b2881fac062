// The graph on screen, for the features that need its picture (the PNG export) without reaching
// into Cytoscape or a global: the canvas component registers its view when it is drawn and clears
// it when it is torn down. One page draws one graph.
import type { GraphView } from './graph-view';

let drawn: GraphView | null = null;

export function setDrawnGraph(view: GraphView | null): void {
  drawn = view;
}

/** Pixels per model pixel of the exported picture: sharp when printed or zoomed. */
export const PICTURE_SCALE = 2;

/** The drawn graph as a PNG, or null while no graph is drawn. */
export function drawnGraphPicture(): Promise<Blob> | null {
  return drawn === null ? null : drawn.picture(PICTURE_SCALE);
}
