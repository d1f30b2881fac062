import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxesOverlap, chooseLabels, clashingLabels, drawnGap, FIXED_PLACES, placeLabels, placesAround, placesAroundBox, SLIDE_SHARES, SLIDE_SIDES, slideOf, slidePlacement, type Box } from './label-choice';

const bounds: Box = { x1: 0, y1: 0, x2: 400, y2: 300 };
const at = (x: number, y: number, w = 60, h = 14): Box => ({ x1: x, y1: y, x2: x + w, y2: y + h });

describe('chooseLabels', () => {
  it('draws the more important of two overlapping names, and both when they are apart', () => {
    const first = { id: 'qatar', box: at(10, 10) };
    const second = { id: 'syria', box: at(40, 15) };
    expect(chooseLabels({ candidates: [first, second], obstacles: [], bounds, gap: 2 })).toEqual(new Set(['qatar']));
    expect(chooseLabels({ candidates: [second, first], obstacles: [], bounds, gap: 2 })).toEqual(new Set(['syria']));
    const apart = { id: 'iraq', box: at(10, 100) };
    expect(chooseLabels({ candidates: [first, apart], obstacles: [], bounds, gap: 2 })).toEqual(new Set(['qatar', 'iraq']));
  });

  it('keeps the clear gap between names', () => {
    const chosen = chooseLabels({ candidates: [{ id: 'a', box: at(0, 0) }, { id: 'b', box: at(61, 0) }], obstacles: [], bounds, gap: 2 });
    expect(chosen).toEqual(new Set(['a']));
  });

  it('leaves out a name that covers another actor’s node or runs off the canvas, but not one that touches its own node', () => {
    const candidates = [
      { id: 'covers', box: at(100, 100) },
      { id: 'own', box: at(200, 100) },
      { id: 'off', box: at(380, 10) },
    ];
    const obstacles = [
      { id: 'other', box: at(120, 105, 10, 10) },
      { id: 'own', box: at(220, 100, 10, 10) },
    ];
    expect(chooseLabels({ candidates, obstacles, bounds, gap: 2 })).toEqual(new Set(['own']));
  });

  it('always draws the selection, which then keeps every other name off it', () => {
    const candidates = [
      { id: 'important', box: at(100, 100) },
      { id: 'selected', box: at(110, 104), forced: true },
      { id: 'selected-off-canvas', box: at(390, 290), forced: true },
    ];
    const obstacles = [{ id: 'node', box: at(115, 104, 8, 8) }];
    expect(chooseLabels({ candidates, obstacles, bounds, gap: 2 })).toEqual(new Set(['selected', 'selected-off-canvas']));
  });

  it('never draws two names that overlap, whatever the boxes (property)', () => {
    const box = fc.record({ x: fc.integer({ min: -50, max: 450 }), y: fc.integer({ min: -50, max: 350 }), w: fc.integer({ min: 1, max: 150 }), h: fc.integer({ min: 1, max: 40 }) });
    fc.assert(
      fc.property(fc.array(fc.tuple(box, fc.boolean()), { maxLength: 60 }), fc.array(box, { maxLength: 30 }), (labels, nodes) => {
        const candidates = labels.map(([b, forced], index) => ({ id: `n${index}`, box: at(b.x, b.y, b.w, b.h), forced }));
        const obstacles = nodes.map((b, index) => ({ id: `o${index}`, box: at(b.x, b.y, b.w, b.h) }));
        const chosen = [...chooseLabels({ candidates, obstacles, bounds, gap: 2 })].map((id) => candidates.find((candidate) => candidate.id === id)!);
        for (const [index, a] of chosen.entries()) for (const b of chosen.slice(index + 1)) expect(boxesOverlap(a.box, b.box, 2)).toBe(false);
        for (const label of chosen.filter((candidate) => candidate.forced !== true)) {
          expect(obstacles.some((obstacle) => boxesOverlap(label.box, obstacle.box, 2))).toBe(false);
          expect(label.box.x1 >= 0 && label.box.y1 >= 0 && label.box.x2 <= 400 && label.box.y2 <= 300).toBe(true);
        }
      }),
    );
  });
});

