import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildModel } from './dataset-model';
import type { Dataset } from './dataset-schema';
import { csvField, eventsToCsv, eventsToJson, neutraliseFormula } from './export-events';
import { dayRangeOf } from './partial-date';

const TEXT = 'He said: "Calm, please",\nthen left. =HYPERLINK("http://evil") was printed too.';
const dataset: Dataset = {
  schemaVersion: 1,
  id: 'sample',
  title: 'Sample',
  sources: [{ id: 'article', title: 'An, "odd" title', publisher: 'Reuters', published: '2024-12-09', publishedBasis: 'stated', text: TEXT }],
  actors: [
    { id: 'qatar', label: 'Qatar', type: 'state' },
    { id: 'syria', label: 'Syria', type: 'state' },
  ],
  events: [
    {
      id: 'call',
      kind: 'call',
      participants: [
        { actor: 'qatar', role: 'initiator' },
        { actor: 'syria', role: 'recipient' },
      ],
      date: '2024-12',
      dateBasis: 'inferred',
      dateNote: 'In December.',
      summary: 'A call.',
      evidence: [
        { source: 'article', quote: 'He said: "Calm, please",\nthen left.' },
        { source: 'article', quote: '=HYPERLINK("http://evil")' },
      ],
      caveats: ['One caveat'],
    },
    {
      id: 'other',
      kind: 'meeting',
      participants: [
        { actor: 'qatar', role: 'participant' },
        { actor: 'syria', role: 'participant' },
      ],
      date: '2024-12-09',
      dateBasis: 'stated',
      summary: 'Not exported.',
      evidence: [{ source: 'article', quote: 'then left.' }],
    },
  ],
};
const model = buildModel(dataset);
const call = dataset.events[0]!;

describe('exports', () => {
  it('quotes fields per RFC 4180 and neutralises formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    for (const risky of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseFormula(risky).startsWith("'")).toBe(true);
  });

  it('writes one CSV row per quote, only for the events given, and a parser gets every quote back verbatim', () => {
    const csv = eventsToCsv(model, [call]);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(2);
    expect(parsed.data[0]).toMatchObject({
      event_id: 'call',
      date: '2024-12',
      date_precision: 'month',
      date_basis: 'inferred',
      kind: 'Phone call',
      participants: 'Qatar (initiated); Syria (received)',
      quote: 'He said: "Calm, please",\nthen left.',
      source_title: 'An, "odd" title',
      publisher: 'Reuters',
      caveats: 'One caveat',
    });
    expect(parsed.data[1]!.quote).toBe(`'=HYPERLINK("http://evil")`);
    expect(csv).not.toContain('Not exported.');
  });

  it('writes self-describing JSON with the view, the events, their evidence and the sources without their full text', () => {
    const range = { from: dayRangeOf('2024-01-01').start, to: dayRangeOf('2024-12-31').start, mode: 'window' as const };
    const json = JSON.parse(eventsToJson(model, [call], { range, basis: 'event', hiddenKinds: ['meeting'], exportedAt: new Date('2026-11-24T00:00:00Z'), url: 'https://t.example/?to=2024-12-31' }));
    expect(json.view).toEqual({ from: '2024-01-01', to: '2024-12-31', mode: 'window', basis: 'event', hiddenKinds: ['meeting'], url: 'https://t.example/?to=2024-12-31' });
    expect(json.events.map((event: { id: string }) => event.id)).toEqual(['call']);
    expect(json.events[0].evidence[1]).toEqual({ source: 'article', quote: '=HYPERLINK("http://evil")', sourceTitle: 'An, "odd" title', publisher: 'Reuters', published: '2024-12-09' });
    expect(json.events[0].participants[0]).toEqual({ actor: 'qatar', role: 'initiator', label: 'Qatar' });
    expect(json.sources).toEqual([{ id: 'article', title: 'An, "odd" title', publisher: 'Reuters', published: '2024-12-09', publishedBasis: 'stated' }]);
  });
});
