// "Excerpts only": a newsroom that may not republish an article's full text can ship, for that
// source, only the passages its quotes come from, each widened to its whole sentence(s) so a reader
// still sees the quote in context. Built from the full text and verified against it at export; the
// validator then checks every quote against the excerpts (see validate-dataset.ts).
import type { Dataset, Evidence, Source } from './dataset-schema';
import { locateQuote, normaliseWhitespace, partsQuoteFinder, quoteFinder, verbatimQuoteFinder, type QuoteFinder } from './quote-match';
import { sentenceSpans, sentencesAround, type TextSpan } from './sentences';

export type ExcerptResult =
  | { readonly ok: true; readonly excerpts: string[] }
  | { readonly ok: false; readonly missing: string[] };

/**
 * The excerpts of a text that cover the given quotes: each quote's sentence(s), overlapping ones
 * merged, in the order of the text. Fails, naming them, when a quote is not in the text.
 */
export function buildExcerpts(fullText: string, quotes: readonly string[]): ExcerptResult {
  const spans = sentenceSpans(fullText);
  const covered: TextSpan[] = [];
  const missing: string[] = [];
  for (const quote of quotes) {
    const found = locateQuote(quote, fullText);
    if (found === null) {
      missing.push(quote);
      continue;
    }
    covered.push(sentencesAround(fullText, found.start, found.end, spans));
  }
  if (missing.length > 0) return { ok: false, missing };
  covered.sort((a, b) => a.start - b.start);
  const merged: Array<{ start: number; end: number }> = [];
  for (const span of covered) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  // White space folded: an excerpt that crosses a paragraph break stays one line of a CSV cell.
  const excerpts = merged.map((span) => normaliseWhitespace(fullText.slice(span.start, span.end)));
  // The check the export promises: every excerpt stands in the full text, every quote in an excerpt.
  const inText = verbatimQuoteFinder(fullText);
  const inExcerpts = excerptQuoteFinder(excerpts);
  const unverified = [...excerpts.filter((excerpt) => !inText(excerpt)), ...quotes.filter((quote) => !inExcerpts(quote))];
  return unverified.length > 0 ? { ok: false, missing: unverified } : { ok: true, excerpts };
}

/** Whether a quote stands verbatim (white space aside) within one of the excerpts. */
export function excerptQuoteFinder(excerpts: readonly string[]): (quote: string) => boolean {
  const finders = excerpts.map((excerpt) => verbatimQuoteFinder(excerpt));
  return (quote) => normaliseWhitespace(quote).length > 0 && finders.some((found) => found(quote));
}

/** Quote look-ups in a source, whichever form (full text or excerpts) the source has. */
export function sourceQuoteFinder(source: Pick<Source, 'text' | 'excerpts'>): QuoteFinder {
  if (source.text !== undefined) return quoteFinder(source.text);
  return partsQuoteFinder(source.excerpts ?? []);
}

export interface ExcerptProblem {
  readonly sourceId: string;
  readonly message: string;
}

export type DatasetExcerptResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly problems: ExcerptProblem[] };

/**
 * The dataset with the chosen sources reduced to excerpts of their quotes. Every chosen source must
 * have its full text (excerpts are cut from it) and be quoted at least once.
 */
export function withExcerpts(dataset: Dataset, sourceIds: ReadonlySet<string>): DatasetExcerptResult {
  const quotesBySource = new Map<string, string[]>();
  const addQuote = (evidence: Evidence) => {
    const list = quotesBySource.get(evidence.source) ?? [];
    list.push(evidence.quote);
    quotesBySource.set(evidence.source, list);
  };
  dataset.events.forEach((event) => event.evidence.forEach(addQuote));
  const problems: ExcerptProblem[] = [];
  const sources = dataset.sources.map((source): Source => {
    if (!sourceIds.has(source.id)) return source;
    if (source.text === undefined) return source;
    const quotes = quotesBySource.get(source.id) ?? [];
    if (quotes.length === 0) {
      problems.push({ sourceId: source.id, message: `source "${source.id}" is quoted nowhere, so it has no excerpts; keep its full text or remove it` });
      return source;
    }
    const result = buildExcerpts(source.text, quotes);
    if (!result.ok) {
      for (const quote of result.missing) problems.push({ sourceId: source.id, message: `“${quote}” is not verbatim in the text of source "${source.id}"` });
      return source;
    }
    const { text: _text, ...rest } = source;
    return { ...rest, excerpts: result.excerpts };
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, dataset: { ...dataset, sources } };
}
