// The bundled dataset's first load, started by the boot script (scripts/lib/page-shell.ts) before
// the app's own scripts have downloaded: a validation worker fetches the dataset and validates it
// while the page parses and runs its JavaScript, so the validated dataset is ready when the app
// asks. The app takes the answer once (dataset-query.ts): the validation's result, or what went
// wrong with the fetch. Where the worker could not tell (it did not load, or it or its validator
// failed unexpectedly) the answer is null, and the app loads the dataset itself: nothing is lost by
// starting early.
import type { DatasetProblem } from '../../domain/dataset-problem';
import type { ValidationResult } from '../../domain/validate-dataset';
import { resultFromWorker } from './dataset-validator';
import type { LoadReply } from './validation-answers';

/** What the boot script leaves on the window. */
export interface EarlyLoad {
  /** The dataset's absolute address. */
  readonly url: string;
  readonly worker: Pick<Worker, 'terminate'>;
  /** The worker's answer, once it has come (perhaps before the app asks for it). */
  reply?: LoadReply;
  /** The worker could not load or threw. */
  failed: boolean;
  /** Set by the app while it waits; the boot script calls it when the answer or a failure comes. */
  settle?: () => void;
}

declare global {
  interface Window {
    tielineEarlyLoad?: EarlyLoad;
  }
}

/** What the app is given: the validation's result, or the problem the fetch met. */
export type EarlyAnswer = { readonly validated: ValidationResult } | { readonly fetchProblem: DatasetProblem };

const answerOf = (early: EarlyLoad): EarlyAnswer | null => {
  const reply = early.failed ? undefined : early.reply;
  if (reply === undefined) return null;
  if ('fetchProblem' in reply) return { fetchProblem: reply.fetchProblem };
  const { loaded } = reply;
  if (loaded === null || loaded.ok === 'crashed') return null;
  return { validated: resultFromWorker(loaded) };
};

/**
 * The early load's answer for this address, once (null when it could not give one), or null at
 * once where no early load of this address was started. An early load of another address is given up.
 */
export function takeEarlyLoad(url: string, host: { tielineEarlyLoad?: EarlyLoad; readonly document?: { readonly baseURI: string } } = globalThis): Promise<EarlyAnswer | null> | null {
  const early = host.tielineEarlyLoad;
  if (early === undefined) return null;
  delete host.tielineEarlyLoad;
  const absolute = host.document === undefined ? url : new URL(url, host.document.baseURI).href;
  if (early.url !== absolute) {
    early.worker.terminate();
    return null;
  }
  return new Promise((resolve) => {
    const settle = () => {
      early.settle = undefined;
      early.worker.terminate();
      resolve(answerOf(early));
    };
    if (early.failed || early.reply !== undefined) settle();
    else early.settle = settle;
  });
}
