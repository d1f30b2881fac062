import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseActiveDataset } from '../../domain/active-dataset';
import type { DatasetModel } from '../../domain/dataset-model';
import { createDatasetSource, type DatasetSource, type DatasetSourceDeps, type KeptFileChannel } from './dataset-source';
import { createKeptFileStore, type KeptFileMeta, type KeptFileStore } from './kept-file-store';
import type { LocalDatasetResult } from './parse-local';
import type { LocalFiles } from './read-files';

const PAGE = 'https://tieline.example/app/';
const BUNDLED = { title: 'bundled' } as unknown as DatasetModel;

/** A stand-in validator: JSON text that starts with "valid" is a dataset named after the file. */
async function parse(files: LocalFiles): Promise<LocalDatasetResult> {
  if (files.kind === 'json' && files.text.startsWith('valid')) return { ok: true, model: { title: files.text } as unknown as DatasetModel };
  return { ok: false, problems: [{ path: ['events', 0, 'date'], message: 'not a date' }] };
}

const json = (name: string, text: string) => new File([text], name, { type: 'application/json' });

interface Harness {
  readonly source: DatasetSource;
  readonly notices: string[];
  readonly navigations: string[];
  readonly addressDrops: number[];
  readonly stop: () => void;
  /** What the page shows now (the bundled dataset has arrived). */
  shown(): ReturnType<typeof chooseActiveDataset>;
}

const stops: Array<() => void> = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

function harness(options: { keptStore?: KeptFileStore | null; search?: string; channel?: KeptFileChannel | null; onVisible?: DatasetSourceDeps['onVisible'] } = {}): Harness {
  const notices: string[] = [];
  const navigations: string[] = [];
  const addressDrops: number[] = [];
  const search = options.search ?? '';
  const source = createDatasetSource({
    keptStore: options.keptStore === undefined ? createKeptFileStore({ indexedDB: () => new IDBFactory() }) : options.keptStore,
    channel: options.channel ?? null,
    parse,
    location: () => ({ search, href: `${PAGE}${search}` }),
    dropAddressParam: () => addressDrops.push(1),
    navigate: (url) => navigations.push(url),
    notify: (messages) => notices.push(...messages),
    onVisible: options.onVisible,
  });
  const stop = source.start();
  stops.push(stop);
  return {
    source,
    notices,
    navigations,
    addressDrops,
    stop,
    shown: () => {
      const state = source.useStore.getState();
      return chooseActiveDataset({ ...state, remote: { status: 'success', model: BUNDLED } });
    },
  };
}

/** Resolves when the store reaches a state that passes `check`. */
function until(source: DatasetSource, check: (state: ReturnType<DatasetSource['useStore']['getState']>) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (check(source.useStore.getState())) return resolve();
    const unsubscribe = source.useStore.subscribe((state) => {
      if (check(state)) {
        unsubscribe();
        resolve();
      }
    });
  });
}

const title = (page: Harness) => {
  const shown = page.shown();
  return shown.status === 'ready' ? (shown.model as unknown as { title: string }).title : shown.status;
};

/** A kept-file store whose writes wait until released, to see what the page says meanwhile. */
function heldStore(inner: KeptFileStore) {
  const releases: Array<() => void> = [];
  const store: KeptFileStore = {
    ...inner,
    keep: async (files) => {
      await new Promise<void>((resolve) => releases.push(resolve));
      return inner.keep(files);
    },
  };
  return { store, release: () => releases.splice(0).forEach((release) => release()) };
}

