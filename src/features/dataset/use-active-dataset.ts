// The one owner of "which dataset is showing": the page's dataset source (address, the reader's
// file, the kept file) and the load of the address or the bundled dataset, decided by the rules of
// src/domain/active-dataset.ts. Everything that shows a dataset asks this hook.
import type { QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { chooseActiveDataset, type ActiveDataset, type RemoteInput } from '../../domain/active-dataset';
import { BUNDLED_DATASET_URL, datasetQueryOptions, DatasetLoadError, useDataset } from './dataset-query';
import { useDatasetSource } from './page-dataset-source';

export interface ActiveDatasetView {
  readonly active: ActiveDataset;
  /** Loads the address (or the bundled dataset) again after a failure. */
  readonly retry: () => void;
}

/** What the page loads: the address in force (`?data=`), or the bundled dataset. */
const loadedDatasetUrl = (address: string | null) => address ?? BUNDLED_DATASET_URL;

/**
 * Starts loading the page's dataset before the first render (call after startDatasetSource), so
 * its download and validation do not wait for React; the hook below then finds it under its key.
 */
export function startLoadingDataset(queryClient: QueryClient): void {
  void queryClient.prefetchQuery(datasetQueryOptions(loadedDatasetUrl(useDatasetSource.getState().address)));
}

export function useActiveDataset(): ActiveDatasetView {
  const address = useDatasetSource((state) => state.address);
  const restoring = useDatasetSource((state) => state.restoring);
  const file = useDatasetSource((state) => state.file);
  const failedFile = useDatasetSource((state) => state.failedFile);
  const keptBehindAddress = useDatasetSource((state) => state.keptBehindAddress);
  const url = loadedDatasetUrl(address);
  // The bundled dataset loads while the kept file is looked up (it is the common case, and it
  // stays cached for "Back to the bundled data"), but it is not shown until that look-up is done.
  const query = useDataset(url);
  const remote = useMemo((): RemoteInput => {
    if (query.isPending) return { status: 'pending' };
    if (query.isError) {
      const { error } = query;
      return error instanceof DatasetLoadError
        ? { status: 'error', file: error.file, problems: error.problems }
        : { status: 'error', file: url, problems: [{ path: [], message: String(error) }] };
    }
    return { status: 'success', model: query.data };
  }, [query.isPending, query.isError, query.error, query.data, url]);
  const active = useMemo(
    () => chooseActiveDataset({ address, restoring, file, failedFile, remote, keptBehindAddress }),
    [address, restoring, file, failedFile, remote, keptBehindAddress],
  );
  const { refetch } = query;
  return { active, retry: () => void refetch() };
}
