// The one force layout (fcose) and its settings, shared by datasets that ship no positions, the
// app's "Re-layout" button and `npm run data:layout`, which precomputes positions for the bundled
// data. It runs on a headless Cytoscape, so it can run in a Web Worker (see layout-worker.ts).
import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { seededRandom } from '../domain/seeded-random';
import { separateBoxes, type SeparationNode } from './box-separation';
import { COMPOUND_PADDING_PX } from './graph-style';
import { LABEL_CLEARANCE_PX } from './label-choice';
import { LABEL_GAP_PX, LABEL_STEP_RATIO } from './label-scale';
import { legibilityAt, type LegibilityNode } from './layout-legibility';

/** Above this many actors a full-quality run takes minutes here; a draft pass takes seconds. */
const DRAFT_ABOVE_NODES = 400;

export interface LayoutNode extends LegibilityNode {
  readonly x: number;
  readonly y: number;
}

/** A frame the result should read well in, and whose names must fit there. */
export interface LayoutViewport {
  readonly width: number;
  readonly height: number;
  /** Every actor's name (a desktop), or the states' and groups' (every actor but a person: a phone). */
  readonly names: 'all' | 'states-and-groups';
}

export interface LayoutRequest {
  readonly nodes: readonly LayoutNode[];
  /** One entry per tied pair: the layout needs who is tied to whom, not how often. */
  readonly edges: ReadonlyArray<readonly [string, string]>;
  /** Same seed, same picture; "Re-layout" asks for another one with another seed. */
  readonly seed: number;
  /** The frames to read well in; the first is the one the picture is shaped for. */
  readonly viewports: readonly LayoutViewport[];
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
 * The zoom a laid-out graph is meant to be framed at: shapes are drawn at their size in graph units
 * times this, while names keep their size on screen.
 */
const INTENDED_ZOOM = 0.6;
/** Up to this many actors, several arrangements are tried and the most legible kept. */
const SEARCH_UP_TO_NODES = 150;

/**
 * Lays the graph out and returns the centre of every childless node (a compound's position follows
 * from its members). The force layout spreads the graph; its picture is stretched to the first
 * viewport and the actors moved apart until no two, with their names, overlap (box-separation.ts),
 * names sized as they are drawn at the intended zoom (states' and groups' names larger, to leave them
 * room in smaller frames). For a small graph a few starts, tightnesses, shapes and reserves are tried and
 * the arrangement whose names the view can draw in the most of the requested frames is kept
 * (layout-legibility.ts). Synchronous and self-contained: the worker calls it, and so does the main
 * thread where no worker can start. fcose draws on Math.random; it is seeded for each run and
 * restored after.
 */
export function computeLayout(request: LayoutRequest): Positions {
  const search = request.nodes.length <= SEARCH_UP_TO_NODES;
  // States' and groups' names need more room only where a smaller frame must show them.
  const forSmallerFrames = request.viewports.some((viewport) => viewport.names === 'states-and-groups');
  const seeds = search && forSmallerFrames ? [request.seed, request.seed + 7919] : [request.seed];
  const reserves = search && forSmallerFrames ? [1, 1.4, 1.8] : [1];
  const shapes = search ? [Infinity, 1.5, 1.2] : [Infinity];
  const squeezes = search ? [1, 0.9, 0.8, 0.7, 0.6, 0.5] : [0.8];
  const [primary] = request.viewports;
  if (primary === undefined) throw new Error('A layout needs a viewport to fit.');
  const firstIds = new Set(request.nodes.filter((node) => node.stateOrGroup === true).map((node) => node.id));
  const wanted = request.viewports.map((viewport) => request.nodes.filter((node) => node.label !== undefined && (viewport.names === 'all' || firstIds.has(node.id))));
  let best: { centres: Positions; score: number; zoom: number } | null = null;
  for (const seed of seeds) {
    const spread = forceLayout({ ...request, seed });
    for (const reserve of reserves) {
      for (const shape of shapes) {
        for (const squeeze of squeezes) {
          const frame = { width: Math.min(primary.width, shape * primary.height), height: primary.height };
          const start = stretchedTo(spread, frame, INTENDED_ZOOM, squeeze);
          const centres = separateBoxes(separationNodes(request, start, INTENDED_ZOOM, firstIds, reserve), {
            gap: (LABEL_CLEARANCE_PX + 1) / INTENDED_ZOOM,
            padding: COMPOUND_PADDING_PX,
            compact: search,
          });
          let score = 0;
          let zoom = 0;
          request.viewports.forEach((viewport, index) => {
            const { named, zoom: framed } = legibilityAt(request.nodes, centres, viewport);
            const targets = wanted[index]!;
            if (targets.length > 0) score += targets.filter((node) => named.has(node.id)).length / targets.length;
            if (index === 0) zoom = framed;
          });
          if (best === null || score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && zoom > best.zoom)) best = { centres, score, zoom };
        }
      }
    }
  }
  return best!.centres;
}

