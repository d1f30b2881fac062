// Moves actors apart until no two of them, with their names, overlap: inside each state's box the
// actors it holds, then the boxes and outer actors among themselves. A force layout spreads a graph
// well but promises nothing about overlaps; this pass does, so a shipped layout can be checked for
// it. Each overlap is undone along the axis that needs the smaller move, half by each side, and a box
// moves with everything inside it, so the picture keeps its shape. Pure geometry in graph units.

export interface SeparationNode {
  readonly id: string;
  /** The box it is drawn inside, if any. */
  readonly parent?: string;
  /** Centre of a node drawn as a shape; ignored for a box (its place follows from its members). */
  readonly x: number;
  readonly y: number;
  /** Size of the shape, for a node drawn as a shape. */
  readonly width: number;
  readonly height: number;
  /** The name: below a shape, above a box. */
  readonly label?: { readonly width: number; readonly height: number; readonly gap: number };
}

export interface SeparationOptions {
  /** Clear space kept between two siblings. */
  readonly gap: number;
  /** Room inside a box around its members. */
  readonly padding: number;
  /** Rounds of pushing per group before giving up (a group of n needs far fewer than n rounds). */
  readonly maxRounds?: number;
  /** After pushing apart, pull each group together again as far as it goes. */
  readonly compact?: boolean;
}

interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export type Centres = Record<string, { x: number; y: number }>;

/** The nodes as a tree of boxes: which siblings must stay apart, and each one's box from the current centres. */
function boxTree(nodes: readonly SeparationNode[], padding: number) {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const node of nodes) {
    if (node.parent !== undefined && byId.has(node.parent)) {
      const list = children.get(node.parent);
      if (list) list.push(node.id);
      else children.set(node.parent, [node.id]);
    } else roots.push(node.id);
  }
  const centres = new Map<string, { x: number; y: number }>();
  for (const node of nodes) if (!children.has(node.id)) centres.set(node.id, { x: node.x, y: node.y });

  const leavesUnder = (id: string): string[] => {
    const inside = children.get(id);
    return inside === undefined ? [id] : inside.flatMap(leavesUnder);
  };
  /** The box a node takes with its name, from its members' current places. */
  const extentOf = (id: string): Extent => {
    const node = byId.get(id)!;
    const inside = children.get(id);
    let body: Extent;
    if (inside === undefined) {
      const { x, y } = centres.get(id)!;
      body = { x1: x - node.width / 2, y1: y - node.height / 2, x2: x + node.width / 2, y2: y + node.height / 2 };
    } else {
      body = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
      for (const member of inside) {
        const box = extentOf(member);
        body = { x1: Math.min(body.x1, box.x1), y1: Math.min(body.y1, box.y1), x2: Math.max(body.x2, box.x2), y2: Math.max(body.y2, box.y2) };
      }
      body = { x1: body.x1 - padding, y1: body.y1 - padding, x2: body.x2 + padding, y2: body.y2 + padding };
    }
    const { label } = node;
    if (label === undefined) return body;
    const middle = (body.x1 + body.x2) / 2;
    const box = { ...body, x1: Math.min(body.x1, middle - label.width / 2), x2: Math.max(body.x2, middle + label.width / 2) };
    if (inside === undefined) box.y2 = body.y2 + label.gap + label.height;
    else box.y1 = body.y1 - label.gap - label.height;
    return box;
  };
  const move = (id: string, dx: number, dy: number) => {
    for (const leaf of leavesUnder(id)) {
      const centre = centres.get(leaf)!;
      centres.set(leaf, { x: centre.x + dx, y: centre.y + dy });
    }
  };
  const depthOf = (id: string): number => {
    let depth = 0;
    const seen = new Set<string>();
    for (let parent = byId.get(id)?.parent; parent !== undefined && byId.has(parent) && !seen.has(parent); parent = byId.get(parent)?.parent) {
      seen.add(parent);
      depth += 1;
    }
    return depth;
  };
  // Innermost boxes first: a box's size depends on how far apart its members had to go.
  const groups: string[][] = [...children.keys()].sort((a, b) => depthOf(b) - depthOf(a)).map((id) => children.get(id)!);
  groups.push(roots);
  return { groups, centres, extentOf, move };
}

const overlap = (a: Extent, b: Extent, gap: number) => ({
  x: Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + gap,
  y: Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + gap,
});

/**
 * New centres for the nodes drawn as shapes, such that no two siblings' boxes (shape or box, with
 * the name) overlap or come closer than `gap`. Nodes whose parent is not in the list are outer ones.
 */
