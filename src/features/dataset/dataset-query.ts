// Loading a dataset by URL through TanStack Query: fetched as a static asset, validated with the
// same validator as the build, turned into the model. Any failure becomes a DatasetLoadError that
// carries every problem, for the error view to list.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { buildModel, type DatasetModel } from '../../domain/dataset-model';
import type { DatasetProblem } from '../../domain/dataset-problem';
import { fetchDatasetText } from './fetch-dataset-text';

export const BUNDLED_DATASET_URL = `${import.meta.env.BASE_URL}datasets/qatar-syria.json`;

export class DatasetLoadError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly DatasetProblem[],
  ) {
    super(`The dataset ${file} could not be loaded (${problems.length} problem(s)).`);
    this.name = 'DatasetLoadError';
  }
}

async function loadDataset(url: string, signal: AbortSignal): Promise<DatasetModel> {
  // The validator (zod) is its own chunk, fetched while the dataset downloads, so it never weighs
  // on the first JavaScript of the page.
  const validator = import('../../domain/parse-dataset');
  // Each phase of a load is measured in the Performance timeline (`npm run bench` reads them).
  performance.mark('tieline:load-start');
  const fetched = await fetchDatasetText(url, { signal });
  if (!fetched.ok) throw new DatasetLoadError(url, [fetched.problem]);
  performance.measure('tieline:load:fetch', 'tieline:load-start');
  const { parseDatasetJson } = await validator;
  performance.mark('tieline:validate-start');
  const result = parseDatasetJson(fetched.text);
  performance.measure('tieline:load:validate', 'tieline:validate-start');
  if (!result.ok) throw new DatasetLoadError(url, result.problems);
  performance.mark('tieline:model-start');
  const model = buildModel(result.dataset);
  performance.measure('tieline:load:model', 'tieline:model-start');
  return model;
}

export const datasetQueryOptions = (url: string) =>
  queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => loadDataset(url, signal),
    staleTime: Infinity,
    retry: false,
  });

export const useDataset = (url: string) => useQuery(datasetQueryOptions(url));