describe('placeLabels', () => {
  const bounds: Box = { x1: 0, y1: 0, x2: 400, y2: 300 };
  const at = (x: number, y: number): Box => ({ x1: x, y1: y, x2: x + 60, y2: y + 14 });
  it('draws a label at its first free place, keeping its usual place where that is free', () => {
    const first = { id: 'qatar', box: at(100, 100) };
    const second = { id: 'syria', box: at(120, 104), alternatives: [at(120, 80), at(200, 104)] };
    const third = { id: 'iraq', box: at(300, 200), alternatives: [at(300, 150)] };
    expect(placeLabels({ candidates: [first, second, third], obstacles: [], bounds, gap: 2 })).toEqual(
      new Map([
        ['qatar', 0],
        ['syria', 1],
        ['iraq', 0],
      ]),
    );
  });
  it('skips a place off the canvas or on another node, and leaves out a label with no free place', () => {
    const candidate = { id: 'a', box: at(-10, 0), alternatives: [at(100, 100), at(200, 100)] };
    const stuck = { id: 'b', box: at(100, 100), alternatives: [at(200, 100)] };
    const obstacles = [{ id: 'x', box: { x1: 110, y1: 105, x2: 120, y2: 110 } }];
    expect(placeLabels({ candidates: [candidate, stuck], obstacles, bounds, gap: 2 })).toEqual(new Map([['a', 2]]));
  });
  it('keeps the gap between labels filed in neighbouring cells of its grid', () => {
    // 96-pixel cells: one label ends at y 95, the next starts at 96, 1 pixel apart.
    const candidates = [{ id: 'upper', box: at(0, 81) }, { id: 'lower', box: at(0, 96) }];
    expect(placeLabels({ candidates, obstacles: [], bounds, gap: 2 })).toEqual(new Map([['upper', 0]]));
    expect(placeLabels({ candidates: [{ id: 'label', box: at(0, 81) }], obstacles: [{ id: 'node', box: { x1: 10, y1: 96, x2: 20, y2: 106 } }], bounds, gap: 2 })).toEqual(new Map());
  });
  it('makes room for a label by moving the one label in its way to another free place of its own', () => {
    // "state" takes its usual place, the only place "group" has; "state" can move up, so both are drawn.
    const state = { id: 'state', box: at(100, 100), alternatives: [at(100, 70)] };
    const group = { id: 'group', box: at(110, 104) };
    expect(placeLabels({ candidates: [state, group], obstacles: [], bounds, gap: 2 })).toEqual(
      new Map([
        ['state', 1],
        ['group', 0],
      ]),
    );
  });
  it('moves no label that has nowhere else to go, no selection, and never more than the one in the way', () => {
    const group = { id: 'group', box: at(110, 104) };
    const fixed = { id: 'fixed', box: at(100, 100) };
    expect(placeLabels({ candidates: [fixed, group], obstacles: [], bounds, gap: 2 })).toEqual(new Map([['fixed', 0]]));
    const selected = { id: 'selected', box: at(100, 100), alternatives: [at(100, 70)], forced: true };
    expect(placeLabels({ candidates: [selected, group], obstacles: [], bounds, gap: 2 })).toEqual(new Map([['selected', 0]]));
    // Two labels in the way: neither moves.
    const left = { id: 'left', box: at(60, 100), alternatives: [at(60, 40)] };
    const right = { id: 'right', box: at(140, 100), alternatives: [at(140, 40)] };
    const wide = { id: 'wide', box: { x1: 90, y1: 102, x2: 170, y2: 116 } };
    expect(placeLabels({ candidates: [left, right, wide], obstacles: [], bounds, gap: 2 })).toEqual(
      new Map([
        ['left', 0],
        ['right', 0],
      ]),
    );
  });
  it('never draws two labels closer than the gap, nor a label on another node or off the canvas, when labels move to make room (property)', () => {
    const box = fc.record({ x: fc.integer({ min: -20, max: 380 }), y: fc.integer({ min: -20, max: 280 }) });
    fc.assert(
      fc.property(fc.array(fc.tuple(box, fc.array(box, { maxLength: 4 }), fc.boolean()), { maxLength: 40 }), fc.array(box, { maxLength: 20 }), (labels, nodes) => {
        const candidates = labels.map(([usual, others, forced], index) => ({ id: `n${index}`, box: at(usual.x, usual.y), alternatives: others.map((other) => at(other.x, other.y)), forced }));
        const obstacles = nodes.map((b, index) => ({ id: `o${index}`, box: { x1: b.x, y1: b.y, x2: b.x + 8, y2: b.y + 8 } }));
        const placements = placeLabels({ candidates, obstacles, bounds, gap: 2 });
        const drawn = [...placements].map(([id, placement]) => {
          const candidate = candidates.find((known) => known.id === id)!;
          return { candidate, box: [candidate.box, ...candidate.alternatives][placement]! };
        });
        for (const [index, a] of drawn.entries()) for (const b of drawn.slice(index + 1)) expect(boxesOverlap(a.box, b.box, 2)).toBe(false);
        for (const { candidate, box: placed } of drawn.filter((label) => label.candidate.forced !== true)) {
          expect(obstacles.some((obstacle) => boxesOverlap(placed, obstacle.box, 2))).toBe(false);
          expect(placed.x1 >= 0 && placed.y1 >= 0 && placed.x2 <= 400 && placed.y2 <= 300, candidate.id).toBe(true);
        }
      }),
    );
  });
});

describe('placesAroundBox', () => {
  it('puts a box’s name above it, below it, then beside it level with its middle, its drawn place exact', () => {
    const body: Box = { x1: 100, y1: 100, x2: 200, y2: 160 };
    const label: Box = { x1: 130, y1: 84, x2: 170, y2: 98 };
    expect(placesAroundBox(body, label, 0, 2)).toEqual([label, { x1: 130, y1: 162, x2: 170, y2: 176 }, { x1: 202, y1: 123, x2: 242, y2: 137 }, { x1: 58, y1: 123, x2: 98, y2: 137 }]);
  });
});

