// Dates in a dataset are partial: `2012`, `2024-12` or `2024-12-09`. The string's length is its
// precision, and every partial date stands for a whole period of days. Days are counted in UTC
// from 1970-01-01 so comparisons are plain integer comparisons, free of time zones.
//
// Years run from 1000 to 9999. Tieline maps news, and a year like `0024` is far more often a typo
// for 2024 than a date of the first century; refusing it here refuses it everywhere at once (the
// dataset, the address, the host page's commands), with a message that says so.

export type DatePrecision = 'year' | 'month' | 'day';

/** A partial date as the inclusive range of days it covers. */
export interface DayRange {
  readonly start: number;
  readonly end: number;
  readonly precision: DatePrecision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** The first year a date may have. */
export const MIN_YEAR = 1000;
const MS_PER_DAY = 86_400_000;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

function parseParts(value: string): DateParts | null {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < MIN_YEAR) return null;
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return null;
  }
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(utcDayNumber(year, month, 0) * MS_PER_DAY).getUTCDate();
}

function dayNumber(year: number, month: number, day: number): number {
  return utcDayNumber(year, month - 1, day);
}

/**
 * Days since 1970-01-01 of a UTC calendar day (month 0-based, overflowing days roll over as with
 * Date.UTC). Unlike Date.UTC, years 0 to 99 stay themselves instead of becoming 1900 to 1999.
 */
export function utcDayNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getTime() / MS_PER_DAY;
}

/** True for `2012`, `2024-12`, `2024-12-09`; false for `2024-13`, `2024-02-30`, `12/09/2024`, `0050`. */
export function isCalendarDate(value: string): boolean {
  return parseParts(value) !== null;
}

/**
 * What a string that is not an accepted date should have been, in words for a message ("expected
 * …"); null when it is a date. Names the year limit when that is the reason.
 */
export function partialDateExpectation(value: string): string | null {
  if (parseParts(value) !== null) return null;
  const match = PARTIAL_DATE.exec(value);
  if (match && Number(match[1]) < MIN_YEAR) {
    return `a year from ${MIN_YEAR} to 9999 (Tieline maps news; is ${match[1]} a typo?)`;
  }
  return 'a date written YYYY, YYYY-MM or YYYY-MM-DD that exists in the calendar';
}

/** The days a partial date covers, or null when the string is not a calendar date. */
// Validation and the model both read every event's date; a dataset has far fewer distinct dates than
// events. Bounded: past this many the cache starts again.
const MAX_CACHED_DATES = 100_000;
const rangeByDate = new Map<string, DayRange | null>();

export function toDayRange(value: string): DayRange | null {
  const known = rangeByDate.get(value);
  if (known !== undefined) return known;
  if (rangeByDate.size >= MAX_CACHED_DATES) rangeByDate.clear();
  const range = computeDayRange(value);
  rangeByDate.set(value, range);
  return range;
}

function computeDayRange(value: string): DayRange | null {
  const parts = parseParts(value);
  if (!parts) return null;
  const { year, month, day } = parts;
  if (month === undefined) {
    return { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31), precision: 'year' };
  }
  if (day === undefined) {
    return {
      start: dayNumber(year, month, 1),
      end: dayNumber(year, month, daysInMonth(year, month)),
      precision: 'month',
    };
  }
  const only = dayNumber(year, month, day);
  return { start: only, end: only, precision: 'day' };
}

/** Like toDayRange, for dates already validated; throws to surface a programming error early. */
export function dayRangeOf(value: string): DayRange {
  const range = toDayRange(value);
  if (!range) throw new Error(`Not a calendar date: "${value}"`);
  return range;
}

/** `2024-12-09` for a day number. */
export function dayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** "9 December 2024" for a day number. */
export function formatDay(day: number): string {
  const date = new Date(day * MS_PER_DAY);
  return `${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** A partial date in words at its own precision: "2012", "December 2024", "9 December 2024". */
export function formatPartialDate(value: string): string {
  const parts = parseParts(value);
  if (!parts) return value;
  if (parts.month === undefined) return String(parts.year);
  const monthName = MONTH_NAMES[parts.month - 1];
  if (parts.day === undefined) return `${monthName} ${parts.year}`;
  return `${parts.day} ${monthName} ${parts.year}`;
}
