// Suggests a tie's date from the words of its sentence, the way the bundled dataset's dates were
// worked out by hand: "on Sunday" in an article of Monday 2 December 2024 is Sunday 1 December 2024;
// "last month" in one of 15 May 2025 is April 2025, known to the month and no better. chrono-node
// finds the expressions and resolves them against the reference day; this module decides what
// precision each one really has (a partial date never claims a day the words do not give) and drafts
// the `dateNote` that says how the date was resolved. Pure: no React, no storage.
import * as chrono from 'chrono-node/en';
import { toDayRange, type DatePrecision } from '../../domain/partial-date';

/** The day relative dates count from, usually the article's publication date. */
export interface DateReference {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; only a whole day resolves "on Sunday" or "yesterday". */
  readonly date: string;
  /** How the reference is named in a note, e.g. "the article's date". */
  readonly description: string;
}

export interface DateSuggestion {
  /** A partial date whose length is its precision. */
  readonly date: string;
  readonly precision: DatePrecision;
  /** `stated` when the words give the date outright ("February 24, 2023"). */
  readonly basis: 'stated' | 'inferred';
  /** The draft of the event's `dateNote`: the words, the reference and the result. */
  readonly note: string;
  /** The words the date was read from, as they stand in the passage. */
  readonly expression: string;
  /** Where the words start in the passage. */
  readonly index: number;
  /** After the reference day: what the article reports as to come. */
  readonly future: boolean;
  /** The words need a whole reference day that the article does not give; the date is only as precise as the article's. */
  readonly needsReferenceDay: boolean;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_MS = 86_400_000;

interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const utc = ({ year, month, day }: CalendarDay) => Date.UTC(year, month - 1, day);
const fromUtc = (ms: number): CalendarDay => {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};
const addDays = (day: CalendarDay, count: number) => fromUtc(utc(day) + count * DAY_MS);
const weekdayOf = (day: CalendarDay) => new Date(utc(day)).getUTCDay();
const pad = (value: number) => String(value).padStart(2, '0');
const isoDay = (day: CalendarDay) => `${day.year}-${pad(day.month)}-${pad(day.day)}`;
const isoMonth = (day: Pick<CalendarDay, 'year' | 'month'>) => `${day.year}-${pad(day.month)}`;

/** "Sunday 1 December 2024", "April 2025", "2023": how a note names a date. */
export function describeDate(date: string): string {
  const parts = date.split('-').map(Number);
  const [year, month, day] = parts as [number, number?, number?];
  if (month === undefined) return String(year);
  if (day === undefined) return `${MONTHS[month - 1]} ${year}`;
  return `${WEEKDAYS[weekdayOf({ year, month, day })]} ${day} ${MONTHS[month - 1]} ${year}`;
}

/** The partial date that holds every day from `first` to `last`, or null when they span two years. */
function smallestDateHolding(first: CalendarDay, last: CalendarDay): string | null {
  if (utc(first) === utc(last)) return isoDay(first);
  if (first.year !== last.year) return null;
  if (first.month !== last.month) return String(first.year);
  return isoMonth(first);
}

function precisionOf(date: string): DatePrecision {
  return toDayRange(date)?.precision ?? 'year';
}

/** Monday of the week that holds `day` (weeks run Monday to Sunday, as in ISO 8601). */
function mondayOf(day: CalendarDay): CalendarDay {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

/** A duration followed by "after"/"before"/"later" counts from another event, not from the article. */
const COUNTS_FROM_ANOTHER_EVENT = /^\s*(?:after|before|later|earlier|into|since)\b/i;

interface Found {
  readonly text: string;
  readonly index: number;
  readonly resolve: (reference: ResolvedReference) => Resolution | null;
}

interface Resolution {
  readonly date: string;
  readonly basis: 'stated' | 'inferred';
  /** What the words were taken to mean, e.g. "the nearest Sunday" or "the week of 5–11 May 2025". */
  readonly reading: string;
  readonly needsReferenceDay?: boolean;
}

interface ResolvedReference {
  readonly date: string;
  readonly description: string;
  /** The reference as a day; for a partial reference, the middle of its period. */
  readonly day: CalendarDay;
  readonly precision: DatePrecision;
}

function resolveReference(reference: DateReference): ResolvedReference | null {
  const range = toDayRange(reference.date);
  if (range === null) return null;
  const first = fromUtc(range.start * DAY_MS);
  const last = fromUtc(range.end * DAY_MS);
  const middle = fromUtc(Math.round((utc(first) + utc(last)) / 2 / DAY_MS) * DAY_MS);
  return { date: reference.date, description: reference.description, day: range.precision === 'day' ? first : middle, precision: range.precision };
}

/**
 * Every date the passage gives, best first: those relative to the reference resolved against it,
 * absolute ones as stated. An empty list when the words give no date.
 */
export function suggestDates(passage: string, reference: DateReference | null): DateSuggestion[] {
  const resolved = reference === null ? null : resolveReference(reference);
  const found = findDateExpressions(passage, resolved?.day ?? { year: 2000, month: 1, day: 1 });
  const suggestions: DateSuggestion[] = [];
  for (const expression of found) {
    const resolution = resolved === null ? absoluteOnly(expression) : expression.resolve(resolved);
    if (resolution === null) continue;
    const referenceDays = resolved === null ? null : toDayRange(resolved.date);
    const days = toDayRange(resolution.date);
    const future = referenceDays !== null && days !== null && days.start > referenceDays.end;
    const quoted = `“${expression.text}”`;
    const note =
      resolution.basis === 'stated'
        ? `${quoted}: stated in the text.`
        : `${quoted} in an article dated ${describeDate(resolved!.date)} (${resolved!.description}): ${
            resolution.reading.includes('{date}') ? resolution.reading.replace('{date}', describeDate(resolution.date)) : `${resolution.reading}, ${describeDate(resolution.date)}`
          }.${
            resolution.needsReferenceDay ? ' The article gives no day, so the date is only as precise as the article’s; set the day relative dates count from to resolve it.' : ''
          }`;
    suggestions.push({
      date: resolution.date,
      precision: precisionOf(resolution.date),
      basis: resolution.basis,
      note,
      expression: expression.text,
      index: expression.index,
      future,
      needsReferenceDay: resolution.needsReferenceDay ?? false,
    });
  }
  return suggestions;
}

function absoluteOnly(expression: Found): Resolution | null {
  // Without a reference only what the words state outright can be dated.
  const resolution = expression.resolve({ date: '2000-01-01', description: '', day: { year: 2000, month: 1, day: 1 }, precision: 'day' });
  return resolution?.basis === 'stated' ? resolution : null;
}

function findDateExpressions(passage: string, referenceDay: CalendarDay): Found[] {
  const found: Found[] = [];
  const instant = new Date(utc(referenceDay) + DAY_MS / 2);
  for (const result of chrono.parse(passage, { instant, timezone: 0 }, { forwardDate: false })) {
    const after = passage.slice(result.index + result.text.length);
    // The words before chrono's match often carry the meaning: "Earlier this week", "since the weekend".
    const lead = LEADING_WORDS.exec(passage.slice(0, result.index))?.[0] ?? '';
    const index = result.index - lead.length;
    const text = passage.slice(index, result.index + result.text.length).replace(/[\s,.;:]+$/, '');
    const interpreted = interpretChrono(result, text, after);
    if (interpreted !== null) found.push({ text, index, resolve: interpreted });
  }
  const covered = (index: number) => found.some((entry) => index >= entry.index && index < entry.index + entry.text.length);
  for (const match of passage.matchAll(/\b(?:in|over|during)\s+recent\s+(days|weeks|months)\b/gi)) {
    if (covered(match.index)) continue;
    const unit = match[1]!.toLowerCase();
    found.push({ text: match[0], index: match.index, resolve: (reference) => recentPeriod(reference, unit) });
  }
  // A bare year ("in 2012", "since 2020", "in late 2023"): chrono reads none of these.
  for (const match of passage.matchAll(/\b(?:(?:in|since|by|until|from|of|during)\s+(?:(?:early|mid|late|the end of|the start of)\s+)?)((?:19|20)\d{2})\b(?![-/]\d)/gi)) {
    if (covered(match.index)) continue;
    const year = match[1]!;
    found.push({ text: match[0], index: match.index, resolve: () => ({ date: year, basis: 'stated', reading: 'the year' }) });
  }
  return found.sort((a, b) => a.index - b.index);
}

const LEADING_WORDS = /\b(?:(?:earlier|later|late|early)(?:\s+(?:in|on|this))?|since\s+the|at\s+the|the)\s+$/i;

type Resolve = (reference: ResolvedReference) => Resolution | null;

function interpretChrono(result: chrono.ParsedResult, text: string, after: string): Resolve | null {
  const start = result.start;
  const lower = text.toLowerCase();
  const certain = (component: chrono.Component) => start.isCertain(component);
  const year = start.get('year')!;
  const month = start.get('month')!;
  const day = start.get('day')!;
  const resolved: CalendarDay = { year, month, day };
  const tags = new Set([...result.tags(), ...start.tags()]);
  const relative = tags.has('result/relativeDate');

  if (relative && /\b(?:a|an|one|two|three|four|\d+|several|few)\s+(?:day|week|month|year)s?\b/.test(lower) && !/\bago\b/.test(lower)) {
    // "a month after a surprise assault": counts from another event the passage names.
    if (COUNTS_FROM_ANOTHER_EVENT.test(after) || /\b(?:after|before|later|earlier)$/.test(lower)) return null;
  }

  if (!relative && certain('year') && certain('month') && certain('day')) {
    if (/\b(?:today|tonight|yesterday|tomorrow|now)\b/.test(lower)) {
      return (reference) => casualDay(reference, lower);
    }
    return () => ({ date: isoDay(resolved), basis: 'stated', reading: 'the day' });
  }
  if (!relative && certain('year') && certain('month')) {
    return () => ({ date: isoMonth(resolved), basis: 'stated', reading: 'the month' });
  }
  if (/\b(?:today|tonight|yesterday|tomorrow)\b/.test(lower) || tags.has('casualReference/yesterday') || tags.has('casualReference/today')) {
    return (reference) => casualDay(reference, lower);
  }
  if (certain('month') && certain('day') && !certain('year')) {
    // "On November 9": day and month stated, the year the one nearest the reference (chrono's choice).
    return () => ({ date: isoDay(resolved), basis: 'inferred', reading: 'day and month stated, the year the one nearest the article’s date' });
  }
  if (certain('month') && !certain('day') && !relative) {
    return () => ({ date: isoMonth(resolved), basis: 'inferred', reading: 'the month named, in the year nearest the article’s date' });
  }
  if (/\bweek\b/.test(lower) && !/\bweekend\b/.test(lower)) {
    return (reference) => relativeWeek(reference, lower);
  }
  if (/\bmonth\b/.test(lower)) {
    if (!certain('month')) return null;
    return (reference) => relativeMonth(reference, resolved, lower);
  }
  if (/\byear\b/.test(lower)) {
    if (!certain('year')) return null;
    return () => ({ date: String(year), basis: 'inferred', reading: 'the year meant' });
  }
  if (/\bweekend\b/.test(lower)) {
    return (reference) => weekend(reference, lower);
  }
  if (certain('weekday') && !certain('day')) {
    const weekday = start.get('weekday')!;
    return (reference) => weekdayNear(reference, weekday, resolved);
  }
  return null;
}

function needsDay(reference: ResolvedReference): Resolution | null {
  // Only as precise as the article: a Sunday of "December 2024" may be any Sunday of it.
  return { date: reference.date, basis: 'inferred', reading: 'no more precise than the article itself', needsReferenceDay: true };
}

function casualDay(reference: ResolvedReference, lower: string): Resolution | null {
  if (reference.precision !== 'day') return needsDay(reference);
  const offset = /\byesterday\b/.test(lower) ? -1 : /\btomorrow\b/.test(lower) ? 1 : 0;
  const words = offset === -1 ? 'the day before' : offset === 1 ? 'the day after' : 'the same day';
  return { date: isoDay(addDays(reference.day, offset)), basis: 'inferred', reading: words };
}

function weekdayNear(reference: ResolvedReference, weekday: number, chronoDay: CalendarDay): Resolution | null {
  if (reference.precision !== 'day') return needsDay(reference);
  const difference = Math.round((utc(chronoDay) - utc(reference.day)) / DAY_MS);
  const reading =
    difference === 0
      ? `the same day, a ${WEEKDAYS[weekday]}`
      : difference < 0
        ? `the ${WEEKDAYS[weekday]} before`
        : `the ${WEEKDAYS[weekday]} after`;
  return { date: isoDay(chronoDay), basis: 'inferred', reading: `${reading} (the nearest ${WEEKDAYS[weekday]})` };
}

function weekend(reference: ResolvedReference, lower: string): Resolution | null {
  if (reference.precision !== 'day') return needsDay(reference);
  // The weekend before the reference day, or the coming one with "next"/"this coming".
  const monday = mondayOf(reference.day);
  const saturday = /\b(?:next|coming)\b/.test(lower) || (weekdayOf(reference.day) === 6 || weekdayOf(reference.day) === 0) ? addDays(monday, 5) : addDays(monday, -2);
  return { date: isoDay(saturday), basis: 'inferred', reading: `the weekend of ${saturday.day} ${MONTHS[saturday.month - 1]}–${addDays(saturday, 1).day} ${MONTHS[addDays(saturday, 1).month - 1]}, its Saturday taken as the start` };
}

function relativeWeek(reference: ResolvedReference, lower: string): Resolution | null {
  if (reference.precision !== 'day') return needsDay(reference);
  const shift = /\b(?:last|previous|past)\b/.test(lower) ? -7 : /\bnext\b/.test(lower) ? 7 : 0;
  const monday = addDays(mondayOf(reference.day), shift);
  let first = monday;
  let last = addDays(monday, 6);
  let words = `the week of ${describeRange(first, last)}`;
  if (shift === 0 && /\bearlier\b/.test(lower)) {
    last = addDays(reference.day, -1);
    words = `earlier in the week of the article, ${describeRange(first, last)}`;
  } else if (shift === 0 && /\blater\b/.test(lower)) {
    first = addDays(reference.day, 1);
    words = `later in the week of the article, ${describeRange(first, last)}`;
  }
  if (utc(last) < utc(first)) return null;
  const date = smallestDateHolding(first, last);
  if (date === null) return null;
  return { date, basis: 'inferred', reading: date.length === 10 ? words : `${words}, all in {date}` };
}

function relativeMonth(reference: ResolvedReference, chronoDay: CalendarDay, lower: string): Resolution | null {
  if (reference.precision === 'year') return needsDay(reference);
  const words = /\bend of\b/.test(lower) ? 'late in the month meant' : /\b(?:beginning|start) of\b/.test(lower) ? 'early in the month meant' : 'the month meant';
  return { date: isoMonth(chronoDay), basis: 'inferred', reading: words };
}

function recentPeriod(reference: ResolvedReference, unit: string): Resolution | null {
  if (reference.precision === 'year') return { date: reference.date, basis: 'inferred', reading: `recent ${unit}, within the article’s year` };
  const end = reference.precision === 'day' ? reference.day : fromUtc((toDayRange(reference.date)!.end) * DAY_MS);
  const back = unit === 'days' ? 7 : unit === 'weeks' ? 28 : 91;
  const first = addDays(end, -back);
  const date = smallestDateHolding(first, end);
  if (date === null) return null;
  return { date, basis: 'inferred', reading: `recent ${unit}, taken as the ${unit === 'days' ? 'week' : unit === 'weeks' ? 'four weeks' : 'three months'} before it (${describeRange(first, end)}), all in {date}` };
}

function describeRange(first: CalendarDay, last: CalendarDay): string {
  if (first.year === last.year && first.month === last.month) return `${first.day}–${last.day} ${MONTHS[first.month - 1]} ${first.year}`;
  if (first.year === last.year) return `${first.day} ${MONTHS[first.month - 1]}–${last.day} ${MONTHS[last.month - 1]} ${first.year}`;
  return `${first.day} ${MONTHS[first.month - 1]} ${first.year}–${last.day} ${MONTHS[last.month - 1]} ${last.year}`;
}
