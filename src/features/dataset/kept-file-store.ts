// Keeps the reader's own dataset (the files they opened) in this browser, so a reload does not lose
// it. IndexedDB, not localStorage: datasets carry whole articles and can be megabytes. Never used in
// embed mode, which stores nothing.
//
// Every answer says whether storage worked and, if not, why in words, so the page never claims a
// file is kept when it is not: a write counts only once its transaction has committed; a browser
// without IndexedDB, one that refuses or errors, a full quota, another app's database of the same
// name, or an `open` that never answers (it happens) each give a reason. Writes run one after
// another, so the last file opened is the one kept. Each kept file has a version, so another tab
// can tell that the kept file is no longer the one it shows.
import type { LocalFiles } from './read-files';

export interface KeptFileMeta {
  /** Changes with every write, in every tab: a different version means a different kept file. */
  readonly version: string;
  readonly savedAt: number;
  readonly name: string;
  readonly kind: LocalFiles['kind'];
}

export interface KeptFile {
  readonly meta: KeptFileMeta;
  readonly files: LocalFiles;
}

/** unavailable: storage cannot be used here at all; failed: it broke; timeout: it did not answer. */
export type StorageFailureKind = 'unavailable' | 'failed' | 'timeout';

export type StorageResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly kind: StorageFailureKind; readonly reason: string };

export interface KeptFileStore {
  read(): Promise<StorageResult<KeptFile | null>>;
  readMeta(): Promise<StorageResult<KeptFileMeta | null>>;
  keep(files: LocalFiles): Promise<StorageResult<KeptFileMeta>>;
  forget(): Promise<StorageResult<null>>;
}

export interface KeptFileStoreOptions {
  /** Where IndexedDB comes from (a fake one in unit tests); undefined when the browser has none. */
  readonly indexedDB?: () => IDBFactory | undefined;
  /** How long to wait for the database to open, or for a read, before going on without it. */
  readonly timeoutMs?: number;
  readonly now?: () => number;
  readonly newVersion?: () => string;
  /** Where the kept-file mark lives (localStorage by default; none in unit tests without one). */
  readonly markStorage?: () => Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined;
}

/**
 * A mark in localStorage while a file is kept: the page's boot script reads it, before any of the
 * app loads, so the full app does not stand the bundled dataset's picture in for a kept file
 * (scripts/lib/page-shell.ts). IndexedDB cannot be read that early. The mark is a hint, kept true by
 * every write and read of the store; a page without it (storage refused) shows no picture.
 */
export const KEPT_FILE_MARK = 'tieline:kept-file';

export const DATABASE = 'tieline';
const DATABASE_VERSION = 1;
const STORE = 'datasets';
/** The files with their meta, and the meta alone (cheap to read for the cross-tab check). */
const FILES_KEY = 'current';
const META_KEY = 'current-meta';
export const STORAGE_TIMEOUT_MS = 5_000;

class StorageError extends Error {
  constructor(
    readonly kind: StorageFailureKind,
    reason: string,
  ) {
    super(reason);
  }
}

function describe(error: unknown): string {
  if (error instanceof StorageError) return error.message;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  const detail = `${name}${name && message ? ': ' : ''}${message}`;
  switch (name) {
    case 'QuotaExceededError':
      return `the browser's storage for this site is full (${detail}); free some space, or open a smaller file`;
    case 'VersionError':
      return `this site's storage holds a “${DATABASE}” database of another version, perhaps from another app (${detail})`;
    case 'NotFoundError':
      return `this site's storage holds a “${DATABASE}” database made by another app (${detail})`;
    case 'SecurityError':
    case 'InvalidStateError':
      return `the browser refuses storage to this page, as some private windows do (${detail})`;
    default:
      return detail || 'the browser’s storage failed without saying why';
  }
}

/** Storage this page cannot use at all: there is nothing of ours in it to lose. */
const UNUSABLE = new Set(['SecurityError', 'InvalidStateError', 'VersionError', 'NotFoundError']);

function failure(error: unknown): { ok: false; kind: StorageFailureKind; reason: string } {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const kind = error instanceof StorageError ? error.kind : UNUSABLE.has(name) ? 'unavailable' : 'failed';
  return { ok: false, kind, reason: describe(error) };
}

function withTimeout<T>(promise: Promise<T>, ms: number, onLate: (value: T) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      reject(new StorageError('timeout', `the browser's storage did not answer within ${Math.round(ms / 1000)} seconds`));
    }, ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        if (settled) onLate(value);
        else resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        if (!settled) reject(error);
      },
    );
  });
}

function isLocalFiles(value: unknown): value is LocalFiles {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  if (typeof record.name !== 'string') return false;
  if (record.kind === 'json') return typeof record.text === 'string';
  if (record.kind === 'csv') return ['sources', 'actors', 'events'].every((key) => typeof record[key] === 'string');
  return false;
}

