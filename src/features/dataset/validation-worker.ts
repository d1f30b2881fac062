// Validates a dataset's text beside the page (dataset-validator.ts): the validator and its schema
// library load and run here, not on the page's thread.
import { parseDatasetJson } from '../../domain/parse-dataset';
import type { ValidatorReply } from './dataset-validator';

self.onmessage = (message: MessageEvent<string>) => {
  let reply: ValidatorReply;
  try {
    reply = parseDatasetJson(message.data);
  } catch (error) {
    // The validator never throws on any input; if it ever did, the page runs it again itself and
    // shows what happens there.
    reply = { ok: 'crashed', message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
