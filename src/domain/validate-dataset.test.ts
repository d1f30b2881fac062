import { describe, expect, it } from 'vitest';
import type { Dataset } from './dataset-schema';
import { formatPath, formatProblem, validateDataset, type DatasetProblem } from './validate-dataset';

const TEXT = 'Doha, Qatar – A telephone conversation took place today between the two ministers. The call was brief.';

function validDataset(): Dataset {
  return {
    schemaVersion: 1,
    id: 'sample',
    title: 'Sample',
    sources: [
      {
        id: 'article',
        title: 'An article',
        publisher: null,
        published: '2023-12-28',
        publishedBasis: 'inferred',
        publishedNote: 'The call took place "today".',
        text: TEXT,
      },
    ],
    actors: [
      { id: 'qatar', label: 'Qatar', type: 'state' },
      { id: 'minister', label: 'A minister', type: 'person', parent: 'qatar' },
      { id: 'syria', label: 'Syria', type: 'state' },
    ],
    events: [
      {
        id: 'call',
        kind: 'call',
        participants: [
          { actor: 'minister', role: 'initiator' },
          { actor: 'syria', role: 'recipient' },
        ],
        date: '2023-12-28',
        dateBasis: 'stated',
        summary: 'They spoke.',
        evidence: [{ source: 'article', quote: 'A telephone conversation   took place\ntoday' }],
      },
    ],
  };
}

function problemsOf(input: unknown): readonly DatasetProblem[] {
  const result = validateDataset(input);
  return result.ok ? [] : result.problems;
}

function paths(input: unknown): string[] {
  return problemsOf(input).map((problem) => formatPath(problem.path));
}

describe('validateDataset', () => {
  it('accepts a consistent dataset, tolerating only white-space differences in quotes', () => {
    expect(validateDataset(validDataset())).toMatchObject({ ok: true });
  });

  it('never throws, whatever it is given', () => {
    for (const input of [null, 42, 'text', [], {}, { schemaVersion: 2 }]) {
      expect(validateDataset(input).ok).toBe(false);
    }
  });

  it('names the path, what was expected and what was found for shape errors', () => {
    const dataset = validDataset() as unknown as { events: Record<string, unknown>[] };
    dataset.events[0]!.date = '2024-02-30';
    dataset.events[0]!.kind = 'telepathy';
    const problems = problemsOf(dataset);
    const date = problems.find((problem) => formatPath(problem.path) === 'events[0].date');
    expect(date?.found).toBe('"2024-02-30"');
    expect(date?.expected).toContain('YYYY');
    const kind = problems.find((problem) => formatPath(problem.path) === 'events[0].kind');
    expect(kind?.expected).toContain('"call"');
  });

  it('rejects unknown fields rather than ignoring a typo', () => {
    const dataset = validDataset() as unknown as { actors: Record<string, unknown>[] };
    dataset.actors[0]!.lable = 'Qatar';
    expect(problemsOf(dataset)[0]?.message).toBe('unknown field "lable"');
  });

  it('finds a quote that is not verbatim in its source', () => {
    const dataset = validDataset();
    dataset.events[0]!.evidence[0]!.quote = 'A telephone conversation took place yesterday';
    expect(paths(dataset)).toEqual(['events[0].evidence[0].quote']);
    expect(problemsOf(dataset)[0]?.message).toContain('not found verbatim in the text of source "article"');
  });

  it('finds references to unknown actors and sources, and duplicate ids', () => {
    const dataset = validDataset();
    dataset.events[0]!.participants[1]!.actor = 'atlantis';
    dataset.events[0]!.evidence.push({ source: 'missing', quote: 'x' });
    dataset.actors.push({ id: 'qatar', label: 'Qatar again', type: 'state' });
    expect(paths(dataset)).toEqual(
      expect.arrayContaining(['events[0].participants[1].actor', 'events[0].evidence[1].source', 'actors[3].id']),
    );
  });

  it('requires the reasoning behind every inferred date', () => {
    const dataset = validDataset();
    delete dataset.sources[0]!.publishedNote;
    dataset.events[0]!.dateBasis = 'inferred';
    expect(paths(dataset)).toEqual(['sources[0].publishedNote', 'events[0].dateNote']);
  });

  it('refuses an event dated after its source was published unless it is planned', () => {
    const dataset = validDataset();
    dataset.events[0]!.date = '2024-01-03';
    expect(paths(dataset)).toEqual(['events[0].date']);
    dataset.events[0]!.status = 'planned';
    expect(validateDataset(dataset).ok).toBe(true);
  });

  it('refuses a parent chain that loops and an actor in no event', () => {
    const dataset = validDataset();
    dataset.actors[0]!.parent = 'minister';
    expect(problemsOf(dataset).some((problem) => problem.message.includes('loops back'))).toBe(true);
    const lonely = validDataset();
    lonely.actors.push({ id: 'iceland', label: 'Iceland', type: 'state' });
    expect(paths(lonely)).toEqual(['actors[3]']);
  });

  it('a recipient needs an initiator', () => {
    const dataset = validDataset();
    dataset.events[0]!.participants[0]!.role = 'participant';
    expect(paths(dataset)).toEqual(['events[0].participants']);
  });

  it('formats one readable line per problem', () => {
    const line = formatProblem(
      { path: ['events', 3, 'evidence', 0, 'quote'], message: 'not found', expected: 'a quote', found: '"x"' },
      'data/qatar-syria.json',
    );
    expect(line).toBe('data/qatar-syria.json › events[3].evidence[0].quote: not found (expected a quote, found "x")');
  });
});
