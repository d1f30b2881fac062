// What the validation worker answers (validation-worker.ts), apart from the worker so it can be
// tested: a dataset's text is validated; an address (the boot script's early load of the bundled
// dataset, early-dataset-load.ts) is fetched, then validated.
import type { DatasetProblem } from '../../domain/dataset-problem';
import { parseDatasetJson } from '../../domain/parse-dataset';
import type { ValidatorReply } from './dataset-validator';
import { fetchDatasetText } from './fetch-dataset-text';

/** A request to the worker: a dataset's text, or an address to fetch the dataset from first. */
export type ValidatorRequest = string | { readonly load: string };

/**
 * The answer to an address: the validator's reply; or what went wrong with the fetch, in the words
 * the page would have used (the same fetchDatasetText); or null where fetching threw, which it
 * should not, and the page then loads the dataset itself (dataset-query.ts).
 */
export type LoadReply = { readonly loaded: ValidatorReply } | { readonly fetchProblem: DatasetProblem } | { readonly loaded: null };

export function validateText(text: string): ValidatorReply {
  try {
    return parseDatasetJson(text);
  } catch (error) {
    // The validator never throws on any input; if it ever did, the page runs it again itself and
    // shows what happens there.
    return { ok: 'crashed', message: error instanceof Error ? error.message : String(error) };
  }
}

export async function answer(request: ValidatorRequest, fetchImpl: typeof fetch = fetch): Promise<ValidatorReply | LoadReply> {
  if (typeof request === 'string') return validateText(request);
  try {
    const fetched = await fetchDatasetText(request.load, { fetchImpl });
    return fetched.ok ? { loaded: validateText(fetched.text) } : { fetchProblem: fetched.problem };
  } catch {
    return { loaded: null };
  }
}
