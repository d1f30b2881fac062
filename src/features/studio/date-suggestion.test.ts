// Date suggestion against the bundled dataset as it is on disk: every date the five articles give
// in words, resolved from the sentence a quote stands in, must be the date the dataset records for
// that event, with the same precision. Which words resolved an inferred date is read from the
// dataset itself: the first “…” of the event's dateNote.
import { describe, expect, it } from 'vitest';
import { loadAuthoredDataset } from '../../../scripts/lib/authored-dataset';
import { BUNDLED_DATASETS } from '../../../scripts/lib/bundled-datasets';
import type { Dataset, Source } from '../../domain/dataset-schema';
import { toDayRange } from '../../domain/partial-date';
import { locateQuote } from '../../domain/quote-match';
import { sentencesAround } from '../../domain/sentences';
import { describeDate, suggestDates, type DateReference } from './date-suggestion';

const loaded = loadAuthoredDataset(BUNDLED_DATASETS[0]!.file);
if (!loaded.ok) throw new Error('the bundled dataset is invalid');
const dataset: Dataset = loaded.dataset;

/**
 * The day relative dates count from. A source dated to the day counts from that day. A source dated
 * only to a month needs the day its author sets in the Studio; the author of the bundled dataset
 * worked from the latest day the article itself establishes: the latest day-precise date, within its
 * publication month, of the events it is the first source for.
 */
function referenceOf(source: Source): DateReference | null {
  if (source.published === null) return null;
  const published = toDayRange(source.published)!;
  if (published.precision === 'day') return { date: source.published, description: 'the article’s date' };
  const days = dataset.events
    .filter((event) => event.status !== 'planned' && event.evidence[0]!.source === source.id)
    .map((event) => event.date)
    .filter((date) => toDayRange(date)!.precision === 'day' && toDayRange(date)!.start >= published.start && toDayRange(date)!.end <= published.end)
    .sort();
  const latest = days[days.length - 1];
  return { date: latest ?? source.published, description: 'the day the author set' };
}

function sentenceOf(source: Source, quote: string): string {
  const text = source.text!;
  const found = locateQuote(quote, text)!;
  const span = sentencesAround(text, found.start, found.end);
  return text.slice(span.start, span.end);
}

const CALENDAR_WORDS = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow|week|month|year|recent|\d{4})\b/i;
const firstQuotedPhrase = (note: string | undefined) => /“([^”]+)”/.exec(note ?? '')?.[1]?.toLowerCase() ?? null;
const sourceById = new Map(dataset.sources.map((source) => [source.id, source]));

interface Comparison {
  readonly event: string;
  readonly expression: string;
  readonly suggested: string;
  readonly recorded: string;
}

/** For each event, the suggestion whose words are the ones its dateNote names (or, for a stated date, the words that state it). */
function comparisons(): { compared: Comparison[]; unresolved: string[] } {
  const compared: Comparison[] = [];
  const unresolved: string[] = [];
  for (const event of dataset.events) {
    const phrase = firstQuotedPhrase(event.dateNote);
    let matched: Comparison | null = null;
    let phraseInQuotes = false;
    for (const evidence of event.evidence) {
      const source = sourceById.get(evidence.source)!;
      const sentence = sentenceOf(source, evidence.quote);
      const suggestions = suggestDates(sentence, referenceOf(source));
      if (event.dateBasis === 'stated') {
        const quoteSuggestions = suggestDates(evidence.quote, referenceOf(source)).filter((suggestion) => suggestion.basis === 'stated');
        const same = quoteSuggestions.find((suggestion) => suggestion.date === event.date);
        const any = same ?? quoteSuggestions[0];
        if (any && !matched) matched = { event: event.id, expression: any.expression, suggested: any.date, recorded: event.date };
        if (same) matched = { event: event.id, expression: same.expression, suggested: same.date, recorded: event.date };
        continue;
      }
      if (phrase === null) {
        // A note that quotes no words ("Day and month are stated; …"): the date the quote itself gives.
        const own = suggestDates(evidence.quote, referenceOf(source))[0];
        if (own && !matched) matched = { event: event.id, expression: own.expression, suggested: own.date, recorded: event.date };
        continue;
      }
      if (!sentence.toLowerCase().includes(phrase)) continue;
      phraseInQuotes = true;
      const words = suggestions.find((suggestion) => {
        const expression = suggestion.expression.toLowerCase();
        return phrase.includes(expression) || expression.includes(phrase);
      });
      if (words && !matched) matched = { event: event.id, expression: words.expression, suggested: words.date, recorded: event.date };
    }
    if (matched) compared.push(matched);
    else if (phraseInQuotes) unresolved.push(`${event.id}: “${phrase}”`);
  }
  return { compared, unresolved };
}

