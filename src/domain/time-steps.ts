// Moving through time by calendar units and by events, for the time bar's keys and buttons.
// Days are UTC day numbers (see partial-date.ts).
import { countAtOrBelow, countBelow } from './sorted-search';

const MS_PER_DAY = 86_400_000;

export type StepUnit = 'day' | 'month' | 'year';

/** `day` moved by `count` units; months keep the day of month where it exists (31 Jan + 1 month = 28/29 Feb). */
export function addCalendar(day: number, unit: StepUnit, count: number): number {
  if (unit === 'day') return day + count;
  const date = new Date(day * MS_PER_DAY);
  const months = unit === 'month' ? count : count * 12;
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDayOfTarget = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDayOfTarget)) / MS_PER_DAY;
}

/** Arrow keys step by a day on a short track and by a month on a long one; Page keys by the next unit up. */
export function stepUnitsFor(spanInDays: number): { small: StepUnit; large: StepUnit } {
  return spanInDays <= 2 * 366 ? { small: 'day', large: 'month' } : { small: 'month', large: 'year' };
}

/** The first of `sortedDays` after `day`, or null. */
export function nextDayAfter(sortedDays: readonly number[], day: number): number | null {
  return sortedDays[countAtOrBelow(sortedDays, day)] ?? null;
}

/** The last of `sortedDays` before `day`, or null. */
export function previousDayBefore(sortedDays: readonly number[], day: number): number | null {
  const before = countBelow(sortedDays, day);
  return before === 0 ? null : sortedDays[before - 1]!;
}
