// A reader's files become a model, or a list of problems located where the reader can find them:
// a JSON path for JSON, a file, row and column for CSV.
import { buildModel, type DatasetModel } from '../../domain/dataset-model';
import type { DatasetProblem } from '../../domain/dataset-problem';
import { startDatasetValidator } from './dataset-validator';
import type { LocalFiles } from './read-files';

export type LocalDatasetResult =
  | { readonly ok: true; readonly model: DatasetModel }
  | { readonly ok: false; readonly problems: readonly DatasetProblem[] };

/** Loads the validator (and, for CSV, the CSV parser) on first use: most readers never open a file. */
export async function parseLocalFiles(files: LocalFiles): Promise<LocalDatasetResult> {
  if (files.kind === 'json') {
    const result = await startDatasetValidator().validate(files.text);
    return result.ok ? { ok: true, model: buildModel(result.dataset) } : result;
  }
  const { datasetFromCsv, formatCsvLocation } = await import('../../domain/csv-dataset');
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
