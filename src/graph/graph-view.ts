// The one module that owns a Cytoscape instance. React creates it once per dataset and then only
// calls its methods. Every change is a batch of class toggles on elements that already exist: the
// graph is never rebuilt, and no node moves while the time bar does. A slider step touches only the
// edges whose dates cross a bound of the range (the model's interval index finds them).
import cytoscape, {
  type Core,
  type EdgeCollection,
  type EdgeSingular,
  type NodeSingular,
} from 'cytoscape';
import type { DatasetModel, ModelEdge } from '../domain/dataset-model';
import type { EventKind } from '../domain/dataset-schema';
import { isInRange } from '../domain/interval-index';
import { rootOf } from '../domain/actor-tree';
import type { DateBasis, TimeRange } from '../domain/time-range';
import type { GraphLevel } from '../domain/view-params';
import {
  createRelationTimeline,
  relationStateAt,
  relationsOf,
  type Relation,
  type RelationChange,
  type RelationTimeline,
} from '../domain/relationship-state';
import { aggregateToStates } from '../domain/state-aggregation';
import { PendingDisplay } from './pending-display';
import { computeLayoutOffMainThread, LAYOUT_SEED, layoutRequestOf, nodePositionsFrom } from './layout-client';
import { relationEdgeId, toElements } from './graph-elements';
import { graphStylesheet } from './graph-style';


export interface GraphFilters {
  readonly range: TimeRange;
  readonly basis: DateBasis;
  readonly hiddenKinds: readonly EventKind[];
  readonly level: GraphLevel;
}

export type GraphSelection = { readonly kind: 'actor' | 'event'; readonly id: string } | null;

export interface GraphHover {
  readonly kind: 'actor' | 'event';
  readonly id: string;
  /** Position in the container, in CSS pixels. */
  readonly x: number;
  readonly y: number;
}

export interface GraphView {
  readonly cy: Core;
  /** Shows exactly the edges the filters let through; cheap when only the range moved. */
  applyFilters(filters: GraphFilters): void;
  setSelection(selection: GraphSelection, options?: { centre?: boolean }): void;
  /** Runs the force layout again, for another arrangement, and moves the nodes there. */
  relayout(): Promise<void>;
  destroy(): void;
}

export interface GraphViewOptions {
  readonly container: HTMLElement;
  readonly model: DatasetModel;
  readonly onSelect: (selection: GraphSelection) => void;
  readonly onHover: (hover: GraphHover | null) => void;
  /** Called once positions are set and the first frame is drawn. */
  readonly onReady: (view: GraphView) => void;
  /** The force layout of a dataset without positions failed; the graph shows its starting circle. */
  readonly onLayoutFailed: (message: string) => void;
  readonly reducedMotion: boolean;
}

/**
 * Cytoscape's WebGL renderer is a preview; the benchmark builds a variant with it
 * (`VITE_TIELINE_RENDERER=webgl`) to measure it against the canvas renderer. The app ships the canvas
 * renderer: on this project's machines WebGL did not draw the graph faster (see docs/benchmark.md).
 */
const BENCHMARK_RENDERER_OPTIONS: Partial<cytoscape.CytoscapeOptions> =
  import.meta.env.VITE_TIELINE_RENDERER === 'webgl' ? ({ renderer: { name: 'canvas', webgl: true } } as Partial<cytoscape.CytoscapeOptions>) : {};

/** Marks the per-step work in the Performance timeline, for the benchmark. */
const STEP_MEASURE = 'tieline:apply-filters';
/** The part of a step that works out which ties cross a bound of the range. */
const FIND_CHANGES_MEASURE = 'tieline:find-changes';

