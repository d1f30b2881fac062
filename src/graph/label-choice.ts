// Which names to draw, from where they would be drawn: in the order given (most important first),
// each label is drawn if it overlaps no label already chosen and no other actor's node, and lies
// wholly on the canvas, at its usual place or else at the first of its other places that is free
// (as a map's labels move round their point); the rest wait until the reader zooms in, selects or
// hovers. Pure geometry in
// screen pixels, so it is tested without a browser; the graph view feeds it Cytoscape's boxes.

/** Clear space between two names, and between a name and another node, in CSS pixels. */
export const LABEL_CLEARANCE_PX = 2;

export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface LabelCandidate {
  readonly id: string;
  /** Where the label would be drawn. */
  readonly box: Box;
  /** Other places it may be drawn, tried in order when `box` is taken (placement 1, 2, …). */
  readonly alternatives?: readonly Box[];
  /**
   * Drawn whatever it covers (the selection): it still keeps other labels off, and two forced
   * labels still never overlap each other.
   */
  readonly forced?: boolean;
}

export interface Obstacle {
  /** The actor whose node this is: its own label may touch it. */
  readonly id: string;
  readonly box: Box;
}

export interface LabelChoiceInput {
  /** Most important first. */
  readonly candidates: readonly LabelCandidate[];
  /** Node bodies a label must not cover. */
  readonly obstacles: readonly Obstacle[];
  /** The canvas: a label not wholly on it is not drawn. */
  readonly bounds: Box;
  /** Clear space between two labels, and between a label and a node, in pixels. */
  readonly gap: number;
}

/** Boxes filed by the cells of a square grid they touch, so a look-up reads only its neighbourhood. */
class BoxGrid<T extends { readonly box: Box }> {
  private readonly cells = new Map<string, T[]>();
  constructor(private readonly cellSize: number) {}

  private keysOf(box: Box): string[] {
    const keys: string[] = [];
    const [cx1, cy1] = [Math.floor(box.x1 / this.cellSize), Math.floor(box.y1 / this.cellSize)];
    const [cx2, cy2] = [Math.floor(box.x2 / this.cellSize), Math.floor(box.y2 / this.cellSize)];
    for (let x = cx1; x <= cx2; x += 1) for (let y = cy1; y <= cy2; y += 1) keys.push(`${x},${y}`);
    return keys;
  }

