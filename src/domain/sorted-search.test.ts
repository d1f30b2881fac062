import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countAtOrBelow, countBelow } from './sorted-search';

describe('sorted search', () => {
  it('counts the keys at or below, and below, a value, as a full scan does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 })), fc.integer({ min: -25, max: 25 }), (unsorted, value) => {
        const keys = [...unsorted].sort((a, b) => a - b);
        expect(countAtOrBelow(keys, value)).toBe(keys.filter((key) => key <= value).length);
        expect(countBelow(keys, value)).toBe(keys.filter((key) => key < value).length);
        expect(countAtOrBelow(Float64Array.from(keys), value)).toBe(countAtOrBelow(keys, value));
      }),
      { numRuns: 500 },
    );
  });

  it('counts ties on the value itself only when at or below', () => {
    expect(countAtOrBelow([1, 2, 2, 3], 2)).toBe(3);
    expect(countBelow([1, 2, 2, 3], 2)).toBe(1);
    expect(countAtOrBelow([], 2)).toBe(0);
  });
});
