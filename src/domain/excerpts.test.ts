import { describe, expect, it } from 'vitest';
import { loadAuthoredDataset } from '../../scripts/lib/authored-dataset';
import { BUNDLED_DATASETS } from '../../scripts/lib/bundled-datasets';
import { datasetFromCsv, datasetToCsv } from './csv-dataset';
import { buildExcerpts, excerptQuoteFinder, withExcerpts } from './excerpts';
import { validateDataset } from './validate-dataset';
import type { Dataset } from './dataset-schema';

const loaded = loadAuthoredDataset(BUNDLED_DATASETS[0]!.file);
if (!loaded.ok) throw new Error('the bundled dataset is invalid');
const bundled: Dataset = loaded.dataset;

const TEXT =
  'Qatar opens contacts.\n\nQatari diplomats spoke with HTS on Monday, an official told Reuters. ' +
  'Yesterday, U.S. President Donald Trump met with al-Sharaa. The weather was fine.\nA second line here.';

describe('buildExcerpts', () => {
  it('widens each quote to its whole sentence, abbreviations included', () => {
    const result = buildExcerpts(TEXT, ['spoke with HTS', 'Donald Trump met']);
    expect(result).toEqual({
      ok: true,
      excerpts: [
        'Qatari diplomats spoke with HTS on Monday, an official told Reuters.',
        'Yesterday, U.S. President Donald Trump met with al-Sharaa.',
      ],
    });
  });

  it('merges quotes of one sentence, and a quote across two sentences keeps both', () => {
    const result = buildExcerpts(TEXT, ['Qatari diplomats', 'told Reuters. Yesterday', 'on Monday']);
    expect(result).toEqual({
      ok: true,
      excerpts: ['Qatari diplomats spoke with HTS on Monday, an official told Reuters. Yesterday, U.S. President Donald Trump met with al-Sharaa.'],
    });
  });

  it('refuses, naming it, a quote that is not in the text', () => {
    expect(buildExcerpts(TEXT, ['spoke with HTS', 'spoke with ISIS'])).toEqual({ ok: false, missing: ['spoke with ISIS'] });
  });

  it('keeps out every sentence that no quote comes from', () => {
    const result = buildExcerpts(TEXT, ['The weather was fine.']);
    expect(result.ok && result.excerpts.join(' ')).toBe('The weather was fine.');
  });
});

describe('excerptQuoteFinder', () => {
  const finds = excerptQuoteFinder(['Qatari diplomats spoke with HTS on Monday.', 'Donald Trump met with al-Sharaa.']);
  it('finds a quote inside one excerpt, white space aside', () => {
    expect(finds('spoke   with\nHTS')).toBe(true);
  });
  it('refuses a quote that runs across two excerpts, or is not in any', () => {
    expect(finds('on Monday. Donald Trump')).toBe(false);
    expect(finds('spoke with Hamas')).toBe(false);
    expect(finds(' ')).toBe(false);
  });
});

describe('the excerpt export of the bundled dataset', () => {
  const everySource = new Set(bundled.sources.map((source) => source.id));
  const exported = withExcerpts(bundled, everySource);

  it('keeps no full text, and every source keeps only sentences of its article', () => {
    if (!exported.ok) throw new Error(JSON.stringify(exported.problems));
    for (const source of exported.dataset.sources) {
      expect(source.text).toBeUndefined();
      const original = bundled.sources.find((candidate) => candidate.id === source.id)!;
      const folded = original.text!.replace(/\s+/g, ' ');
      for (const excerpt of source.excerpts!) expect(folded).toContain(excerpt);
      expect(source.excerpts!.join(' ').length).toBeLessThan(original.text!.length);
    }
  });

  it('passes the validator: every quote stands in an excerpt of its source', () => {
    if (!exported.ok) throw new Error('export failed');
    expect(validateDataset(exported.dataset)).toMatchObject({ ok: true });
  });

  it('survives the CSV round trip', () => {
    if (!exported.ok) throw new Error('export failed');
    const back = datasetFromCsv(datasetToCsv(exported.dataset), { id: bundled.id, title: bundled.title });
    expect(back.ok ? back.dataset.sources : back.problems).toEqual(exported.dataset.sources);
  });

  it('only the chosen sources lose their text', () => {
    const one = bundled.sources[2]!.id;
    const partial = withExcerpts(bundled, new Set([one]));
    if (!partial.ok) throw new Error('export failed');
    for (const source of partial.dataset.sources) expect(source.text === undefined).toBe(source.id === one);
  });

  it('refuses a source that nothing quotes', () => {
    const unquoted = { ...bundled, sources: [...bundled.sources, { ...bundled.sources[0]!, id: 'unquoted' }] };
    const result = withExcerpts(unquoted, new Set(['unquoted']));
    expect(result.ok).toBe(false);
  });
});

describe('the validator on excerpt sources', () => {
  const exported = withExcerpts(bundled, new Set(bundled.sources.map((source) => source.id)));
  if (!exported.ok) throw new Error('export failed');
  const dataset = exported.dataset;

  it('reports a quote that is in the article but not in its excerpts, at its path', () => {
    const events = structuredClone(dataset.events);
    const eventAt = events.findIndex((event) => event.evidence[0]!.source === bundled.sources[0]!.id);
    // A sentence of the full text that no quote comes from.
    const text = bundled.sources[0]!.text!;
    const unquoted = text.split('\n').find((line) => line.length > 40 && !dataset.sources[0]!.excerpts!.some((excerpt) => excerpt.includes(line.slice(0, 30))))!;
    events[eventAt]!.evidence[0] = { source: bundled.sources[0]!.id, quote: unquoted.slice(0, 30) };
    const result = validateDataset({ ...dataset, events });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(expect.objectContaining({ path: ['events', eventAt, 'evidence', 0, 'quote'], message: expect.stringContaining('excerpt') }));
  });

  it('refuses a source with neither text nor excerpts, and one with both', () => {
    const { excerpts: _excerpts, ...bare } = dataset.sources[0]!;
    const neither = validateDataset({ ...dataset, sources: [bare, ...dataset.sources.slice(1)] });
    expect(neither.ok ? [] : neither.problems.map((problem) => problem.path)).toContainEqual(['sources', 0, 'text']);
    const both = validateDataset({ ...dataset, sources: [{ ...dataset.sources[0]!, text: 'x' }, ...dataset.sources.slice(1)] });
    expect(both.ok ? [] : both.problems.map((problem) => problem.path)).toContainEqual(['sources', 0, 'excerpts']);
  });
});
