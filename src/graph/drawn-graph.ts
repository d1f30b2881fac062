// The graph on screen, for the features that need its picture (the PNG export) without reaching
// into Cytoscape or a global: the canvas component registers its view when it is drawn and clears
// it when it is torn down. One page draws one graph.
import type { GraphView } from './graph-view';

/** What the export needs of the graph on screen. */
export type DrawnGraph = Pick<GraphView, 'extent' | 'picture'>;

let drawn: GraphView | null = null;

export function setDrawnGraph(view: GraphView | null): void {
  drawn = view;
}

/** The graph on screen, or null while none is drawn. */
export function drawnGraph(): DrawnGraph | null {
  return drawn;
}
