// The one force layout (fcose) and its settings, shared by datasets that ship no positions, the
// app's "Re-layout" button and `npm run data:layout`, which precomputes positions for the bundled
// data. It runs on a headless Cytoscape, so it can run in a Web Worker (see layout-worker.ts).
import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { seededRandom } from '../domain/seeded-random';
import { COMPOUND_PADDING_PX } from './graph-style';

/** Above this many actors a full-quality run takes minutes here; a draft pass takes seconds. */
const DRAFT_ABOVE_NODES = 400;

export interface LayoutNode {
  readonly id: string;
  readonly parent?: string;
  /** Childless nodes: the box the node and its label take on screen, as the app measured it. */
  readonly width: number;
  readonly height: number;
  /** Compound nodes: the room to keep around the members, the compound's own label included. */
  readonly padding?: number;
  readonly x: number;
  readonly y: number;
}

export interface LayoutRequest {
  readonly nodes: readonly LayoutNode[];
  /** One entry per tied pair: the layout needs who is tied to whom, not how often. */
  readonly edges: ReadonlyArray<readonly [string, string]>;
  /** Same seed, same picture; "Re-layout" asks for another one with another seed. */
  readonly seed: number;
}

export type Positions = Record<string, { x: number; y: number }>;

function forceLayoutOptions(nodeCount: number): LayoutOptions {
  const large = nodeCount > DRAFT_ABOVE_NODES;
  // Tuned on the bundled data: strong pull of compounds on their members and little nesting
  // stretch keep each state's box tight, so boxes seldom overlap and labels stay readable.
  return {
    name: 'fcose',
    quality: large ? 'draft' : 'proof',
    randomize: true,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: false,
    nodeRepulsion: () => 20000,
    idealEdgeLength: () => 80,
    nestingFactor: 0.05,
    gravity: 0.25,
    gravityCompound: 2,
    gravityRangeCompound: 0.5,
    nodeSeparation: 120,
    numIter: large ? 1000 : 10000,
    tile: false,
  } as LayoutOptions;
}

let fcoseRegistered = false;

/**
 * Lays the graph out and returns the centre of every childless node's box (a compound's position
 * follows from its members). Synchronous and self-contained: the worker calls it, and so does the main thread
 * where no worker can start. fcose draws on Math.random; it is seeded for the run and restored after.
 */
export function computeLayout(request: LayoutRequest): Positions {
  if (!fcoseRegistered) {
    cytoscape.use(fcose);
    fcoseRegistered = true;
  }
  const ids = new Set(request.nodes.map((node) => node.id));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...request.nodes.map((node) => ({
        group: 'nodes' as const,
        data: {
          id: node.id,
          width: node.width,
          height: node.height,
          padding: node.padding ?? COMPOUND_PADDING_PX,
          ...(node.parent !== undefined && ids.has(node.parent) ? { parent: node.parent } : {}),
        },
        position: { x: node.x, y: node.y },
      })),
      ...request.edges
        .filter(([source, target]) => ids.has(source) && ids.has(target))
        .map(([source, target], index) => ({ group: 'edges' as const, data: { id: `layout-edge-${index}`, source, target } })),
    ],
    style: [
      { selector: 'node', style: { width: 'data(width)', height: 'data(height)', 'border-width': 0 } },
      { selector: ':parent', style: { padding: 'data(padding)' } },
    ],
  });
  const random = Math.random;
  Math.random = seededRandom(request.seed);
  try {
    cy.layout(forceLayoutOptions(request.nodes.length)).run();
    const positions: Positions = {};
    for (const node of cy.nodes(':childless')) {
      const { x, y } = node.position();
      positions[node.id()] = { x, y };
    }
    return positions;
  } finally {
    Math.random = random;
    cy.destroy();
  }
}