/**
 * The force layout's picture stretched to fill `squeeze` of the frame at `zoom` (each axis on its
 * own, as a wide frame wants a wide picture, but never more than twice as much as the other).
 */
function stretchedTo(positions: Positions, frame: { width: number; height: number }, zoom: number, squeeze: number): Positions {
  const points = Object.values(positions);
  if (points.length === 0) return positions;
  const [x1, x2] = [Math.min(...points.map((point) => point.x)), Math.max(...points.map((point) => point.x))];
  const [y1, y2] = [Math.min(...points.map((point) => point.y)), Math.max(...points.map((point) => point.y))];
  let scaleX = (squeeze * frame.width) / zoom / Math.max(1, x2 - x1);
  let scaleY = (squeeze * frame.height) / zoom / Math.max(1, y2 - y1);
  scaleX = Math.min(scaleX, 2 * scaleY);
  scaleY = Math.min(scaleY, 2 * scaleX);
  const [cx, cy] = [(x1 + x2) / 2, (y1 + y2) / 2];
  const result: Positions = {};
  for (const [id, point] of Object.entries(positions)) result[id] = { x: (point.x - cx) * scaleX, y: (point.y - cy) * scaleY };
  return result;
}

/** The force layout alone: centres of the childless nodes, in the force layout's own scale. */
function forceLayout(request: LayoutRequest): Positions {
  if (!fcoseRegistered) {
    cytoscape.use(fcose);
    fcoseRegistered = true;
  }
  const ids = new Set(request.nodes.map((node) => node.id));
  // Each shape with room for its name below and as much above, at about the zoom a graph is
  // framed at; the separation afterwards makes the room exact.
  const nameScale = 1 / INTENDED_ZOOM;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...request.nodes.map((node) => ({
        group: 'nodes' as const,
        data: {
          id: node.id,
          width: Math.max(node.width, (node.label?.width ?? 0) * nameScale),
          height: node.height + 2 * ((node.label?.height ?? 0) + LABEL_GAP_PX) * nameScale,
          padding: COMPOUND_PADDING_PX + ((node.label?.height ?? 0) + LABEL_GAP_PX) * nameScale,
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

/**
 * The nodes for the separation, at `centres`, with names sized as drawn at `zoom` (one zoom step's
 * margin included), states' and groups' names `reserve` times larger.
 */
function separationNodes(request: LayoutRequest, centres: Positions, zoom: number, firstIds: ReadonlySet<string>, reserve: number): SeparationNode[] {
  const ids = new Set(request.nodes.map((node) => node.id));
  const toGraph = LABEL_STEP_RATIO / zoom;
  return request.nodes.map((node) => {
    const scale = toGraph * (firstIds.has(node.id) ? reserve : 1);
    return {
      id: node.id,
      ...(node.parent !== undefined && ids.has(node.parent) ? { parent: node.parent } : {}),
      x: centres[node.id]?.x ?? node.x,
      y: centres[node.id]?.y ?? node.y,
      width: node.width,
      height: node.height,
      ...(node.label === undefined ? {} : { label: { width: node.label.width * scale, height: node.label.height * scale, gap: LABEL_GAP_PX * toGraph } }),
    };
  });
}
