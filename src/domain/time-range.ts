// The reader's choice of time: a range with two bounds (days since 1970-01-01, UTC) and a mode.

export const TIME_MODES = ['cumulative', 'window'] as const;
export type TimeMode = (typeof TIME_MODES)[number];

/** Which date of an event the time bar filters on. */
export const DATE_BASES = ['event', 'publication'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

export interface TimeRange {
  /** First day shown; ignored in cumulative mode. */
  readonly from: number;
  /** Last day shown. */
  readonly to: number;
  readonly mode: TimeMode;
}

/** Keeps both bounds inside [first, last] and `from` on or before `to`. */
export function clampRange(range: TimeRange, first: number, last: number): TimeRange {
  const clamp = (day: number) => Math.min(last, Math.max(first, Math.round(day)));
  const to = clamp(range.to);
  const from = Math.min(clamp(range.from), to);
  return from === range.from && to === range.to ? range : { ...range, from, to };
}
