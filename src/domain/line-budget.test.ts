import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandsWithinBudget, linesWithinBudget } from './line-budget';

const groupsOf = (sizes: readonly number[]) => sizes.map((size) => ({ members: Array.from({ length: size }, (_unused, index) => index) }));

describe('linesWithinBudget', () => {
  it('draws every line when they fit', () => {
    expect([...linesWithinBudget(groupsOf([1, 5, 2]), 3)]).toEqual([1, 1, 1]);
  });

  it('draws the lines standing for the most ties, and the earlier of equal ones', () => {
    expect([...linesWithinBudget(groupsOf([1, 5, 2, 5, 2]), 3)]).toEqual([0, 1, 1, 1, 0]);
  });

  it('draws exactly the budget, and no drawn line stands for fewer ties than a line left out', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: 300 }), fc.integer({ min: 0, max: 300 }), (sizes, budget) => {
        const drawn = linesWithinBudget(groupsOf(sizes), budget);
        const kept = sizes.filter((_size, position) => drawn[position] === 1);
        const left = sizes.filter((_size, position) => drawn[position] === 0);
        expect(kept.length).toBe(Math.min(budget, sizes.length));
        if (kept.length > 0 && left.length > 0) expect(Math.min(...kept)).toBeGreaterThanOrEqual(Math.max(...left));
      }),
    );
  });
});

describe('bandsWithinBudget', () => {
  const rank = new Map([
    ['qatar', 0],
    ['syria', 1],
    ['iran', 2],
    ['hamas', 3],
  ]);

  it('marks every band when they fit', () => {
    expect([...bandsWithinBudget([{ a: 'hamas', b: 'iran' }], rank, 1)]).toEqual([1]);
  });

  it('marks the bands whose less important end ranks first, the earlier of equal ones', () => {
    const bands = [
      { a: 'hamas', b: 'qatar' },
      { a: 'qatar', b: 'syria' },
      { a: 'iran', b: 'qatar' },
      { a: 'iran', b: 'syria' },
      { a: 'unknown', b: 'qatar' },
    ];
    expect([...bandsWithinBudget(bands, rank, 2)]).toEqual([0, 1, 1, 0, 0]);
    expect([...bandsWithinBudget(bands, rank, 3)]).toEqual([0, 1, 1, 1, 0]);
  });

  it('marks exactly the budget, no marked band has a weaker end than one left out, and a smaller budget marks a subset', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(40), fc.nat(40)), { maxLength: 300 }), fc.nat(300), (pairs, budget) => {
        const bands = pairs.map(([a, b]) => ({ a: String(a), b: String(b) }));
        const ranks = new Map(pairs.flat().map((id) => [String(id), id]));
        const named = bandsWithinBudget(bands, ranks, budget);
        const fewer = bandsWithinBudget(bands, ranks, Math.floor(budget / 2));
        fewer.forEach((flag, position) => {
          if (flag === 1) expect(named[position]).toBe(1);
        });
        const weaker = pairs.map(([a, b]) => Math.max(a, b));
        const kept = weaker.filter((_rank, position) => named[position] === 1);
        const left = weaker.filter((_rank, position) => named[position] === 0);
        expect(kept.length).toBe(Math.min(budget, bands.length));
        if (kept.length > 0 && left.length > 0) expect(Math.max(...kept)).toBeLessThanOrEqual(Math.min(...left));
      }),
    );
  });
});
