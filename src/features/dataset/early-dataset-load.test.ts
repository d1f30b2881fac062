import { describe, expect, it } from 'vitest';
import { parseDatasetJson } from '../../domain/parse-dataset';
import { loadAuthoredDataset } from '../../../scripts/lib/authored-dataset';
import { takeEarlyLoad, type EarlyLoad } from './early-dataset-load';
import { fetchDatasetText } from './fetch-dataset-text';
import { answer, type LoadReply } from './validation-answers';

// The bundled dataset as the browser is served it, its articles' texts inlined.
const text = JSON.stringify(loadAuthoredDataset('data/qatar-syria.json').resolved);
const BASE = 'https://news.example/tieline/';
const ADDRESS = `${BASE}datasets/qatar-syria.json`;

/** A page whose boot script started an early load, as scripts/lib/page-shell.ts does. */
function pageWithEarlyLoad(url = ADDRESS) {
  let terminated = false;
  const early: EarlyLoad = { url, worker: { terminate: () => void (terminated = true) }, failed: false };
  const host: { tielineEarlyLoad?: EarlyLoad; document: { baseURI: string } } = { tielineEarlyLoad: early, document: { baseURI: BASE } };
  /** What the boot script's handlers do when the worker answers or fails. */
  const workerAnswers = (reply: LoadReply) => {
    early.reply = reply;
    early.settle?.();
  };
  const workerFails = () => {
    early.failed = true;
    early.settle?.();
  };
  return { host, workerAnswers, workerFails, isTerminated: () => terminated };
}

const fetchAnswering = (status: number, body: string): typeof fetch => async () => new Response(body, { status });

describe('the early load of the bundled dataset', () => {
  it('gives the worker’s validated dataset, whether it answered before the app asked or after, once, with positions that have no prototype again', async () => {
    const reply = (await answer({ load: ADDRESS }, fetchAnswering(200, text))) as LoadReply;
    expect(reply).toEqual({ loaded: structuredClone(parseDatasetJson(text)) });

    const before = pageWithEarlyLoad();
    before.workerAnswers(structuredClone(reply));
    const given = await takeEarlyLoad('./datasets/qatar-syria.json', before.host);
    expect(given).toEqual({ validated: parseDatasetJson(text) });
    if (given === null || !('validated' in given) || !given.validated.ok || given.validated.dataset.layout === undefined) throw new Error('the bundled dataset has positions');
    expect(Object.getPrototypeOf(given.validated.dataset.layout.positions)).toBeNull();
    expect(before.isTerminated()).toBe(true);
    expect(takeEarlyLoad('./datasets/qatar-syria.json', before.host)).toBeNull();

    const after = pageWithEarlyLoad();
    const waiting = takeEarlyLoad('./datasets/qatar-syria.json', after.host);
    expect(after.isTerminated()).toBe(false);
    after.workerAnswers(structuredClone(reply));
    expect(await waiting).toEqual({ validated: parseDatasetJson(text) });
    expect(after.isTerminated()).toBe(true);
  });

  it('passes on the validator’s problems as they are', async () => {
    const broken = JSON.stringify({ ...JSON.parse(text), events: 'none' });
    const page = pageWithEarlyLoad();
    page.workerAnswers((await answer({ load: ADDRESS }, fetchAnswering(200, broken))) as LoadReply);
    const given = await takeEarlyLoad(ADDRESS, page.host);
    expect(given).toEqual({ validated: parseDatasetJson(broken) });
    expect(given !== null && 'validated' in given && given.validated.ok).toBe(false);
  });

  it('passes on what went wrong with the fetch, in the words the page would use', async () => {
    const reply = await answer({ load: ADDRESS }, fetchAnswering(404, 'Not found'));
    const onPage = await fetchDatasetText(ADDRESS, { fetchImpl: fetchAnswering(404, 'Not found') });
    if (onPage.ok) throw new Error('a 404 is a problem');
    expect(reply).toEqual({ fetchProblem: onPage.problem });
    const page = pageWithEarlyLoad();
    page.workerAnswers(reply as LoadReply);
    expect(await takeEarlyLoad(ADDRESS, page.host)).toEqual({ fetchProblem: onPage.problem });
  });

  it('gives nothing, so the app loads the dataset itself, where the worker could not tell what went wrong, failed to load or its validator crashed', async () => {
    const fetchFailed = pageWithEarlyLoad();
    const waiting = takeEarlyLoad(ADDRESS, fetchFailed.host);
    fetchFailed.workerAnswers({ loaded: null });
    expect(await waiting).toBeNull();

    const workerFailed = pageWithEarlyLoad();
    workerFailed.workerFails();
    expect(await takeEarlyLoad(ADDRESS, workerFailed.host)).toBeNull();
    expect(workerFailed.isTerminated()).toBe(true);

    const crashed = pageWithEarlyLoad();
    crashed.workerAnswers({ loaded: { ok: 'crashed', message: 'boom' } });
    expect(await takeEarlyLoad(ADDRESS, crashed.host)).toBeNull();
  });

  it('is not used for another address, and is given up then; without one, there is nothing to take', () => {
    const other = pageWithEarlyLoad();
    expect(takeEarlyLoad('https://elsewhere.example/data.json', other.host)).toBeNull();
    expect(other.isTerminated()).toBe(true);
    expect(other.host.tielineEarlyLoad).toBeUndefined();
    expect(takeEarlyLoad(ADDRESS, { document: { baseURI: BASE } })).toBeNull();
  });

  it('validates a text sent to the worker as before', async () => {
    expect(await answer(text)).toEqual(parseDatasetJson(text));
  });
});