  add(item: T): void {
    for (const key of this.keysOf(item.box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(item);
      else this.cells.set(key, [item]);
    }
  }

  remove(item: T): void {
    for (const key of this.keysOf(item.box)) {
      const cell = this.cells.get(key);
      const index = cell?.indexOf(item) ?? -1;
      if (cell !== undefined && index >= 0) cell.splice(index, 1);
    }
  }

  /** Whether `test` holds for an item filed near `box`: in a cell it touches, or within `margin` of it. */
  some(box: Box, test: (item: T) => boolean, margin = 0): boolean {
    const near = margin === 0 ? box : { x1: box.x1 - margin, y1: box.y1 - margin, x2: box.x2 + margin, y2: box.y2 + margin };
    for (const key of this.keysOf(near)) for (const item of this.cells.get(key) ?? []) if (test(item)) return true;
    return false;
  }
}

/**
 * The labels among `checked` that, as drawn, overlap a label drawn before them (those in `placed`,
 * then the checked ones kept, in order), another actor's node, or the canvas's edge: drawn where
 * their place was only reckoned, they give way.
 */
export function clashingLabels(checked: readonly LabelCandidate[], placed: readonly LabelCandidate[], obstacles: readonly Obstacle[], bounds: Box): Set<string> {
  const cellSize = 96;
  const labels = new BoxGrid<LabelCandidate>(cellSize);
  const nodes = new BoxGrid<Obstacle>(cellSize);
  for (const label of placed) labels.add(label);
  for (const obstacle of obstacles) nodes.add(obstacle);
  const clashing = new Set<string>();
  for (const label of checked) {
    const { id, box } = label;
    const clashes =
      !inside(box, bounds) ||
      labels.some(box, (other) => other.id !== id && boxesOverlap(box, other.box)) ||
      nodes.some(box, (node) => node.id !== id && boxesOverlap(box, node.box));
    if (clashes) clashing.add(id);
    else labels.add(label);
  }
  return clashing;
}

/** The sides a shape's name may slide along, in the order tried for each share (SLIDE_SHARES). */
export const SLIDE_SIDES = ['below', 'above', 'right', 'left'] as const;
export type SlideSide = (typeof SLIDE_SIDES)[number];

/**
 * How far a slid name sits along its side of the shape: the share of the name's width (below,
 * above) or height (right, left) that lies before the shape's middle (0.5 is the usual, centred
 * place, 0 starts the name at the middle, 1 ends it there), nearest the centred place first. The
 * name still touches its shape's side, so which actor it names stays plain, as on a map.
 */
export const SLIDE_SHARES = [0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9, 0, 1] as const;

/** The eight places round a shape, before the slid ones. */
export const FIXED_PLACES = 8;

/** The side and share of a slid place (placesAround's index FIXED_PLACES or more), or null for a fixed one. */
export function slideOf(placement: number): { side: SlideSide; share: number } | null {
  const index = placement - FIXED_PLACES;
  if (index < 0 || index >= SLIDE_SIDES.length * SLIDE_SHARES.length) return null;
  return { side: SLIDE_SIDES[index % SLIDE_SIDES.length]!, share: SLIDE_SHARES[Math.floor(index / SLIDE_SIDES.length)]! };
}

/** placesAround's index of a slid place. */
export function slidePlacement(side: SlideSide, share: number): number {
  const shareIndex = SLIDE_SHARES.findIndex((known) => Math.abs(known - share) < 1e-9);
  if (shareIndex < 0) throw new Error(`Not a slide share: ${share}`);
  return FIXED_PLACES + shareIndex * SLIDE_SIDES.length + SLIDE_SIDES.indexOf(side);
}

/**
 * A shape's name below it, above, right and left of it, then at its four corners (below right,
 * below left, above right, above left), then slid along each side (slideOf), in screen pixels: the
 * name as drawn at `placement` moved to each place round the shape's box, `gap` away.
 */
export function placesAround(body: Box, label: Box, placement: number, gap: number): Box[] {
  const [w, h] = [label.x2 - label.x1, label.y2 - label.y1];
  const [cx, cy] = [(body.x1 + body.x2) / 2, (body.y1 + body.y2) / 2];
  const at = (x1: number, y1: number): Box => ({ x1, y1, x2: x1 + w, y2: y1 + h });
  const [below, above, right, left] = [body.y2 + gap, body.y1 - gap - h, body.x2 + gap, body.x1 - gap - w];
  const places = [at(cx - w / 2, below), at(cx - w / 2, above), at(right, cy - h / 2), at(left, cy - h / 2), at(right, below), at(left, below), at(right, above), at(left, above)];
  for (const share of SLIDE_SHARES) places.push(at(cx - w * share, below), at(cx - w * share, above), at(right, cy - h * share), at(left, cy - h * share));
  // Where the name is drawn now, Cytoscape's own box is exact.
  if (placement >= 0 && placement < places.length) places[placement] = label;
  return places;
}

/**
 * A box's name above it, then below it, then beside it (right, then left, level with the box's
 * middle), in screen pixels (as placesAround). The sides are a small box's way out of a crowded
 * corner: on a phone, a government's box inside its state has its state's name above it.
 */
export function placesAroundBox(body: Box, label: Box, placement: number, gap: number): Box[] {
  const [w, h] = [label.x2 - label.x1, label.y2 - label.y1];
  const [cx, cy] = [(body.x1 + body.x2) / 2, (body.y1 + body.y2) / 2];
  const at = (x1: number, y1: number): Box => ({ x1, y1, x2: x1 + w, y2: y1 + h });
  const places = [at(cx - w / 2, body.y1 - gap - h), at(cx - w / 2, body.y2 + gap), at(body.x2 + gap, cy - h / 2), at(body.x1 - gap - w, cy - h / 2)];
  if (placement >= 0 && placement < places.length) places[placement] = label;
  return places;
}

/**
 * How far a name is drawn from its node's box, read off the two boxes as Cytoscape gives them: its
 * box of a name takes in the name's plate and its box of a node the node's border, so the gap in the
 * stylesheet overstates the room between them. The name's other places are reckoned at this gap, so
 * they lie where Cytoscape will draw them. `nominal` where the name touches or covers its node.
 */
export function drawnGap(body: Box, label: Box, nominal: number): number {
  const apart = [label.y1 - body.y2, body.y1 - label.y2, label.x1 - body.x2, body.x1 - label.x2].filter((distance) => distance >= 0);
  return apart.length === 0 ? nominal : Math.min(nominal, Math.max(...apart));
}

export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
}

