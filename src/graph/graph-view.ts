// The one module that owns a Cytoscape instance. React creates it once per dataset and then only
// calls its methods. Every change is a batch of class toggles on elements that already exist: the
// graph is never rebuilt, and no node moves while the time bar does. A slider step touches only the
// edges whose dates cross a bound of the range (the model's interval index finds them).
import cytoscape, {
  type Core,
  type EdgeSingular,
  type ElementDefinition,
  type LayoutOptions,
  type NodeSingular,
} from 'cytoscape';
import type { DatasetModel, ModelEdge } from '../domain/dataset-model';
import type { EventKind } from '../domain/dataset-schema';
import { isInRange } from '../domain/interval-index';
import { rootOf } from '../domain/actor-tree';
import type { DateBasis, TimeRange } from '../domain/time-range';
import type { GraphLevel } from '../domain/view-params';
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
  /** Runs the force layout again from the current positions. */
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
  readonly reducedMotion: boolean;
}

/** Marks the per-step work in the Performance timeline, for the benchmark. */
const STEP_MEASURE = 'tieline:apply-filters';

export function createGraphView(options: GraphViewOptions): GraphView {
  const { container, model, onSelect, onHover, onReady, reducedMotion } = options;
  const positions = model.dataset.layout?.positions;
  const hasAllPositions = model.dataset.actors.every((actor) => positions?.[actor.id] !== undefined);

  const cy = cytoscape({
    container,
    elements: toElements(model),
    style: graphStylesheet,
    layout: { name: 'preset' },
    minZoom: 0.15,
    maxZoom: 4,
    autounselectify: true,
    boxSelectionEnabled: false,
  });

  // Parallel arrays by model edge index: one Cytoscape edge per level (none at state level where
  // both ends fold into the same state).
  const edgesAt: Record<GraphLevel, Array<EdgeSingular | undefined>> = { actor: [], state: [] };
  for (const edge of model.edges) {
    edgesAt.actor[edge.index] = cy.getElementById(edge.id) as EdgeSingular;
    const folded = cy.getElementById(stateEdgeId(edge));
    edgesAt.state[edge.index] = folded.nonempty() ? (folded as EdgeSingular) : undefined;
  }
  const rootNodes = cy.nodes().filter((node) => node.data('root') === true);
  const innerNodes = cy.nodes().difference(rootNodes);

  let current: GraphFilters | null = null;
  let destroyed = false;

  const setEdgeShown = (level: GraphLevel, edge: ModelEdge, shown: boolean) => {
    const element = edgesAt[level][edge.index];
    if (element === undefined) return;
    if (shown) element.removeClass('hidden');
    else element.addClass('hidden');
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
    const { shown, hidden } = model.timelines[next.basis].changesBetween(previous.range, next.range);
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
        if (previous !== null && onlyRangeDiffers(previous, next)) applyRangeChange(previous, next);
        else applyAll(next);
      });
      current = next;
      performance.measure(STEP_MEASURE, `${STEP_MEASURE}:start`);
    },
    setSelection(selection, { centre = false } = {}) {
      cy.batch(() => {
        cy.elements('.selected, .neighbourhood, .faded').removeClass('selected neighbourhood faded');
        if (selection === null) return;
        const level = current?.level ?? 'actor';
        const targets =
          selection.kind === 'actor'
            ? cy.getElementById(level === 'state' ? rootOf(selection.id, model.actorById) : selection.id)
            : (model.edgesByEvent.get(selection.id) ?? []).reduce(
                (collection, edge) => {
                  const element = edgesAt[level][edge.index];
                  return element === undefined ? collection : collection.union(element);
                },
                cy.collection(),
              );
        if (targets.empty()) return;
        targets.addClass('selected');
        const neighbourhood =
          selection.kind === 'actor'
            ? (targets as NodeSingular).closedNeighborhood().add(targets.ancestors())
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
      await runForceLayout(cy, reducedMotion);
    },
    destroy() {
      destroyed = true;
      cy.destroy();
    },
  };

  cy.on('tap', 'node', (event) => onSelect({ kind: 'actor', id: event.target.data('actor') as string }));
  cy.on('tap', 'edge', (event) => onSelect({ kind: 'event', id: event.target.data('eventId') as string }));
  cy.on('tap', (event) => {
    if (event.target === cy) onSelect(null);
  });
  cy.on('mouseover', 'node, edge', (event) => {
    const target = event.target as NodeSingular | EdgeSingular;
    const point = event.renderedPosition ?? { x: 0, y: 0 };
    onHover(
      target.isNode()
        ? { kind: 'actor', id: target.data('actor') as string, x: point.x, y: point.y }
        : { kind: 'event', id: target.data('eventId') as string, x: point.x, y: point.y },
    );
    container.style.cursor = 'pointer';
  });
  cy.on('mouseout', 'node, edge', () => {
    onHover(null);
    container.style.cursor = '';
  });

  const ready = () =>
    requestAnimationFrame(() => {
      if (!destroyed) onReady(view);
    });
  if (hasAllPositions) {
    cy.fit(undefined, 30);
    ready();
  } else {
    void runForceLayout(cy, true).then(ready);
  }
  return view;
}

/** fcose, loaded on demand: datasets that ship positions never download it. */
async function runForceLayout(cy: Core, instant: boolean): Promise<void> {
  const { default: fcose } = await import('cytoscape-fcose');
  cytoscape.use(fcose);
  const layout = cy.layout({
    name: 'fcose',
    quality: 'default',
    randomize: false,
    animate: !instant,
    animationDuration: 400,
    fit: true,
    padding: 30,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 90,
    nodeSeparation: 80,
  } as LayoutOptions);
  const stopped = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
  layout.run();
  await stopped;
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

function stateEdgeId(edge: ModelEdge): string {
  return `state:${edge.id}`;
}

function toElements(model: DatasetModel): ElementDefinition[] {
  const { actors } = model.dataset;
  const positions = model.dataset.layout?.positions ?? {};
  // Deterministic starting positions on a circle, so a force layout gives the same picture on every
  // load when the dataset ships no positions.
  const radius = 40 * Math.max(actors.length, 6);
  const nodes: ElementDefinition[] = actors.map((actor, index) => {
    const angle = (2 * Math.PI * index) / actors.length;
    const position = positions[actor.id] ?? { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
    return {
      group: 'nodes',
      data: {
        id: actor.id,
        actor: actor.id,
        label: actor.label,
        type: actor.type,
        root: actor.parent === undefined,
        ...(actor.parent === undefined ? {} : { parent: actor.parent }),
      },
      position: { ...position },
    };
  });
  const edgeData = (edge: ModelEdge) => ({
    eventId: edge.eventId,
    kind: edge.kind,
    status: edge.status,
    directed: edge.directed,
    approximate: edge.precision !== 'day',
  });
  const edges: ElementDefinition[] = model.edges.map((edge) => ({
    group: 'edges',
    data: { id: edge.id, source: edge.source, target: edge.target, ...edgeData(edge) },
    classes: 'hidden',
  }));
  const foldedEdges: ElementDefinition[] = [];
  for (const edge of model.edges) {
    const source = rootOf(edge.source, model.actorById);
    const target = rootOf(edge.target, model.actorById);
    if (source === target) continue;
    foldedEdges.push({
      group: 'edges',
      data: { id: stateEdgeId(edge), source, target, ...edgeData(edge) },
      classes: 'hidden',
    });
  }
  return [...nodes, ...edges, ...foldedEdges];
}