describe('date suggestion on the relative dates of the bundled articles', () => {
  const { compared, unresolved } = comparisons();

  it('resolves each to the date (and so the precision) the dataset records', () => {
    expect(compared.filter((entry) => entry.suggested !== entry.recorded)).toEqual([]);
    // The articles are full of relative dates: most inferred dates come from words the parser reads.
    const inferred = dataset.events.filter((event) => event.dateBasis === 'inferred').length;
    expect(compared.length).toBeGreaterThan(inferred / 2);
  });

  it('finds words for every date whose note quotes words of the sentence, except those that count from another event', () => {
    // Words without a calendar word ("Hours" before al-Assad fled, "since the onset of the war")
    // count from another event, not from the article's date: the author resolves those by hand.
    // So do bare durations ("a month" before January).
    const fromAnotherEvent = unresolved.filter((entry) => {
      const phrase = entry.slice(entry.indexOf('“') + 1, -1);
      return !CALENDAR_WORDS.test(phrase) || /^(?:a|an|one|two|three|several|few|\d+)\s+(?:hours?|days?|weeks?|months?|years?)$/.test(phrase);
    });
    expect(unresolved.filter((entry) => !fromAnotherEvent.includes(entry))).toEqual([]);
  });

  it('covers the weekday, yesterday, week, month and recent-period forms the articles use', () => {
    const expressions = compared.map((entry) => entry.expression.toLowerCase());
    for (const form of [/sunday/, /monday/, /saturday/, /tuesday/, /weekend/, /yesterday/, /last week/, /this week/, /last month/, /march/, /february/, /recent months/]) {
      expect(expressions.some((expression) => form.test(expression)), String(form)).toBe(true);
    }
  });
});

describe('suggestDates', () => {
  const monday = { date: '2024-12-02', description: 'the article’s date' };

  it('reads “on Sunday” in an article of Monday 2 December 2024 as Sunday 1 December 2024 and says how', () => {
    const [suggestion] = suggestDates('The discussions took place over the phone on Sunday between the two.', monday);
    expect(suggestion).toMatchObject({ date: '2024-12-01', precision: 'day', basis: 'inferred', expression: 'on Sunday', future: false });
    expect(suggestion!.note).toContain('Monday 2 December 2024');
    expect(suggestion!.note).toContain('Sunday 1 December 2024');
  });

  it('marks a weekday after the article as to come', () => {
    expect(suggestDates('Qatar plans to speak with him on Tuesday.', { date: '2024-12-09', description: 'x' })[0]).toMatchObject({ date: '2024-12-10', future: true });
  });

  it('never claims a day the words do not give', () => {
    const reference = { date: '2025-05-15', description: 'the article’s date' };
    expect(suggestDates('the efforts began last month', reference)[0]).toMatchObject({ date: '2025-04', precision: 'month' });
    expect(suggestDates('Last week, he acknowledged it', reference)[0]).toMatchObject({ date: '2025-05', precision: 'month' });
    expect(suggestDates('in 2012, following the outbreak', reference)[0]).toMatchObject({ date: '2012', precision: 'year', basis: 'stated' });
    // A week that straddles two months is known only to the year.
    expect(suggestDates('Last week, he acknowledged it', { date: '2025-05-08', description: 'x' })[0]).toMatchObject({ date: '2025', precision: 'year' });
  });

  it('with an article dated only to a month, keeps a weekday to that month and asks for the day', () => {
    const [suggestion] = suggestDates('received a phone call on Friday evening', { date: '2023-02', description: 'x' });
    expect(suggestion).toMatchObject({ date: '2023-02', precision: 'month', needsReferenceDay: true });
  });

  it('leaves out durations that count from another event, and without a reference keeps only stated dates', () => {
    expect(suggestDates('came to power a month after a surprise assault', { date: '2025-05-15', description: 'x' })).toEqual([]);
    expect(suggestDates('on Sunday, and on February 24, 2023', null).map((suggestion) => suggestion.date)).toEqual(['2023-02-24']);
  });

  it('names dates in words', () => {
    expect(describeDate('2024-12-01')).toBe('Sunday 1 December 2024');
    expect(describeDate('2025-04')).toBe('April 2025');
    expect(describeDate('2012')).toBe('2012');
  });
});
