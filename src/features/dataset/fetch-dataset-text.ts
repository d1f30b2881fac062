// Fetching a dataset from anywhere: a clear answer for every way it can go wrong (no answer, an
// error status, too big, too slow), never a spinner forever.
import type { DatasetProblem } from '../../domain/dataset-problem';
import { MAX_DATASET_BYTES } from '../../domain/dataset-limits';

export const DATASET_TIMEOUT_MS = 20_000;

export type FetchTextResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: DatasetProblem };

export interface FetchTextOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly fetchImpl?: typeof fetch;
}

export async function fetchDatasetText(url: string, options: FetchTextOptions = {}): Promise<FetchTextResult> {
  const { signal, timeoutMs = DATASET_TIMEOUT_MS, maxBytes = MAX_DATASET_BYTES, fetchImpl = fetch } = options;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const combined = signal === undefined ? timeout.signal : AbortSignal.any([signal, timeout.signal]);
  const seconds = Math.round(timeoutMs / 1000);
  const tooBig = (size: number): FetchTextResult => ({
    ok: false,
    problem: {
      path: [],
      message: `the dataset is ${megabytes(size)}, more than Tieline opens`,
      expected: `at most ${megabytes(maxBytes)}`,
    },
  });
  try {
    // Addresses of other sites are fetched without cookies or credentials.
    const response = await fetchImpl(url, { signal: combined, credentials: 'same-origin' });
    if (!response.ok) {
      return {
        ok: false,
        problem: { path: [], message: `the server answered ${response.status} ${response.statusText}`.trim(), expected: 'a JSON dataset (status 200)' },
      };
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) return tooBig(declared);
    const text = await response.text();
    // Content-Length may be absent or compressed: the text itself is the real measure.
    if (text.length > maxBytes) return tooBig(text.length);
    return { ok: true, text };
  } catch (error) {
    if (timeout.signal.aborted) {
      return {
        ok: false,
        problem: { path: [], message: `the dataset did not arrive within ${seconds} seconds`, expected: 'an answer from the server; try again, or check the address' },
      };
    }
    return { ok: false, problem: { path: [], message: `the request failed: ${error instanceof Error ? error.message : String(error)}` } };
  } finally {
    clearTimeout(timer);
  }
}

function megabytes(bytes: number): string {
  const value = bytes / 1_000_000;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} MB`;
}
