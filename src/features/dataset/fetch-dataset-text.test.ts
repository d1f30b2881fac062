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

  describe('redirects', () => {
    /** A fetch that answers each call from a list, and records how it was asked. */
    const script = (answers: Array<(init?: RequestInit) => Response>) => {
      const calls: Array<RequestInit | undefined> = [];
      const fetchImpl = (async (_url: string, init?: RequestInit) => {
        calls.push(init);
        const answer = answers[calls.length - 1];
        if (!answer) throw new Error('asked once too often');
        return answer(init);
      }) as typeof fetch;
      return { fetchImpl, calls };
    };
    const finalResponse = (body: string, url: string) => {
      const response = new Response(body);
      Object.defineProperty(response, 'redirected', { value: true });
      Object.defineProperty(response, 'url', { value: url });
      return response;
    };

    it('refuses an https address that redirects to http without asking the http address', async () => {
      const { fetchImpl, calls } = script([() => new Response(null, { status: 302, headers: { location: 'http://data.example.org/story.json' } })]);
      const result = await fetchDatasetText('https://data.example.org/story.json', { fetchImpl });
      expect(result).toMatchObject({ ok: false, problem: { message: expect.stringContaining('redirects to a plain http address (http://data.example.org/story.json), which Tieline does not follow') } });
      expect(calls).toHaveLength(1);
      expect(calls[0]!.redirect).toBe('manual');
    });

    it('follows a redirect to another https address', async () => {
      const { fetchImpl, calls } = script([
        () => new Response(null, { status: 301, headers: { location: 'https://cdn.example.org/story.json' } }),
        () => finalResponse('{"a":1}', 'https://cdn.example.org/story.json'),
      ]);
      expect(await fetchDatasetText('https://data.example.org/story.json', { fetchImpl })).toEqual({ ok: true, text: '{"a":1}' });
      expect(calls.map((init) => init?.redirect)).toEqual(['manual', 'follow']);
    });

    it('refuses where a redirect it could not see ended on http (a page without the policy)', async () => {
      const opaque = () => {
        const response = new Response(null, { status: 200 });
        Object.defineProperty(response, 'type', { value: 'opaqueredirect' });
        return response;
      };
      const { fetchImpl } = script([opaque, () => finalResponse('{}', 'http://data.example.org/story.json')]);
      const result = await fetchDatasetText('https://data.example.org/story.json', { fetchImpl });
      expect(result).toMatchObject({ ok: false, problem: { message: expect.stringContaining('redirects to a plain http address (http://data.example.org/story.json)') } });
    });

    it('says that a redirect could not be followed when the second request fails', async () => {
      const { fetchImpl } = script([
        () => new Response(null, { status: 302 }),
        () => {
          throw new TypeError('Failed to fetch');
        },
      ]);
      const result = await fetchDatasetText('https://data.example.org/story.json', { fetchImpl });
      expect(result).toMatchObject({ ok: false, problem: { message: 'the address redirects elsewhere, and loading from there failed: Failed to fetch' } });
    });
  });
});
