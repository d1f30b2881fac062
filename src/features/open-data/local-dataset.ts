// Which of the reader's own datasets is open, if any. Opening parses the files at once (problems show
// in the page), keeps them in this browser, and going back to the bundled data forgets them.
import { create } from 'zustand';
import { IS_EMBED } from '../embed/embed-mode';
import { forgetStoredFiles, loadStoredFiles, storeFiles } from './local-store';
import { parseLocalFiles, type LocalDatasetResult } from './parse-local';
import { readLocalFiles, type LocalFiles } from './read-files';

interface LocalDatasetState {
  /** True until the stored dataset (if any) has been looked up at start. */
  readonly restoring: boolean;
  readonly files: LocalFiles | null;
  readonly result: LocalDatasetResult | null;
  /** Why the last files could not even be read (wrong set of files, too big). */
  readonly readError: string | null;
}

export const useLocalDataset = create<LocalDatasetState>()(() => ({
  restoring: !IS_EMBED,
  files: null,
  result: null,
  readError: null,
}));

async function show(files: LocalFiles) {
  const result = await parseLocalFiles(files);
  useLocalDataset.setState({ files, result, readError: null, restoring: false });
}

export async function openLocalFiles(list: readonly File[]): Promise<void> {
  const read = await readLocalFiles(list);
  if (!read.ok) {
    useLocalDataset.setState({ readError: read.message });
    return;
  }
  await show(read.files);
  if (!IS_EMBED) await storeFiles(read.files);
}

export async function restoreLocalFiles(): Promise<void> {
  if (IS_EMBED) return;
  const stored = await loadStoredFiles();
  if (stored === null) useLocalDataset.setState({ restoring: false });
  else await show(stored);
}

export async function backToBundledData(): Promise<void> {
  useLocalDataset.setState({ files: null, result: null, readError: null });
  await forgetStoredFiles();
  const url = new URL(window.location.href);
  if (url.searchParams.has('data')) {
    url.searchParams.delete('data');
    window.location.assign(url.toString());
  }
}

export function dismissReadError(): void {
  useLocalDataset.setState({ readError: null });
}
