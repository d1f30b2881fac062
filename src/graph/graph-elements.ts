// The dataset model as Cytoscape element definitions: one node per actor (persons inside their
// state as compound children), one edge per model edge, one merged edge per state-level tie, and
// one relationship edge per pair of parties that ever severed relations. Shared by the app and by
// `npm run data:layout`, so the precomputed positions are computed on exactly what the app draws.
import type { ElementDefinition } from 'cytoscape';
import type { DatasetModel, ModelEdge } from '../domain/dataset-model';
import type { Relation } from '../domain/relationship-state';
import type { StateAggregation } from '../domain/state-aggregation';

export function relationEdgeId(relation: Pick<Relation, 'a' | 'b'>): string {
  return `relation:${relation.a}:${relation.b}`;
}

export function toElements(
  model: DatasetModel,
  aggregation: StateAggregation,
  relations: readonly Relation[],
): ElementDefinition[] {
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
  const edges: ElementDefinition[] = model.edges.map((edge: ModelEdge) => ({
    group: 'edges',
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      eventId: edge.eventId,
      kind: edge.kind,
      status: edge.status,
      directed: edge.directed,
      approximate: edge.precision !== 'day',
    },
    classes: 'hidden',
  }));
  const foldedEdges: ElementDefinition[] = aggregation.folded.map((folded) => ({
    group: 'edges',
    data: {
      id: folded.id,
      source: folded.source,
      target: folded.target,
      kind: folded.kind,
      status: folded.status,
      directed: folded.directed,
      approximate: folded.approximate,
      folded: true,
    },
    classes: 'hidden',
  }));
  const relationEdges: ElementDefinition[] = relations.map((relation) => ({
    group: 'edges',
    data: { id: relationEdgeId(relation), source: relation.a, target: relation.b, relation: true },
    classes: 'hidden relation',
  }));
  return [...nodes, ...edges, ...foldedEdges, ...relationEdges];
}
