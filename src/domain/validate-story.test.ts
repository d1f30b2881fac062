// Each rule of a story and of eras, on a minimal dataset broken in that one way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CHAPTER_TEXT } from './dataset-limits';
import type { ChapterView, Dataset } from './dataset-schema';
import { EVENT_KINDS } from './dataset-vocabulary';
import { dayToIso, toDayRange } from './partial-date';
import { chapterPlainText, chapterTextParts, chapterViewParams } from './story';
import { formatPath, validateDataset, type DatasetProblem } from './validate-dataset';
import { DEFAULT_VIEW_PARAMS, GRAPH_LEVELS, parseViewParams, serializeViewParams } from './view-params';
import { DATE_BASES } from './time-range';

const TEXT = 'Qatar severed relations with Syria in 2012. The two leaders spoke by phone in 2023.';

function storyDataset(): Dataset {
  return {
    schemaVersion: 1,
    id: 'sample',
    title: 'Sample',
    sources: [{ id: 'article', title: 'An article', publisher: null, published: '2023-03-01', publishedBasis: 'stated', text: TEXT }],
    actors: [
      { id: 'qatar', label: 'Qatar', type: 'state' },
      { id: 'syria', label: 'Syria', type: 'state' },
    ],
    events: [
      {
        id: 'severed',
        kind: 'severed-ties',
        participants: [
          { actor: 'qatar', role: 'initiator' },
          { actor: 'syria', role: 'recipient' },
        ],
        date: '2012',
        dateBasis: 'stated',
        summary: 'Qatar severed relations.',
        evidence: [{ source: 'article', quote: 'Qatar severed relations with Syria in 2012.' }],
      },
      {
        id: 'call',
        kind: 'call',
        participants: [
          { actor: 'syria', role: 'initiator' },
          { actor: 'qatar', role: 'recipient' },
        ],
        date: '2023-02-24',
        dateBasis: 'stated',
        summary: 'They spoke.',
        evidence: [{ source: 'article', quote: 'The two leaders spoke by phone in 2023.' }],
      },
    ],
    story: {
      title: 'Apart and together again',
      chapters: [
        { title: 'The break', text: 'In 2012 [Qatar severed relations](severed).', view: { to: '2012-12-31', event: 'severed' }, events: ['severed'] },
        { title: 'Talking again', text: 'In 2023 [they spoke](call).', view: { from: '2023-01-01', to: '2023-12-31', mode: 'window', actor: 'qatar', hide: ['severed-ties'] }, events: ['call'] },
      ],
    },
    eras: [
      { label: 'Apart', to: '2022', events: ['severed'] },
      { label: 'Talking', from: '2023-02-24', events: ['call'] },
    ],
  };
}

function problemsOf(dataset: unknown): readonly DatasetProblem[] {
  const result = validateDataset(dataset);
  return result.ok ? [] : result.problems;
}

/** The one problem a broken dataset gives, as "path: message". */
function onlyProblem(dataset: Dataset): string {
  const problems = problemsOf(dataset);
  expect(problems.map((problem) => `${formatPath(problem.path)}: ${problem.message}`)).toHaveLength(1);
  return `${formatPath(problems[0]!.path)}: ${problems[0]!.message}`;
}

function broken(change: (dataset: Dataset & { story: NonNullable<Dataset['story']>; eras: NonNullable<Dataset['eras']> }) => void): Dataset {
  const dataset = storyDataset() as Dataset & { story: NonNullable<Dataset['story']>; eras: NonNullable<Dataset['eras']> };
  change(dataset);
  return dataset;
}

