import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIntervalIndex, isInRange } from './interval-index';
import type { TimeRange } from './time-range';

const item = (id: string, start: number, end = start) => ({ id, start, end });
const ids = (items: readonly { id: string }[]) => items.map((entry) => entry.id).sort();

describe('isInRange', () => {
  const december = item('dec', 100, 130);
  it('shows in cumulative mode whatever may have started by the upper bound', () => {
    expect(isInRange(december, { from: 0, to: 99, mode: 'cumulative' })).toBe(false);
    expect(isInRange(december, { from: 0, to: 100, mode: 'cumulative' })).toBe(true);
    expect(isInRange(december, { from: 200, to: 300, mode: 'cumulative' })).toBe(true);
  });
  it('shows in window mode whatever period touches the window', () => {
    expect(isInRange(december, { from: 120, to: 125, mode: 'window' })).toBe(true);
    expect(isInRange(december, { from: 130, to: 140, mode: 'window' })).toBe(true);
    expect(isInRange(december, { from: 131, to: 140, mode: 'window' })).toBe(false);
    expect(isInRange(december, { from: 50, to: 99, mode: 'window' })).toBe(false);
  });
});

describe('createIntervalIndex', () => {
  const index = createIntervalIndex([item('a', 10), item('b', 20, 50), item('c', 30), item('d', 40, 45)]);

  it('lists and counts what a range shows', () => {
    const window: TimeRange = { from: 31, to: 41, mode: 'window' };
    expect(ids(index.itemsInRange(window))).toEqual(['b', 'd']);
    expect(index.countInRange(window)).toBe(2);
    const upTo30: TimeRange = { from: 31, to: 30, mode: 'cumulative' };
    expect(ids(index.itemsInRange(upTo30))).toEqual(['a', 'b', 'c']);
    expect(index.countInRange(upTo30)).toBe(3);
  });

  it('reports what a move of each bound and a change of mode show and hide', () => {
    const moved = index.changesBetween({ from: 0, to: 25, mode: 'window' }, { from: 15, to: 35, mode: 'window' });
    expect(ids(moved.shown)).toEqual(['c']);
    expect(ids(moved.hidden)).toEqual(['a']);
    const toWindow = index.changesBetween(
      { from: 35, to: 50, mode: 'cumulative' },
      { from: 35, to: 50, mode: 'window' },
    );
    expect(ids(toWindow.shown)).toEqual([]);
    expect(ids(toWindow.hidden)).toEqual(['a', 'c']);
  });

  const rangeArbitrary = fc
    .record({
      a: fc.integer({ min: -10, max: 110 }),
      b: fc.integer({ min: -10, max: 110 }),
      mode: fc.constantFrom('cumulative' as const, 'window' as const),
    })
    .map(({ a, b, mode }): TimeRange => ({ from: Math.min(a, b), to: Math.max(a, b), mode }));

  it('agrees with a full scan for any items and any two ranges', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ start: fc.integer({ min: 0, max: 100 }), length: fc.integer({ min: 0, max: 31 }) }),
          { maxLength: 80 },
        ),
        rangeArbitrary,
        rangeArbitrary,
        (spans, previous, next) => {
          const items = spans.map(({ start, length }, position) => item(String(position), start, start + length));
          const intervalIndex = createIntervalIndex(items);
          const scan = (range: TimeRange) => new Set(items.filter((entry) => isInRange(entry, range)).map((entry) => entry.id));

          expect(intervalIndex.countInRange(next)).toBe(scan(next).size);
          expect(new Set(intervalIndex.itemsInRange(next).map((entry) => entry.id))).toEqual(scan(next));

          const visible = scan(previous);
          const { shown, hidden } = intervalIndex.changesBetween(previous, next);
          for (const entry of shown) {
            expect(visible.has(entry.id)).toBe(false);
            visible.add(entry.id);
          }
          for (const entry of hidden) {
            expect(visible.has(entry.id)).toBe(true);
            visible.delete(entry.id);
          }
          expect(visible).toEqual(scan(next));
        },
      ),
      { numRuns: 500 },
    );
  });
});
