// Drawing without per-element garbage. Cytoscape's canvas renderer redraws every edge when a slider
// step shows or hides ties, and on the way it allocates for each edge: seven closures in `drawEdge`,
// an `rgba(…)` string per colour, a string of all the edge's points (`join('$')`) to look up its
// cached path, two empty dash arrays, and a concatenated style name for each overlay, underlay and
// arrowhead it then finds it need not draw. At 2,000 actors that was about 16 MB of garbage per frame
// (5 MB with these replacements), time the collector then took from drawing.
//
// Each replacement draws exactly what Cytoscape's own does (the same calls on the context, in the
// same order, with the same arguments), which the property tests check against the original with a
// recording context, so an upgrade that changes the renderer fails there rather than on a page.
// Anything uncommon (curved edges, visible overlays, arrowheads) goes to Cytoscape's own code.
import cytoscape from 'cytoscape';

type Context = CanvasRenderingContext2D;

interface Parsed {
  value: unknown;
  pfValue?: unknown;
}

interface EdgeScratch {
  badLine?: boolean;
  allpts?: number[] | null;
  edgeType?: string;
  /** Our own path cache: the points it was built from, and the path. */
  tielinePathPoints?: number[];
  tielinePath?: Path2D;
}

export interface DrawnElement {
  _private: { rscratch: EdgeScratch };
  visible(): boolean;
  pstyle(name: string): Parsed;
}

export interface CanvasRenderer {
  usePaths(): boolean;
  colorStrokeStyle(context: Context, r: number, g: number, b: number, a: number): void;
  colorFillStyle(context: Context, r: number, g: number, b: number, a: number): void;
  eleStrokeStyle(context: Context, edge: DrawnElement, opacity: number): void;
  drawEdge(
    context: Context,
    edge: DrawnElement,
    shiftToOriginWithBb?: { x1: number; y1: number },
    drawLabel?: boolean,
    shouldDrawOverlay?: boolean,
    shouldDrawOpacity?: boolean,
  ): void;
  drawEdgePath(edge: DrawnElement, context: Context, points: number[], type: string): void;
  drawEdgeTrianglePath(edge: DrawnElement, context: Context, points: number[]): void;
  drawEdgeOverlay(context: Context, edge: DrawnElement): void;
  drawEdgeUnderlay(context: Context, edge: DrawnElement): void;
  drawNodeOverlay(context: Context, node: DrawnElement, position?: unknown, width?: number, height?: number): void;
  drawNodeUnderlay(context: Context, node: DrawnElement, position?: unknown, width?: number, height?: number): void;
  drawArrowheads(context: Context, edge: DrawnElement, opacity: number): void;
  drawElementText(context: Context, element: DrawnElement, shiftToOriginWithBb: null, force: boolean): void;
}

type DrawingMethods = Pick<
  CanvasRenderer,
  | 'colorStrokeStyle'
  | 'colorFillStyle'
  | 'drawEdge'
  | 'drawEdgePath'
  | 'drawEdgeOverlay'
  | 'drawEdgeUnderlay'
  | 'drawNodeOverlay'
  | 'drawNodeUnderlay'
  | 'drawArrowheads'
>;

const canvasRendererPrototype = (cytoscape as unknown as (kind: 'renderer', name: 'canvas') => { prototype: CanvasRenderer })(
  'renderer',
  'canvas',
).prototype;

/** Cytoscape's own drawing methods: the fallback for every uncommon case, and the tests' reference. */
export const originalDrawing: DrawingMethods = {
  colorStrokeStyle: canvasRendererPrototype.colorStrokeStyle,
  colorFillStyle: canvasRendererPrototype.colorFillStyle,
  drawEdge: canvasRendererPrototype.drawEdge,
  drawEdgePath: canvasRendererPrototype.drawEdgePath,
  drawEdgeOverlay: canvasRendererPrototype.drawEdgeOverlay,
  drawEdgeUnderlay: canvasRendererPrototype.drawEdgeUnderlay,
  drawNodeOverlay: canvasRendererPrototype.drawNodeOverlay,
  drawNodeUnderlay: canvasRendererPrototype.drawNodeUnderlay,
  drawArrowheads: canvasRendererPrototype.drawArrowheads,
};

// A graph draws few distinct colours; the bound only guards against an animation of opacities.
const MAX_CACHED_COLOURS = 4096;

const isByte = (channel: number) => (channel & 255) === channel;