export function separateBoxes(nodes: readonly SeparationNode[], options: SeparationOptions): Centres {
  const { groups, centres, extentOf, move } = boxTree(nodes, options.padding);
  const maxRounds = options.maxRounds ?? 400;
  const shift = (box: Extent, dx: number, dy: number) => {
    box.x1 += dx;
    box.x2 += dx;
    box.y1 += dy;
    box.y2 += dy;
  };
  /**
   * Pulls each member of a group towards the group's middle as far as it goes without touching
   * another (pushing apart spreads a crowded group wider than it needs to be): a few passes, nearest
   * members first, each trying a whole step and then smaller ones.
   */
  const compact = (group: readonly string[]) => {
    if (group.length < 2) return;
    const fractions = [1, 0.5, 0.25, 0.125, 0.0625];
    for (let pass = 0; pass < 8; pass += 1) {
      const boxes = new Map(group.map((id) => [id, extentOf(id)]));
      const all = [...boxes.values()];
      const middle = { x: (Math.min(...all.map((b) => b.x1)) + Math.max(...all.map((b) => b.x2))) / 2, y: (Math.min(...all.map((b) => b.y1)) + Math.max(...all.map((b) => b.y2))) / 2 };
      const centreOf = (box: Extent) => ({ x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 });
      const order = [...group].sort((a, b) => {
        const [ca, cb] = [centreOf(boxes.get(a)!), centreOf(boxes.get(b)!)];
        return Math.hypot(ca.x - middle.x, ca.y - middle.y) - Math.hypot(cb.x - middle.x, cb.y - middle.y) || group.indexOf(a) - group.indexOf(b);
      });
      let movedAny = false;
      for (const id of order) {
        const box = boxes.get(id)!;
        const centre = centreOf(box);
        const direction = { x: middle.x - centre.x, y: middle.y - centre.y };
        // Towards the middle, then along each axis alone (a box blocked on one side can still slide).
        for (const [ux, uy] of [[direction.x, direction.y], [direction.x, 0], [0, direction.y]] as const) {
          for (const fraction of fractions) {
            const [dx, dy] = [ux * fraction, uy * fraction];
            if (Math.abs(dx) + Math.abs(dy) < 0.5) break;
            const moved = { x1: box.x1 + dx, y1: box.y1 + dy, x2: box.x2 + dx, y2: box.y2 + dy };
            const blocked = group.some((other) => {
              if (other === id) return false;
              const { x, y } = overlap(moved, boxes.get(other)!, options.gap);
              return x > 0 && y > 0;
            });
            if (blocked) continue;
            move(id, dx, dy);
            Object.assign(box, moved);
            movedAny = true;
            break;
          }
        }
      }
      if (!movedAny) return;
    }
  };

  for (const group of groups) {
    for (let round = 0; round < maxRounds; round += 1) {
      // Sweep along x: only boxes whose x spans meet can overlap.
      const boxes = group.map((id, order) => ({ id, order, box: extentOf(id) })).sort((a, b) => a.box.x1 - b.box.x1 || a.order - b.order);
      let moved = false;
      for (let i = 0; i < boxes.length; i += 1) {
        const a = boxes[i]!;
        for (let j = i + 1; j < boxes.length && boxes[j]!.box.x1 < a.box.x2 + options.gap; j += 1) {
          const b = boxes[j]!;
          const { x, y } = overlap(a.box, b.box, options.gap);
          if (x <= 0 || y <= 0) continue;
          // Apart along the axis that needs the smaller move, each side half; equal centres are
          // parted by the given order, so the result never depends on floating-point luck.
          const alongX = x <= y;
          const [from, to] = alongX ? [a.box.x1 + a.box.x2, b.box.x1 + b.box.x2] : [a.box.y1 + a.box.y2, b.box.y1 + b.box.y2];
          const sign = to > from ? 1 : to < from ? -1 : a.order < b.order ? 1 : -1;
          const push = sign * ((alongX ? x : y) / 2 + 1e-6);
          const [dx, dy] = alongX ? [push, 0] : [0, push];
          move(a.id, -dx, -dy);
          move(b.id, dx, dy);
          shift(a.box, -dx, -dy);
          shift(b.box, dx, dy);
          moved = true;
        }
      }
      if (!moved) break;
    }
    if (options.compact === true) compact(group);
  }
  const result: Centres = {};
  for (const [id, centre] of centres) result[id] = centre;
  return result;
}

/** The sibling pairs whose boxes (with their names) overlap or come closer than `gap`: none after `separateBoxes`. */
export function overlappingSiblings(nodes: readonly SeparationNode[], options: Pick<SeparationOptions, 'gap' | 'padding'>): Array<[string, string]> {
  const { groups, extentOf } = boxTree(nodes, options.padding);
  const pairs: Array<[string, string]> = [];
  for (const group of groups) {
    const boxes = group.map((id) => ({ id, box: extentOf(id) }));
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        // A hair of tolerance: the separation stops exactly at the gap.
        const { x, y } = overlap(boxes[i]!.box, boxes[j]!.box, options.gap - 1e-3);
        if (x > 0 && y > 0) pairs.push([boxes[i]!.id, boxes[j]!.id]);
      }
    }
  }
  return pairs;
}
