// The actors' names on the graph: kept at a readable size on screen whatever the zoom
// (label-scale.ts), and chosen, when not all fit, by importance (src/domain/label-priority.ts): the
// selection first, then the actors tied to it, then states, groups, bodies and persons by their ties.
// A name is drawn only where it covers no other name and no other node and lies wholly on the canvas
// (label-choice.ts); the others are one tap, hover or zoom away. A relationship band's words give way
// to the names. Everything goes through Cytoscape's
// public API: node data read by the stylesheet, one class, and rendered bounding boxes.
import type { BoundingBox12, BoundingBoxOptions, Core, EdgeCollection, EdgeSingular, NodeCollection, NodeSingular } from 'cytoscape';
import { boxesOverlap, clashingLabels, drawnGap, FIXED_PLACES, LABEL_CLEARANCE_PX, placeLabels, placesAround, placesAroundBox, SLIDE_SIDES, slideOf, slidePlacement, type Box, type LabelCandidate, type Obstacle } from './label-choice';
import { labelMetricsOf, labelStepOf, zoomOfStep } from './label-scale';
import type { FitItem } from './fit-viewport';
import { drawnNameOf, framesNameOf, isNarrowCanvas, nameRoom } from './framing';
import type { Actor } from '../domain/dataset-schema';
import { isStateOrGroup } from '../domain/label-priority';

export interface GraphLabels {
  /** Chooses the names again at the next frame: the drawn actors or the selection changed. */
  refresh(): void;
  /** Chooses at once (after a fit, before the next picture). */
  update(): void;
  /**
   * Checks the relationship bands' words again at the next frame (a band appeared or changed):
   * a band's words give way to any actor's name they would cover. Touches no node.
   */
  refreshBands(): void;
  /** Gives bands made after the graph (a selection's) their words' size at the current zoom. */
  sizeBands(bands: EdgeCollection): void;
  /** Sizes the drawn names for a zoom about to be set (a fit measures them first). */
  scaleFor(zoom: number): void;
  /** What a fit must keep in view: each node (by default every drawn one), and its name at its size on screen. */
  fitItems(room: { width: number; height: number }, nodes?: NodeCollection): FitItem[];
  /** An actor's place in the order names are drawn (0 first). */
  rankOf(id: string): number;
  destroy(): void;
}

export interface GraphLabelsOptions {
  /** Each actor's place in the order names are drawn (0 first). */
  readonly ranks: ReadonlyMap<string, number>;
  /** Runs a callback at the next animation frame (never after teardown). */
  readonly onNextFrame: (callback: () => void) => void;
}

const LABEL_ONLY: BoundingBoxOptions = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false };
const BODY_ONLY: BoundingBoxOptions = { includeNodes: true, includeEdges: false, includeLabels: false, includeOverlays: false, includeUnderlays: false };

const boxOf = (box: BoundingBox12): Box => ({ x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 });

/**
 * Applies the style Cytoscape holds pending for these elements (a class or a size set since it last
 * drew) before their boxes are read. Cytoscape applies a changed style lazily, and its
 * `boundingBox()` reckons a name's place from the element's last drawn style before it applies the
 * pending one, then caches the box: a name moved beside its node kept the box of its old place (half
 * a node away, or the width of its old size), and was drawn from a texture of that box, its first
 * letters or its top cut off (docs/upstream/cytoscape-label-bounds-before-pending-style.md). Reading
 * a style property applies the pending style, which marks the element's drawn style stale, so the
 * box that follows is reckoned from the new style.
 */
export function applyPendingStyle(elements: NodeCollection | EdgeCollection | readonly NodeSingular[]): void {
  elements.forEach((element: NodeSingular | EdgeSingular) => {
    element.style('label');
  });
}

const hasLabel = (node: NodeSingular) => typeof node.data('name') === 'string' && node.data('name') !== '';

/** A node drawn as a shape of its own (not a box around members shown inside it). */
export const isDrawnLeaf = (node: NodeSingular) => node.children(':visible').empty();

/**
 * The class that draws a name at each of its places (graph-style.ts): a shape's below it (no class),
 * then round it (placesAround); a box's above it (no class), then below and beside it (placesAroundBox). A
 * shape's name slid along a side (placesAround's index FIXED_PLACES on) has its side's class and
 * its slide in data: `labelSlideShare` (which place) and `labelSlide` (the stylesheet's margin).
 */