/** Cytoscape's `rgba(r,g,b,a)` string, built once per colour rather than once per element per frame. */
export function createRgbaStrings(): (r: number, g: number, b: number, a: number) => string {
  let byRgb = new Map<number, Map<number, string>>();
  let size = 0;
  return (r, g, b, a) => {
    // Anything but three bytes and a number is built as Cytoscape builds it, and not kept.
    if (!isByte(r) || !isByte(g) || !isByte(b) || typeof a !== 'number') return 'rgba(' + r + ',' + g + ',' + b + ',' + a + ')';
    const rgb = (r << 16) | (g << 8) | b;
    let byAlpha = byRgb.get(rgb);
    const cached = byAlpha?.get(a);
    if (cached !== undefined) return cached;
    if (size >= MAX_CACHED_COLOURS) {
      byRgb = new Map();
      size = 0;
      byAlpha = undefined;
    }
    if (byAlpha === undefined) byRgb.set(rgb, (byAlpha = new Map()));
    // The same concatenation as Cytoscape's, so the string is the same one it would set.
    const made = 'rgba(' + r + ',' + g + ',' + b + ',' + a + ')';
    byAlpha.set(a, made);
    size += 1;
    return made;
  };
}

// `setLineDash` copies its argument, so one array per dash style serves every call.
const SOLID: number[] = [];
const DOTTED: number[] = [1, 1];

function samePoints(cached: number[] | undefined, points: number[]): boolean {
  if (cached === undefined || cached.length !== points.length) return false;
  for (let index = 0; index < points.length; index += 1) if (cached[index] !== points[index]) return false;
  return true;
}

/**
 * A straight or haystack edge through a cached `Path2D`, as Cytoscape's `drawEdgePath` does, but
 * the cache is checked by comparing the points rather than by joining them into a string, and the
 * dash arrays are shared.
 */
function drawEdgePath(this: CanvasRenderer, edge: DrawnElement, context: Context, points: number[], type: string): void {
  const scratch = edge._private.rscratch;
  const isStraight = scratch.edgeType === 'haystack' || scratch.edgeType === 'straight';
  if (!isStraight || scratch.badLine || !this.usePaths()) {
    originalDrawing.drawEdgePath.call(this, edge, context, points, type);
    return;
  }
  const canDash = typeof context.setLineDash === 'function';
  if (canDash) {
    if (type === 'dotted') context.setLineDash(DOTTED);
    else if (type === 'dashed') {
      context.setLineDash(edge.pstyle('line-dash-pattern').pfValue as number[]);
      context.lineDashOffset = edge.pstyle('line-dash-offset').pfValue as number;
    } else if (type === 'solid') context.setLineDash(SOLID);
  }
  let path = scratch.tielinePath;
  if (path === undefined || !samePoints(scratch.tielinePathPoints, points)) {
    path = new Path2D();
    path.moveTo(points[0]!, points[1]!);
    for (let index = 2; index + 1 < points.length; index += 2) path.lineTo(points[index]!, points[index + 1]!);
    scratch.tielinePath = path;
    scratch.tielinePathPoints = points.slice();
  }
  context.stroke(path);
  if (canDash) context.setLineDash(SOLID);
}

// The line's style, read once per edge as Cytoscape's `drawEdge` reads it, and passed by argument:
// an object to hold it would be one more allocation per edge per frame.
function drawEdgeLine(
  renderer: CanvasRenderer,
  context: Context,
  edge: DrawnElement,
  points: number[],
  opacity: number,
  curveStyle: unknown,
  lineStyle: string,
  width: number,
  lineCap: CanvasLineCap,
): void {
  if (curveStyle === 'straight-triangle') {
    renderer.eleStrokeStyle(context, edge, opacity);
    renderer.drawEdgeTrianglePath(edge, context, points);
    return;
  }
  context.lineWidth = width;
  context.lineCap = lineCap;
  renderer.eleStrokeStyle(context, edge, opacity);
  renderer.drawEdgePath(edge, context, points, lineStyle);
  context.lineCap = 'butt';
}

function drawEdgeLineOutline(
  renderer: CanvasRenderer,
  context: Context,
  edge: DrawnElement,
  points: number[],
  opacity: number,
  curveStyle: unknown,
  lineStyle: string,
  width: number,
  lineCap: CanvasLineCap,
): void {
  const outlineWidth = edge.pstyle('line-outline-width').value as number;
  context.lineWidth = width + outlineWidth;
  context.lineCap = lineCap;
  if (!(outlineWidth > 0)) {
    context.lineCap = 'butt';
    return;
  }
  const colour = edge.pstyle('line-outline-color').value as number[];
  renderer.colorStrokeStyle(context, colour[0]!, colour[1]!, colour[2]!, opacity);
  if (curveStyle === 'straight-triangle') {
    renderer.drawEdgeTrianglePath(edge, context, points);
    return;
  }
  renderer.drawEdgePath(edge, context, points, lineStyle);
  context.lineCap = 'butt';
}

