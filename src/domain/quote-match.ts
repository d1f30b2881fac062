// Quotes are the product's promise: each must stand word for word in its source. Only white space
// may differ (line breaks and doubled spaces are lost when text is copied out of a web page), so
// both sides are compared with every run of white space folded to one space.

export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Whether a quote stands verbatim in the source, for many quotes from one source: the source is
 * folded once, not once per quote (a wire report cited fifty times was folded fifty times, most of a
 * large dataset's validation).
 */
export function verbatimQuoteFinder(sourceText: string): (quote: string) => boolean {
  const folded = normaliseWhitespace(sourceText);
  return (quote) => {
    const needle = normaliseWhitespace(quote);
    return needle.length > 0 && folded.includes(needle);
  };
}

/**
 * Where a quote stands in its source, as offsets into the original text (white space compared
 * loosely, as in verbatimQuoteFinder), so "read in context" can highlight the exact passage.
 */
export function locateQuote(quote: string, sourceText: string): { start: number; end: number } | null {
  const needle = normaliseWhitespace(quote);
  if (needle.length === 0) return null;
  // Fold the source the same way, remembering where each folded character came from.
  let folded = '';
  const origin: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < sourceText.length; i += 1) {
    const char = sourceText[i]!;
    if (/\s/.test(char)) {
      pendingSpace = folded.length > 0;
      continue;
    }
    if (pendingSpace) {
      folded += ' ';
      origin.push(i - 1);
      pendingSpace = false;
    }
    folded += char;
    origin.push(i);
  }
  const at = folded.indexOf(needle);
  if (at === -1) return null;
  return { start: origin[at]!, end: origin[at + needle.length - 1]! + 1 };
}
