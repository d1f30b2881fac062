// The inputs of "which dataset is showing", and every way they change: the address (`?data=`), the
// reader's own file (opened, kept in this browser, restored at start), a file that has problems,
// and what other tabs do to the kept file. `useActiveDataset` turns these into what the page shows
// (the rules are in src/domain/active-dataset.ts); nothing else decides it.
//
// The model of the kept file:
// - Only a valid file replaces the kept one; a file with problems is shown as its problems, and
//   "Back to …" returns to what was showing, kept file untouched.
// - The banner says "kept in this browser" only once the write has committed; when storage fails it
//   says why ("could not be kept in this browser: …").
// - "Back to the bundled data" from the reader's file forgets it; leaving an address never does
//   (it leads back to the kept file, if there is one, and says so).
// - One kept file per browser: when another tab keeps another file or forgets it, this tab says so
//   and offers to keep its own again or to show the other one (BroadcastChannel, and a version check
//   whenever the tab comes back into view).
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { FailedFileInput, KeepState, ReaderFileInput } from '../../domain/active-dataset';
import { chooseDatasetUrl } from '../../domain/dataset-url';
import type { KeptFileMeta, KeptFileStore } from './kept-file-store';
import type { LocalDatasetResult } from './parse-local';
import { readLocalFiles, type LocalFiles } from './read-files';

export interface ReaderFile extends ReaderFileInput {
  /** What was opened, to keep it again after another tab replaced it. */
  readonly files: LocalFiles;
}

export interface DatasetSourceState {
  readonly address: string | null;
  readonly restoring: boolean;
  readonly file: ReaderFile | null;
  readonly failedFile: FailedFileInput | null;
  readonly keptBehindAddress: KeptFileMeta | null;
  /** Why the last files could not even be read (wrong set of files, too big, not text). */
  readonly readError: string | null;
}

/** Tells other tabs of this browser that the kept file changed (meta) or was forgotten (null). */
export interface KeptFileChannel {
  post(meta: KeptFileMeta | null): void;
  listen(onChange: (meta: KeptFileMeta | null) => void): () => void;
}

export interface DatasetSourceDeps {
  /** Null where nothing may be stored (an embed). */
  readonly keptStore: KeptFileStore | null;
  readonly channel: KeptFileChannel | null;
  readonly parse: (files: LocalFiles) => Promise<LocalDatasetResult>;
  readonly location: () => { readonly search: string; readonly href: string };
  /** Drops `?data=` from the address without a reload (a file opened over an address replaces it). */
  readonly dropAddressParam: () => void;
  /** Loads another page: leaving an address reloads without it. */
  readonly navigate: (url: string) => void;
  readonly notify: (messages: readonly string[]) => void;
  /** Calls back when the page comes back into view (to check the kept file's version). */
  readonly onVisible?: (callback: () => void) => () => void;
}

export interface DatasetSource {
  readonly useStore: UseBoundStore<StoreApi<DatasetSourceState>>;
  /** Reads the address and looks up the kept file. Returns a stop function. */
  start(): () => void;
  openFiles(list: readonly File[]): Promise<void>;
  backToBundledData(): Promise<void>;
  leaveAddress(): void;
  dismissFailedFile(): void;
  /** After another tab replaced the kept file: keep the one this tab shows. */
  keepThisFile(): Promise<void>;
  /** After another tab replaced the kept file: show that one here. */
  showKeptFile(): Promise<void>;
  dismissReadError(): void;
}

const INITIAL: DatasetSourceState = {
  address: null,
  restoring: false,
  file: null,
  failedFile: null,
  keptBehindAddress: null,
  readError: null,
};