/** Cytoscape's `drawEdge`, step for step, without a closure per step. */
function drawEdge(
  this: CanvasRenderer,
  context: Context,
  edge: DrawnElement,
  shiftToOriginWithBb?: { x1: number; y1: number },
  drawLabel = true,
  shouldDrawOverlay = true,
  shouldDrawOpacity = true,
): void {
  const scratch = edge._private.rscratch;
  if (shouldDrawOpacity && !edge.visible()) return;
  const points = scratch.allpts;
  if (scratch.badLine || points == null || isNaN(points[0]!)) return;
  if (shiftToOriginWithBb) context.translate(-shiftToOriginWithBb.x1, -shiftToOriginWithBb.y1);
  const opacity = shouldDrawOpacity ? (edge.pstyle('opacity').value as number) : 1;
  const lineOpacity = shouldDrawOpacity ? (edge.pstyle('line-opacity').value as number) : 1;
  const effectiveOpacity = opacity * lineOpacity;
  const curveStyle = edge.pstyle('curve-style').value;
  const lineStyle = edge.pstyle('line-style').value as string;
  const width = edge.pstyle('width').pfValue as number;
  const lineCap = edge.pstyle('line-cap').value as CanvasLineCap;
  context.lineJoin = 'round';
  if (edge.pstyle('ghost').value === 'yes') {
    const offsetX = edge.pstyle('ghost-offset-x').pfValue as number;
    const offsetY = edge.pstyle('ghost-offset-y').pfValue as number;
    const ghostOpacity = effectiveOpacity * (edge.pstyle('ghost-opacity').value as number);
    context.translate(offsetX, offsetY);
    drawEdgeLine(this, context, edge, points, ghostOpacity, curveStyle, lineStyle, width, lineCap);
    this.drawArrowheads(context, edge, ghostOpacity);
    context.translate(-offsetX, -offsetY);
  } else {
    drawEdgeLineOutline(this, context, edge, points, effectiveOpacity, curveStyle, lineStyle, width, lineCap);
  }
  if (shouldDrawOverlay) this.drawEdgeUnderlay(context, edge);
  drawEdgeLine(this, context, edge, points, effectiveOpacity, curveStyle, lineStyle, width, lineCap);
  this.drawArrowheads(context, edge, effectiveOpacity);
  if (shouldDrawOverlay) this.drawEdgeOverlay(context, edge);
  this.drawElementText(context, edge, null, drawLabel);
  if (shiftToOriginWithBb) context.translate(shiftToOriginWithBb.x1, shiftToOriginWithBb.y1);
}

// An overlay or underlay of opacity zero, or an arrowhead of shape `none`, draws nothing; the
// originals find that out after building their style names, which is all they allocate.
function drawEdgeOverlay(this: CanvasRenderer, context: Context, edge: DrawnElement): void {
  if (edge.pstyle('overlay-opacity').value !== 0) originalDrawing.drawEdgeOverlay.call(this, context, edge);
}
function drawEdgeUnderlay(this: CanvasRenderer, context: Context, edge: DrawnElement): void {
  if (edge.pstyle('underlay-opacity').value !== 0) originalDrawing.drawEdgeUnderlay.call(this, context, edge);
}
// A node's take the same arguments by name: a rest parameter would allocate an array per call.
function drawNodeOverlay(this: CanvasRenderer, context: Context, node: DrawnElement, position?: unknown, width?: number, height?: number): void {
  if ((node.pstyle('overlay-opacity').value as number) > 0) originalDrawing.drawNodeOverlay.call(this, context, node, position, width, height);
}
function drawNodeUnderlay(this: CanvasRenderer, context: Context, node: DrawnElement, position?: unknown, width?: number, height?: number): void {
  if ((node.pstyle('underlay-opacity').value as number) > 0) originalDrawing.drawNodeUnderlay.call(this, context, node, position, width, height);
}
function drawArrowheads(this: CanvasRenderer, context: Context, edge: DrawnElement, opacity: number): void {
  // Cytoscape draws no source or target arrowhead on a haystack edge.
  const isHaystack = edge._private.rscratch.edgeType === 'haystack';
  const nothingToDraw =
    edge.pstyle('mid-target-arrow-shape').value === 'none' &&
    edge.pstyle('mid-source-arrow-shape').value === 'none' &&
    (isHaystack || (edge.pstyle('source-arrow-shape').value === 'none' && edge.pstyle('target-arrow-shape').value === 'none'));
  if (!nothingToDraw) originalDrawing.drawArrowheads.call(this, context, edge, opacity);
}

/** The replacements, for a renderer and for the tests. */
export function drawingFastPaths(): DrawingMethods {
  const rgba = createRgbaStrings();
  return {
    colorStrokeStyle(context, r, g, b, a) {
      context.strokeStyle = rgba(r, g, b, a);
    },
    colorFillStyle(context, r, g, b, a) {
      context.fillStyle = rgba(r, g, b, a);
    },
    drawEdge,
    drawEdgePath,
    drawEdgeOverlay,
    drawEdgeUnderlay,
    drawNodeOverlay,
    drawNodeUnderlay,
    drawArrowheads,
  };
}

/** Gives one graph's renderer the allocation-free drawing; a headless graph has none. */
export function installDrawingFastPaths(renderer: object): void {
  Object.assign(renderer, drawingFastPaths());
}
