// Reads a dataset as authored under data/: the JSON names each source's text by file
// (`textFile`, relative to the JSON) so the article copies stay plain text. This inlines those
// texts and validates the result with the same validator the browser runs. Node only.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Dataset } from '../../src/domain/dataset-schema';
import {
  validateDataset,
  type DatasetProblem,
} from '../../src/domain/validate-dataset';

export type AuthoredDatasetResult = (
  | { ok: true; dataset: Dataset }
  | { ok: false; problems: readonly DatasetProblem[] }
) & {
  /** The JSON with the texts inlined, valid or not: what a browser would be served. */
  resolved: unknown;
};

export function loadAuthoredDataset(file: string): AuthoredDatasetResult {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ path: [], message: `cannot read the dataset: ${message}` }],
      resolved: null,
    };
  }
  const problems: DatasetProblem[] = [];
  const resolved = inlineSourceTexts(raw, dirname(file), problems);
  if (problems.length > 0) return { ok: false, problems, resolved };
  return { ...validateDataset(resolved), resolved };
}

function inlineSourceTexts(raw: unknown, baseDir: string, problems: DatasetProblem[]): unknown {
  if (!isRecord(raw) || !Array.isArray(raw.sources)) return raw;
  const sources = raw.sources.map((source: unknown, index: number) => {
    if (!isRecord(source) || typeof source.textFile !== 'string') return source;
    const { textFile, ...rest } = source;
    try {
      return { ...rest, text: readFileSync(resolve(baseDir, textFile), 'utf8') };
    } catch {
      problems.push({
        path: ['sources', index, 'textFile'],
        message: 'the source text file cannot be read',
        expected: `a file at ${resolve(baseDir, textFile)}`,
        found: 'no readable file',
      });
      return source;
    }
  });
  return { ...raw, sources };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