const SHAPE_PLACES = [null, 'label-above', 'label-right', 'label-left', 'label-below-right', 'label-below-left', 'label-above-right', 'label-above-left'] as const;
const BOX_PLACES = [null, 'label-below-box', 'label-right-box', 'label-left-box'] as const;
const slideClassOf = (side: (typeof SLIDE_SIDES)[number]) => `label-${side}-slide`;
const PLACE_CLASSES = [...SHAPE_PLACES, ...BOX_PLACES, ...SLIDE_SIDES.map(slideClassOf)].filter((name) => name !== null);

/** The class that draws a node's name at a place (null: the stylesheet's usual place). */
function classOf(node: NodeSingular, placement: number): string | null {
  if (!isDrawnLeaf(node)) return BOX_PLACES[placement] ?? null;
  if (placement < FIXED_PLACES) return SHAPE_PLACES[placement] ?? null;
  const slide = slideOf(placement);
  return slide === null ? null : slideClassOf(slide.side);
}

/** Where a node's name is drawn now: an index into its places (placesAround, placesAroundBox). */
function placementOf(node: NodeSingular): number {
  if (!isDrawnLeaf(node)) return Math.max(0, BOX_PLACES.findIndex((name) => name !== null && node.hasClass(name)));
  const side = SLIDE_SIDES.find((name) => node.hasClass(slideClassOf(name)));
  const share = node.data('labelSlideShare') as unknown;
  if (side !== undefined && typeof share === 'number') return slidePlacement(side, share);
  return Math.max(0, SHAPE_PLACES.findIndex((name) => name !== null && node.hasClass(name)));
}

/**
 * The data that slides a name drawn `size` (screen pixels) to a slid place, at this zoom: its margin
 * along the side, in graph units, from the centred place.
 */
function slideDataOf(placement: number, size: { w: number; h: number }, zoom: number): { labelSlideShare: number; labelSlide: number } | null {
  const slide = slideOf(placement);
  if (slide === null) return null;
  const along = slide.side === 'below' || slide.side === 'above' ? size.w : size.h;
  return { labelSlideShare: slide.share, labelSlide: ((0.5 - slide.share) * along) / zoom };
}

