// The dataset as Cytoscape element definitions: one node per actor (persons inside their state as
// compound children), one edge per group of ties that look alike (src/domain/tie-groups.ts), and one
// relationship band per pair of parties that ever severed relations. Elements are made when a level
// of detail first needs them, so a large dataset that opens with states only never builds its
// persons until the reader asks for them.
import type { ElementDefinition } from 'cytoscape';
import type { Actor } from '../domain/dataset-schema';
import type { Relation } from '../domain/relationship-state';
import type { TieGroup } from '../domain/tie-groups';
import { labelMetricsOf, labelStepOf, type LabelMetrics } from './label-scale';

/**
 * Label sizes until the view sets them for its zoom (a mapping to missing data makes Cytoscape warn):
 * the view gives those of the zoom it expects, so framing restyles nothing; else those of zoom 1.
 */
const startingLabelMetrics = labelMetricsOf(labelStepOf(1));

export type Point = { x: number; y: number };

export function relationEdgeId(relation: Pick<Relation, 'a' | 'b'>): string {
  return `relation:${relation.a}:${relation.b}`;
}

/**
 * An actor's node; `members` counts the actors inside it (persons of a state, at any depth). Its
 * `name` is what the graph draws (framing.ts, drawnNameOf), `label` and `shortLabel` the dataset's.
 */
export function actorNode(actor: Actor, position: Point, members: number, metrics: LabelMetrics = startingLabelMetrics, name = actor.label): ElementDefinition {
  return {
    group: 'nodes',
    data: {
      id: actor.id,
      actor: actor.id,
      label: actor.label,
      name,
      ...(actor.shortLabel === undefined ? {} : { shortLabel: actor.shortLabel }),
      type: actor.type,
      root: actor.parent === undefined,
      members,
      ...metrics,
      ...(actor.parent === undefined ? {} : { parent: actor.parent }),
    },
    position: { ...position },
    classes: 'hidden',
  };
}

export function tieGroupEdge(group: TieGroup): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: group.id,
      source: group.source,
      target: group.target,
      kind: group.kind,
      status: group.status,
      directed: group.directed,
      approximate: group.approximate,
      /** How many ties the line stands for (in the whole dataset). */
      ties: group.members.length,
    },
    classes: 'hidden',
  };
}

export function relationEdges(relations: readonly Relation[], metrics: LabelMetrics = startingLabelMetrics): ElementDefinition[] {
  return relations.map((relation) => ({
    group: 'edges',
    data: { id: relationEdgeId(relation), source: relation.a, target: relation.b, relation: true, bandLabelSize: metrics.bandLabelSize },
    classes: 'hidden relation',
  }));
}