function isMeta(value: unknown): value is KeptFileMeta {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.version === 'string' && typeof record.savedAt === 'number' && typeof record.name === 'string';
}

/** Reads what an earlier Tieline stored under the files key: the files with their meta, or bare files. */
function asKeptFile(value: unknown): KeptFile | null {
  if (value === undefined) return null;
  if (typeof value === 'object' && value !== null && 'meta' in value && 'files' in value) {
    const { meta, files } = value as { meta: unknown; files: unknown };
    if (isMeta(meta) && isLocalFiles(files)) return { meta, files };
  } else if (isLocalFiles(value)) {
    // Kept by a Tieline before versions existed: still the reader's file.
    return { meta: { version: 'earlier', savedAt: 0, name: value.name, kind: value.kind }, files: value };
  }
  throw new StorageError('failed', `what this site's storage holds under “${DATABASE}” is not a Tieline dataset`);
}

function randomVersion(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
}

export function createKeptFileStore(options: KeptFileStoreOptions = {}): KeptFileStore {
  const factory = options.indexedDB ?? (() => (typeof indexedDB === 'undefined' ? undefined : indexedDB));
  const timeoutMs = options.timeoutMs ?? STORAGE_TIMEOUT_MS;
  const now = options.now ?? Date.now;
  const newVersion = options.newVersion ?? randomVersion;
  let writes: Promise<unknown> = Promise.resolve();
  const markStorage = options.markStorage ?? (() => (typeof localStorage === 'undefined' ? undefined : localStorage));
  const mark = (kept: boolean) => {
    try {
      const storage = markStorage();
      if (kept) storage?.setItem(KEPT_FILE_MARK, '1');
      else storage?.removeItem(KEPT_FILE_MARK);
    } catch {
      // Storage refused: the boot script then finds no mark, and no picture stands in. Nothing is lost.
    }
  };

  function open(): Promise<IDBDatabase> {
    const idb = factory();
    if (idb === undefined || idb === null) {
      return Promise.reject(new StorageError('unavailable', 'this browser offers no storage to this page (IndexedDB is not available)'));
    }
    const opening = new Promise<IDBDatabase>((resolve, reject) => {
      const request = idb.open(DATABASE, DATABASE_VERSION);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    });
    // A database that opens after we gave up is closed, so it blocks nothing.
    return withTimeout(opening, timeoutMs, (database) => database.close());
  }

  async function transact<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => () => T, timed: boolean): Promise<T> {
    const database = await open();
    try {
      const done = new Promise<T>((resolve, reject) => {
        const transaction = database.transaction(STORE, mode);
        const result = work(transaction.objectStore(STORE));
        // Resolved on commit, not on a request's success: a full quota shows only as an abort.
        transaction.oncomplete = () => resolve(result());
        transaction.onabort = () => reject(transaction.error ?? new Error('the storage transaction was aborted'));
        transaction.onerror = () => reject(transaction.error ?? new Error('the storage transaction failed'));
      });
      return await (timed ? withTimeout(done, timeoutMs, () => undefined) : done);
    } finally {
      database.close();
    }
  }

  function get(store: IDBObjectStore, key: string): () => unknown {
    const request = store.get(key);
    return () => request.result as unknown;
  }

  /** Writes one after another, in the order they were asked for. */
  function serially<T>(write: () => Promise<T>): Promise<T> {
    const next = writes.then(write, write);
    writes = next.catch(() => undefined);
    return next;
  }

  return {
    async read() {
      try {
        const kept = asKeptFile(await transact('readonly', (store) => get(store, FILES_KEY), true));
        mark(kept !== null);
        return { ok: true, value: kept };
      } catch (error) {
        return failure(error);
      }
    },
    async readMeta() {
      try {
        const meta = await transact('readonly', (store) => get(store, META_KEY), true);
        return { ok: true, value: isMeta(meta) ? meta : null };
      } catch (error) {
        return failure(error);
      }
    },
    keep(files) {
      return serially(async () => {
        const meta: KeptFileMeta = { version: newVersion(), savedAt: now(), name: files.name, kind: files.kind };
        try {
          // A structured copy of plain fields: what was opened, nothing more.
          const record = { meta, files: { ...files } };
          await transact('readwrite', (store) => {
            store.put(record, FILES_KEY);
            store.put(meta, META_KEY);
            return () => meta;
          }, false);
          mark(true);
          return { ok: true, value: meta } as const;
        } catch (error) {
          return failure(error);
        }
      });
    },
    forget() {
      return serially(async () => {
        try {
          await transact('readwrite', (store) => {
            store.delete(FILES_KEY);
            store.delete(META_KEY);
            return () => null;
          }, false);
          mark(false);
          return { ok: true, value: null } as const;
        } catch (error) {
          return failure(error);
        }
      });
    },
  };
}