export function createGraphLabels(cy: Core, { ranks, onNextFrame }: GraphLabelsOptions): GraphLabels {
  let step: number | null = null;
  let scheduled = false;
  let destroyed = false;

  /** Sets the names' sizes in graph units for the zoom's step, and the names for the canvas's width, on the nodes that lack them. */
  const scale = (drawn: NodeCollection, zoom = cy.zoom()) => {
    const next = labelStepOf(zoom);
    const width = cy.width();
    const metrics = labelMetricsOf(next, isNarrowCanvas(width));
    drawn.forEach((node) => {
      const shortLabel = node.data('shortLabel') as string | undefined;
      if (shortLabel === undefined) return;
      const name = drawnNameOf({ label: node.data('label') as string, shortLabel }, width);
      if (node.data('name') !== name) node.data('name', name);
    });
    const stale = drawn.filter((node) => node.data('labelSize') !== metrics.labelSize || node.data('labelWidth') !== metrics.labelWidth);
    if (next !== step) {
      step = next;
      // Only the bands whose words change size: setting data restyles a band even to the same value.
      const staleBands = cy.edges('[?relation]').filter((band) => band.data('bandLabelSize') !== metrics.bandLabelSize);
      if (staleBands.nonempty()) staleBands.data('bandLabelSize', metrics.bandLabelSize);
    }
    if (stale.nonempty()) stale.data(metrics);
  };

  const rankOfId = (id: string) => ranks.get(id) ?? Number.MAX_SAFE_INTEGER;
  const rankOf = (node: NodeSingular) => rankOfId(node.id());

  const choose = (drawn: NodeCollection) => {
    const forced = new Set(cy.nodes('.selected').union(cy.edges('.selected').connectedNodes()).map((node) => node.id()));
    const preferred = new Set(cy.nodes('.neighbourhood').map((node) => node.id()));
    const group = (node: NodeSingular) => (forced.has(node.id()) ? 0 : preferred.has(node.id()) ? 1 : 2);
    const named: NodeSingular[] = [];
    drawn.forEach((node) => {
      if (hasLabel(node)) named.push(node);
    });
    named.sort((a, b) => group(a) - group(b) || rankOf(a) - rankOf(b));
    applyPendingStyle(drawn);
    const zoom = cy.zoom();
    const bodies = new Map<string, Box>();
    const bodyOf = (node: NodeSingular) => {
      let body = bodies.get(node.id());
      if (body === undefined) bodies.set(node.id(), (body = boxOf(node.renderedBoundingBox(BODY_ONLY))));
      return body;
    };
    const candidates: LabelCandidate[] = named.map((node) => {
      const box = boxOf(node.renderedBoundingBox(LABEL_ONLY));
      const common = { id: node.id(), ...(forced.has(node.id()) ? { forced: true } : {}) };
      // Where its usual place is taken, a shape's name may move round it, and a box's below or beside it.
      const gap = drawnGap(bodyOf(node), box, (node.data('labelGap') as number) * zoom);
      const places = (isDrawnLeaf(node) ? placesAround : placesAroundBox)(bodyOf(node), box, placementOf(node), gap);
      return { ...common, box: places[0]!, alternatives: places.slice(1) };
    });
    const obstacles: Obstacle[] = drawn.filter(isDrawnLeaf).map((node) => ({ id: node.id(), box: bodyOf(node as NodeSingular) }));
    const bounds = { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() };
    const placements = placeLabels({ candidates, obstacles, bounds, gap: LABEL_CLEARANCE_PX });
    const toHide = drawn.filter((node) => !placements.has(node.id()) && !node.hasClass('label-hidden'));
    const toShow = drawn.filter((node) => placements.has(node.id()) && node.hasClass('label-hidden'));
    const moved = new Set<string>();
    const movedNodes: NodeSingular[] = [];
    const sizeOf = new Map(candidates.map((candidate) => [candidate.id, { w: candidate.box.x2 - candidate.box.x1, h: candidate.box.y2 - candidate.box.y1 }]));
    cy.batch(() => {
      if (toHide.nonempty()) toHide.addClass('label-hidden');
      if (toShow.nonempty()) toShow.removeClass('label-hidden');
      drawn.forEach((node) => {
        // A name not drawn keeps its place; a class of the other kind of node (a state folded or
        // unfolded since) goes.
        const placement = placements.get(node.id()) ?? placementOf(node);
        const wanted = classOf(node, placement);
        const size = sizeOf.get(node.id());
        const slide = isDrawnLeaf(node) && size !== undefined ? slideDataOf(placement, size, zoom) : null;
        const slideNow = node.data('labelSlide') as number | undefined;
        const slid = slide !== null && (node.data('labelSlideShare') !== slide.labelSlideShare || slideNow === undefined || Math.abs(slideNow - slide.labelSlide) > 1e-3);
        const stale = PLACE_CLASSES.filter((name) => name !== wanted && node.hasClass(name));
        if (stale.length === 0 && (wanted === null || node.hasClass(wanted)) && !slid) return;
        // The slide first: the class reads it.
        if (slide !== null && slid) node.data(slide);
        if (stale.length > 0) node.removeClass(stale.join(' '));
        if (wanted !== null && !node.hasClass(wanted)) node.addClass(wanted);
        moved.add(node.id());
        movedNodes.push(node);
      });
    });
    applyPendingStyle(movedNodes);
    // A moved name's place was reckoned from its node and its size; Cytoscape draws it a pixel or
    // so from there. Measured as drawn (outside the batch, where boxes are current), a moved name
    // that now touches another name or node, or leaves the canvas, gives way; the selection's stays.
    const drawnNames = candidates.flatMap((candidate): LabelCandidate[] => {
      const placement = placements.get(candidate.id);
      if (placement === undefined) return [];
      const box = moved.has(candidate.id) ? boxOf(cy.getElementById(candidate.id).renderedBoundingBox(LABEL_ONLY)) : [candidate.box, ...(candidate.alternatives ?? [])][placement]!;
      return [{ id: candidate.id, box }];
    });
    const checked = drawnNames.filter((name) => moved.has(name.id) && !forced.has(name.id));
    const clashing = clashingLabels(checked, drawnNames.filter((name) => !checked.includes(name)), obstacles, bounds);
    if (clashing.size > 0) cy.batch(() => clashing.forEach((id) => cy.getElementById(id).addClass('label-hidden')));
    const drawnBox = new Map(drawnNames.filter((name) => !clashing.has(name.id)).map((name) => [name.id, name.box]));
    namedBoxes = [...drawnBox.values()];
  };

  /** The rendered boxes of the names drawn, as last chosen (the viewport has not moved since). */
  let namedBoxes: Box[] = [];
  let bandsScheduled = false;
  const checkBands = () => {
    bandsScheduled = false;
    if (destroyed) return;
    const placed = [...namedBoxes];
    const named = cy.edges('[?relation][stateLabel]').filter((band) => band.visible());
    applyPendingStyle(named);
    const toHide: EdgeSingular[] = [];
    const toShow: EdgeSingular[] = [];
    // The data test first, then visibility of the few named bands: `:visible` on every band would style them all.
    named.forEach((band) => {
      const box = boxOf(band.renderedBoundingBox(LABEL_ONLY));
      const fits = !placed.some((other) => boxesOverlap(box, other, LABEL_CLEARANCE_PX));
      if (fits) placed.push(box);
      if (fits === band.hasClass('label-hidden')) (fits ? toShow : toHide).push(band);
    });
    if (toHide.length + toShow.length === 0) return;
    cy.batch(() => {
      for (const band of toHide) band.addClass('label-hidden');
      for (const band of toShow) band.removeClass('label-hidden');
    });
  };
  const refreshBands = () => {
    if (bandsScheduled || destroyed) return;
    bandsScheduled = true;
    onNextFrame(checkBands);
  };

  const update = () => {
    if (destroyed) return;
    scheduled = false;
    const drawn = cy.nodes(':visible');
    cy.batch(() => scale(drawn));
    // Outside a batch: Cytoscape leaves bounding boxes stale while batching.
    choose(drawn);
    checkBands();
  };

  const refresh = () => {
    if (scheduled || destroyed) return;
    scheduled = true;
    onNextFrame(update);
  };

  // A pan brings names onto or off the canvas; a zoom changes their room; a dragged node moves.
  cy.on('viewport dragfree', refresh);
  // A new size of the canvas changes the names' room. Cytoscape also reports a resize when nothing
  // changed (its observer of the container reports once as it starts, just after the first
  // picture), and placing every name again then is a long task on a phone for nothing.
  let placedFor = { width: cy.width(), height: cy.height() };
  const onResize = () => {
    const size = { width: cy.width(), height: cy.height() };
    if (size.width === placedFor.width && size.height === placedFor.height) return;
    placedFor = size;
    refresh();
  };
  cy.on('resize', onResize);

  return {
    refresh,
    update,
    refreshBands,
    rankOf: rankOfId,
    sizeBands(bands) {
      bands.data('bandLabelSize', labelMetricsOf(step ?? labelStepOf(cy.zoom())).bandLabelSize);
    },
    scaleFor(zoom) {
      const drawn = cy.nodes(':visible');
      cy.batch(() => scale(drawn, zoom));
    },
    fitItems(room, nodes = cy.nodes(':visible')) {
      const zoomOfLabels = zoomOfStep(step ?? 0);
      applyPendingStyle(nodes);
      const items: FitItem[] = [];
      nodes.forEach((node) => {
        const body = boxOf(node.boundingBox(BODY_ONLY));
        items.push({ model: body });
        if (!hasLabel(node) || !framesNameOf({ stateOrGroup: isStateOrGroup({ type: node.data('type') as Actor['type'] }) }, cy.width())) return;
        const label = node.boundingBox(LABEL_ONLY);
        if (!(label.w > 0 && label.h > 0)) return;
        // A name larger than the canvas is never drawn (label-choice.ts), so it frames nothing.
        if (label.w * zoomOfLabels > room.width || label.h * zoomOfLabels > room.height) return;
        // Room for the name at its usual place (framing.ts); its size is kept on screen, so it is
        // given in screen pixels at the zoom its graph-unit size was set for.
        const below = isDrawnLeaf(node);
        const x = (body.x1 + body.x2) / 2;
        const y = below ? body.y2 : body.y1;
        items.push({ model: { x1: x, y1: y, x2: x, y2: y }, screen: nameRoom({ width: label.w * zoomOfLabels, height: label.h * zoomOfLabels }, below, 1) });
      });
      return items;
    },
    destroy() {
      destroyed = true;
      cy.off('viewport dragfree', refresh);
      cy.off('resize', onResize);
    },
  };
}
