// The entry point for dataset text from anywhere (the bundled file, a reader's file, a URL):
// JSON syntax errors become a problem like any other, so callers handle one kind of result.
import { validateDataset, type ValidationResult } from './validate-dataset';

export function parseDatasetJson(text: string): ValidationResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
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
