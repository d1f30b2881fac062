import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linesWithinBudget } from './line-budget';

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