export function createGraphView(options: GraphViewOptions): GraphView {
  const { container, model, onSelect, onHover, onReady, onLayoutFailed, reducedMotion } = options;
  const positions = model.dataset.layout?.positions;
  const hasAllPositions = model.dataset.actors.every((actor) => positions?.[actor.id] !== undefined);

  const aggregation = aggregateToStates(model.edges, model.actorById);
  const relationsBy: Record<DateBasis, Relation[]> = {
    event: relationsOf(model.dataset.events, model.actorById, (event) => model.eventDays.get(event.id)!.event.start),
    publication: relationsOf(model.dataset.events, model.actorById, (event) => model.eventDays.get(event.id)!.publication.start),
  };

  const relationTimelines: Record<DateBasis, RelationTimeline> = {
    event: createRelationTimeline(relationsBy.event),
    publication: createRelationTimeline(relationsBy.publication),
  };

  performance.mark('tieline:graph-start');
  const cy = cytoscape({
    container,
    elements: toElements(model, aggregation, relationsBy.event),
    style: graphStylesheet(model.edges.length),
    layout: { name: 'preset' },
    minZoom: 0.15,
    maxZoom: 4,
    autounselectify: true,
    boxSelectionEnabled: false,
    ...BENCHMARK_RENDERER_OPTIONS,
  });

  // Parallel arrays by model edge index. At state level several edges share one merged edge, which
  // shows while at least one of its members is in range.
  const actorEdges: EdgeSingular[] = model.edges.map((edge) => cy.getElementById(edge.id) as EdgeSingular);
  const foldedEdges: EdgeSingular[] = aggregation.folded.map((folded) => cy.getElementById(folded.id) as EdgeSingular);
  const shownMembers = new Int32Array(aggregation.folded.length);
  const shownAtState = new Uint8Array(model.edges.length);
  const relationEdges: EdgeSingular[] = relationsBy.event.map((relation) => cy.getElementById(relationEdgeId(relation)) as EdgeSingular);
  const relationShown: Array<RelationChange | null> = relationsBy.event.map(() => null);
  const rootNodes = cy.nodes().filter((node) => node.data('root') === true);
  const innerNodes = cy.nodes().difference(rootNodes);

  let current: GraphFilters | null = null;
  let destroyed = false;
  let layoutRuns = 0;

  /** Lays the graph out in a worker and moves the nodes to their places (animated where asked). */
  const layOut = async (animate: boolean) => {
    const boxCentres = await computeLayoutOffMainThread(layoutRequestOf(cy, LAYOUT_SEED + layoutRuns));
    layoutRuns += 1;
    if (destroyed) return;
    const positions = nodePositionsFrom(cy, boxCentres);
    const placed = cy.nodes(':childless').filter((node) => positions[node.id()] !== undefined);
    await new Promise<void>((resolve) => {
      const layout = placed.layout({
        name: 'preset',
        positions: (node: NodeSingular) => positions[node.id()]!,
        animate,
        animationDuration: 400,
        fit: true,
        padding: 30,
      } as cytoscape.LayoutOptions);
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
  };

  // A step collects the edges to show and to hide, then changes each group with one call: one class
  // change per element costs a collection and an event dispatch each, which at 50,000 ties was a
  // large share of a step. Slots: actor edges by model index, then merged edges, then bands.
  const foldedSlot = actorEdges.length;
  const relationSlot = foldedSlot + foldedEdges.length;
  const pendingDisplay = new PendingDisplay<EdgeSingular>([...actorEdges, ...foldedEdges, ...relationEdges]);
  const flushDisplay = () => {
    const { toShow, toHide } = pendingDisplay.drain();
    if (toShow.length > 0) collectionOf(cy, toShow).removeClass('hidden');
    if (toHide.length > 0) collectionOf(cy, toHide).addClass('hidden');
  };

  const setEdgeShown = (level: GraphLevel, edge: ModelEdge, shown: boolean) => {
    if (level === 'actor') {
      pendingDisplay.set(edge.index, shown);
      return;
    }
    const foldedIndex = aggregation.foldedIndexOf[edge.index]!;
    if (foldedIndex < 0 || shownAtState[edge.index] === (shown ? 1 : 0)) return;
    shownAtState[edge.index] = shown ? 1 : 0;
    const count = (shownMembers[foldedIndex] = shownMembers[foldedIndex]! + (shown ? 1 : -1));
    if (shown && count === 1) pendingDisplay.set(foldedSlot + foldedIndex, true);
    else if (!shown && count === 0) pendingDisplay.set(foldedSlot + foldedIndex, false);
  };

  /** Sets the band of one severed relationship to its state on the range's last day. */
  const applyRelation = (filters: GraphFilters, index: number) => {
    const change = relationStateAt(relationsBy[filters.basis][index]!, filters.range.to);
    if (change === relationShown[index]) return;
    relationShown[index] = change;
    const element = relationEdges[index]!;
    if (change === null) {
      pendingDisplay.set(relationSlot + index, false);
      return;
    }
    element.data({
      state: change.state,
      eventId: change.eventId,
      stateLabel: change.state === 'severed' ? 'relations severed' : 'relations resumed',
    });
    pendingDisplay.set(relationSlot + index, true);
  };

  /** Every band, for a first paint or a change of date basis. */
  const applyAllRelations = (filters: GraphFilters) => {
    for (let index = 0; index < relationEdges.length; index += 1) applyRelation(filters, index);
  };

  /** Only the bands whose relationship changed between the two last days. */
  const applyRelationChanges = (previous: GraphFilters, next: GraphFilters) => {
    for (const index of relationTimelines[next.basis].changedBetween(previous.range.to, next.range.to)) applyRelation(next, index);
  };

  /** The edges that stand for an event at a level. */
  const elementsOfEvent = (eventId: string, level: GraphLevel) =>
    (model.edgesByEvent.get(eventId) ?? []).reduce((collection, edge) => {
      const element =
        level === 'actor' ? actorEdges[edge.index] : foldedEdges[aggregation.foldedIndexOf[edge.index] ?? -1];
      return element === undefined ? collection : collection.union(element);
    }, cy.collection());

  /** A merged edge opens its latest member that is in range. */
  const foldedById = new Map(aggregation.folded.map((folded) => [folded.id, folded]));
  const eventOfFoldedEdge = (foldedId: string): string | null => {
    const folded = foldedById.get(foldedId);
    if (!folded) return null;
    const shownMember = [...folded.members].reverse().find((index) => shownAtState[index] === 1);
    return model.edges[shownMember ?? folded.members[folded.members.length - 1]!]!.eventId;
  };

  const applyAll = (filters: GraphFilters) => {
    const hiddenKinds = new Set(filters.hiddenKinds);
    const other: GraphLevel = filters.level === 'actor' ? 'state' : 'actor';
    for (const edge of model.edges) {
      const days = filters.basis === 'event' ? edge.eventDays : edge.publicationDays;
      setEdgeShown(filters.level, edge, !hiddenKinds.has(edge.kind) && isInRange(days, filters.range));
      setEdgeShown(other, edge, false);
    }
    if (filters.level === 'state') innerNodes.addClass('hidden');
    else innerNodes.removeClass('hidden');
    rootNodes.toggleClass('folded', filters.level === 'state');
  };

  const applyRangeChange = (previous: GraphFilters, next: GraphFilters) => {
    const hiddenKinds = new Set(next.hiddenKinds);
    performance.mark(`${FIND_CHANGES_MEASURE}:start`);
    const { shown, hidden } = model.timelines[next.basis].changesBetween(previous.range, next.range);
    performance.measure(FIND_CHANGES_MEASURE, `${FIND_CHANGES_MEASURE}:start`);
    // Start marks are spent once measured; without this a long play or drag session piles them up.
    performance.clearMarks(`${FIND_CHANGES_MEASURE}:start`);
    for (const span of shown) {
      if (!hiddenKinds.has(span.edge.kind)) setEdgeShown(next.level, span.edge, true);
    }
    for (const span of hidden) setEdgeShown(next.level, span.edge, false);
  };

  const view: GraphView = {
    cy,
    applyFilters(next) {
      const previous = current;
      if (previous !== null && sameFilters(previous, next)) return;
      performance.mark(`${STEP_MEASURE}:start`);
      cy.batch(() => {
        if (previous !== null && onlyRangeDiffers(previous, next)) {
          applyRangeChange(previous, next);
          applyRelationChanges(previous, next);
        } else {
          applyAll(next);
          applyAllRelations(next);
        }
        flushDisplay();
      });
      current = next;
      performance.measure(STEP_MEASURE, `${STEP_MEASURE}:start`);
      performance.clearMarks(`${STEP_MEASURE}:start`);
    },
    setSelection(selection, { centre = false } = {}) {
      cy.batch(() => {
        cy.elements('.selected, .neighbourhood, .faded').removeClass('selected neighbourhood faded');
        if (selection === null) return;
        const level = current?.level ?? 'actor';
        const targets =
          selection.kind === 'actor'
            ? cy.getElementById(level === 'state' ? rootOf(selection.id, model.actorById) : selection.id)
            : elementsOfEvent(selection.id, level);
        if (targets.empty()) return;
        targets.addClass('selected');
        const neighbourhood =
          selection.kind === 'actor'
            ? (targets as NodeSingular).closedNeighborhood().add(targets.ancestors()).add(targets.descendants())
            : targets.connectedNodes().add(targets.connectedNodes().ancestors());
        neighbourhood.addClass('neighbourhood');
        cy.elements().difference(neighbourhood).difference(targets).addClass('faded');
      });
      if (centre && selection !== null) {
        const target = cy.$('.selected');
        if (target.nonempty()) {
          if (reducedMotion) cy.center(target);
          else cy.animate({ center: { eles: target } }, { duration: 250 });
        }
      }
    },
    async relayout() {
      await layOut(!reducedMotion);
    },
    destroy() {
      destroyed = true;
      cy.destroy();
    },
  };

  cy.on('tap', 'node', (event) => onSelect({ kind: 'actor', id: event.target.data('actor') as string }));
  cy.on('tap', 'edge', (event) => {
    const edge = event.target as EdgeSingular;
    const eventId = edge.data('folded') === true ? eventOfFoldedEdge(edge.id()) : (edge.data('eventId') as string | undefined);
    if (eventId) onSelect({ kind: 'event', id: eventId });
  });
  cy.on('tap', (event) => {
    if (event.target === cy) onSelect(null);
  });
  cy.on('mouseover', 'node, edge', (event) => {
    const target = event.target as NodeSingular | EdgeSingular;
    const point = event.renderedPosition ?? { x: 0, y: 0 };
    onHover(
      target.isNode()
        ? { kind: 'actor', id: target.data('actor') as string, x: point.x, y: point.y }
        : { kind: 'event', id: (target.data('folded') === true ? eventOfFoldedEdge(target.id()) : (target.data('eventId') as string)) ?? '', x: point.x, y: point.y },
    );
    container.style.cursor = 'pointer';
  });
  cy.on('mouseout', 'node, edge', () => {
    onHover(null);
    container.style.cursor = '';
  });

  const ready = () => {
    performance.measure('tieline:load:layout', 'tieline:layout-start');
    requestAnimationFrame(() => {
      performance.measure('tieline:load:first-frame', 'tieline:graph-start');
      if (!destroyed) onReady(view);
    });
  };
  performance.measure('tieline:load:create-graph', 'tieline:graph-start');
  performance.mark('tieline:layout-start');
  if (hasAllPositions) {
    cy.fit(undefined, 30);
    ready();
  } else {
    layOut(false).then(ready, (error: unknown) => {
      // Never a blank graph: the starting circle, fitted, and a message that says why.
      onLayoutFailed(error instanceof Error ? error.message : String(error));
      cy.fit(undefined, 30);
      ready();
    });
  }
  return view;
}

/** `cy.collection(elements)` takes an array of elements (documented), which its type declarations leave out. */
function collectionOf(cy: Core, elements: readonly EdgeSingular[]): EdgeCollection {
  return cy.collection(elements as unknown as EdgeCollection);
}

function sameFilters(a: GraphFilters, b: GraphFilters): boolean {
  return onlyRangeDiffers(a, b) && a.range.from === b.range.from && a.range.to === b.range.to && a.range.mode === b.range.mode;
}

function onlyRangeDiffers(a: GraphFilters, b: GraphFilters): boolean {
  return (
    a.basis === b.basis &&
    a.level === b.level &&
    a.hiddenKinds.length === b.hiddenKinds.length &&
    a.hiddenKinds.every((kind) => b.hiddenKinds.includes(kind))
  );
}
