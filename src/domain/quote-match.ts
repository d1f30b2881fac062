// Quotes are the product's promise: each must stand word for word in its source. Two differences
// are tolerated, because neither changes a letter a reader sees:
// - white space: line breaks and doubled spaces are lost when text is copied out of a web page, so
//   every run of white space (spaces, tabs, line breaks, no-break spaces) counts as one space;
// - Unicode normalisation: "ü" may be stored as one character (NFC) or as "u" plus a combining
//   diaeresis (NFD); both sides are compared in NFC.
// Everything else counts, including curly against straight quotes and dashes against hyphens: they
// are different characters on the page, and a quote must be copied, not retyped.

export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The form in which quotes and sources are compared: NFC, white space folded. */
export function comparableText(text: string): string {
  return normaliseWhitespace(text.normalize('NFC'));
}

/** Quote look-ups in one source, folded once for all its quotes. */
export interface QuoteFinder {
  /** Whether the quote stands verbatim in the source. */
  has(quote: string): boolean;
  /** Why it does not, in words (see explainQuoteMismatch); costs a few searches of the source. */
  explain(quote: string): string;
  /** Characters of the folded source: what one search that finds nothing reads. */
  readonly size: number;
}

/**
 * Look-ups of many quotes in one source: the source is folded once, not once per quote (a wire
 * report cited fifty times was folded fifty times, most of a large dataset's validation). Quotes
 * tend to come in the order of their text, so each search starts where the last match ended and
 * goes back to the start only if needed: quotes in order cost one reading of the source in all.
 */
export function quoteFinder(sourceText: string): QuoteFinder {
  const folded = comparableText(sourceText);
  let cursor = 0;
  return {
    size: folded.length,
    has(quote) {
      const needle = comparableText(quote);
      if (needle.length === 0) return false;
      let at = folded.indexOf(needle, cursor);
      if (at === -1 && cursor > 0) at = folded.slice(0, cursor + needle.length - 1).indexOf(needle);
      if (at === -1) return false;
      cursor = at + needle.length;
      return true;
    },
    explain: (quote) => explainFolded(comparableText(quote), folded),
  };
}

/**
 * Quote look-ups in a text given in parts (a source's excerpts): a quote must stand within one part.
 * Its explanation reads the parts as one text with a separator no quote holds.
 */
export function partsQuoteFinder(parts: readonly string[]): QuoteFinder {
  const finders = parts.map(quoteFinder);
  const joined = parts.map(comparableText).join(PART_SEPARATOR);
  return {
    size: finders.reduce((sum, finder) => sum + finder.size, 0),
    has: (quote) => finders.some((finder) => finder.has(quote)),
    explain: (quote) => explainFolded(comparableText(quote), joined),
  };
}

/** Not white space, so folding keeps it; a control character no copied quote contains. */
const PART_SEPARATOR = '\u0000';

/** Whether a quote stands verbatim in the source (see quoteFinder). */
export function verbatimQuoteFinder(sourceText: string): (quote: string) => boolean {
  const finder = quoteFinder(sourceText);
  return (quote) => finder.has(quote);
}

/** Names for the characters that are most often confused when a quote is retyped. */
const CHARACTER_NAMES: Readonly<Record<string, string>> = {
  "'": 'straight apostrophe',
  '"': 'straight double quote',
  '‘': 'curly opening single quote',
  '’': 'curly apostrophe',
  '“': 'curly opening double quote',
  '”': 'curly closing double quote',
  '-': 'hyphen',
  '–': 'en dash',
  '—': 'em dash',
  '…': 'ellipsis',
  '\u00ad': 'soft hyphen',
  '\u200b': 'zero-width space',
};
const QUOTE_MARKS = new Set(["'", '"', '‘', '’', '“', '”']);

function describeCharacter(char: string): string {
  const codePoint = char.codePointAt(0)!;
  const code = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = Object.hasOwn(CHARACTER_NAMES, char) ? `${CHARACTER_NAMES[char]}, ` : '';
  return `“${char}” (${name}${code})`;
}

/**
 * Why a quote is not found in its source, in words: how far it matches and the first character that
 * differs, with its code point (so an invisible or look-alike character becomes visible). Costs a
 * few searches of the source; the validator calls it for a bounded number of quotes.
 */
export function explainQuoteMismatch(quote: string, sourceText: string): string {
  return explainFolded(comparableText(quote), comparableText(sourceText));
}

function explainFolded(needle: string, folded: string): string {
  if (needle.length === 0) return 'the quote is empty';
  // The longest beginning of the quote that the source holds (a longer one is found only if a
  // shorter one is), by binary search.
  let low = 0;
  let high = needle.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (folded.includes(needle.slice(0, middle))) low = middle;
    else high = middle - 1;
  }
  const matched = low;
  if (matched === needle.length) return 'the quote is in the source';
  if (matched === 0) return `the source never has its first character, ${describeCharacter(String.fromCodePoint(needle.codePointAt(0)!))}`;
  const at = folded.indexOf(needle.slice(0, matched));
  const quoteChar = String.fromCodePoint(needle.codePointAt(matched)!);
  const sourceCodePoint = folded.codePointAt(at + matched);
  const context = needle.slice(Math.max(0, matched - 30), matched);
  const lead = `it matches the source up to “${matched > 30 ? '…' : ''}${context}”, then the quote has ${describeCharacter(quoteChar)}`;
  if (sourceCodePoint === undefined) return `${lead} where the source ends`;
  const sourceChar = String.fromCodePoint(sourceCodePoint);
  const hint = QUOTE_MARKS.has(quoteChar) && QUOTE_MARKS.has(sourceChar) ? '; curly and straight quotes count as different characters' : '';
  return `${lead} where the source has ${describeCharacter(sourceChar)}${hint}`;
}

const REGEX_SPECIALS = /[.*+?^${}()|[\]\\]/g;

/**
 * Where a quote stands in a text, as offsets into that text (white space compared loosely, as in
 * verbatimQuoteFinder), so "read in context" can highlight the exact passage. The quote is put in
 * NFC; give the text in NFC too (readerText). One regular-expression search: no copy of the text,
 * so a 20 MB source costs one scan.
 */
export function locateQuote(quote: string, text: string): { start: number; end: number } | null {
  const needle = comparableText(quote);
  if (needle.length === 0) return null;
  const pattern = needle
    .split(' ')
    .map((word) => word.replace(REGEX_SPECIALS, '\\$&'))
    .join('\\s+');
  const match = new RegExp(pattern).exec(text);
  return match === null ? null : { start: match.index, end: match.index + match[0].length };
}

/** A source's text as the reader shows it: in NFC, where quotes are located. */
export function readerText(text: string): string {
  return text.normalize('NFC');
}
