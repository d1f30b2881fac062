// Event counts per period above the time bar, so a reader sees where activity clusters. Each
// event counts once, in the period where its date starts.
import { dayToIso } from './partial-date';

export interface HistogramBin {
  /** First and last day of the period. */
  readonly start: number;
  readonly end: number;
  /** `2024` or `2024-12`. */
  readonly label: string;
  readonly count: number;
}

export type BinUnit = 'year' | 'month';

const MS_PER_DAY = 86_400_000;

/** Years on a long track, months on one of up to three years. */
export function binUnitFor(first: number, last: number): BinUnit {
  return last - first > 3 * 366 ? 'year' : 'month';
}

export function histogram(startDays: readonly number[], first: number, last: number, unit = binUnitFor(first, last)): HistogramBin[] {
  const bins: HistogramBin[] = [];
  let cursor = periodStart(first, unit);
  while (cursor <= last) {
    const next = nextPeriod(cursor, unit);
    bins.push({ start: cursor, end: next - 1, label: dayToIso(cursor).slice(0, unit === 'year' ? 4 : 7), count: 0 });
    cursor = next;
  }
  const counts = bins.map(() => 0);
  for (const day of startDays) {
    const position = binIndex(bins, day);
    if (position !== -1) counts[position]! += 1;
  }
  return bins.map((bin, position) => ({ ...bin, count: counts[position]! }));
}

function binIndex(bins: readonly HistogramBin[], day: number): number {
  let low = 0;
  let high = bins.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const bin = bins[middle]!;
    if (day < bin.start) high = middle - 1;
    else if (day > bin.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

function periodStart(day: number, unit: BinUnit): number {
  const date = new Date(day * MS_PER_DAY);
  return Date.UTC(date.getUTCFullYear(), unit === 'year' ? 0 : date.getUTCMonth(), 1) / MS_PER_DAY;
}

function nextPeriod(day: number, unit: BinUnit): number {
  const date = new Date(day * MS_PER_DAY);
  return unit === 'year'
    ? Date.UTC(date.getUTCFullYear() + 1, 0, 1) / MS_PER_DAY
    : Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / MS_PER_DAY;
}
