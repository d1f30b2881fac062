import { describe, expect, it } from 'vitest';
import { caveatReferences, caveatText } from '../../src/domain/caveat';
import { datasetFromCsv, datasetToCsv } from '../../src/domain/csv-dataset';
import { loadAuthoredDataset } from './authored-dataset';
import { BUNDLED_DATASETS } from './bundled-datasets';

describe('the bundled dataset', () => {
  const result = loadAuthoredDataset(BUNDLED_DATASETS[0]!.file);

  it('passes every rule of the validator', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('has the actors, kinds and sources the articles name', () => {
    if (!result.ok) throw new Error('invalid');
    const ids = new Set(result.dataset.actors.map((actor) => actor.id));
    for (const id of ['qatar', 'syria', 'syria-assad-government', 'syria-transitional-government', 'turkiye', 'iran', 'russia', 'israel', 'united-states', 'saudi-arabia', 'uae', 'bahrain', 'egypt', 'jordan', 'iraq', 'china', 'hts', 'hamas', 'military-operations-administration', 'syrian-national-army', 'european-union', 'united-nations', 'tamim-bin-hamad', 'bashar-al-assad', 'saud-bin-abdulrahman', 'murhaf-abu-qasra', 'mohammed-bin-abdulrahman', 'hakan-fidan', 'abbas-araghchi', 'mohammed-al-bashir', 'ahmad-al-sharaa', 'donald-trump', 'joe-biden', 'gideon-saar']) {
      expect(ids.has(id), id).toBe(true);
    }
    const publishers = result.dataset.sources.map((source) => source.publisher);
    expect(publishers).toContain('Reuters');
    // Article 003 is JFeed's text, which cites Haaretz for one claim; article 004 is Doha News's.
    expect(publishers).toContain('JFeed');
    expect(publishers).not.toContain('Haaretz');
    const kinds = new Set(result.dataset.events.map((event) => event.kind));
    for (const kind of ['call', 'meeting', 'visit', 'contact', 'severed-ties', 'embassy-closed', 'mediation', 'hosting', 'terrorist-designation', 'military-action', 'flight', 'appointment', 'offer', 'request', 'agreement-ended']) {
      expect(kinds.has(kind as never), kind).toBe(true);
    }
  });

  it('keeps the Abu Qasra contradiction visible instead of fixing the source', () => {
    if (!result.ok) throw new Error('invalid');
    const call = result.dataset.events.find((event) => event.id === 'defence-ministers-call-2023')!;
    expect(call.date).toBe('2023-12-28');
    expect(call.caveats?.map(caveatText).join(' ')).toMatch(/Abu Qasra/);
    // The caveat names its evidence: the agencies that report the same call on 28 December 2025.
    const references = call.caveats?.flatMap(caveatReferences) ?? [];
    expect(references.map((reference) => reference.publisher)).toContain('SANA');
    expect(references.some((reference) => reference.date === '2025-12-28' && reference.url?.startsWith('https://'))).toBe(true);
    // "took place between" says nothing of who called whom.
    expect(call.participants.every((participant) => participant.role === 'participant')).toBe(true);
  });

  it('records no journalist’s guess as a plan, and every public-record caveat names a reference', () => {
    if (!result.ok) throw new Error('invalid');
    const guesses = /\b(may|might|potentially|will likely|could)\b/i;
    for (const event of result.dataset.events.filter((candidate) => candidate.status === 'planned')) {
      for (const evidence of event.evidence) expect(evidence.quote, event.id).not.toMatch(guesses);
    }
    const records = [...result.dataset.sources, ...result.dataset.actors, ...result.dataset.events];
    for (const record of records) {
      for (const caveat of record.caveats ?? []) {
        if (/public record/i.test(caveatText(caveat))) expect(caveatReferences(caveat).length, `${record.id}: ${caveatText(caveat)}`).toBeGreaterThan(0);
      }
    }
  });

  it('round-trips through the CSV templates unchanged (bar the layout and description CSV has no place for)', () => {
    if (!result.ok) throw new Error('invalid');
    const { layout: _layout, description: _description, ...rest } = result.dataset;
    const back = datasetFromCsv(datasetToCsv(result.dataset), { id: rest.id, title: rest.title });
    expect(back.ok ? back.dataset : back.problems).toEqual(rest);
  });

  it('reports a missing text file by its path', () => {
    const missing = loadAuthoredDataset('/nonexistent/dataset.json');
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.problems[0]!.message).toContain('cannot read the dataset');
  });
});

describe('the files shipped beside the bundled dataset', () => {
  it('are current: data/csv/*.csv and data/tieline.schema.json match what `npm run data:templates` writes', async () => {
    const { readFileSync } = await import('node:fs');
    const { dirname, join } = await import('node:path');
    const { csvTemplateFiles, jsonSchemaText } = await import('./templates');
    const result = loadAuthoredDataset(BUNDLED_DATASETS[0]!.file);
    if (!result.ok) throw new Error('invalid');
    const dataDir = dirname(BUNDLED_DATASETS[0]!.file);
    for (const [name, text] of Object.entries(csvTemplateFiles(result.dataset))) {
      expect(readFileSync(join(dataDir, 'csv', name), 'utf8'), name).toBe(text);
    }
    expect(readFileSync(join(dataDir, 'tieline.schema.json'), 'utf8')).toBe(jsonSchemaText());
  });

  it('the JSON Schema describes the same format: it requires what the validator requires', async () => {
    const { jsonSchemaText } = await import('./templates');
    const schema = JSON.parse(jsonSchemaText()) as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'title', 'sources', 'actors', 'events']));
    expect(Object.keys(schema.properties)).toContain('layout');
  });
});
