import { describe, expect, it } from 'vitest';
import { explainQuoteMismatch, locateQuote, normaliseWhitespace, partsQuoteFinder, readerText, verbatimQuoteFinder } from './quote-match';

const isVerbatimQuote = (quote: string, sourceText: string) => verbatimQuoteFinder(sourceText)(quote);

const source = 'Qatar severed diplomatic relations with Syria in 2012,\nfollowing the outbreak   of the war.';

describe('verbatimQuoteFinder', () => {
  it('accepts a passage copied from the source', () => {
    expect(isVerbatimQuote('Qatar severed diplomatic relations with Syria in 2012', source)).toBe(true);
  });

  it('tolerates differences of white space only', () => {
    expect(isVerbatimQuote('in 2012, following the outbreak of the war.', source)).toBe(true);
  });

  it('rejects a changed word, letter case or punctuation', () => {
    expect(isVerbatimQuote('Qatar cut diplomatic relations with Syria', source)).toBe(false);
    expect(isVerbatimQuote('qatar severed diplomatic relations', source)).toBe(false);
    expect(isVerbatimQuote('in 2012 following the outbreak', source)).toBe(false);
  });

  it('tolerates another Unicode normalisation (NFC against NFD), not other look-alikes', () => {
    const text = 'Außenminister Çavuşoğlu sprach in Zürich.';
    expect(isVerbatimQuote(text.normalize('NFD'), text.normalize('NFC'))).toBe(true);
    expect(isVerbatimQuote(text.normalize('NFC'), text.normalize('NFD'))).toBe(true);
    expect(isVerbatimQuote("it's", 'it’s')).toBe(false);
    expect(isVerbatimQuote('2012-2013', '2012–2013')).toBe(false);
  });

  it('rejects an empty quote', () => {
    expect(isVerbatimQuote('  \n ', source)).toBe(false);
  });
});

describe('normaliseWhitespace', () => {
  it('folds every run of white space into one space and trims', () => {
    expect(normaliseWhitespace('  a\n\tb   c ')).toBe('a b c');
  });
});

describe('locateQuote', () => {
  it('finds the exact passage in the original text across folded white space', () => {
    const found = locateQuote('in 2012, following the outbreak of the war', source);
    expect(found).not.toBeNull();
    expect(source.slice(found!.start, found!.end)).toBe('in 2012,\nfollowing the outbreak   of the war');
  });

  it('returns null for a passage the text does not hold', () => {
    expect(locateQuote('Qatar restored relations', source)).toBeNull();
  });
});

describe('explainQuoteMismatch', () => {
  it('names how far the quote matches and the first character that differs, with its code point', () => {
    expect(explainQuoteMismatch('Qatar severed diplomatic ties', source)).toBe(
      'it matches the source up to “Qatar severed diplomatic ”, then the quote has “t” (U+0074) where the source has “r” (U+0072)',
    );
    expect(explainQuoteMismatch('following the outbreak\u200b of', source)).toContain('“\u200b” (zero-width space, U+200B) where the source has “ ” (U+0020)');
    expect(explainQuoteMismatch('the war. It ended', source)).toBe('it matches the source up to “the war.”, then the quote has “ ” (U+0020) where the source ends');
    expect(explainQuoteMismatch('Ωmega', source)).toBe('the source never has its first character, “Ω” (U+03A9)');
  });
});

describe('locateQuote in a large text', () => {
  it('finds a quote in 20 MB with one search, in the NFC text the reader shows', () => {
    const filler = 'Lorem ipsum dolor sit amet. '.repeat(400_000);
    const text = readerText(`${filler}Der Außenminister\n  sprach in Zürich.${filler}`.normalize('NFD'));
    const found = locateQuote('sprach in Zürich'.normalize('NFD'), text);
    expect(found).not.toBeNull();
    expect(text.slice(found!.start, found!.end)).toBe('sprach in Zürich'.normalize('NFC'));
    expect(locateQuote('Der Außenminister sprach', text)).toMatchObject({ start: filler.length });
    expect(locateQuote('a (regex) [special] quote?*', 'Here is a  (regex) [special]\nquote?* indeed')).toEqual({ start: 8, end: 36 });
  });
});

describe('partsQuoteFinder (a source given as excerpts)', () => {
  it('finds a quote within one part, in any normalisation, never across two parts, and explains a miss', () => {
    const finder = partsQuoteFinder(['Der Außenminister sprach in Zürich.', 'Er reiste dann weiter.'.normalize('NFD')]);
    expect(finder.has('sprach in Zürich'.normalize('NFD'))).toBe(true);
    expect(finder.has('reiste dann')).toBe(true);
    expect(finder.has('in Zürich. Er reiste')).toBe(false);
    expect(finder.explain('in Zürich. Er reiste')).toContain('it matches the source up to “in Zürich.”, then the quote has “ ” (U+0020)');
  });
});
