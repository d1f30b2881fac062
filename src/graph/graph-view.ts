// The one module that owns a Cytoscape instance. React creates it once per dataset and then only
// calls its methods; nothing outside src/graph sees Cytoscape. Every change is a batch of class
// toggles on elements that already exist: no node moves while the time bar does, and a slider step
// touches only the lines whose ties cross a bound of the range (the model's interval index finds them).
//
// What is drawn is a level of detail: each actor drawn as itself or folded into its state, and the
// ties that then look alike between the same two drawn actors sharing one line (src/domain/tie-groups).
// Each level's elements are made the first time the reader asks for that level, so a large dataset
// that opens with states only does not build its persons, their ties or a compound graph at load.
import cytoscape, { type Core, type EdgeCollection, type EdgeSingular, type ElementDefinition, type NodeSingular } from 'cytoscape';
import { rootOf } from '../domain/actor-tree';
import type { DatasetModel } from '../domain/dataset-model';
import { isInRange } from '../domain/interval-index';
import { BAND_BUDGET, BAND_NAME_BUDGET, bandsWithinBudget, linesWithinBudget } from '../domain/line-budget';
import {
  createRelationTimeline,
  relationStateAt,
  relationsOf,
  type Relation,
  type RelationChange,
  type RelationTimeline,
} from '../domain/relationship-state';
import { RELATION_BAND_STYLES } from '../domain/relation-band-style';
import type { DateBasis } from '../domain/time-range';
import { labelRanks } from '../domain/label-priority';
import { drawnActorIds, drawnAsFor, groupTies, type DrawnAs, type TieGrouping } from '../domain/tie-groups';
import { filtersEqual, onlyRangeDiffers, type ViewFilter } from '../domain/view-filter';
import type { GraphLevel, LineChoice } from '../domain/view-params';
import { inspectRequest, recordTiming, timingStart } from '../instrumentation/inspection';
import { fitViewport, type Viewport } from './fit-viewport';
import { labelMetricsOf, labelStepOf } from './label-scale';
import { drawnNameOf, FIT_MAX_ZOOM, FIT_MIN_ZOOM, FIT_PADDING_PX, isNarrowCanvas, MAX_ZOOM } from './framing';
import { canvasTextWidth, estimatedFramingZoom, type FramedNode } from './framing-estimate';
import type { FramingLimits } from './layout-legibility';
import { actorNode, relationEdgeId, relationEdges, tieGroupEdge } from './graph-elements';
import { attachCooperativeGestures, type GestureHint, type GestureMode } from './cooperative-gestures';
import { createGraphLabels } from './graph-labels';
import { canvasPixelRatio, graphStylesheet, isLargeGraph } from './graph-style';
import { computeLayoutOffMainThread, LAYOUT_SEED, layoutRequestOf } from './layout-client';
import { PendingDisplay } from './pending-display';
import { startingPositions } from './positions';

/** What the graph shows: the reader's filters and the level of detail. */
export interface GraphScope {
  readonly filter: ViewFilter;
  readonly level: GraphLevel;
  /** At state level, the outer actors shown with the actors inside them. */
  readonly expanded: readonly string[];
  /** Above the line budget: the strongest lines, or every line. */
  readonly lines: LineChoice;
}

export type GraphSelection = { readonly kind: 'actor' | 'event'; readonly id: string } | null;

export interface GraphHover {
  readonly kind: 'actor' | 'event';
  readonly id: string;
  /** For a line: how many of the ties it stands for are in range. */
  readonly ties?: number;
  /** Position in the container, in CSS pixels. */
  readonly x: number;
  readonly y: number;
}

export type LayoutState = 'none' | 'running' | 'done' | 'failed' | 'cancelled';

/**
 * How many of a level's lines were drawn from the start (src/domain/line-budget.ts) and how many it
 * has; the same of the relationship bands.
 */
export interface DrawnLines {
  readonly drawn: number;
  readonly total: number;
  readonly bandsDrawn: number;
  readonly bands: number;
}

export interface GraphView {
  /** Shows exactly the lines the scope lets through; cheap when only the range moved. */
  show(scope: GraphScope): void;
  setSelection(selection: GraphSelection, options?: { centre?: boolean }): void;
  /**
   * The story's chapter: the lines that stand for these events (at the level shown) and the actors
   * they join stand out, and everything else fades; null ends it. With `frame`, the view moves to
   * frame the chapter's visible lines (at once under reduced motion).
   */
  highlightEvents(eventIds: readonly string[] | null, options?: { frame?: boolean }): void;
  /** Play: the lines of these events are emphasised for a moment. Nothing under reduced motion. */
  emphasiseEvents(eventIds: readonly string[]): void;
  /** Runs the force layout again, for another arrangement, and moves the nodes there. */
  relayout(): Promise<void>;
  /** Stops a running layout; the actors keep their places. */
  cancelLayout(): void;
  /** Measures the container again (after it was hidden). */
  resize(): void;
  /** Shows the whole graph again, as it was first framed. */
  resetView(): void;
  /** The size of the drawn graph in model pixels (what `picture` draws at scale 1). */
  extent(): { w: number; h: number };
  /** The whole graph as a PNG, `scale` pixels per model pixel, on a white background. */
  picture(scale: number): Promise<Blob>;
  destroy(): void;
}

