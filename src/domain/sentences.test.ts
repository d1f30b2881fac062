import { describe, expect, it } from 'vitest';
import { sentenceSpans, sentencesAround } from './sentences';

const sentences = (text: string) => sentenceSpans(text).map((span) => text.slice(span.start, span.end));

describe('sentenceSpans', () => {
  it('does not split after abbreviations and initials', () => {
    expect(sentences('Yesterday, U.S. President Donald Trump met him. Maj. Gen. (Eng.) Murhaf Abu Qasra spoke. Done.')).toEqual([
      'Yesterday, U.S. President Donald Trump met him.',
      'Maj. Gen. (Eng.) Murhaf Abu Qasra spoke.',
      'Done.',
    ]);
  });

  it('ends a sentence at a line break, headlines included, and trims white space', () => {
    expect(sentences('A Headline Without Stop\n\n  First line. Second one\nThird')).toEqual(['A Headline Without Stop', 'First line.', 'Second one', 'Third']);
  });
});

describe('sentencesAround', () => {
  it('widens a span to the sentences it touches', () => {
    const text = 'One two. Three four. Five six.';
    const span = sentencesAround(text, text.indexOf('four'), text.indexOf('Five') + 2);
    expect(text.slice(span.start, span.end)).toBe('Three four. Five six.');
  });
});
