import { describe, expect, it } from 'vitest';
import type { DatasetProblem } from './dataset-problem';
import { problemKind, problemsAsText, summariseProblems } from './problem-summary';

const lonely = (index: number): DatasetProblem => ({ path: ['actors', index], message: `actor "a${index}" takes part in no event`, expected: 'an actor that some event names' });
const badDate = (index: number): DatasetProblem => ({ path: ['events', index, 'date'], message: 'invalid value', expected: 'a date', found: `"2024-02-3${index % 10}"` });

describe('summariseProblems', () => {
  it('groups problems by kind, keeps the first few of each and counts the rest', () => {
    const problems = [...Array.from({ length: 100_000 }, (_, index) => lonely(index)), badDate(0), badDate(1)];
    const summary = summariseProblems(problems);
    expect(summary.total).toBe(100_002);
    expect(summary.groups).toHaveLength(2);
    expect(summary.groups[0]).toMatchObject({ kind: 'actors.[] · actor "…" takes part in no event', count: 100_000 });
    expect(summary.groups[0]!.examples.map((problem) => problem.path)).toEqual([['actors', 0], ['actors', 1], ['actors', 2]]);
    expect(summary.groups[1]).toMatchObject({ count: 2, kind: 'events.[].date · invalid value' });
    expect(summary.otherKinds).toBe(0);
  });

  it('shows a bounded number of kinds and counts the others', () => {
    const problems = Array.from({ length: 40 }, (_, index): DatasetProblem => ({ path: ['events', 0, `field${'x'.repeat(index)}`], message: 'unknown field' }));
    const summary = summariseProblems(problems, { kinds: 30 });
    expect(summary.groups).toHaveLength(30);
    expect([summary.otherKinds, summary.otherProblems]).toEqual([10, 10]);
  });

  it('treats quote problems with different explanations as one kind, and CSV locations by column', () => {
    const quote = (index: number, why: string): DatasetProblem => ({ path: ['events', index, 'evidence', 0, 'quote'], message: `not found verbatim in the text of source "s${index}": ${why}` });
    expect(problemKind(quote(1, 'it matches … “x”'))).toBe(problemKind(quote(7, 'the source never has its first character')));
    expect(problemKind({ path: ['events.csv, row 12, column “quote”'], message: 'x' })).toBe('events.csv, row #, column “quote” · x');
  });

  it('writes the full list as text, one line per problem', () => {
    const text = problemsAsText([lonely(0), badDate(3)], 'my.json');
    expect(text.split('\n')).toEqual([
      '2 problems in my.json',
      '',
      'my.json › actors[0]: actor "a0" takes part in no event (expected an actor that some event names)',
      'my.json › events[3].date: invalid value (expected a date, found "2024-02-33")',
      '',
    ]);
  });
});
