// The entry point for dataset text from anywhere (the bundled file, a reader's file, a URL):
// JSON syntax errors become a problem like any other, so callers handle one kind of result. A
// leading byte-order mark (editors on Windows write one) is not part of the JSON and is dropped,
// whatever path the text came by.
import { validateDataset, type ValidationResult } from './validate-dataset';

export function parseDatasetJson(text: string): ValidationResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          path: [],
          message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
          expected: 'a JSON object',
        },
      ],
    };
  }
  return validateDataset(raw);
}
