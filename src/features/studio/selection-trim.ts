// A selection made with a mouse rarely falls on word boundaries: it starts a letter late or ends in
// a space. The quote is the selected passage snapped to whole words (a word cut at either edge is
// completed, never dropped) without the white space and separating punctuation around it. Pure.

export interface TextRange {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
}

const WORD = /[\p{L}\p{N}'’-]/u;
const EDGE_JUNK = /[\s,;:]/u;

/** The whole-word range for a selection of the text, or null when it holds no word. */
export function trimToWholeWords(text: string, range: TextRange): TextRange | null {
  let start = Math.max(0, Math.min(range.start, range.end));
  let end = Math.min(text.length, Math.max(range.start, range.end));
  while (start < end && EDGE_JUNK.test(text[start]!)) start += 1;
  while (end > start && EDGE_JUNK.test(text[end - 1]!)) end -= 1;
  if (start >= end) return null;
  // Complete a word cut at either edge.
  while (start > 0 && WORD.test(text[start - 1]!) && WORD.test(text[start]!)) start -= 1;
  while (end < text.length && WORD.test(text[end]!) && WORD.test(text[end - 1]!)) end += 1;
  const passage = text.slice(start, end);
  return /[\p{L}\p{N}]/u.test(passage) ? { start, end } : null;
}