describe('the dataset source', () => {
  it('shows nothing until the kept file is looked up, then the bundled dataset when there is none', async () => {
    const page = harness();
    expect(page.shown().status).toBe('loading');
    await until(page.source, (state) => !state.restoring);
    expect(title(page)).toBe('bundled');
  });

  it('says "kept" only once the write has committed, and a reload (a new page) brings the file back', async () => {
    const factory = new IDBFactory();
    const { store, release } = heldStore(createKeptFileStore({ indexedDB: () => factory }));
    const page = harness({ keptStore: store });
    await until(page.source, (state) => !state.restoring);
    const opening = page.source.openFiles([json('a.json', 'valid A')]);
    await until(page.source, (state) => state.file !== null);
    expect(page.shown()).toMatchObject({ status: 'ready', source: { kind: 'file', name: 'a.json', keep: { state: 'keeping' } } });
    release();
    await opening;
    expect(page.shown()).toMatchObject({ source: { keep: { state: 'kept' } } });
    const reloaded = harness({ keptStore: createKeptFileStore({ indexedDB: () => factory }) });
    await until(reloaded.source, (state) => !state.restoring);
    expect(title(reloaded)).toBe('valid A');
  });

  it('open A then B: B shows and B is kept, even when A is still being read', async () => {
    const factory = new IDBFactory();
    const page = harness({ keptStore: createKeptFileStore({ indexedDB: () => factory }) });
    await until(page.source, (state) => !state.restoring);
    await Promise.all([page.source.openFiles([json('a.json', 'valid A')]), page.source.openFiles([json('b.json', 'valid B')])]);
    expect(title(page)).toBe('valid B');
    const reloaded = harness({ keptStore: createKeptFileStore({ indexedDB: () => factory }) });
    await until(reloaded.source, (state) => !state.restoring);
    expect(title(reloaded)).toBe('valid B');
  });

  it('a broken file is shown over the kept one, does not replace it, and "back" returns to it', async () => {
    const factory = new IDBFactory();
    const page = harness({ keptStore: createKeptFileStore({ indexedDB: () => factory }) });
    await until(page.source, (state) => !state.restoring);
    await page.source.openFiles([json('a.json', 'valid A')]);
    await page.source.openFiles([json('broken.json', '{ broken')]);
    expect(page.shown()).toMatchObject({ status: 'error', file: 'broken.json', back: { label: 'Back to your file a.json', action: 'dismiss-failed-file' } });
    // A reload meanwhile finds the valid file still kept.
    const reloaded = harness({ keptStore: createKeptFileStore({ indexedDB: () => factory }) });
    await until(reloaded.source, (state) => !state.restoring);
    expect(title(reloaded)).toBe('valid A');
    page.source.dismissFailedFile();
    expect(page.shown()).toMatchObject({ status: 'ready', source: { kind: 'file', name: 'a.json', keep: { state: 'kept' } } });
  });

  it('says why a file could not be kept', async () => {
    const page = harness({ keptStore: createKeptFileStore({ indexedDB: () => undefined }) });
    await until(page.source, (state) => !state.restoring);
    expect(page.notices).toEqual([]);
    await page.source.openFiles([json('a.json', 'valid A')]);
    expect(page.shown()).toMatchObject({
      status: 'ready',
      source: { keep: { state: 'not-kept', reason: 'this browser offers no storage to this page (IndexedDB is not available)' } },
    });
  });

  it('goes on without the kept file when storage never answers, and says so', async () => {
    const silent = { open: () => ({}) as IDBOpenDBRequest } as unknown as IDBFactory;
    const page = harness({ keptStore: createKeptFileStore({ indexedDB: () => silent, timeoutMs: 20 }) });
    expect(page.shown().status).toBe('loading');
    await until(page.source, (state) => !state.restoring);
    expect(title(page)).toBe('bundled');
    expect(page.notices).toEqual([
      "A file kept in this browser could not be read: the browser's storage did not answer within 0 seconds. Showing the bundled dataset.",
    ]);
  });

  it('an address wins over the kept file; leaving it leads back to the kept file and forgets nothing', async () => {
    const factory = new IDBFactory();
    await createKeptFileStore({ indexedDB: () => factory }).keep({ kind: 'json', name: 'a.json', text: 'valid A' });
    const page = harness({ keptStore: createKeptFileStore({ indexedDB: () => factory }), search: '?data=https://data.example.org/d.json&actor=qatar' });
    expect(page.source.useStore.getState()).toMatchObject({ address: 'https://data.example.org/d.json', restoring: false });
    await until(page.source, (state) => state.keptBehindAddress !== null);
    expect(page.source.useStore.getState().keptBehindAddress).toMatchObject({ name: 'a.json' });
    page.source.leaveAddress();
    expect(page.navigations).toEqual([`${PAGE}?actor=qatar`]);
    expect(await createKeptFileStore({ indexedDB: () => factory }).read()).toMatchObject({ ok: true, value: { files: { name: 'a.json' } } });
  });

  it('a valid file opened over an address replaces the address', async () => {
    const page = harness({ search: '?data=https://data.example.org/d.json' });
    await page.source.openFiles([json('a.json', 'valid A')]);
    expect(page.addressDrops).toEqual([1]);
    expect(page.source.useStore.getState().address).toBeNull();
    expect(title(page)).toBe('valid A');
  });

  it('a file that cannot be read is a message, and what shows stays', async () => {
    const page = harness();
    await until(page.source, (state) => !state.restoring);
    await page.source.openFiles([new File(['x'], 'notes.docx')]);
    expect(page.source.useStore.getState().readError).toMatch(/Open one \.json dataset/);
    expect(title(page)).toBe('bundled');
  });

  it('"Back to the bundled data" forgets the kept file', async () => {
    const factory = new IDBFactory();
    const page = harness({ keptStore: createKeptFileStore({ indexedDB: () => factory }) });
    await until(page.source, (state) => !state.restoring);
    await page.source.openFiles([json('a.json', 'valid A')]);
    await page.source.backToBundledData();
    expect(title(page)).toBe('bundled');
    expect(await createKeptFileStore({ indexedDB: () => factory }).read()).toEqual({ ok: true, value: null });
  });

  it('two tabs: each learns when the other replaces or forgets the kept file, and can keep its own again', async () => {
    const factory = new IDBFactory();
    const channel = (): KeptFileChannel => {
      const real = new BroadcastChannel('tieline-test-kept-file');
      stops.push(() => real.close());
      return {
        post: (meta) => real.postMessage(meta),
        listen: (onChange) => {
          real.onmessage = (event: MessageEvent<KeptFileMeta | null>) => onChange(event.data);
          return () => (real.onmessage = null);
        },
      };
    };
    const one = harness({ keptStore: createKeptFileStore({ indexedDB: () => factory }), channel: channel() });
    const two = harness({ keptStore: createKeptFileStore({ indexedDB: () => factory }), channel: channel() });
    await until(one.source, (state) => !state.restoring);
    await until(two.source, (state) => !state.restoring);
    await one.source.openFiles([json('a.json', 'valid A')]);
    await two.source.openFiles([json('b.json', 'valid B')]);
    await until(one.source, (state) => state.file?.keep.state === 'replaced');
    expect(one.shown()).toMatchObject({ source: { name: 'a.json', keep: { state: 'replaced', by: { name: 'b.json' } } } });
    await one.source.keepThisFile();
    expect(one.shown()).toMatchObject({ source: { keep: { state: 'kept' } } });
    await until(two.source, (state) => state.file?.keep.state === 'replaced');
    await two.source.backToBundledData();
    await until(one.source, (state) => state.file?.keep.state === 'replaced');
    expect(one.shown()).toMatchObject({ source: { keep: { state: 'replaced', by: null } } });
  });

  it('without a channel, a tab finds out when it comes back into view', async () => {
    const factory = new IDBFactory();
    let becameVisible = () => {};
    const one = harness({
      keptStore: createKeptFileStore({ indexedDB: () => factory }),
      onVisible: (callback) => {
        becameVisible = callback;
        return () => {};
      },
    });
    await until(one.source, (state) => !state.restoring);
    await one.source.openFiles([json('a.json', 'valid A')]);
    await createKeptFileStore({ indexedDB: () => factory }).keep({ kind: 'json', name: 'b.json', text: 'valid B' });
    becameVisible();
    await until(one.source, (state) => state.file?.keep.state === 'replaced');
    await one.source.showKeptFile();
    expect(title(one)).toBe('valid B');
  });

  it('a kept file that no longer opens is shown as its problems, with the way back to the bundled data', async () => {
    const factory = new IDBFactory();
    await createKeptFileStore({ indexedDB: () => factory }).keep({ kind: 'json', name: 'old.json', text: 'no longer valid' });
    const page = harness({ keptStore: createKeptFileStore({ indexedDB: () => factory }) });
    await until(page.source, (state) => !state.restoring);
    expect(page.shown()).toMatchObject({ status: 'error', file: 'old.json', back: { action: 'forget-kept-file' } });
  });
});

describe('a refused address', () => {
  it('is named in a notice, and what shows is what a bare address would show (the kept file)', async () => {
    const factory = new IDBFactory();
    await createKeptFileStore({ indexedDB: () => factory }).keep({ kind: 'json', name: 'a.json', text: 'valid A' });
    const page = harness({ keptStore: createKeptFileStore({ indexedDB: () => factory }), search: '?data=http://plain.example.org/d.json' });
    await until(page.source, (state) => !state.restoring);
    expect(page.notices).toEqual(['The dataset address “http://plain.example.org/d.json” was not loaded: only https addresses are accepted.']);
    expect(title(page)).toBe('valid A');
  });
});