describe('a story in a dataset', () => {
  it('accepts a consistent story and eras, and a dataset without either', () => {
    expect(validateDataset(storyDataset())).toMatchObject({ ok: true });
    const { story: _story, eras: _eras, ...plain } = storyDataset();
    expect(validateDataset(plain)).toMatchObject({ ok: true });
  });

  it('refuses a chapter about an unknown event', () => {
    expect(onlyProblem(broken((d) => d.story.chapters[0]!.events.push('nothing')))).toBe('story.chapters[0].events[1]: unknown event');
  });

  it('refuses an event listed twice in one chapter', () => {
    expect(onlyProblem(broken((d) => d.story.chapters[0]!.events.push('severed')))).toContain('story.chapters[0].events[1]: "severed" is listed twice');
  });

  it('refuses a chapter about no event', () => {
    expect(onlyProblem(broken((d) => (d.story.chapters[0]!.events = [])))).toBe('story.chapters[0].events: invalid value');
  });

  it('refuses a view that selects an unknown actor or event', () => {
    expect(onlyProblem(broken((d) => (d.story.chapters[1]!.view.actor = 'nobody')))).toBe('story.chapters[1].view.actor: unknown actor');
    expect(onlyProblem(broken((d) => (d.story.chapters[0]!.view.event = 'nothing')))).toBe('story.chapters[0].view.event: unknown event');
  });

  it('refuses empty text and empty titles, in the story and in each chapter', () => {
    expect(onlyProblem(broken((d) => (d.story.chapters[0]!.text = '   ')))).toBe('story.chapters[0].text: invalid value');
    expect(onlyProblem(broken((d) => (d.story.chapters[0]!.title = '')))).toBe('story.chapters[0].title: invalid value');
    expect(onlyProblem(broken((d) => (d.story.title = '')))).toBe('story.title: invalid value');
  });

  it('refuses a chapter text longer than a card holds', () => {
    const problem = onlyProblem(broken((d) => (d.story.chapters[0]!.text = `In 2012 [Qatar severed relations](severed). ${'x'.repeat(MAX_CHAPTER_TEXT)}`)));
    expect(problem).toBe('story.chapters[0].text: invalid value');
  });

  it('refuses a story without chapters', () => {
    expect(onlyProblem(broken((d) => (d.story.chapters = [])))).toBe('story.chapters: invalid value');
  });

  it('refuses unknown fields in a story, a chapter and a view', () => {
    expect(onlyProblem(broken((d) => Object.assign(d.story.chapters[0]!.view, { zoom: 2 })))).toBe('story.chapters[0].view: unknown field "zoom"');
    expect(onlyProblem(broken((d) => Object.assign(d.story.chapters[0]!, { subtitle: 'x' })))).toBe('story.chapters[0]: unknown field "subtitle"');
  });

  describe('a view the address could not express', () => {
    it('refuses a month or a year where the address takes a day, and names the day to write', () => {
      const problems = problemsOf(broken((d) => (d.story.chapters[0]!.view.to = '2012')));
      expect(problems).toHaveLength(1);
      expect(formatPath(problems[0]!.path)).toBe('story.chapters[0].view.to');
      expect(problems[0]!.message).toContain('a year, which the address cannot express');
      expect(problems[0]!.expected).toContain('"2012-12-31"');
      const from = problemsOf(broken((d) => (d.story.chapters[1]!.view.from = '2023-01')));
      expect(from[0]!.expected).toContain('"2023-01-01"');
    });

    it('refuses both an actor and an event selected', () => {
      expect(onlyProblem(broken((d) => (d.story.chapters[1]!.view.event = 'call')))).toContain('story.chapters[1].view: both "actor" and "event" are selected');
    });

    it('refuses "from" after "to"', () => {
      expect(onlyProblem(broken((d) => (d.story.chapters[1]!.view.from = '2024-01-01')))).toContain('story.chapters[1].view.from: "from" (2024-01-01) is after "to"');
    });

    it('refuses "from" outside window mode, where the address would drop its meaning', () => {
      expect(onlyProblem(broken((d) => (d.story.chapters[0]!.view.from = '2012-01-01')))).toContain('story.chapters[0].view.from: "from" is used only in window mode');
    });

    it('refuses a kind hidden twice', () => {
      expect(onlyProblem(broken((d) => (d.story.chapters[1]!.view.hide = ['severed-ties', 'severed-ties'])))).toContain('story.chapters[1].view.hide[1]: the kind "severed-ties" is hidden twice');
    });

    it('refuses an unknown kind, mode, basis or level', () => {
      const view = (d: Dataset & { story: NonNullable<Dataset['story']> }) => d.story.chapters[1]!.view as Record<string, unknown>;
      expect(onlyProblem(broken((d) => (view(d).hide = ['hugs'])))).toBe('story.chapters[1].view.hide[0]: not one of the allowed values');
      expect(onlyProblem(broken((d) => (view(d).mode = 'sideways')))).toBe('story.chapters[1].view.mode: not one of the allowed values');
      expect(onlyProblem(broken((d) => (view(d).basis = 'rumour')))).toBe('story.chapters[1].view.basis: not one of the allowed values');
      expect(onlyProblem(broken((d) => (view(d).level = 'galaxy')))).toBe('story.chapters[1].view.level: not one of the allowed values');
    });

    it('every view the validator accepts survives the address unchanged', () => {
      const dayArbitrary = fc.integer({ min: toDayRange('2012-01-01')!.start, max: toDayRange('2023-12-31')!.start });
      const viewArbitrary = fc
        .record({
          a: dayArbitrary,
          b: fc.option(dayArbitrary, { nil: undefined }),
          window: fc.boolean(),
          basis: fc.option(fc.constantFrom(...DATE_BASES), { nil: undefined }),
          select: fc.constantFrom('actor', 'event', 'none'),
          hide: fc.option(fc.uniqueArray(fc.constantFrom(...EVENT_KINDS.filter((kind) => kind !== 'call'))), { nil: undefined }),
          level: fc.option(fc.constantFrom(...GRAPH_LEVELS), { nil: undefined }),
        })
        .map(({ a, b, window, basis, select, hide, level }): ChapterView => {
          const [low, high] = b !== undefined && b < a ? [b, a] : [a, b ?? a];
          // The call is on 24 February 2023, and its article of 1 March: both in every view.
          const view: ChapterView = { to: dayToIso(Math.max(high, toDayRange('2023-03-01')!.start)) };
          if (window) Object.assign(view, { mode: 'window', from: dayToIso(Math.min(low, toDayRange('2023-02-24')!.start)) });
          if (basis !== undefined) view.basis = basis;
          if (select === 'actor') view.actor = 'syria';
          if (select === 'event') view.event = 'call';
          if (hide !== undefined) view.hide = hide;
          if (level !== undefined) view.level = level;
          return view;
        });
      fc.assert(
        fc.property(viewArbitrary, (view) => {
          const dataset = broken((d) => (d.story.chapters[1]!.view = view));
          expect(problemsOf(dataset)).toEqual([]);
          const params = { ...chapterViewParams(view, DEFAULT_VIEW_PARAMS), story: true, chapter: 2 };
          const parsed = parseViewParams(`?${serializeViewParams(params)}`);
          expect(parsed.notices).toEqual([]);
          expect(parsed.params).toEqual(params);
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('references in the text', () => {
    it('refuses a link to an unknown event', () => {
      expect(onlyProblem(broken((d) => (d.story.chapters[0]!.text += ' [Later](nothing).')))).toContain('story.chapters[0].text: the link “Later” names an unknown event');
    });

    it('refuses a link to an event the chapter is not about', () => {
      const problem = problemsOf(broken((d) => (d.story.chapters[0]!.text += ' They [spoke again](call).')));
      expect(problem).toHaveLength(1);
      expect(problem[0]!.message).toBe('the link “spoke again” names "call", which is not one of the chapter\'s events');
      expect(problem[0]!.expected).toContain('added to the chapter\'s "events"');
    });

    it('refuses a link to anything but an event', () => {
      expect(onlyProblem(broken((d) => (d.story.chapters[0]!.text += ' [Read more](https://example.org/).')))).toContain('the link “Read more” does not name an event');
    });
  });

  describe('the reader sees what the chapter is about', () => {
    it('refuses a chapter whose time range leaves out one of its events', () => {
      const problem = onlyProblem(broken((d) => (d.story.chapters[1]!.view.to = '2023-02-01')));
      expect(problem).toContain('story.chapters[1].events[0]: the reader would not see "call"');
      expect(problem).toContain('from 2023-01-01 to 2023-02-01');
    });

    it('refuses a chapter that hides the kind of one of its events', () => {
      const problems = problemsOf(broken((d) => (d.story.chapters[0]!.view.hide = ['severed-ties'])));
      expect(problems.map((problem) => `${formatPath(problem.path)}: ${problem.message}`)).toEqual([
        'story.chapters[0].events[0]: the reader would not see "severed": its kind "severed-ties" is hidden by the chapter\'s "hide"',
        'story.chapters[0].view.event: the chapter selects "severed", which its view does not show: its kind "severed-ties" is hidden by the chapter\'s "hide"',
      ]);
    });

    it('refuses a chapter that selects an event its view does not show', () => {
      const problems = problemsOf(
        broken((d) => {
          d.story.chapters[1]!.view = { from: '2023-01-01', to: '2023-12-31', mode: 'window', event: 'severed' };
        }),
      );
      expect(problems.map((problem) => formatPath(problem.path))).toEqual(['story.chapters[1].view.event']);
    });

    it('places events by the article date when the chapter filters by it', () => {
      // The call of February 2023 is reported in an article of March 2023.
      expect(validateDataset(broken((d) => (d.story.chapters[1]!.view = { to: '2023-03-01', basis: 'publication' }))).ok).toBe(true);
      expect(onlyProblem(broken((d) => (d.story.chapters[1]!.view = { to: '2023-02-28', basis: 'publication' })))).toContain('(by article date)');
    });
  });

  describe('eras', () => {
    it('refuses an era with neither bound', () => {
      expect(onlyProblem(broken((d) => (d.eras = [{ label: 'Always' }])))).toContain('eras[0]: the era “Always” has neither "from" nor "to"');
    });

    it('refuses an era that ends before it begins', () => {
      expect(onlyProblem(broken((d) => (d.eras[1]!.to = '2020')))).toContain('eras[1].from: "from" (2023-02-24) is after "to" (2020)');
    });

    it('refuses eras out of order or overlapping', () => {
      expect(onlyProblem(broken((d) => (d.eras[1]!.from = '2022-06')))).toContain('eras[1].from: the era “Talking” begins before eras[0] ends');
      expect(onlyProblem(broken((d) => d.eras.reverse()))).toContain('eras[1].to: the era “Apart” begins before eras[0] ends');
    });

    it('refuses an era that cites an unknown event', () => {
      expect(onlyProblem(broken((d) => d.eras[0]!.events!.push('nothing')))).toBe('eras[0].events[1]: unknown event');
    });

    it('refuses an empty label', () => {
      expect(onlyProblem(broken((d) => (d.eras[0]!.label = ' ')))).toBe('eras[0].label: invalid value');
    });
  });
});

describe('chapter text', () => {
  it('cuts the text into words and event links', () => {
    expect(chapterTextParts('In 2012 [Qatar severed relations](severed), then [spoke](call).')).toEqual([
      { kind: 'text', text: 'In 2012 ' },
      { kind: 'link', text: 'Qatar severed relations', target: 'severed' },
      { kind: 'text', text: ', then ' },
      { kind: 'link', text: 'spoke', target: 'call' },
      { kind: 'text', text: '.' },
    ]);
    // Brackets that are not a link stay words.
    expect(chapterTextParts('[sic] and (so)')).toEqual([{ kind: 'text', text: '[sic] and (so)' }]);
    expect(chapterPlainText('In 2012 [Qatar severed relations](severed).')).toBe('In 2012 Qatar severed relations.');
  });
});

describe('a chapter’s view', () => {
  it('sets everything the chapter says and defaults for the rest, and keeps the reader’s graph or table and choice of lines', () => {
    const reader = { ...DEFAULT_VIEW_PARAMS, view: 'table' as const, lines: 'all' as const, level: 'state' as const, expanded: ['syria'], hiddenKinds: ['call' as const], selection: { kind: 'actor' as const, id: 'qatar' } };
    const params = chapterViewParams({ to: '2024-12-08', actor: 'syria' }, reader);
    expect(params).toEqual({
      ...DEFAULT_VIEW_PARAMS,
      view: 'table',
      lines: 'all',
      to: toDayRange('2024-12-08')!.start,
      selection: { kind: 'actor', id: 'syria' },
    });
  });
});
