import { describe, expect, it } from 'vitest';
import type { Dataset } from './dataset-schema';
import { MAX_ACTORS, MAX_JSON_DEPTH, MAX_PARENT_DEPTH, MAX_PARTICIPANTS, MAX_TIES } from './dataset-limits';
import { parseDatasetJson } from './parse-dataset';
import { formatPath, formatProblem, positionOf, QUOTE_MISS_BUDGET, validateDataset, type DatasetProblem } from './validate-dataset';

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

  it('accepts a short name shorter than the name, and refuses one that is not', () => {
    const dataset = validDataset();
    dataset.actors[0] = { ...dataset.actors[0]!, label: 'State of Qatar', shortLabel: 'Qatar' };
    expect(problemsOf(dataset)).toEqual([]);
    dataset.actors[2] = { ...dataset.actors[2]!, shortLabel: 'Syrian Arab Republic' };
    const [problem, ...rest] = problemsOf(dataset);
    expect(rest).toEqual([]);
    expect(formatPath(problem!.path)).toBe('actors[2].shortLabel');
    expect(problem!.message).toContain('no shorter than its name "Syria"');
    expect(problem!.expected).toContain('a shorter name');
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

describe('validateDataset on extreme input (issue 22)', () => {
  const person = (id: string, parent?: string) => ({ id, label: id, type: 'person' as const, ...(parent === undefined ? {} : { parent }) });

  it('refuses a parent chain deeper than the limit once, naming the chain, in linear time', () => {
    const dataset = validDataset();
    // 3,000 actors, each the parent of the next; the minister hangs at the bottom.
    for (let level = 0; level < 3_000; level += 1) dataset.actors.push(person(`level-${level}`, level === 0 ? undefined : `level-${level - 1}`));
    dataset.actors[1]!.parent = 'level-2999';
    const problems = problemsOf(dataset);
    const deep = problems.filter((problem) => problem.message.includes('levels deep'));
    expect(deep).toHaveLength(1);
    expect(deep[0]!.message).toBe(`the parent chain of "level-${MAX_PARENT_DEPTH + 1}" is ${MAX_PARENT_DEPTH + 1} levels deep: "level-9" › "level-8" › "level-7" › … › "level-2" › "level-1" › "level-0"`);
    expect(deep[0]!.expected).toContain(`at most ${MAX_PARENT_DEPTH} parents`);
    expect(formatPath(deep[0]!.path)).toBe(`actors[${3 + MAX_PARENT_DEPTH + 1}].parent`);
  });

  it('accepts a chain exactly as deep as the limit', () => {
    const dataset = validDataset();
    // minister › level-6 › … › level-0 › qatar: eight parents.
    for (let level = 0; level < MAX_PARENT_DEPTH - 1; level += 1) dataset.actors.push(person(`level-${level}`, level === 0 ? 'qatar' : `level-${level - 1}`));
    dataset.actors[1]!.parent = `level-${MAX_PARENT_DEPTH - 2}`;
    expect(problemsOf(dataset)).toEqual([]);
    dataset.actors[0]!.parent = 'syria';
    expect(problemsOf(dataset).map((problem) => problem.message)).toEqual([expect.stringContaining('the parent chain of "minister" is 9 levels deep')]);
  });

  it('refuses an event with more participants than the limit, with the limit and the way out', () => {
    const dataset = validDataset();
    for (let index = 0; index < 300; index += 1) dataset.actors.push(person(`delegate-${index}`));
    dataset.events[0]!.participants = dataset.actors.slice(3).map((actor) => ({ actor: actor.id, role: 'participant' as const }));
    dataset.events[0]!.participants.push({ actor: 'qatar', role: 'participant' }, { actor: 'syria', role: 'participant' }, { actor: 'minister', role: 'participant' });
    const problems = problemsOf(dataset);
    expect(problems.map((problem) => formatPath(problem.path))).toEqual(['events[0].participants']);
    expect(problems[0]!.message).toBe('303 participants in one event; Tieline draws a tie between the parties of an event, pairwise');
    expect(problems[0]!.expected).toContain(`at most ${MAX_PARTICIPANTS} participants: name the group as one actor`);
  });

  it(`refuses a dataset that draws more than ${MAX_TIES.toLocaleString('en')} ties in all`, () => {
    const dataset = validDataset();
    const delegates = Array.from({ length: MAX_PARTICIPANTS }, (_, index) => person(`delegate-${index}`));
    dataset.actors.push(...delegates);
    const perEvent = (MAX_PARTICIPANTS * (MAX_PARTICIPANTS - 1)) / 2;
    for (let index = 0; index * perEvent <= MAX_TIES; index += 1) {
      dataset.events.push({ ...dataset.events[0]!, id: `summit-${index}`, participants: delegates.map((actor) => ({ actor: actor.id, role: 'participant' as const })) });
    }
    const problems = problemsOf(dataset);
    expect(problems.map((problem) => formatPath(problem.path))).toEqual(['events']);
    expect(problems[0]!.message).toMatch(/^the events draw [\d,]+ ties, more than Tieline draws$/);
  });

  it('refuses a million actors at once, with one problem naming the limit', () => {
    const actors = Array.from({ length: MAX_ACTORS + 1 }, (_, index) => ({ id: `a${index}` }));
    const problems = problemsOf({ ...validDataset(), actors });
    expect(problems).toEqual([{ path: ['actors'], message: `${(MAX_ACTORS + 1).toLocaleString('en')} actors, more than Tieline opens`, expected: `at most ${MAX_ACTORS.toLocaleString('en')} actors; split the dataset` }]);
  });

  it('refuses absurd nesting from the text, before parsing, with where it starts', () => {
    const result = parseDatasetJson(`{"schemaVersion": 1,\n "description": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.message).toBe(`the JSON nests more than ${MAX_JSON_DEPTH} levels deep (line 2, column ${17 + MAX_JSON_DEPTH - 1}), so it is not a Tieline dataset`);
    // Brackets inside strings are text, not nesting.
    expect(parseDatasetJson(JSON.stringify({ ...validDataset(), title: '['.repeat(1_000) })).ok).toBe(true);
  });

  it('refuses deep nesting handed over as an object, too', () => {
    let deep: unknown = [];
    for (let level = 0; level < 100_000; level += 1) deep = [deep];
    const problems = problemsOf({ ...validDataset(), description: deep });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe(`nested more than ${MAX_JSON_DEPTH} levels deep`);
  });

  it('treats ids named after Object.prototype properties as ordinary ids, and positions as own properties only', () => {
    const dataset = validDataset();
    dataset.actors[2]!.id = 'constructor';
    dataset.events[0]!.participants[1]!.actor = 'constructor';
    dataset.layout = { positions: { qatar: { x: 0, y: 0 }, minister: { x: 10, y: 0 } } };
    const result = validateDataset(dataset);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(positionOf(result.dataset, 'constructor')).toBeUndefined();
    expect(positionOf(result.dataset, 'qatar')).toEqual({ x: 0, y: 0 });
    // Even a direct look-up finds nothing that the file did not hold.
    expect(result.dataset.layout!.positions['constructor']).toBeUndefined();
    expect(result.dataset.layout!.positions['tostring']).toBeUndefined();
  });

  it('accepts a position for an actor called constructor or prototype, and still refuses __proto__', () => {
    const dataset = validDataset();
    dataset.actors[2]!.id = 'prototype';
    dataset.events[0]!.participants[1]!.actor = 'prototype';
    const text = JSON.stringify({ ...dataset, layout: { positions: { prototype: { x: 5, y: 6 }, constructor: { x: 1, y: 2 } } } });
    const result = parseDatasetJson(text);
    expect(result.ok ? [] : result.problems.map((problem) => problem.message)).toEqual(['a position for an unknown actor']);
    const fixed = parseDatasetJson(text.replace(',"constructor":{"x":1,"y":2}', ''));
    expect(fixed.ok && positionOf(fixed.dataset, 'prototype')).toEqual({ x: 5, y: 6 });
    const polluting = parseDatasetJson(text.replace('"prototype":{"x":5', '"__proto__":{"x":5'));
    expect(polluting.ok ? [] : polluting.problems.map((problem) => formatPath(problem.path))).toEqual(['layout.positions.__proto__']);
  });

  it('refuses years before 1000, saying why, and accepts 1000', () => {
    for (const date of ['0050', '0000', '0999-12-31']) {
      const dataset = validDataset();
      dataset.events[0]!.date = date;
      const problems = problemsOf(dataset);
      expect(problems.map((problem) => formatPath(problem.path))).toEqual(['events[0].date']);
      expect(problems[0]!.expected).toBe(`a year from 1000 to 9999 (Tieline maps news; is ${date.slice(0, 4)} a typo?)`);
    }
    const dataset = validDataset();
    dataset.events[0]!.date = '1000';
    expect(validateDataset(dataset).ok).toBe(true);
  });

  it('accepts a quote in another Unicode normalisation than its source', () => {
    const dataset = validDataset();
    dataset.sources[0]!.text = `${TEXT} Der Außenminister sprach in Zürich.`.normalize('NFD');
    dataset.events[0]!.evidence.push({ source: 'article', quote: 'sprach in Zürich'.normalize('NFC') });
    expect(validateDataset(dataset).ok).toBe(true);
    dataset.sources[0]!.text = dataset.sources[0]!.text.normalize('NFC');
    dataset.events[0]!.evidence[1]!.quote = 'sprach in Zürich'.normalize('NFD');
    expect(validateDataset(dataset).ok).toBe(true);
  });

  it('says what differs when a quote is refused: curly against straight quotes stay different', () => {
    const dataset = validDataset();
    dataset.sources[0]!.text = `${TEXT} The minister said it was “a good call”.`;
    dataset.events[0]!.evidence[0]!.quote = 'The minister said it was "a good call"';
    const problems = problemsOf(dataset);
    expect(problems.map((problem) => problem.message)).toEqual([
      'not found verbatim in the text of source "article": it matches the source up to “The minister said it was ”, then the quote has “"” (straight double quote, U+0022) where the source has ““” (curly opening double quote, U+201C); curly and straight quotes count as different characters',
    ]);
  });
});

describe('validateDataset on many wrong quotes in a long source', () => {
  it('stops searching once the budget is spent, and says which quotes were left unchecked', () => {
    const dataset = validDataset();
    // 2 MB of text, and 1,000 quotes it does not hold: searching them all would read 2 billion characters.
    dataset.sources[0]!.text = `${TEXT} ${'Lorem ipsum dolor sit amet. '.repeat(75_000)}`;
    for (let index = 0; index < 1_000; index += 1) dataset.events[0]!.evidence.push({ source: 'article', quote: `Lorem ipsum dolor sit amet, number ${index}` });
    const problems = problemsOf(dataset);
    const notFound = problems.filter((problem) => problem.message.startsWith('not found verbatim'));
    const unchecked = problems.filter((problem) => problem.message.includes('were not checked'));
    const size = dataset.sources[0]!.text.length;
    expect(notFound.length).toBeGreaterThan(QUOTE_MISS_BUDGET / size / 20);
    expect(notFound.length).toBeLessThanOrEqual(QUOTE_MISS_BUDGET / size + 1);
    expect(unchecked).toHaveLength(1);
    expect(unchecked[0]!.message).toBe(`this quote and ${(1_000 - notFound.length - 1).toLocaleString('en')} after it were not checked: so many quotes were not found in such long sources that checking the rest would take minutes`);
    expect(formatPath(unchecked[0]!.path)).toBe(`events[0].evidence[${notFound.length + 1}].quote`);
    // The first ones say what differs.
    expect(notFound[0]!.message).toContain('then the quote has “,” (U+002C) where the source has “.” (U+002E)');
  });

  it('finds quotes that follow the order of their source in one reading of it, and out of order too', () => {
    const dataset = validDataset();
    const sentences = Array.from({ length: 2_000 }, (_, index) => `Sentence number ${index} of the report.`);
    dataset.sources[0]!.text = `${TEXT} ${sentences.join(' ')}`;
    for (const index of [5, 6, 1_500, 3, 1_999, 0]) dataset.events[0]!.evidence.push({ source: 'article', quote: sentences[index]! });
    expect(problemsOf(dataset)).toEqual([]);
  });
});
