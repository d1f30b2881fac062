// Validates a dataset's text beside the page (dataset-validator.ts), or fetches the bundled dataset
// and validates it when the boot script starts the worker (early-dataset-load.ts): the validator and
// its schema library load and run here, not on the page's thread.
import { answer, type ValidatorRequest } from './validation-answers';

self.onmessage = (message: MessageEvent<ValidatorRequest>) => {
  void answer(message.data).then((reply) => self.postMessage(reply));
};
