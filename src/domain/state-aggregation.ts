// The state-level view folds every actor into its top-level actor (a person into their state, a
// government into its country) and merges the ties that then join the same two parties with the
// same kind into one edge, so "Qatar – Syria: 3 calls" reads as one line instead of a fan.
import type { Actor, EventKind, EventStatus } from './dataset-schema';
import { rootOf } from './actor-tree';
import type { ModelEdge } from './dataset-model';

/** What folding needs of an edge; the model's edges have it all. */
export type FoldableEdge = Pick<ModelEdge, 'index' | 'source' | 'target' | 'directed' | 'kind' | 'status' | 'precision'>;

export interface FoldedEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly directed: boolean;
  readonly kind: EventKind;
  /** `occurred` as soon as one member occurred; otherwise the members' shared status. */
  readonly status: EventStatus;
  /** True only when every member is dated to a month or a year. */
  readonly approximate: boolean;
  /** Indexes of the member edges, in the order given. */
  readonly members: readonly number[];
}

export interface StateAggregation {
  readonly folded: readonly FoldedEdge[];
  /** For each edge index, the position of its folded edge in `folded`, or -1 when both ends fold into one actor. */
  readonly foldedIndexOf: Int32Array;
}

export function aggregateToStates(
  edges: readonly FoldableEdge[],
  actorById: ReadonlyMap<string, Pick<Actor, 'parent'>>,
): StateAggregation {
  const maxIndex = edges.reduce((max, edge) => Math.max(max, edge.index), -1);
  const foldedIndexOf = new Int32Array(maxIndex + 1).fill(-1);
  const drafts: Array<{ source: string; target: string; directed: boolean; kind: EventKind; members: FoldableEdge[] }> = [];
  const positionByKey = new Map<string, number>();
  for (const edge of edges) {
    let source = rootOf(edge.source, actorById);
    let target = rootOf(edge.target, actorById);
    if (source === target) continue;
    // Undirected ties merge whichever way round they were written.
    if (!edge.directed && target < source) [source, target] = [target, source];
    const key = `${source}\u0000${target}\u0000${edge.kind}\u0000${edge.directed ? '>' : '-'}`;
    let position = positionByKey.get(key);
    if (position === undefined) {
      position = drafts.length;
      positionByKey.set(key, position);
      drafts.push({ source, target, directed: edge.directed, kind: edge.kind, members: [] });
    }
    drafts[position]!.members.push(edge);
    foldedIndexOf[edge.index] = position;
  }
  const folded = drafts.map((draft): FoldedEdge => {
    const statuses = new Set(draft.members.map((member) => member.status));
    return {
      id: `state:${draft.source}:${draft.target}:${draft.kind}:${draft.directed ? 'd' : 'u'}`,
      source: draft.source,
      target: draft.target,
      directed: draft.directed,
      kind: draft.kind,
      status: statuses.has('occurred') || statuses.size > 1 ? 'occurred' : draft.members[0]!.status,
      approximate: draft.members.every((member) => member.precision !== 'day'),
      members: draft.members.map((member) => member.index),
    };
  });
  return { folded, foldedIndexOf };
}
