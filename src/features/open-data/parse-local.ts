// A reader's files become a model, or a list of problems located where the reader can find them:
// a JSON path for JSON, a file, row and column for CSV.
import { datasetFromCsv, formatCsvLocation } from '../../domain/csv-dataset';
import { buildModel, type DatasetModel } from '../../domain/dataset-model';
import { parseDatasetJson } from '../../domain/parse-dataset';
import type { DatasetProblem } from '../../domain/validate-dataset';
import type { LocalFiles } from './read-files';

export type LocalDatasetResult =
  | { readonly ok: true; readonly model: DatasetModel }
  | { readonly ok: false; readonly problems: readonly DatasetProblem[] };

export function parseLocalFiles(files: LocalFiles): LocalDatasetResult {
  if (files.kind === 'json') {
    const result = parseDatasetJson(files.text);
    return result.ok ? { ok: true, model: buildModel(result.dataset) } : result;
  }
  const id = slug(files.name) || 'my-data';
  const result = datasetFromCsv(files, { id, title: `Your data (${files.name})` });
  if (result.ok) return { ok: true, model: buildModel(result.dataset) };
  return {
    ok: false,
    problems: result.problems.map((problem) => ({
      path: [formatCsvLocation(problem)],
      message: problem.message,
      expected: problem.expected,
      found: problem.found,
    })),
  };
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/\.csv.*$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}