export interface GraphViewOptions {
  readonly container: HTMLElement;
  readonly model: DatasetModel;
  /** What to show first; the elements of this level of detail are the ones made at load. */
  readonly scope: GraphScope;
  readonly onSelect: (selection: GraphSelection) => void;
  readonly onHover: (hover: GraphHover | null) => void;
  /** At state level, a double tap on an outer actor asks to show (or fold) the actors inside it. */
  readonly onToggleExpanded: (actorId: string) => void;
  /** Called once the first frame is drawn (before any layout of a dataset without positions ends). */
  readonly onReady: (view: GraphView) => void;
  readonly onLayoutChange: (state: LayoutState, message?: string) => void;
  /** The level of detail changed (or was first shown): how many of its lines are drawn. */
  readonly onDrawnLines: (lines: DrawnLines) => void;
  /** Something failed outside React (a frame, a pointer event): the caller shows it. */
  readonly onError: (error: unknown) => void;
  /** The view left the framed whole graph (a pan, a zoom, a centred selection), or came back to it. */
  readonly onFramedChange?: (framed: boolean) => void;
  /** Who takes the wheel and touch over the graph: the page, or the graph (cooperative-gestures.ts). */
  readonly gestures?: GestureMode;
  /** A gesture went to the page: say over the graph how to move the graph instead. */
  readonly onGestureHint?: (hint: GestureHint) => void;
  readonly reducedMotion: boolean;
}

/** One level of detail: how ties group into lines there, and the state of each line. */
interface Projection {
  readonly key: string;
  readonly level: GraphLevel;
  readonly expanded: ReadonlySet<string>;
  readonly drawnAs: DrawnAs;
  readonly drawnActors: ReadonlySet<string>;
  readonly grouping: TieGrouping;
  /** The line of each group, by group position; null while a line over the budget is not drawn. */
  readonly lines: Array<EdgeSingular | null>;
  /** The lines drawn from the start, the budget's choice. */
  readonly drawnAtFirst: number;
  /** The relationship bands drawn from the start, by relation index (1 = drawn), and how many. */
  readonly bandsAtFirst: Uint8Array;
  readonly bandsDrawnAtFirst: number;
  /** Group positions by drawn actor, made when a selection first needs a line left out. */
  groupsByActor: Map<string, number[]> | null;
  /** The lines left out at first that the current selection drew, by group position. */
  revealed: number[];
  readonly positionOfLine: ReadonlyMap<string, number>;
  /** How many of each line's ties pass the filter. */
  readonly shownTies: Int32Array;
  /** Show and hide decisions: the lines by group position, then the relationship bands. */
  readonly pending: PendingDisplay<EdgeSingular | null>;
}

/** Framing a chapter: the margin kept around it, the closest zoom, and how long the move takes. */
const FRAME_PADDING = 40;
const MAX_FRAME_ZOOM = 1.6;
const FRAME_MS = 450;
/** How long the ties a step of play brought stay emphasised. */
const EMPHASIS_MS = 1_600;

const projectionKey = (scope: Pick<GraphScope, 'level' | 'expanded' | 'lines'>) =>
  `${scope.level === 'actor' ? 'actor' : `state:${[...scope.expanded].sort().join(',')}`}|${scope.lines}`;

