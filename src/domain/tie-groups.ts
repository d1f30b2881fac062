// How ties become lines. Each actor is drawn as itself or folded into an outer actor (a person into
// their state in the states-only view); the ties that then join the same two drawn actors with the
// same kind, direction, status and date precision share one line, which stands for all of them and
// shows while any of them is in range. "Qatar – Syria: 3 calls" reads as one line instead of a fan,
// and 1,900 calls between two governments cost one line, not 1,900. A line never mixes ties that
// would be drawn differently (planned and occurred, dated to the day and to a month), so its
// pattern always tells the truth about every tie it stands for.
import type { Actor, EventKind, EventStatus } from './dataset-schema';
import { rootOf } from './actor-tree';
import type { ModelEdge } from './dataset-model';

/** What grouping needs of a tie; the model's edges have it all. */
export type GroupableTie = Pick<ModelEdge, 'index' | 'source' | 'target' | 'directed' | 'kind' | 'status' | 'precision'>;

export interface TieGroup {
  /** Stable across views: the same two drawn actors and the same look give the same id. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly directed: boolean;
  readonly kind: EventKind;
  readonly status: EventStatus;
  /** Dated only to a month or a year. */
  readonly approximate: boolean;
  /** Indexes of the member ties, in the order given. */
  readonly members: readonly number[];
}

export interface TieGrouping {
  readonly groups: readonly TieGroup[];
  /** For each tie index, the position of its group in `groups`; -1 when both ends are drawn as one actor. */
  readonly groupOf: Int32Array;
}

/** Which actor each actor is drawn as: itself, or the outer actor it is folded into. */
export type DrawnAs = (actorId: string) => string;

export function groupTies(ties: readonly GroupableTie[], drawnAs: DrawnAs): TieGrouping {
  const maxIndex = ties.reduce((max, tie) => Math.max(max, tie.index), -1);
  const groupOf = new Int32Array(maxIndex + 1).fill(-1);
  const drafts: Array<Omit<TieGroup, 'members'> & { members: number[] }> = [];
  const positionById = new Map<string, number>();
  for (const tie of ties) {
    let source = drawnAs(tie.source);
    let target = drawnAs(tie.target);
    if (source === target) continue;
    // Undirected ties merge whichever way round they were written.
    if (!tie.directed && target < source) [source, target] = [target, source];
    const approximate = tie.precision !== 'day';
    const id = `ties:${source}:${target}:${tie.kind}:${tie.directed ? 'd' : 'u'}:${tie.status}:${approximate ? 'approx' : 'day'}`;
    let position = positionById.get(id);
    if (position === undefined) {
      position = drafts.length;
      positionById.set(id, position);
      drafts.push({ id, source, target, directed: tie.directed, kind: tie.kind, status: tie.status, approximate, members: [] });
    }
    drafts[position]!.members.push(tie.index);
    groupOf[tie.index] = position;
  }
  return { groups: drafts, groupOf };
}

/** The levels of detail of the graph, as "drawn as" rules. */
export function drawnAsFor(
  level: 'actor' | 'state',
  actorById: ReadonlyMap<string, Pick<Actor, 'parent'>>,
  /** At state level, the outer actors shown with the actors inside them. */
  expanded: ReadonlySet<string> = new Set(),
): DrawnAs {
  if (level === 'actor') return (actorId) => actorId;
  const roots = new Map<string, string>();
  return (actorId) => {
    let root = roots.get(actorId);
    if (root === undefined) {
      root = rootOf(actorId, actorById);
      roots.set(actorId, root);
    }
    return expanded.has(root) ? actorId : root;
  };
}

/** The actors drawn at a level of detail, in the dataset's order. */
export function drawnActorIds(
  level: 'actor' | 'state',
  actors: readonly Pick<Actor, 'id' | 'parent'>[],
  actorById: ReadonlyMap<string, Pick<Actor, 'parent'>>,
  expanded: ReadonlySet<string> = new Set(),
): string[] {
  const drawnAs = drawnAsFor(level, actorById, expanded);
  return actors.filter((actor) => drawnAs(actor.id) === actor.id).map((actor) => actor.id);
}
