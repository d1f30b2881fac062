// Dates in a dataset are partial: `2012`, `2024-12` or `2024-12-09`. The string's length is its
// precision, and every partial date stands for a whole period of days. Days are counted in UTC
// from 1970-01-01 so comparisons are plain integer comparisons, free of time zones.

export type DatePrecision = 'year' | 'month' | 'day';

/** A partial date as the inclusive range of days it covers. */
export interface DayRange {
  readonly start: number;
  readonly end: number;
  readonly precision: DatePrecision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
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
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return null;
  }
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** True for `2012`, `2024-12`, `2024-12-09`; false for `2024-13`, `2024-02-30`, `12/09/2024`. */
export function isCalendarDate(value: string): boolean {
  return parseParts(value) !== null;
}

/** The days a partial date covers, or null when the string is not a calendar date. */
export function toDayRange(value: string): DayRange | null {
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
