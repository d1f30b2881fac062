// How legible a laid-out graph will be in a frame of a given size: the view's own framing
// (fit-viewport.ts) and choice of names (label-choice.ts), applied to centres and sizes instead of a
// drawn graph. The layout uses it to pick, among a few arrangements, the one whose names the view
// can draw; `npm run data:layout` prints it. Pure arithmetic; agrees with what graph-view.ts draws.
import { chooseLabels, LABEL_CLEARANCE_PX, placesAround, placesAroundBox, type Box, type LabelCandidate, type Obstacle } from './label-choice';
import { fitViewport, type FitItem, type Viewport } from './fit-viewport';
import { FIT_MAX_ZOOM, FIT_MIN_ZOOM, FIT_PADDING_PX, framesNameOf, isNarrowCanvas, nameRoom } from './framing';
import { COMPOUND_PADDING_PX } from './graph-style';
import { LABEL_GAP_PX, labelStepOf, zoomOfStep } from './label-scale';

export interface LegibilityNode {
  readonly id: string;
  readonly parent?: string;
  /** A node drawn as a shape: its size in graph units. */
  readonly width: number;
  readonly height: number;
  /** The name's size on screen at LABEL_PX, in CSS pixels. */
  readonly label?: { readonly width: number; readonly height: number };
  /** The same for the name a phone draws (framing.ts: short, and wrapped narrower); `label` where not given. */
  readonly phoneLabel?: { readonly width: number; readonly height: number };
  /** Place in the order names are drawn (lower first). */
  readonly rank?: number;
  /** A state or group (src/domain/label-priority.ts), whose name a phone must draw. */
  readonly stateOrGroup?: boolean;
}

export interface Legibility {
  readonly zoom: number;
  /** The ids whose names are drawn. */
  readonly named: ReadonlySet<string>;
}

type Centres = Readonly<Record<string, { x: number; y: number }>>;

/** Each node's drawn box in graph units: a shape at its centre, a box around its members' shapes. */
export function drawnBoxes(nodes: readonly LegibilityNode[], centres: Centres): Map<string, Box> {
  const ids = new Set(nodes.map((node) => node.id));
  const childrenOf = new Map<string, LegibilityNode[]>();
  for (const node of nodes) {
    if (node.parent === undefined || !ids.has(node.parent)) continue;
    const list = childrenOf.get(node.parent);
    if (list) list.push(node);
    else childrenOf.set(node.parent, [node]);
  }
  const boxes = new Map<string, Box>();
  const boxOf = (node: LegibilityNode): Box => {
    const known = boxes.get(node.id);
    if (known) return known;
    const inside = childrenOf.get(node.id);
    let box: Box;
    if (inside === undefined) {
      const { x, y } = centres[node.id] ?? { x: 0, y: 0 };
      box = { x1: x - node.width / 2, y1: y - node.height / 2, x2: x + node.width / 2, y2: y + node.height / 2 };
    } else {
      const members = inside.map(boxOf);
      box = {
        x1: Math.min(...members.map((member) => member.x1)) - COMPOUND_PADDING_PX,
        y1: Math.min(...members.map((member) => member.y1)) - COMPOUND_PADDING_PX,
        x2: Math.max(...members.map((member) => member.x2)) + COMPOUND_PADDING_PX,
        y2: Math.max(...members.map((member) => member.y2)) + COMPOUND_PADDING_PX,
      };
    }
    boxes.set(node.id, box);
    return box;
  };
  for (const node of nodes) boxOf(node);
  return boxes;
}

interface Framing {
  readonly viewport: Viewport | null;
  readonly boxes: Map<string, Box>;
  readonly hasMembers: ReadonlySet<string>;
}

/** The size of the name a canvas this wide draws for the node. */
function labelOf(node: LegibilityNode, canvasWidth: number): LegibilityNode['label'] {
  return node.label !== undefined && isNarrowCanvas(canvasWidth) ? (node.phoneLabel ?? node.label) : node.label;
}

