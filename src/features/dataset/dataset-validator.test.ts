import { describe, expect, it } from 'vitest';
import { parseDatasetJson } from '../../domain/parse-dataset';
import { loadAuthoredDataset } from '../../../scripts/lib/authored-dataset';
import { OFF_THREAD_MAX_CHARS, startDatasetValidator, type ValidatorReply, type ValidatorWorker } from './dataset-validator';

const loadError = { message: 'the script could not load', preventDefault: () => undefined } as unknown as ErrorEvent;

/** A worker that runs the real validator, answers as a worker does (a copy, in a later task), and records what it was sent. */
function fakeWorker(behaviour: 'answers' | 'fails to load' | 'crashes' = 'answers') {
  const sent: string[] = [];
  let terminated = false;
  const worker: ValidatorWorker = {
    onmessage: null,
    onerror: null,
    postMessage(text) {
      sent.push(text);
      setTimeout(() => {
        if (behaviour === 'fails to load') worker.onerror?.(loadError);
        else {
          const reply: ValidatorReply = behaviour === 'crashes' ? { ok: 'crashed', message: 'boom' } : structuredClone(parseDatasetJson(text));
          worker.onmessage?.(new MessageEvent('message', { data: reply }));
        }
      }, 0);
    },
    terminate() {
      terminated = true;
    },
  };
  return { worker, sent, isTerminated: () => terminated };
}

const onPageCalls = () => {
  const calls: string[] = [];
  return { calls, onPage: async (text: string) => (calls.push(text), parseDatasetJson(text)) };
};

describe('validating a dataset beside the page', () => {
  // The bundled dataset as the browser is served it, its articles' texts inlined.
  const text = JSON.stringify(loadAuthoredDataset('data/qatar-syria.json').resolved);

  it('sends the text to the worker and gives back its result, with positions that have no prototype again, then ends the worker', async () => {
    const { worker, sent, isTerminated } = fakeWorker();
    const page = onPageCalls();
    const result = await startDatasetValidator({ startWorker: () => worker, onPage: page.onPage }).validate(text);
    expect(sent).toEqual([text]);
    expect(page.calls).toEqual([]);
    expect(result).toEqual(parseDatasetJson(text));
    if (!result.ok || result.dataset.layout === undefined) throw new Error('the bundled dataset has positions');
    expect(Object.getPrototypeOf(result.dataset.layout.positions)).toBeNull();
    expect(isTerminated()).toBe(true);
  });

  it("passes on the worker's problems as they are", async () => {
    const { worker } = fakeWorker();
    const broken = JSON.stringify({ ...JSON.parse(text), events: 'none' });
    const result = await startDatasetValidator({ startWorker: () => worker }).validate(broken);
    expect(result).toEqual(parseDatasetJson(broken));
    expect(result.ok).toBe(false);
  });

  it('validates on the page where no worker starts, where the worker fails to load or throws, and for a large text', async () => {
    const cases: Array<[string, () => ValidatorWorker, string]> = [
      ['no worker', () => { throw new DOMException('refused', 'SecurityError'); }, text],
      ['fails to load', () => fakeWorker('fails to load').worker, text],
      ['crashes', () => fakeWorker('crashes').worker, text],
    ];
    for (const [name, startWorker, input] of cases) {
      const page = onPageCalls();
      const result = await startDatasetValidator({ startWorker, onPage: page.onPage }).validate(input);
      expect(page.calls, name).toEqual([input]);
      expect(result, name).toEqual(parseDatasetJson(input));
    }
    // A worker whose script fails to load says so before any text is sent.
    const early = fakeWorker();
    const page = onPageCalls();
    const validator = startDatasetValidator({ startWorker: () => early.worker, onPage: page.onPage });
    early.worker.onerror?.(loadError);
    expect(await validator.validate(text)).toEqual(parseDatasetJson(text));
    expect(early.sent).toEqual([]);
    expect(page.calls).toHaveLength(1);

    const large = `${text}${' '.repeat(OFF_THREAD_MAX_CHARS)}`;
    const { worker, sent, isTerminated } = fakeWorker();
    const onLargePage = onPageCalls();
    const result = await startDatasetValidator({ startWorker: () => worker, onPage: onLargePage.onPage }).validate(large);
    expect(sent).toEqual([]);
    expect(isTerminated()).toBe(true);
    expect(onLargePage.calls).toHaveLength(1);
    expect(result.ok).toBe(true);
  });
});
