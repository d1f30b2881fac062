import { describe, expect, it } from 'vitest';
import { fetchDatasetText } from './fetch-dataset-text';

const respond = (body: string, init: ResponseInit = {}) => (async () => new Response(body, init)) as typeof fetch;

describe('fetchDatasetText', () => {
  it('returns the text of a good answer', async () => {
    expect(await fetchDatasetText('x', { fetchImpl: respond('{"a":1}') })).toEqual({ ok: true, text: '{"a":1}' });
  });

  it('names the status of an error answer', async () => {
    const result = await fetchDatasetText('x', { fetchImpl: respond('gone', { status: 404, statusText: 'Not Found' }) });
    expect(result).toMatchObject({ ok: false, problem: { message: 'the server answered 404 Not Found' } });
  });

  it('refuses a dataset over the cap, by its declared length or by its real length, and gives the cap', async () => {
    const declared = await fetchDatasetText('x', { maxBytes: 2_000_000, fetchImpl: respond('{}', { headers: { 'content-length': '5500000' } }) });
    expect(declared).toMatchObject({ ok: false, problem: { message: 'the dataset is 5.5 MB, more than Tieline opens', expected: 'at most 2 MB' } });
    const real = await fetchDatasetText('x', { maxBytes: 10, fetchImpl: respond('x'.repeat(11)) });
    expect(real.ok).toBe(false);
  });

  it('gives up after the timeout with a message that says so', async () => {
    const never = ((_url: string, init?: RequestInit) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as typeof fetch;
    const result = await fetchDatasetText('x', { timeoutMs: 30, fetchImpl: never });
    expect(result).toMatchObject({ ok: false, problem: { message: 'the dataset did not arrive within 0 seconds' } });
  });

  it('reports a network failure', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await fetchDatasetText('x', { fetchImpl: failing })).toMatchObject({ ok: false, problem: { message: 'the request failed: Failed to fetch' } });
  });
});
