import { describe, expect, it } from 'vitest';
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
    expect(publishers).toContain('Haaretz');
    const kinds = new Set(result.dataset.events.map((event) => event.kind));
    for (const kind of ['call', 'meeting', 'visit', 'contact', 'severed-ties', 'embassy-closed', 'mediation', 'hosting', 'terrorist-designation', 'military-action']) {
      expect(kinds.has(kind as never), kind).toBe(true);
    }
  });

  it('keeps the Abu Qasra contradiction visible instead of fixing the source', () => {
    if (!result.ok) throw new Error('invalid');
    const call = result.dataset.events.find((event) => event.id === 'defence-ministers-call-2023')!;
    expect(call.date).toBe('2023-12-28');
    expect(call.caveats?.join(' ')).toMatch(/Abu Qasra/);
  });

  it('reports a missing text file by its path', () => {
    const missing = loadAuthoredDataset('/nonexistent/dataset.json');
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.problems[0]!.message).toContain('cannot read the dataset');
  });
});
