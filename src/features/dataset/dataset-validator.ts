// Where a dataset's text is validated: in a worker, so the schema library and every check run beside
// the page rather than in it, and the page stays responsive while a dataset loads (on a simulated
// mid-range phone they were about a fifth of the main thread's blocked time before the first
// picture). The worker is started when loading starts, so it loads while the dataset downloads.
//
// Only text under OFF_THREAD_MAX_CHARS goes to the worker: the validated dataset is copied back to the
// page, and for a large dataset that copy costs more than validating on the page (at 4 MB, about
// as long as validating it). Where no worker can start (an old browser, a frame sandboxed without an
// origin, a policy that forbids workers), or the worker fails, the same validator runs on the page.
import { withSafeLookups } from '../../domain/safe-lookups';
import type { ValidationResult } from '../../domain/validate-dataset';

export const OFF_THREAD_MAX_CHARS = 1_000_000;

/** What the worker answers: the validator's result, or that it threw (it never should). */
export type ValidatorReply = ValidationResult | { readonly ok: 'crashed'; readonly message: string };

/**
 * A result the worker sent, as the page uses it: a validated dataset copied across lost its
 * prototype-free look-ups (safe-lookups.ts), so they are made again.
 */
export function resultFromWorker(result: ValidationResult): ValidationResult {
  return result.ok ? { ok: true, dataset: withSafeLookups(result.dataset) } : result;
}

export interface DatasetValidator {
  validate(text: string): Promise<ValidationResult>;
  /** Ends the worker (after a result, or when the load is given up). */
  dispose(): void;
}

/** The worker-like thing the validator talks to (a real Worker, or a test's). */
export interface ValidatorWorker {
  onmessage: ((message: MessageEvent<ValidatorReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(text: string): void;
  terminate(): void;
}

export interface DatasetValidatorOptions {
  /** Starts the worker; throws where none can start. */
  readonly startWorker?: () => ValidatorWorker;
  /** Validates on the page. */
  readonly onPage?: (text: string) => Promise<ValidationResult>;
}

const startModuleWorker = (): ValidatorWorker => new Worker(new URL('./validation-worker.ts', import.meta.url), { type: 'module' });
const validateOnPage = async (text: string) => (await import('../../domain/parse-dataset')).parseDatasetJson(text);

class WorkerFailed extends Error {}

export function startDatasetValidator({ startWorker = startModuleWorker, onPage = validateOnPage }: DatasetValidatorOptions = {}): DatasetValidator {
  let worker: ValidatorWorker | null = null;
  let failed = false;
  try {
    worker = startWorker();
    // A worker whose script cannot load reports it here, perhaps before any text is sent.
    worker.onerror = (event) => {
      event.preventDefault?.();
      failed = true;
    };
  } catch {
    worker = null;
  }
  const dispose = () => {
    worker?.terminate();
    worker = null;
  };
  const inWorker = (running: ValidatorWorker, text: string) =>
    new Promise<ValidationResult>((resolve, reject) => {
      running.onmessage = (message) => {
        const reply = message.data;
        if (reply.ok === 'crashed') reject(new WorkerFailed(reply.message));
        else resolve(resultFromWorker(reply));
      };
      running.onerror = (event) => {
        event.preventDefault?.();
        reject(new WorkerFailed(event.message));
      };
      running.postMessage(text);
    });
  return {
    async validate(text) {
      const running = worker;
      if (running === null || failed || text.length > OFF_THREAD_MAX_CHARS) {
        dispose();
        return onPage(text);
      }
      try {
        return await inWorker(running, text);
      } catch (error) {
        if (error instanceof WorkerFailed) return onPage(text);
        throw error;
      } finally {
        dispose();
      }
    },
    dispose,
  };
}
