// The page's one dataset source, wired to this browser: IndexedDB for the kept file (not in an
// embed, which stores nothing), BroadcastChannel between tabs, the address bar, and the notices.
// Components call these functions; `useActiveDataset` reads the result.
import { addNotices } from '../../state/notice-store';
import { IS_EMBED } from '../embed/embed-mode';
import { createDatasetSource } from './dataset-source';
import { createKeptFileChannel } from './kept-file-channel';
import { createKeptFileStore } from './kept-file-store';
import { parseLocalFiles } from './parse-local';

export const pageDatasetSource = createDatasetSource({
  keptStore: IS_EMBED ? null : createKeptFileStore(),
  channel: IS_EMBED ? null : createKeptFileChannel(),
  parse: parseLocalFiles,
  location: () => window.location,
  dropAddressParam: () => {
    const url = new URL(window.location.href);
    url.searchParams.delete('data');
    window.history.replaceState(window.history.state, '', url.toString());
  },
  navigate: (url) => window.location.assign(url),
  notify: addNotices,
  onVisible: (callback) => {
    const onChange = () => {
      if (document.visibilityState === 'visible') callback();
    };
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  },
});

export const useDatasetSource = pageDatasetSource.useStore;
export const startDatasetSource = () => pageDatasetSource.start();
export const openLocalFiles = (files: readonly File[]) => pageDatasetSource.openFiles(files);
export const backToBundledData = () => pageDatasetSource.backToBundledData();
export const leaveAddress = () => pageDatasetSource.leaveAddress();
export const dismissFailedFile = () => pageDatasetSource.dismissFailedFile();
export const keepThisFile = () => pageDatasetSource.keepThisFile();
export const showKeptFile = () => pageDatasetSource.showKeptFile();
export const dismissReadError = () => pageDatasetSource.dismissReadError();