describe('drawnGap', () => {
  it('reads the gap between a name and its node off their boxes, at most the stylesheet’s', () => {
    const body: Box = { x1: 100, y1: 100, x2: 110, y2: 110 };
    expect(drawnGap(body, { x1: 90, y1: 110.6, x2: 120, y2: 124 }, 3)).toBeCloseTo(0.6);
    expect(drawnGap(body, { x1: 111, y1: 98, x2: 140, y2: 112 }, 3)).toBeCloseTo(1);
    expect(drawnGap(body, { x1: 90, y1: 80, x2: 120, y2: 95 }, 3)).toBe(3);
    expect(drawnGap(body, { x1: 95, y1: 95, x2: 120, y2: 105 }, 3)).toBe(3);
  });
});

describe('clashingLabels', () => {
  const bounds: Box = { x1: 0, y1: 0, x2: 400, y2: 300 };
  const at = (x: number, y: number): Box => ({ x1: x, y1: y, x2: x + 60, y2: y + 14 });
  it('finds the checked labels that, as drawn, touch a label placed before them, a node or the edge', () => {
    const placed = [{ id: 'qatar', box: at(100, 100) }];
    const checked = [
      { id: 'onto-qatar', box: at(150, 105) },
      { id: 'free', box: at(200, 200) },
      { id: 'onto-free', box: at(230, 205) },
      { id: 'off-canvas', box: at(380, 10) },
      { id: 'on-a-node', box: at(10, 250) },
    ];
    const obstacles = [{ id: 'x', box: { x1: 20, y1: 255, x2: 30, y2: 260 } }];
    expect(clashingLabels(checked, placed, obstacles, bounds)).toEqual(new Set(['onto-qatar', 'onto-free', 'off-canvas', 'on-a-node']));
  });
});

describe('placesAround', () => {
  const body: Box = { x1: 100, y1: 100, x2: 120, y2: 120 };
  const label = at(0, 0, 60, 14);
  const gap = 3;
  const places = placesAround(body, label, -1, gap);

  it('gives the eight fixed places, then each share of each side, every one the name’s size', () => {
    expect(places).toHaveLength(FIXED_PLACES + SLIDE_SIDES.length * SLIDE_SHARES.length);
    for (const place of places) {
      expect(place.x2 - place.x1).toBeCloseTo(60);
      expect(place.y2 - place.y1).toBeCloseTo(14);
    }
    expect(places[0]).toEqual({ x1: 80, y1: 123, x2: 140, y2: 137 });
  });

  it('keeps a slid name touching its side, across the middle of it, and maps places to sides and back', () => {
    for (let placement = FIXED_PLACES; placement < places.length; placement += 1) {
      const place = places[placement]!;
      const { side, share } = slideOf(placement)!;
      expect(slidePlacement(side, share)).toBe(placement);
      if (side === 'below') expect(place.y1).toBe(body.y2 + gap);
      if (side === 'above') expect(place.y2).toBe(body.y1 - gap);
      if (side === 'right') expect(place.x1).toBe(body.x2 + gap);
      if (side === 'left') expect(place.x2).toBe(body.x1 - gap);
      // The shape's middle line runs through the name (or touches its end): which actor it names stays plain.
      if (side === 'below' || side === 'above') expect(place.x1 <= 110 && place.x2 >= 110).toBe(true);
      else expect(place.y1 <= 110 && place.y2 >= 110).toBe(true);
    }
    expect(slideOf(FIXED_PLACES - 1)).toBeNull();
    expect(slideOf(places.length)).toBeNull();
  });

  it('puts the name’s box as drawn at the place it is drawn at', () => {
    const drawn = at(200, 200, 60, 14);
    expect(placesAround(body, drawn, 12, gap)[12]).toBe(drawn);
  });

  it('lets a name the fixed places cannot hold slide along a side', () => {
    // Other nodes left of the actor, right of it (down to its bottom edge), above it and off its
    // bottom right corner leave room only for its name below it, slid right of its middle.
    const obstacles = [
      { id: 'west', box: { x1: 20, y1: 60, x2: 95, y2: 150 } },
      { id: 'east', box: { x1: 125, y1: 60, x2: 200, y2: 120 } },
      { id: 'north', box: { x1: 40, y1: 60, x2: 180, y2: 95 } },
      { id: 'south-east', box: { x1: 172, y1: 121, x2: 200, y2: 140 } },
    ];
    const [first, ...alternatives] = placesAround(body, label, -1, gap);
    const placed = placeLabels({ candidates: [{ id: 'actor', box: first!, alternatives }], obstacles, bounds, gap: 2 });
    const placement = placed.get('actor');
    expect(placement).toBeDefined();
    expect(placement!).toBeGreaterThanOrEqual(FIXED_PLACES);
    expect(slideOf(placement!)?.side).toBe('below');
  });
});
