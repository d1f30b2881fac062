// Caveats that carry their references: accepted and checked by the schema, kept through the CSV
// form and both exports, and plain-string caveats still valid (the format is public).
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { caveatFromCell, caveatReferences, caveatText, caveatToCell, describeReference, splitCaveatCell } from './caveat';
import { datasetFromCsv, datasetToCsv, formatCsvLocation } from './csv-dataset';
import { buildModel } from './dataset-model';
import type { Caveat, Dataset } from './dataset-schema';
import { eventsToCsv, eventsToJson } from './export-events';
import { dayRangeOf } from './partial-date';
import { validateDataset } from './validate-dataset';

const SANA: Caveat = {
  text: 'The record dates this call 28 December 2025; Tieline keeps the article’s date.',
  references: [
    { publisher: 'SANA', date: '2025-12-28', url: 'https://sana.sy/politics/2363146/' },
    { publisher: 'Reuters', date: '2025-05-07', title: 'UAE mediating; secret talks', url: 'https://example.org/a?b=1' },
    { publisher: 'QNA', date: '2024-11' },
    { publisher: 'AP', date: '2023-12-01', title: 'Live updates | Temporary cease-fire expires' },
  ],
};

function sample(caveats: unknown[]): Dataset {
  return {
    schemaVersion: 1,
    id: 'sample',
    title: 'Sample',
    sources: [{ id: 'article', title: 'A report', publisher: null, published: '2023-12-28', publishedBasis: 'stated', text: 'They spoke today.', caveats: caveats as Caveat[] }],
    actors: [
      { id: 'qatar', label: 'Qatar', type: 'state', caveats: caveats as Caveat[] },
      { id: 'syria', label: 'Syria', type: 'state' },
    ],
    events: [
      {
        id: 'call',
        kind: 'call',
        participants: [
          { actor: 'qatar', role: 'participant' },
          { actor: 'syria', role: 'participant' },
        ],
        date: '2023-12-28',
        dateBasis: 'stated',
        summary: 'A call.',
        evidence: [{ source: 'article', quote: 'They spoke today.' }],
        caveats: caveats as Caveat[],
      },
    ],
  };
}

describe('caveats with references', () => {
  it('are valid beside plain-string caveats, on sources, actors and events', () => {
    const result = validateDataset(sample(['A plain caveat, as before.', SANA]));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('are checked: a reference needs a publisher and a real date, and its address must be http(s)', () => {
    const broken = sample([
      { text: 'No references.', references: [] },
      { text: 'Bad address.', references: [{ publisher: 'X', date: '2025-01-01', url: 'javascript:alert(1)' }] },
      { text: 'Bad date.', references: [{ publisher: 'X', date: '2025-02-30' }] },
      { text: 'No publisher.', references: [{ date: '2025' }] },
      { text: 'Missing list.' },
      42,
    ]);
    const result = validateDataset(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const eventProblems = result.problems.filter((problem) => problem.path[0] === 'events');
    expect(eventProblems.map((problem) => problem.path.join('.'))).toEqual([
      'events.0.caveats.0.references',
      'events.0.caveats.1.references.0.url',
      'events.0.caveats.2.references.0.date',
      'events.0.caveats.3.references.0.publisher',
      'events.0.caveats.4.references',
      'events.0.caveats.5',
    ]);
    expect(eventProblems[1]!.expected).toBe('an http(s) URL');
    expect(eventProblems[5]).toMatchObject({ message: 'wrong type', expected: 'string or object', found: '42' });
  });

  it('read as text and references, and describe a reference in words', () => {
    expect(caveatText('Plain.')).toBe('Plain.');
    expect(caveatReferences('Plain.')).toEqual([]);
    expect(caveatText(SANA)).toBe(SANA.text);
    expect(caveatReferences(SANA)).toHaveLength(4);
    expect(describeReference({ publisher: 'Reuters', date: '2025-05-07', title: 'A title' })).toBe('Reuters, 7 May 2025, “A title”');
    expect(describeReference({ publisher: 'QNA', date: '2024-11' })).toBe('QNA, November 2024');
  });

  it('have a CSV cell form that reads back to the same caveat', () => {
    const cell = caveatToCell(SANA);
    expect(cell).toBe(
      'The record dates this call 28 December 2025; Tieline keeps the article’s date. [[SANA; 2025-12-28; https://sana.sy/politics/2363146/]] [[Reuters; 2025-05-07; UAE mediating; secret talks; https://example.org/a?b=1]] [[QNA; 2024-11]] [[AP; 2023-12-01; Live updates | Temporary cease-fire expires]]',
    );
    expect(caveatFromCell(cell)).toEqual(SANA);
    expect(caveatFromCell('  Plain text, no references. ')).toBe('Plain text, no references.');
    expect(caveatToCell('Plain.')).toBe('Plain.');
  });

  it('split on “|” between caveats, never inside a reference', () => {
    expect(splitCaveatCell(`One. | ${caveatToCell(SANA)} | Three.`)).toEqual(['One.', caveatToCell(SANA), 'Three.']);
  });

  it('survive the CSV form of a dataset, and a broken reference is reported at its row and column', () => {
    const dataset = sample(['Plain.', SANA]);
    const files = datasetToCsv(dataset);
    const back = datasetFromCsv(files, { id: dataset.id, title: dataset.title });
    expect(back.ok ? back.dataset : back.problems).toEqual(dataset);

    const broken = datasetFromCsv({ ...files, events: files.events.replace('[[QNA; 2024-11]]', '[[QNA]]') }, { id: dataset.id, title: dataset.title });
    expect(broken.ok).toBe(false);
    if (broken.ok) return;
    expect(broken.problems.map((problem) => formatCsvLocation(problem))).toEqual(['events.csv, row 2, column “caveats”']);
  });

  it('are carried by the CSV and JSON exports with their references', () => {
    const dataset = sample(['Plain.', SANA]);
    const model = buildModel(dataset);
    const csv = Papa.parse<Record<string, string>>(eventsToCsv(model, dataset.events), { header: true, skipEmptyLines: true });
    expect(csv.data[0]!.caveats).toBe(`Plain. | ${caveatToCell(SANA)}`);

    const view = { range: { mode: 'cumulative' as const, from: dayRangeOf('2012').start, to: dayRangeOf('2025').end }, basis: 'event' as const, hiddenKinds: [], exportedAt: new Date('2026-01-01T00:00:00Z'), url: 'https://example.org/' };
    const json = JSON.parse(eventsToJson(model, dataset.events, view)) as { events: Array<{ caveats: Caveat[] }>; sources: Array<{ caveats: Caveat[] }> };
    expect(json.events[0]!.caveats).toEqual(['Plain.', SANA]);
    expect(json.sources[0]!.caveats).toEqual(['Plain.', SANA]);
  });
});