export function createGraphView(options: GraphViewOptions): GraphView {
  const { container, model, onSelect, onHover, onToggleExpanded, onReady, onLayoutChange, onDrawnLines, onError, onFramedChange, onGestureHint, reducedMotion } = options;
  const { actorById } = model;
  const positions = startingPositions(model);
  const large = isLargeGraph(model.edges.length);
  const relationsBy: Record<DateBasis, Relation[]> = {
    event: relationsOf(model.dataset.events, actorById, (event) => model.eventDays.get(event.id)!.event.start),
    publication: relationsOf(model.dataset.events, actorById, (event) => model.eventDays.get(event.id)!.publication.start),
  };
  const relationTimelines: Record<DateBasis, RelationTimeline> = {
    event: createRelationTimeline(relationsBy.event),
    publication: createRelationTimeline(relationsBy.publication),
  };

  const memberCounts = new Map<string, number>();
  for (const actor of model.dataset.actors) {
    const seen = new Set<string>([actor.id]);
    for (let parent = actor.parent; parent !== undefined && !seen.has(parent); parent = actorById.get(parent)?.parent) {
      seen.add(parent);
      memberCounts.set(parent, (memberCounts.get(parent) ?? 0) + 1);
    }
  }
  const membersOf = (id: string) => memberCounts.get(id) ?? 0;

  const createStarted = timingStart();
  // The first level's nodes and lines are made with the graph, in one go; the relationship bands
  // last, so they draw over the ties they explain, as Cytoscape draws in the order of addition.
  const firstExpanded = new Set(options.scope.level === 'state' ? options.scope.expanded : []);
  const firstActors = drawnActorIds(options.scope.level, model.dataset.actors, actorById, firstExpanded);
  const firstGrouping = groupTies(model.edges, drawnAsFor(options.scope.level, actorById, firstExpanded));
  const firstDrawn = drawnAtFirst(firstGrouping, options.scope.lines);
  const ranks = labelRanks(model.dataset.actors, model.edges);
  const bandsAtFirstBy: Record<LineChoice, Uint8Array> = {
    strongest: bandsWithinBudget(relationsBy.event, ranks, BAND_BUDGET),
    all: new Uint8Array(relationsBy.event.length).fill(1),
  };
  /** Bands that carry their state's name; a selection's bands do too (bandRevealed). */
  const bandNamed = bandsWithinBudget(relationsBy.event, ranks, BAND_NAME_BUDGET);
  const firstBands = bandsAtFirstBy[options.scope.lines];
  const textWidth = canvasTextWidth();
  /** Where a framing of these nodes will most likely land (framing-estimate.ts); zoom 1 where it cannot tell. */
  const expectedZoom = (nodes: readonly FramedNode[], canvas: { width: number; height: number }, limits: FramingLimits) =>
    (textWidth === null ? null : estimatedFramingZoom(nodes, canvas, textWidth, limits)) ?? 1;
  const firstCanvas = { width: container.clientWidth, height: container.clientHeight };
  const firstActorSet = new Set(firstActors);
  const firstNames = new Map(firstActors.map((id) => [id, drawnNameOf(actorById.get(id)!, firstCanvas.width)]));
  const firstFramed = firstActors.map((id): FramedNode => {
    const actor = actorById.get(id)!;
    const parent = actor.parent !== undefined && firstActorSet.has(actor.parent) ? { parent: actor.parent } : {};
    return { id, type: actor.type, label: firstNames.get(id)!, ...positions.of(id), ...parent };
  });
  // The names are made at the size the first framing will most likely keep, so it restyles none of them.
  const firstMetrics = labelMetricsOf(labelStepOf(expectedZoom(firstFramed, firstCanvas, { padding: FIT_PADDING_PX, maxZoom: FIT_MAX_ZOOM })), isNarrowCanvas(firstCanvas.width));
  const cy = cytoscape({
    container,
    elements: [
      ...firstActors.map((id) => actorNode(actorById.get(id)!, positions.of(id), membersOf(id), firstMetrics, firstNames.get(id))),
      ...firstGrouping.groups.filter((_group, position) => firstDrawn[position] === 1).map(tieGroupEdge),
      ...relationEdges(relationsBy.event.filter((_relation, index) => firstBands[index] === 1), firstMetrics),
    ],
    style: graphStylesheet(model.edges.length),
    // The positions are the elements' own, and the view is framed below with the names measured
    // (fitView); the preset layout's own fit would measure every element's box once more for nothing.
    layout: { name: 'preset', fit: false },
    minZoom: FIT_MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    autounselectify: true,
    boxSelectionEnabled: false,
    // Cytoscape's own options for large graphs: while the reader pans or zooms, draw a texture of
    // the last frame and no edges.
    ...(large ? { hideEdgesOnViewport: true, textureOnViewport: true } : {}),
    pixelRatio: canvasPixelRatio(model.edges.length, { pixelRatio: window.devicePixelRatio, touch: typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches }),
    ...(inspectRequest().webgl === true ? ({ renderer: { name: 'canvas', webgl: true } } as Partial<cytoscape.CytoscapeOptions>) : {}),
  });

  const labels = createGraphLabels(cy, { ranks, onNextFrame: (callback) => onNextFrame(callback) });

  /** The viewport of the last fit; the view is "framed" while it has not moved from there. */
  let fitted: Viewport | null = null;
  /** The reader zoomed or panned since the last fit: a new size of the frame then keeps their view. */
  let movedByReader = false;
  let framed = false;
  const isFramed = () => {
    if (fitted === null) return false;
    const zoom = cy.zoom();
    const pan = cy.pan();
    return Math.abs(zoom - fitted.zoom) <= zoom * 1e-6 && Math.abs(pan.x - fitted.pan.x) < 0.5 && Math.abs(pan.y - fitted.pan.y) < 0.5;
  };
  const reportFramed = () => {
    const now = isFramed();
    if (now === framed) return;
    framed = now;
    onFramedChange?.(now);
  };

  /**
   * Runs `measure` with the names not drawn taken out altogether: a name left undrawn still counts in
   * Cytoscape's bounding boxes (it is only transparent), and the picture shows what the screen does.
   */
  const withoutUndrawnNames = <T>(measure: () => T): T => {
    const undrawn = cy.nodes('.label-hidden');
    if (undrawn.empty()) return measure();
    undrawn.addClass('label-unset');
    try {
      return measure();
    } finally {
      undrawn.removeClass('label-unset');
    }
  };

  const framedNodeOf = (node: NodeSingular): FramedNode => {
    const parent = node.parent(':visible');
    return { id: node.id(), type: node.data('type') as FramedNode['type'], label: (node.data('name') as string | undefined) ?? '', ...node.position(), ...(parent.nonempty() ? { parent: parent.first().id() } : {}) };
  };

  /**
   * The zoom and pan that frame these nodes (by default the whole drawn graph) with their names at
   * their size on screen (fit-viewport.ts). With `jumpsThere`, the caller moves to that viewport at
   * once, so the names keep the size they were measured at, rather than being set back for the
   * current zoom and then forward again: each change of size measures every name anew.
   */
  const viewportFraming = ({ nodes, padding, maxZoom, jumpsThere = false }: { nodes?: cytoscape.NodeCollection; padding: number; maxZoom: number; jumpsThere?: boolean }): Viewport | null => {
    const frame = { width: cy.width(), height: cy.height(), padding, minZoom: cy.minZoom(), maxZoom };
    const room = { width: frame.width - 2 * padding, height: frame.height - 2 * padding };
    const zoomBefore = cy.zoom();
    // Measured first at the zoom the framing will most likely keep (framing-estimate.ts), worked out
    // from the nodes alone, not from the current zoom: the steps below then take the same course from
    // any view, so the framed view does not depend on where the reader was.
    const framed = (nodes ?? cy.nodes(':visible')).map(framedNodeOf);
    const expected = expectedZoom(framed, { width: frame.width, height: frame.height }, { padding, maxZoom });
    labels.scaleFor(expected);
    let measuredAt = labelStepOf(expected);
    let measured = fitViewport(labels.fitItems(room, nodes), frame);
    if (measured === null) {
      labels.scaleFor(zoomBefore);
      return null;
    }
    // Again with the names measured at the size they get at that zoom (a font is not drawn exactly
    // in proportion, and a name may wrap otherwise), until the zoom stays in the step its names
    // were measured at.
    for (let round = 0; round < 4 && labelStepOf(measured.zoom) !== measuredAt; round += 1) {
      labels.scaleFor(measured.zoom);
      measuredAt = labelStepOf(measured.zoom);
      measured = fitViewport(labels.fitItems(room, nodes), frame) ?? measured;
    }
    if (!jumpsThere) labels.scaleFor(zoomBefore);
    return measured;
  };

  /** Frames the whole drawn graph. */
  const fitView = (animate = false) => {
    const jumpsThere = !animate || reducedMotion;
    const viewport = viewportFraming({ padding: FIT_PADDING_PX, maxZoom: FIT_MAX_ZOOM, jumpsThere });
    if (viewport === null) return;
    cy.stop(true, true);
    fitted = viewport;
    movedByReader = false;
    if (!jumpsThere) cy.animate({ zoom: viewport.zoom, pan: viewport.pan }, { duration: 250 });
    else {
      cy.viewport(viewport);
      labels.update();
    }
    reportFramed();
  };

  /** Each relation's band, by relation index; null until it is first drawn. */
  const relationLines: Array<EdgeSingular | null> = relationsBy.event.map((relation, index) => (firstBands[index] === 1 ? (cy.getElementById(relationEdgeId(relation)) as EdgeSingular) : null));
  /** The bands left out at first that the selection or the chapter draws, by relation index. */
  const bandRevealed = new Set<number>();
  /** Relation indices by the top-level actors they join, made when a selection first needs them. */
  let bandsByRoot: Map<string, number[]> | null = null;
  const relationShown: Array<RelationChange | null> = relationsBy.event.map(() => null);
  /** Which ties pass the current filter, by model edge index, whatever the level. */
  const tieShown = new Uint8Array(model.edges.length);
  const projections = new Map<string, Projection>();

  let current: GraphScope | null = null;
  let projection: Projection | null = null;
  let destroyed = false;
  let layoutRuns = 0;
  let layoutGeneration = 0;
  let layoutAbort: AbortController | null = null;
  /** What the reader selected, kept for another level of detail. */
  let selected: GraphSelection = null;
  /** The story's chapter, while one is highlighted. */
  let chapterEvents: readonly string[] | null = null;
  let emphasisTimer = 0;
  const frames = new Set<number>();

  /** A frame callback that never runs after teardown and hands its errors to the caller. */
  const onNextFrame = (callback: () => void) => {
    const id = requestAnimationFrame(() => {
      frames.delete(id);
      if (destroyed) return;
      guarded(callback)();
    });
    frames.add(id);
  };
  function guarded<A extends unknown[]>(callback: (...args: A) => void): (...args: A) => void {
    return (...args) => {
      try {
        callback(...args);
      } catch (error) {
        onError(error);
      }
    };
  }

  /**
   * Where a node made now goes: the dataset's position; without one, its starting place relative to
   * its outer actor, wherever a layout has since put that actor.
   */
  const placeOf = (id: string) => {
    const start = positions.of(id);
    if (positions.complete) return start;
    const root = rootOf(id, actorById);
    const rootNode = cy.getElementById(root);
    if (root === id || rootNode.empty()) return start;
    const rootStart = positions.of(root);
    const rootNow = rootNode.position();
    return { x: rootNow.x + start.x - rootStart.x, y: rootNow.y + start.y - rootStart.y };
  };

  /** Adds the nodes a level needs that do not exist yet; `ids` lists outer actors first. */
  const ensureNodes = (ids: readonly string[]) => {
    const missing = ids.filter((id) => cy.getElementById(id).empty());
    if (missing.length > 0) cy.add(missing.map((id) => actorNode(actorById.get(id)!, placeOf(id), membersOf(id))));
  };

  const projectionFor = (scope: GraphScope, known?: { grouping: TieGrouping; drawn: Uint8Array }): Projection => {
    const { level, expanded } = scope;
    const key = projectionKey(scope);
    const made = projections.get(key);
    if (made) return made;
    const expandedSet = new Set(level === 'state' ? expanded : []);
    const drawnAs = drawnAsFor(level, actorById, expandedSet);
    const actorIds = drawnActorIds(level, model.dataset.actors, actorById, expandedSet);
    ensureNodes(actorIds);
    const grouping = known?.grouping ?? groupTies(model.edges, drawnAs);
    const drawn = known?.drawn ?? drawnAtFirst(grouping, scope.lines);
    const missing = grouping.groups.filter((group, position) => drawn[position] === 1 && cy.getElementById(group.id).empty());
    if (missing.length > 0) cy.add(missing.map(tieGroupEdge));
    // A line left out stays null here even where another level or "all lines" made its element.
    const lines = grouping.groups.map((group, position) => (drawn[position] === 1 ? (cy.getElementById(group.id) as EdgeSingular) : null));
    const built: Projection = {
      key,
      level,
      expanded: expandedSet,
      drawnAs,
      drawnActors: new Set(actorIds),
      grouping,
      lines,
      drawnAtFirst: lines.reduce((count, line) => count + (line === null ? 0 : 1), 0),
      bandsAtFirst: bandsAtFirstBy[scope.lines],
      bandsDrawnAtFirst: bandsAtFirstBy[scope.lines].reduce((count, flag) => count + flag, 0),
      groupsByActor: null,
      revealed: [],
      positionOfLine: new Map(grouping.groups.map((group, position) => [group.id, position])),
      shownTies: new Int32Array(grouping.groups.length),
      // Slots: the lines by group position, then the relationship bands.
      pending: new PendingDisplay<EdgeSingular | null>(lines.length + relationLines.length, (slot) => (slot < lines.length ? lines[slot] : relationLines[slot - lines.length]) ?? null),
    };
    projections.set(key, built);
    return built;
  };
  projectionFor(options.scope, { grouping: firstGrouping, drawn: firstDrawn });

  const flush = (target: Projection) => {
    const { toShow, toHide } = target.pending.drain();
    const show = toShow.filter(isDrawn);
    const hide = toHide.filter(isDrawn);
    if (show.length > 0) collectionOf(cy, show).removeClass('hidden');
    if (hide.length > 0) collectionOf(cy, hide).addClass('hidden');
  };

  /** Draws the lines of these groups that the budget left out, each shown when any of its ties is. */
  const drawLeftOut = (target: Projection, positions: Iterable<number>) => {
    const made: ElementDefinition[] = [];
    const slots: number[] = [];
    for (const position of positions) {
      if (target.lines[position] !== null) continue;
      target.revealed.push(position);
      const group = target.grouping.groups[position]!;
      if (cy.getElementById(group.id).empty()) made.push(tieGroupEdge(group));
      slots.push(position);
    }
    if (made.length > 0) cy.add(made);
    for (const position of slots) {
      target.lines[position] = cy.getElementById(target.grouping.groups[position]!.id) as EdgeSingular;
      target.pending.set(position, target.shownTies[position]! > 0);
    }
  };

  /** The groups whose lines end at one of these drawn actors. */
  const groupsAt = (target: Projection, drawnIds: readonly string[]) => {
    if (target.groupsByActor === null) {
      const byActor = new Map<string, number[]>();
      target.grouping.groups.forEach((group, position) => {
        for (const end of [group.source, group.target]) {
          const list = byActor.get(end);
          if (list) list.push(position);
          else byActor.set(end, [position]);
        }
      });
      target.groupsByActor = byActor;
    }
    const byActor = target.groupsByActor;
    return drawnIds.flatMap((id) => byActor.get(id) ?? []);
  };

  /** Records that a tie passes the filter or not, and shows or hides its line when that changes. */
  const setTieShown = (target: Projection, index: number, shown: boolean) => {
    if ((tieShown[index] === 1) === shown) return;
    tieShown[index] = shown ? 1 : 0;
    const position = target.grouping.groupOf[index]!;
    if (position < 0) return;
    const count = (target.shownTies[position] = target.shownTies[position]! + (shown ? 1 : -1));
    if (shown && count === 1) target.pending.set(position, true);
    else if (!shown && count === 0) target.pending.set(position, false);
  };

  /**
   * Sets the band of one severed relationship to its state on the range's last day; `again` when the
   * band was drawn or left out since (a selection revealed it, or let it go).
   */
  const applyRelation = (target: Projection, filter: ViewFilter, index: number, again = false) => {
    const change = relationStateAt(relationsBy[filter.basis][index]!, filter.range.to);
    if (change === relationShown[index] && !again) return;
    relationShown[index] = change;
    const slot = target.lines.length + index;
    const revealed = bandRevealed.has(index);
    if (change === null || (target.bandsAtFirst[index] === 0 && !revealed)) {
      target.pending.set(slot, false);
      return;
    }
    const band = relationLines[index] ?? addBand(index);
    band.data({ state: change.state, eventId: change.eventId });
    if (bandNamed[index] === 1 || revealed) band.data('stateLabel', RELATION_BAND_STYLES[change.state].label);
    else if (band.data('stateLabel') !== undefined) band.removeData('stateLabel');
    target.pending.set(slot, true);
    labels.refreshBands();
  };

  /** Makes the band of a relation the budget left out, its name at the current size, hidden until shown. */
  const addBand = (index: number): EdgeSingular => {
    const band = cy.add(relationEdges([relationsBy.event[index]!]))[0] as EdgeSingular;
    labels.sizeBands(band);
    relationLines[index] = band;
    return band;
  };

  /**
   * Draws the bands the budget left out that the selection (an actor's, or a tie's pair) or the
   * chapter's ties touch, and lets go of those the previous ones drew.
   */
  const revealBandsOf = (target: Projection, selection: GraphSelection, eventIds: readonly string[] | null) => {
    const filter = current?.filter;
    if (filter === undefined || (target.bandsDrawnAtFirst === relationLines.length && bandRevealed.size === 0)) return;
    bandsByRoot ??= bandIndexByRoot(relationsBy.event);
    const roots = new Set<string>();
    const pairs: Array<readonly [string, string]> = [];
    const addEvent = (eventId: string) => {
      for (const edge of model.edgesByEvent.get(eventId) ?? []) pairs.push([rootOf(edge.source, actorById), rootOf(edge.target, actorById)]);
    };
    for (const eventId of eventIds ?? []) addEvent(eventId);
    if (selection?.kind === 'event') addEvent(selection.id);
    else if (selection?.kind === 'actor') roots.add(rootOf(selection.id, actorById));
    const next = new Set<number>();
    for (const root of roots) for (const index of bandsByRoot.get(root) ?? []) next.add(index);
    for (const [a, b] of pairs) {
      for (const index of bandsByRoot.get(a) ?? []) {
        const relation = relationsBy.event[index]!;
        if ((relation.a === a && relation.b === b) || (relation.a === b && relation.b === a)) next.add(index);
      }
    }
    const before = [...bandRevealed];
    bandRevealed.clear();
    for (const index of next) if (target.bandsAtFirst[index] === 0) bandRevealed.add(index);
    for (const index of before) if (!bandRevealed.has(index)) applyRelation(target, filter, index, true);
    for (const index of bandRevealed) applyRelation(target, filter, index, true);
  };

  /** Everything again: a first paint, another level of detail, another basis or other kinds. */
  const showAll = (previous: Projection | null, next: Projection, scope: GraphScope) => {
    const { filter } = scope;
    if (previous !== null && previous !== next) {
      // The lines the old level showed go; those the new one shares with it are shown again below.
      const stale = previous.lines.filter((line, position): line is EdgeSingular => line !== null && previous.shownTies[position]! > 0);
      if (stale.length > 0) collectionOf(cy, stale).addClass('hidden');
      previous.shownTies.fill(0);
    }
    // Recount from nothing: every tie passes or not, and each line shows when any of its ties does.
    next.shownTies.fill(0);
    tieShown.fill(0);
    const hiddenKinds = new Set(filter.hiddenKinds);
    for (const edge of model.edges) {
      if (hiddenKinds.has(edge.kind)) continue;
      if (isInRange(filter.basis === 'event' ? edge.eventDays : edge.publicationDays, filter.range)) {
        tieShown[edge.index] = 1;
        const position = next.grouping.groupOf[edge.index]!;
        if (position >= 0) next.shownTies[position] = next.shownTies[position]! + 1;
      }
    }
    next.lines.forEach((line, position) => {
      if (line !== null) next.pending.set(position, next.shownTies[position]! > 0);
    });
    relationShown.fill(null);
    for (let index = 0; index < relationLines.length; index += 1) {
      next.pending.set(next.lines.length + index, false);
      applyRelation(next, filter, index);
    }
    if (previous !== next) {
      const drawn = cy.nodes().filter((node) => next.drawnActors.has(node.id()));
      drawn.removeClass('hidden');
      cy.nodes().difference(drawn).addClass('hidden');
      // An outer actor drawn without the actors inside it looks like a plain node.
      const folded = next.level === 'state' ? drawn.filter((node) => !next.expanded.has(node.id())) : cy.collection();
      folded.addClass('folded');
      cy.nodes().difference(folded).removeClass('folded');
    }
  };

  const showRangeChange = (target: Projection, previous: ViewFilter, next: ViewFilter) => {
    const hiddenKinds = next.hiddenKinds.length === 0 ? null : new Set(next.hiddenKinds);
    const findStarted = timingStart();
    const { shown, hidden } = model.timelines[next.basis].changesBetween(previous.range, next.range);
    recordTiming('step:find-changes', findStarted);
    for (const span of shown) if (hiddenKinds === null || !hiddenKinds.has(span.edge.kind)) setTieShown(target, span.edge.index, true);
    for (const span of hidden) setTieShown(target, span.edge.index, false);
    for (const index of relationTimelines[next.basis].changedBetween(previous.range.to, next.range.to)) applyRelation(target, next, index);
  };

  /** The lines that stand for an event at the current level. */
  const linesOfEvent = (eventId: string) => {
    const target = projection;
    let lines = cy.collection();
    if (target === null) return lines;
    for (const edge of model.edgesByEvent.get(eventId) ?? []) {
      const line = target.lines[target.grouping.groupOf[edge.index]!];
      if (line) lines = lines.union(line);
    }
    return lines;
  };

  /** Marks the chapter's lines and the actors they join (with their boxes), fades the rest. */
  const applyHighlight = () => {
    cy.elements('.chapter, .chapter-end, .story-faded').removeClass('chapter chapter-end story-faded');
    if (chapterEvents === null) return cy.collection();
    const lines = chapterEvents.reduce((collection, eventId) => collection.union(linesOfEvent(eventId)), cy.collection());
    const ends = lines.connectedNodes().union(lines.connectedNodes().ancestors());
    lines.addClass('chapter');
    ends.addClass('chapter-end');
    cy.elements().difference(lines).difference(ends).addClass('story-faded');
    return lines;
  };

  /** Moves the view to frame these lines and their actors, no closer than MAX_FRAME_ZOOM. */
  const frameOn = (lines: cytoscape.CollectionReturnValue) => {
    const nodes = lines.connectedNodes();
    if (nodes.empty()) return;
    const viewport = viewportFraming({ nodes, padding: FRAME_PADDING, maxZoom: MAX_FRAME_ZOOM });
    if (viewport === null) return;
    cy.stop(true, false);
    if (reducedMotion) cy.viewport(viewport);
    else cy.animate(viewport, { duration: FRAME_MS, easing: 'ease-in-out-sine' });
  };

  /**
   * A selected actor or tie, and the story's chapter, get every one of their lines, those the budget
   * left out too; the lines drawn for the previous ones go, so the picture is the one its address gives.
   */
  const drawLinesOf = (target: Projection, selection: GraphSelection, eventIds: readonly string[] | null) => {
    revealBandsOf(target, selection, eventIds);
    if (target.drawnAtFirst === target.lines.length) {
      flush(target);
      return;
    }
    for (const position of target.revealed.splice(0)) {
      target.lines[position]!.addClass('hidden');
      target.lines[position] = null;
    }
    const positions = new Set<number>();
    const addLinesOfEvent = (eventId: string) => {
      for (const edge of model.edgesByEvent.get(eventId) ?? []) {
        const position = target.grouping.groupOf[edge.index]!;
        if (position >= 0) positions.add(position);
      }
    };
    for (const eventId of eventIds ?? []) addLinesOfEvent(eventId);
    if (selection?.kind === 'event') addLinesOfEvent(selection.id);
    else if (selection?.kind === 'actor') {
      const node = cy.getElementById(target.drawnAs(selection.id));
      if (node.nonempty()) for (const position of groupsAt(target, [node.id(), ...node.descendants().map((inner) => inner.id())])) positions.add(position);
    }
    drawLeftOut(target, positions);
    flush(target);
  };

  /** Marks the selection and what stays in focus around it; everything else fades. */
  const applySelection = () => {
    cy.elements('.selected, .neighbourhood, .faded').removeClass('selected neighbourhood faded');
    if (selected === null || projection === null) return;
    const targets = selected.kind === 'actor' ? cy.getElementById(projection.drawnAs(selected.id)) : linesOfEvent(selected.id);
    if (targets.empty()) return;
    targets.addClass('selected');
    // An actor keeps in focus the actors inside it and everyone a drawn line ties any of them
    // to (with the boxes those sit in); a tie keeps its two ends in focus.
    const focus = targets.union(targets.descendants());
    const lines = selected.kind === 'actor' ? focus.connectedEdges(':visible') : targets;
    const ends = lines.connectedNodes();
    const neighbourhood = focus.union(lines).union(ends).union(ends.ancestors()).union(targets.ancestors());
    neighbourhood.addClass('neighbourhood');
    cy.elements().difference(neighbourhood).difference(targets).addClass('faded');
  };

  /** A line opens its latest tie in range (or its latest tie, when none is). */
  const tiesOfLine = (lineId: string): { eventId: string; inRange: number } | null => {
    const target = projection;
    const position = target?.positionOfLine.get(lineId);
    if (target === null || position === undefined) return null;
    const members = target.grouping.groups[position]!.members;
    let latest = members[members.length - 1]!;
    for (let index = members.length - 1; index >= 0; index -= 1) {
      if (tieShown[members[index]!] === 1) {
        latest = members[index]!;
        break;
      }
    }
    return { eventId: model.edges[latest]!.eventId, inRange: target.shownTies[position]! };
  };

  /** Lays the drawn graph out in a worker and moves the nodes there (animated where asked). */
  const layOut = async (animate: boolean) => {
    const generation = ++layoutGeneration;
    onLayoutChange('running');
    const request = layoutRequestOf(cy, LAYOUT_SEED + layoutRuns, labels.rankOf, inspectRequest().layoutViewports);
    layoutRuns += 1;
    const controller = new AbortController();
    layoutAbort = controller;
    const placedAt = await computeLayoutOffMainThread(request, controller.signal);
    if (placedAt === null || destroyed || generation !== layoutGeneration) return;
    // A folded outer actor is a compound whose members are hidden: it moves with them.
    cy.nodes(':parent.folded').forEach((node) => {
      const target = placedAt[node.id()];
      if (target === undefined) return;
      const now = node.position();
      node.descendants().shift({ x: target.x - now.x, y: target.y - now.y });
    });
    const placed = cy.nodes(':childless').filter((node) => placedAt[node.id()] !== undefined);
    await new Promise<void>((resolve) => {
      const layout = placed.layout({
        name: 'preset',
        positions: (node: NodeSingular) => placedAt[node.id()]!,
        animate,
        animationDuration: 400,
        fit: false,
      } as cytoscape.LayoutOptions);
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
    if (!destroyed && generation === layoutGeneration) fitView(animate);
    if (!destroyed && generation === layoutGeneration) onLayoutChange('done');
  };

  const view: GraphView = {
    show(scope) {
      if (destroyed) return;
      const previous = current;
      const sameLevel = previous !== null && projectionKey(previous) === projectionKey(scope);
      if (previous !== null && sameLevel && filtersEqual(previous.filter, scope.filter)) return;
      const started = timingStart();
      let levelChanged = false;
      cy.batch(() => {
        const next = sameLevel && projection !== null ? projection : projectionFor(scope);
        if (previous !== null && sameLevel && onlyRangeDiffers(previous.filter, scope.filter)) showRangeChange(next, previous.filter, scope.filter);
        else showAll(projection, next, scope);
        flush(next);
        levelChanged = next !== projection;
        if (levelChanged) onDrawnLines({ drawn: next.drawnAtFirst, total: next.lines.length, bandsDrawn: next.bandsDrawnAtFirst, bands: relationLines.length });
        projection = next;
      });
      current = scope;
      // Another level of detail draws the selection and the chapter's events with other lines.
      if (levelChanged && (selected !== null || chapterEvents !== null)) {
        cy.batch(() => drawLinesOf(projection!, selected, chapterEvents));
        cy.batch(() => {
          applySelection();
          applyHighlight();
        });
      }
      // Other boxes and other lines: the names are chosen again (after the selection is redrawn, so
      // the selected actor's name is among them).
      if (levelChanged) labels.refresh();
      recordTiming('step', started);
    },
    setSelection(selection, { centre = false } = {}) {
      if (destroyed) return;
      selected = selection;
      cy.batch(() => {
        if (projection !== null) drawLinesOf(projection, selected, chapterEvents);
        applySelection();
      });
      labels.refresh();
      if (centre && selection !== null) {
        const target = cy.$('.selected');
        if (target.nonempty()) {
          if (reducedMotion) cy.center(target);
          else cy.animate({ center: { eles: target } }, { duration: 250 });
        }
      }
    },
    highlightEvents(eventIds, { frame = false } = {}) {
      if (destroyed) return;
      chapterEvents = eventIds;
      let lines = cy.collection();
      cy.batch(() => {
        if (projection !== null) drawLinesOf(projection, selected, chapterEvents);
        lines = applyHighlight();
      });
      if (frame) frameOn(lines.filter(':visible'));
    },
    emphasiseEvents(eventIds) {
      if (destroyed || reducedMotion) return;
      window.clearTimeout(emphasisTimer);
      cy.batch(() => {
        cy.edges('.appeared').removeClass('appeared');
        for (const eventId of eventIds) linesOfEvent(eventId).addClass('appeared');
      });
      emphasisTimer = window.setTimeout(
        guarded(() => {
          if (!destroyed) cy.edges('.appeared').removeClass('appeared');
        }),
        EMPHASIS_MS,
      );
    },
    async relayout() {
      await layOut(!reducedMotion);
    },
    cancelLayout() {
      if (layoutAbort === null || layoutAbort.signal.aborted) return;
      layoutGeneration += 1;
      layoutAbort.abort();
      onLayoutChange('cancelled');
    },
    resize() {
      if (!destroyed) resizeIfChanged();
    },
    resetView() {
      if (!destroyed) fitView(true);
    },
    extent() {
      const box = withoutUndrawnNames(() => cy.elements().boundingBox());
      return { w: box.w, h: box.h };
    },
    picture(scale) {
      // Cytoscape draws the picture before it returns the promise of its encoding. The size is asked
      // for as a most, not as a scale: with a scale, Cytoscape multiplies in the screen's pixel
      // density (documented), so a phone's 3× screen made an image three times the size asked for,
      // over the most Tieline makes, and the export failed.
      return withoutUndrawnNames(() => {
        const box = cy.elements().boundingBox();
        return cy.png({ output: 'blob-promise', full: true, maxWidth: Math.ceil(box.w) * scale, maxHeight: Math.ceil(box.h) * scale, bg: '#ffffff' });
      });
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      window.clearTimeout(emphasisTimer);
      layoutGeneration += 1;
      layoutAbort?.abort();
      for (const id of frames) cancelAnimationFrame(id);
      frames.clear();
      exposeIfAsked(undefined);
      resizeObserver?.disconnect();
      detachGestures();
      labels.destroy();
      cy.destroy();
    },
  };

  cy.on(
    'tap',
    'node',
    guarded((event) => onSelect({ kind: 'actor', id: event.target.data('actor') as string })),
  );
  cy.on(
    'dbltap',
    'node[?root]',
    guarded((event) => {
      if (current?.level === 'state' && (event.target as NodeSingular).data('root') === true) onToggleExpanded(event.target.id());
    }),
  );
  cy.on(
    'tap',
    'edge',
    guarded((event) => {
      const edge = event.target as EdgeSingular;
      const eventId = edge.data('relation') === true ? (edge.data('eventId') as string | undefined) : tiesOfLine(edge.id())?.eventId;
      if (eventId) onSelect({ kind: 'event', id: eventId });
    }),
  );
  cy.on(
    'tap',
    guarded((event) => {
      if (event.target === cy) onSelect(null);
    }),
  );
  // On every move too: the tooltip follows the pointer, and comes back when the pointer returns to
  // the element it left the canvas from (Cytoscape then sends no new 'mouseover').
  cy.on(
    'mouseover mousemove',
    'node, edge',
    guarded((event) => {
      const target = event.target as NodeSingular | EdgeSingular;
      const point = event.renderedPosition ?? { x: 0, y: 0 };
      if (target.isNode()) onHover({ kind: 'actor', id: target.data('actor') as string, x: point.x, y: point.y });
      else if (target.data('relation') === true) onHover({ kind: 'event', id: (target.data('eventId') as string | undefined) ?? '', x: point.x, y: point.y });
      else {
        const ties = tiesOfLine(target.id());
        if (ties !== null) onHover({ kind: 'event', id: ties.eventId, ties: ties.inRange, x: point.x, y: point.y });
      }
      container.style.cursor = 'pointer';
    }),
  );
  cy.on(
    'mouseout',
    'node, edge',
    guarded(() => {
      onHover(null);
      container.style.cursor = '';
    }),
  );

  function exposeIfAsked(value: Core | undefined): void {
    if (inspectRequest().graph !== true) return;
    Object.defineProperty(window, 'cy', { value, configurable: true, writable: false });
  }

  /**
   * Tells Cytoscape its container's size, if that changed: cy.resize() redraws the whole graph, and
   * a resize observer reports every element once when it starts (a long task on a phone just after
   * the first picture, for nothing). True when the size changed.
   */
  function resizeIfChanged(): boolean {
    if (container.clientWidth === cy.width() && container.clientHeight === cy.height()) return false;
    cy.resize();
    return true;
  }

  // Zooms and pans the reader makes on purpose; a frame of another size then keeps their view.
  cy.on('scrollzoom pinchzoom dragpan', () => {
    movedByReader = true;
  });
  cy.on('viewport', reportFramed);
  // The frame changed size (a resized window or iframe, a phone turned, the table view left): the
  // graph is framed again, unless the reader has moved it, who then has "Reset view".
  const resizeObserver =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(
          guarded(() => {
            if (destroyed || container.clientWidth === 0 || container.clientHeight === 0) return;
            if (!resizeIfChanged()) return;
            if (movedByReader) labels.refresh();
            else fitView();
          }),
        );
  resizeObserver?.observe(container);
  const detachGestures = attachCooperativeGestures(cy, container.parentElement ?? container, options.gestures ?? 'greedy', (hint) => onGestureHint?.(hint));

  view.show(options.scope);
  // Framed on the actors and their names, not on the ties' curves, so the frame does not move with the time.
  fitView();
  recordTiming('load:create-graph', createStarted);
  onNextFrame(() => {
    recordTiming('load:first-frame', createStarted);
    exposeIfAsked(cy);
    onReady(view);
    if (!positions.complete) {
      // Drawn first, laid out after, in a worker: the page works meanwhile, and the reader can stop it.
      const layoutStarted = timingStart();
      layOut(false).then(
        () => recordTiming('load:layout', layoutStarted),
        (error: unknown) => {
          if (!destroyed) onLayoutChange('failed', error instanceof Error ? error.message : String(error));
        },
      );
    }
  });
  return view;
}

/** Relation indices by each top-level actor they join. */
function bandIndexByRoot(relations: readonly Relation[]): Map<string, number[]> {
  const byRoot = new Map<string, number[]>();
  relations.forEach((relation, index) => {
    for (const root of [relation.a, relation.b]) {
      const list = byRoot.get(root);
      if (list === undefined) byRoot.set(root, [index]);
      else list.push(index);
    }
  });
  return byRoot;
}

/** `cy.collection(elements)` takes an array of elements (documented), which its type declarations leave out. */
function collectionOf(cy: Core, elements: readonly EdgeSingular[]): EdgeCollection {
  return cy.collection(elements as unknown as EdgeCollection);
}

function isDrawn(line: EdgeSingular | null): line is EdgeSingular {
  return line !== null;
}

/** Which lines of a level are drawn from the start: within the budget, or all when the reader asked. */
function drawnAtFirst(grouping: TieGrouping, lines: LineChoice): Uint8Array {
  return lines === 'all' ? new Uint8Array(grouping.groups.length).fill(1) : linesWithinBudget(grouping.groups);
}