const inside = (box: Box, bounds: Box) => box.x1 >= bounds.x1 && box.y1 >= bounds.y1 && box.x2 <= bounds.x2 && box.y2 <= bounds.y2;

/** The ids of the labels to draw. */
export function chooseLabels(input: LabelChoiceInput): Set<string> {
  return new Set(placeLabels(input).keys());
}

/**
 * The labels to draw, each with the place it is drawn at (0: its box, 1: its first alternative, …).
 * In order of importance, each label takes its first free place; where none is free, it may still
 * be drawn at a place where a single label placed before it is in the way and that one can move
 * to another of its own free places (as a cartographer nudges one name to fit another): no name
 * placed is ever left out again, and a less important name never takes room a more important one needed.
 */
export function placeLabels({ candidates, obstacles, bounds, gap }: LabelChoiceInput): Map<string, number> {
  const cellSize = 96;
  interface Placed {
    readonly candidate: LabelCandidate;
    readonly box: Box;
  }
  const placed = new BoxGrid<Placed>(cellSize);
  const nodes = new BoxGrid<Obstacle>(cellSize);
  for (const obstacle of obstacles) nodes.add(obstacle);
  const chosen = new Map<string, number>();
  const placesOf = (candidate: LabelCandidate) => [candidate.box, ...(candidate.alternatives ?? [])];
  /** Whether the box may hold the label, leaving the other labels aside. */
  const allowed = (candidate: LabelCandidate, box: Box) => {
    if (!(box.x2 > box.x1 && box.y2 > box.y1)) return false;
    if (candidate.forced === true) return true;
    return inside(box, bounds) && !nodes.some(box, (node) => node.id !== candidate.id && boxesOverlap(box, node.box, gap), gap);
  };
  const free = (box: Box) => !placed.some(box, (other) => boxesOverlap(box, other.box, gap), gap);
  const place = (candidate: LabelCandidate, placement: number) => {
    const item = { candidate, box: placesOf(candidate)[placement]! };
    placed.add(item);
    chosen.set(candidate.id, placement);
  };
  const consider = (candidate: LabelCandidate) => {
    if (chosen.has(candidate.id)) return;
    const placement = placesOf(candidate).findIndex((box) => allowed(candidate, box) && free(box));
    if (placement >= 0) place(candidate, placement);
  };
  /** Draws `candidate` at one of its places by moving the one label in the way to another free place of its own. */
  const makeRoom = (candidate: LabelCandidate) => {
    for (const [placement, box] of placesOf(candidate).entries()) {
      if (!allowed(candidate, box)) continue;
      const inTheWay = new Set<Placed>();
      placed.some(box, (other) => {
        if (boxesOverlap(box, other.box, gap)) inTheWay.add(other);
        return inTheWay.size > 1;
      }, gap);
      const [blocker] = inTheWay;
      if (inTheWay.size !== 1 || blocker === undefined || blocker.candidate.forced === true) continue;
      placed.remove(blocker);
      const moved = placesOf(blocker.candidate).findIndex((other) => other !== blocker.box && !boxesOverlap(other, box, gap) && allowed(blocker.candidate, other) && free(other));
      if (moved < 0) {
        placed.add(blocker);
        continue;
      }
      place(blocker.candidate, moved);
      place(candidate, placement);
      return;
    }
  };
  for (const candidate of candidates) if (candidate.forced === true) consider(candidate);
  for (const candidate of candidates) {
    if (candidate.forced === true) continue;
    consider(candidate);
    if (!chosen.has(candidate.id)) makeRoom(candidate);
  }
  return chosen;
}
