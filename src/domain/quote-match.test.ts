import { describe, expect, it } from 'vitest';
import { locateQuote, normaliseWhitespace, verbatimQuoteFinder } from './quote-match';

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
