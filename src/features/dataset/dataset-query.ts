// Loading a dataset by URL through TanStack Query: fetched as a static asset, validated with the
// same validator as the build, turned into the model. Any failure becomes a DatasetLoadError that
// carries every problem, for the error view to list.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { buildModel, type DatasetModel } from '../../domain/dataset-model';
import type { DatasetProblem } from '../../domain/dataset-problem';
import { recordTiming, timingStart } from '../../instrumentation/inspection';
import type { ValidationResult } from '../../domain/validate-dataset';
import { startDatasetValidator } from './dataset-validator';
import { takeEarlyLoad } from './early-dataset-load';
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
  // The boot script may have fetched and validated this dataset already, in a worker that started
  // before this script downloaded (early-dataset-load.ts); its wait is timed as validation.
  const early = takeEarlyLoad(url);
  if (early !== null) {
    const earlyStarted = timingStart();
    const answer = await early;
    signal.throwIfAborted();
    recordTiming('load:validate', earlyStarted);
    if (answer !== null && 'fetchProblem' in answer) throw new DatasetLoadError(url, [answer.fetchProblem]);
    if (answer !== null) return modelOf(url, answer.validated);
  }
  // The validator starts now, beside the page (dataset-validator.ts), so it is ready when the
  // dataset has downloaded.
  const validator = startDatasetValidator();
  try {
    // Each phase of a load is timed for the benchmark, when it asks (src/instrumentation).
    const fetchStarted = timingStart();
    const fetched = await fetchDatasetText(url, { signal });
    if (!fetched.ok) throw new DatasetLoadError(url, [fetched.problem]);
    recordTiming('load:fetch', fetchStarted);
    const validateStarted = timingStart();
    const result = await validator.validate(fetched.text);
    recordTiming('load:validate', validateStarted);
    return modelOf(url, result);
  } finally {
    validator.dispose();
  }
}

function modelOf(url: string, result: ValidationResult): DatasetModel {
  if (!result.ok) throw new DatasetLoadError(url, result.problems);
  const modelStarted = timingStart();
  const model = buildModel(result.dataset);
  recordTiming('load:model', modelStarted);
  return model;
}

export const datasetQueryOptions = (url: string) =>
  queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => loadDataset(url, signal),
    staleTime: Infinity,
    retry: false,
    // The load starts before the first render (startLoadingDataset); a failure it met is shown, not
    // fetched again because the view that shows it mounted. "Try again" refetches on purpose.
    retryOnMount: false,
  });

export const useDataset = (url: string) => useQuery(datasetQueryOptions(url));
