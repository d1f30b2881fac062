// Which part of a source "Read in context" shows. An article is shown whole; a source of megabytes
// (a transcript, a book) is shown around the quote, with the way to widen it step by step, because
// laying out twenty megabytes of text froze the page for seconds.

/** Texts up to this many characters are shown whole. */
export const WHOLE_TEXT_CHARACTERS = 60_000;
/** Characters shown on each side of the quote at first, and added by each "show more". */
export const CONTEXT_CHARACTERS = 10_000;

export interface ReaderWindow {
  readonly start: number;
  readonly end: number;
}

/** The first window: the whole text, or the quote (or the text's start) with context around it. */
export function initialReaderWindow(text: string, quote: ReaderWindow | null): ReaderWindow {
  if (text.length <= WHOLE_TEXT_CHARACTERS) return { start: 0, end: text.length };
  const around = quote ?? { start: 0, end: 0 };
  return {
    start: snapStart(text, around.start - CONTEXT_CHARACTERS),
    end: snapEnd(text, around.end + CONTEXT_CHARACTERS),
  };
}

/** The window with more text on one side. */
export function widenReaderWindow(text: string, window: ReaderWindow, side: 'before' | 'after'): ReaderWindow {
  return side === 'before'
    ? { start: snapStart(text, window.start - CONTEXT_CHARACTERS), end: window.end }
    : { start: window.start, end: snapEnd(text, window.end + CONTEXT_CHARACTERS) };
}

/** How far to look for a line break or a space to cut at, so no word is cut in half. */
const SNAP_DISTANCE = 400;

function snapStart(text: string, at: number): number {
  if (at <= 0) return 0;
  const lineBreak = text.indexOf('\n', at);
  if (lineBreak !== -1 && lineBreak - at <= SNAP_DISTANCE) return lineBreak + 1;
  const space = text.indexOf(' ', at);
  return space !== -1 && space - at <= SNAP_DISTANCE ? space + 1 : at;
}

function snapEnd(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const lineBreak = text.lastIndexOf('\n', at);
  if (lineBreak !== -1 && at - lineBreak <= SNAP_DISTANCE) return lineBreak;
  const space = text.lastIndexOf(' ', at);
  return space !== -1 && at - space <= SNAP_DISTANCE ? space : at;
}
