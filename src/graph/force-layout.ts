// The one force layout (fcose) and its settings, shared by the app's "Re-layout" button, datasets
// that ship no positions, and `npm run data:layout`, which precomputes positions for the bundled data.
import type { Core, LayoutOptions } from 'cytoscape';

/** Above this many actors a full-quality run takes minutes here; a draft pass takes seconds. */
const DRAFT_ABOVE_NODES = 400;

export function forceLayoutOptions(animate: boolean, nodeCount = 0): LayoutOptions {
  const draft = nodeCount > DRAFT_ABOVE_NODES;
  // Tuned on the bundled data: strong pull of compounds on their members and little nesting
  // stretch keep each state's box tight, so boxes do not overlap and labels stay readable.
  return {
    name: 'fcose',
    quality: draft ? 'draft' : 'proof',
    randomize: true,
    animate: animate && !draft,
    animationDuration: 400,
    fit: true,
    padding: 30,
    nodeDimensionsIncludeLabels: true,
    nodeRepulsion: () => 20000,
    idealEdgeLength: () => 80,
    nestingFactor: 0.05,
    gravity: 0.25,
    gravityCompound: 2,
    gravityRangeCompound: 0.5,
    nodeSeparation: 120,
    numIter: draft ? 1000 : 10000,
    tile: false,
  } as LayoutOptions;
}

/** Runs the layout to its end; the caller registers fcose first (`cytoscape.use`). */
export async function runLayout(cy: Core, animate: boolean): Promise<void> {
  // Relationship bands and merged state-level edges would pull the same pairs twice.
  const layout = cy.elements().not('edge[?relation], edge[?folded]').layout(forceLayoutOptions(animate, cy.nodes().length));
  const stopped = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
  layout.run();
  await stopped;
}
