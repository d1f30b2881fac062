import { describe, expect, it } from 'vitest';
import { CONTEXT_CHARACTERS, initialReaderWindow, WHOLE_TEXT_CHARACTERS, widenReaderWindow } from './reader-window';

describe('the part of a source the reader shows', () => {
  it('shows an article whole', () => {
    const text = 'word '.repeat(WHOLE_TEXT_CHARACTERS / 5);
    expect(initialReaderWindow(text, { start: 100, end: 120 })).toEqual({ start: 0, end: text.length });
  });

  it('shows a huge source around the quote, cut between words, and widens it step by step', () => {
    const text = 'word '.repeat(4_000_000); // 20 MB
    const quote = { start: 10_000_000, end: 10_000_024 };
    const window = initialReaderWindow(text, quote);
    expect(window.start).toBeLessThanOrEqual(quote.start - CONTEXT_CHARACTERS + 5);
    expect(window.start).toBeGreaterThan(quote.start - CONTEXT_CHARACTERS - 1);
    expect(window.end).toBeGreaterThanOrEqual(quote.end + CONTEXT_CHARACTERS - 5);
    expect(window.end - window.start).toBeLessThan(3 * CONTEXT_CHARACTERS);
    expect(text[window.start - 1]).toBe(' ');
    expect(text[window.end]).toBe(' ');
    const wider = widenReaderWindow(text, window, 'before');
    expect(wider.end).toBe(window.end);
    expect(window.start - wider.start).toBeGreaterThan(CONTEXT_CHARACTERS - 10);
    expect(widenReaderWindow(text, { start: 0, end: text.length - 3 }, 'after')).toEqual({ start: 0, end: text.length });
  });

  it('starts at the beginning of a huge source when the quote is not found', () => {
    const text = 'x'.repeat(1_000_000);
    expect(initialReaderWindow(text, null)).toEqual({ start: 0, end: CONTEXT_CHARACTERS });
  });
});