/** Where each name hangs from its node: below a shape, above a box. */
function anchorOf(node: LegibilityNode, { boxes, hasMembers }: Omit<Framing, 'viewport'>) {
  const box = boxes.get(node.id)!;
  const below = !hasMembers.has(node.id);
  return { x: (box.x1 + box.x2) / 2, y: below ? box.y2 : box.y1, below };
}

/** The framing's margin and closest zoom: the whole graph's by default. */
export interface FramingLimits {
  readonly padding: number;
  readonly maxZoom: number;
}
const WHOLE_GRAPH: FramingLimits = { padding: FIT_PADDING_PX, maxZoom: FIT_MAX_ZOOM };

function framingOf(nodes: readonly LegibilityNode[], centres: Centres, canvas: { width: number; height: number }, limits = WHOLE_GRAPH): Framing {
  const shape = { boxes: drawnBoxes(nodes, centres), hasMembers: new Set(nodes.flatMap((node) => (node.parent === undefined ? [] : [node.parent]))) };
  const items: FitItem[] = [];
  for (const node of nodes) {
    items.push({ model: shape.boxes.get(node.id)! });
    const label = labelOf(node, canvas.width);
    if (label === undefined || !framesNameOf({ stateOrGroup: node.stateOrGroup === true }, canvas.width)) continue;
    const { x, y, below } = anchorOf(node, shape);
    items.push({ model: { x1: x, y1: y, x2: x, y2: y }, screen: nameRoom(label, below, 1) });
  }
  return { ...shape, viewport: fitViewport(items, { ...canvas, ...limits, minZoom: FIT_MIN_ZOOM }) };
}

/** The zoom the view frames these centres at in a canvas of this size; null when there is nothing to frame. */
export function framingZoomOf(nodes: readonly LegibilityNode[], centres: Centres, canvas: { width: number; height: number }, limits?: FramingLimits): number | null {
  return framingOf(nodes, centres, canvas, limits).viewport?.zoom ?? null;
}

/** The zoom the view frames these centres at in a canvas of this size, and the names it then draws. */
export function legibilityAt(nodes: readonly LegibilityNode[], centres: Centres, canvas: { width: number; height: number }): Legibility {
  const framing = framingOf(nodes, centres, canvas);
  const { viewport, boxes, hasMembers } = framing;
  if (viewport === null) return { zoom: 1, named: new Set() };
  const { zoom, pan } = viewport;
  // Names are drawn up to one zoom step larger than LABEL_PX (label-scale.ts).
  const scale = zoom / zoomOfStep(labelStepOf(zoom));
  const toScreen = (box: Box): Box => ({ x1: box.x1 * zoom + pan.x, y1: box.y1 * zoom + pan.y, x2: box.x2 * zoom + pan.x, y2: box.y2 * zoom + pan.y });
  const candidates: LabelCandidate[] = nodes
    .filter((node) => node.label !== undefined)
    .map((node, order) => ({ node, order }))
    .sort((a, b) => (a.node.rank ?? Infinity) - (b.node.rank ?? Infinity) || a.order - b.order)
    .map(({ node }) => {
      const { x, y, below } = anchorOf(node, framing);
      const offset = nameRoom(labelOf(node, canvas.width)!, below, scale);
      const [sx, sy] = [x * zoom + pan.x, y * zoom + pan.y];
      const box = { x1: sx + offset.x1, y1: sy + offset.y1, x2: sx + offset.x2, y2: sy + offset.y2 };
      // A shape's name may move round it, and a box's below it, as the view's do (graph-labels.ts).
      const [first, ...alternatives] = (below ? placesAround : placesAroundBox)(toScreen(boxes.get(node.id)!), box, 0, LABEL_GAP_PX * scale);
      return { id: node.id, box: first!, alternatives };
    });
  const obstacles: Obstacle[] = nodes.filter((node) => !hasMembers.has(node.id)).map((node) => ({ id: node.id, box: toScreen(boxes.get(node.id)!) }));
  const named = chooseLabels({ candidates, obstacles, bounds: { x1: 0, y1: 0, x2: canvas.width, y2: canvas.height }, gap: LABEL_CLEARANCE_PX });
  return { zoom, named };
}
