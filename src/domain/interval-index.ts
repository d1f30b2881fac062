// Which dated items are visible in a time range, and which change when the range moves, without
// scanning every item. Items are sorted once by their first day and once by their last day; a move
// of either bound only touches the items whose first or last day lies between the old and the new
// bound, so the cost of a slider step follows the change, not the size of the dataset.
import { countAtOrBelow, countBelow } from './sorted-search';
import type { TimeRange } from './time-range';

export interface Interval {
  /** First day the item may stand for. */
  readonly start: number;
  /** Last day the item may stand for (equal to start for a dated day). */
  readonly end: number;
}

export interface RangeChanges<T> {
  readonly shown: readonly T[];
  readonly hidden: readonly T[];
}

export interface IntervalIndex<T extends Interval> {
  /** Every item, earliest start first. */
  readonly byStart: readonly T[];
  readonly size: number;
  /** How many items the range shows. */
  countInRange(range: TimeRange): number;
  /** Every item the range shows (a full pass; for first paint and filter changes). */
  itemsInRange(range: TimeRange): T[];
  /** Items that appear or disappear when the range changes from `previous` to `next`. */
  changesBetween(previous: TimeRange, next: TimeRange): RangeChanges<T>;
}

/**
 * Cumulative mode shows everything that may have started by `to`; window mode shows what may have
 * happened between `from` and `to`: an item dated to a month is in any window that touches it.
 */
export function isInRange(item: Interval, range: TimeRange): boolean {
  return item.start <= range.to && (range.mode === 'cumulative' || item.end >= range.from);
}

/** The lower bound a range puts on an item's last day (none in cumulative mode). */
function lowerBound(range: TimeRange): number {
  return range.mode === 'cumulative' ? -Infinity : range.from;
}

/** Number of keys ≤ value (`inclusive`) or < value in an ascending array. */
function rank(keys: Float64Array, value: number, inclusive: boolean): number {
  return inclusive ? countAtOrBelow(keys, value) : countBelow(keys, value);
}

export function createIntervalIndex<T extends Interval>(items: readonly T[]): IntervalIndex<T> {
  const byStart = [...items].sort((a, b) => a.start - b.start);
  const byEnd = [...items].sort((a, b) => a.end - b.end);
  const starts = Float64Array.from(byStart, (item) => item.start);
  const ends = Float64Array.from(byEnd, (item) => item.end);

  const countInRange = (range: TimeRange): number => {
    // Items that started by `to`, less those that ended before `from`; the second set is inside
    // the first whenever from ≤ to, because every item ends on or after it starts.
    const started = rank(starts, range.to, true);
    const endedBefore = range.mode === 'cumulative' ? 0 : rank(ends, Math.min(range.from, range.to + 1), false);
    return Math.max(0, started - endedBefore);
  };

  const itemsInRange = (range: TimeRange): T[] => {
    const started = byStart.slice(0, rank(starts, range.to, true));
    return range.mode === 'cumulative' ? started : started.filter((item) => item.end >= range.from);
  };

  const changesBetween = (previous: TimeRange, next: TimeRange): RangeChanges<T> => {
    const shown: T[] = [];
    const hidden: T[] = [];
    const consider = (item: T) => {
      const was = isInRange(item, previous);
      const is = isInRange(item, next);
      if (is && !was) shown.push(item);
      else if (was && !is) hidden.push(item);
    };

    // Items whose start lies between the two upper bounds.
    const lowTo = Math.min(previous.to, next.to);
    const highTo = Math.max(previous.to, next.to);
    for (let i = rank(starts, lowTo, true), stop = rank(starts, highTo, true); i < stop; i += 1) {
      consider(byStart[i]!);
    }

    // Items whose end lies between the two lower bounds; skip those already considered above.
    const previousLow = lowerBound(previous);
    const nextLow = lowerBound(next);
    const lowFrom = Math.min(previousLow, nextLow);
    const highFrom = Math.max(previousLow, nextLow);
    if (lowFrom !== highFrom) {
      const begin = lowFrom === -Infinity ? 0 : rank(ends, lowFrom, false);
      for (let i = begin, stop = rank(ends, highFrom, false); i < stop; i += 1) {
        const item = byEnd[i]!;
        if (!(item.start > lowTo && item.start <= highTo)) consider(item);
      }
    }
    return { shown, hidden };
  };

  return { byStart, size: items.length, countInRange, itemsInRange, changesBetween };
}