export function createDatasetSource(deps: DatasetSourceDeps): DatasetSource {
  const useStore = create<DatasetSourceState>()(() => INITIAL);
  const { keptStore } = deps;
  /** Counts the reader's openings: a slower, older one never overrides a newer one. */
  let opened = 0;
  /** Changes whenever the reader changed what shows: a restore that started before gives way. */
  let generation = 0;

  const set = (partial: Partial<DatasetSourceState>) => useStore.setState(partial);
  const get = () => useStore.getState();

  /** Sets the keep state of the file on screen, if it is still `files`. */
  function setKeep(files: LocalFiles, keep: KeepState) {
    const { file } = get();
    if (file !== null && file.files === files) set({ file: { ...file, keep } });
  }

  async function keep(files: LocalFiles): Promise<void> {
    if (keptStore === null) {
      setKeep(files, { state: 'not-kept', reason: 'an embedded view stores nothing' });
      return;
    }
    setKeep(files, { state: 'keeping' });
    const result = await keptStore.keep(files);
    if (result.ok) {
      setKeep(files, { state: 'kept', version: result.value.version });
      deps.channel?.post(result.value);
    } else {
      setKeep(files, { state: 'not-kept', reason: result.reason });
    }
  }

  async function restore(): Promise<void> {
    if (keptStore === null) return;
    const started = generation;
    set({ restoring: true });
    const stored = await keptStore.read();
    // The reader opened something meanwhile: that wins.
    if (started !== generation) return;
    if (!stored.ok) {
      set({ restoring: false });
      // Storage that cannot be used at all holds nothing of ours; a failure or a silence might hide
      // a kept file, and the reader should know why it did not come back.
      if (stored.kind !== 'unavailable') {
        deps.notify([`A file kept in this browser could not be read: ${stored.reason}. Showing the bundled dataset.`]);
      }
      return;
    }
    if (stored.value === null) {
      set({ restoring: false });
      return;
    }
    const { files, meta } = stored.value;
    const parsed = await deps.parse(files);
    if (started !== generation) return;
    if (parsed.ok) {
      set({ restoring: false, file: { name: files.name, files, model: parsed.model, keep: { state: 'kept', version: meta.version }, notes: [] }, failedFile: null });
    } else {
      set({ restoring: false, failedFile: { name: files.name, problems: parsed.problems, notes: [], restored: true } });
    }
  }

  function onKeptFileChanged(meta: KeptFileMeta | null) {
    const { file } = get();
    if (file === null || file.keep.state !== 'kept') return;
    if (meta !== null && meta.version === file.keep.version) return;
    set({ file: { ...file, keep: { state: 'replaced', by: meta === null ? null : { name: meta.name } } } });
  }

  async function checkKeptVersion() {
    const { file } = get();
    if (keptStore === null || file === null || file.keep.state !== 'kept') return;
    const meta = await keptStore.readMeta();
    if (meta.ok) onKeptFileChanged(meta.value);
  }

  return {
    useStore,

    start() {
      const { search, href } = deps.location();
      const choice = chooseDatasetUrl(search, href);
      if (choice.kind === 'refused') {
        // What shows instead is the kept file, if there is one, else the bundled dataset.
        deps.notify([`The dataset address “${choice.value}” was not loaded: ${choice.reason}.`]);
      }
      if (choice.kind === 'external') {
        set({ address: choice.url });
        // The kept file waits behind the address; its name tells the reader where "Back" leads.
        if (keptStore !== null) {
          void keptStore.readMeta().then((meta) => {
            if (meta.ok && get().address === choice.url) set({ keptBehindAddress: meta.value });
          });
        }
      } else {
        void restore();
      }
      const stops = [deps.channel?.listen(onKeptFileChanged), deps.onVisible?.(() => void checkKeptVersion())];
      return () => stops.forEach((stop) => stop?.());
    },

    async openFiles(list) {
      opened += 1;
      const mine = opened;
      const read = await readLocalFiles(list);
      if (mine !== opened) return;
      if (!read.ok) {
        set({ readError: read.message });
        return;
      }
      const parsed = await deps.parse(read.files);
      if (mine !== opened) return;
      generation += 1;
      const { files, notes } = read;
      if (!parsed.ok) {
        // Shown on top; what was showing (and the kept file) stays as it was.
        set({ readError: null, restoring: false, failedFile: { name: files.name, problems: parsed.problems, notes, restored: false } });
        return;
      }
      if (get().address !== null) deps.dropAddressParam();
      set({
        readError: null,
        restoring: false,
        address: null,
        keptBehindAddress: null,
        failedFile: null,
        file: { name: files.name, files, model: parsed.model, keep: { state: 'keeping' }, notes },
      });
      await keep(files);
    },

    async backToBundledData() {
      generation += 1;
      set({ file: null, failedFile: null, readError: null, restoring: false });
      if (keptStore !== null) {
        const forgotten = await keptStore.forget();
        if (forgotten.ok) deps.channel?.post(null);
        else if (forgotten.kind !== 'unavailable') {
          deps.notify([`Your file could not be removed from this browser (${forgotten.reason}); it may come back on reload.`]);
        }
      }
    },

    leaveAddress() {
      const url = new URL(deps.location().href);
      url.searchParams.delete('data');
      deps.navigate(url.toString());
    },

    dismissFailedFile() {
      set({ failedFile: null });
    },

    async keepThisFile() {
      const { file } = get();
      if (file !== null) await keep(file.files);
    },

    async showKeptFile() {
      generation += 1;
      set({ file: null, failedFile: null });
      await restore();
    },

    dismissReadError() {
      set({ readError: null });
    },
  };
}
