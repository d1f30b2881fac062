// The entry point for dataset text from anywhere (the bundled file, a reader's file, a URL):
// JSON syntax errors become a problem like any other, so callers handle one kind of result. A
// leading byte-order mark (editors on Windows write one) is not part of the JSON and is dropped,
// whatever path the text came by.
import { jsonTextTooDeep } from './safe-json';
import { validateDataset, type ValidationResult } from './validate-dataset';

export function parseDatasetJson(withMark: string): ValidationResult {
  const text = withMark.startsWith('\uFEFF') ? withMark.slice(1) : withMark;
  // Absurd nesting is refused from the text itself, before JSON.parse and every later walk.
  const tooDeep = jsonTextTooDeep(text);
  if (tooDeep !== null) {
    return {
      ok: false,
      problems: [
        {
          path: [],
          message: `the JSON nests more than ${tooDeep.limit} levels deep (line ${tooDeep.line}, column ${tooDeep.column}), so it is not a Tieline dataset`,
          expected: 'a dataset, which nests five levels at most (dataset › events › event › participants › participant)',
        },
      ],
    };
  }
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
