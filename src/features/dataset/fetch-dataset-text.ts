// Fetching a dataset from anywhere: a clear answer for every way it can go wrong (no answer, an
// error status, too big, too slow, a redirect to http), never a spinner forever.
//
// Redirects: the first request does not follow them. Where the redirect's target can be read
// (outside browsers), an https address that redirects to http is refused without a request to it.
// Browsers hide the target of a redirect they do not follow, so there the redirect is followed in a
// second request, under the page's Content-Security-Policy (`connect-src 'self' https:`), which
// refuses an http hop before it is requested; the refusal becomes a message that says so. The final
// address is checked too, for pages served without that policy.
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
    const init: RequestInit = { signal: combined, credentials: 'same-origin' };
    let response = await fetchImpl(url, { ...init, redirect: 'manual' });
    if (isRedirect(response)) {
      const target = redirectTarget(response, url);
      if (target !== null && isDowngrade(url, target)) return downgradeRefused(target);
      const blocked = watchPolicyViolations();
      try {
        response = await fetchImpl(url, { ...init, redirect: 'follow' });
      } catch (error) {
        // The browser reports the policy's refusal in a task of its own, after the rejection.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (blocked.stop()) return downgradeRefused(null);
        if (combined.aborted) throw error;
        return {
          ok: false,
          problem: {
            path: [],
            message: `the address redirects elsewhere, and loading from there failed: ${error instanceof Error ? error.message : String(error)}`,
            expected: 'an https address that answers with the dataset, or redirects only to https addresses',
          },
        };
      }
      blocked.stop();
      if (response.redirected && isDowngrade(url, response.url)) return downgradeRefused(response.url);
    }
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

function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
}

/** Where a redirect leads, where the response shows it (browsers hide it from scripts). */
function redirectTarget(response: Response, from: string): string | null {
  const location = response.headers.get('location');
  if (location === null) return null;
  try {
    return new URL(location, from).href;
  } catch {
    return null;
  }
}

/**
 * An https address that leads to a plain http one, other than the page's own origin (which the page
 * loads from anyway: a page served over http is no safer for refusing its own server).
 */
function isDowngrade(from: string, to: string): boolean {
  try {
    const target = new URL(to);
    return (
      new URL(from, globalThis.location?.href).protocol === 'https:' &&
      target.protocol === 'http:' &&
      target.origin !== globalThis.location?.origin
    );
  } catch {
    return false;
  }
}

/** The refusal; `target` is null where the browser did not let the page see it. */
function downgradeRefused(target: string | null): FetchTextResult {
  const where = target === null ? '' : ` (${target.length > 120 ? `${target.slice(0, 120)}…` : target})`;
  return {
    ok: false,
    problem: {
      path: [],
      message: `the https address redirects to a plain http address${where}, which Tieline does not follow: data sent over http can be read and changed on the way`,
      expected: 'an https address that answers with the dataset, or redirects only to https addresses',
    },
  };
}

/**
 * Listens, while a redirect is followed, for the page's policy refusing where it leads (the policy
 * admits only https and the page's own origin, so a refused hop is a plain http one); stop() says
 * whether that happened. Outside browsers there is no policy and nothing to hear.
 */
function watchPolicyViolations(): { stop: () => boolean } {
  if (typeof document === 'undefined') return { stop: () => false };
  let refused = false;
  const listen = (event: SecurityPolicyViolationEvent) => {
    if (event.effectiveDirective === 'connect-src') refused = true;
  };
  document.addEventListener('securitypolicyviolation', listen);
  return {
    stop: () => {
      document.removeEventListener('securitypolicyviolation', listen);
      return refused;
    },
  };
}

function megabytes(bytes: number): string {
  const value = bytes / 1_000_000;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} MB`;
}
