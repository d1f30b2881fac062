import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createKeptFileStore, DATABASE, KEPT_FILE_MARK } from './kept-file-store';
import type { LocalFiles } from './read-files';

const A: LocalFiles = { kind: 'json', name: 'a.json', text: '{"a":1}' };
const B: LocalFiles = { kind: 'csv', name: 'sources.csv, actors.csv, events.csv', sources: 's', actors: 'a', events: 'e' };

function versions() {
  let count = 0;
  return () => `v${++count}`;
}

function openRaw(factory: IDBFactory, version: number, upgrade: (database: IDBDatabase) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DATABASE, version);
    request.onupgradeneeded = () => upgrade(request.result);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

describe('the kept-file store (IndexedDB)', () => {
  it('keeps a file with a new version each time, reads it back, and forgets it', async () => {
    const factory = new IDBFactory();
    const store = createKeptFileStore({ indexedDB: () => factory, newVersion: versions(), now: () => 1000 });
    expect(await store.read()).toEqual({ ok: true, value: null });
    expect(await store.keep(A)).toEqual({ ok: true, value: { version: 'v1', savedAt: 1000, name: 'a.json', kind: 'json' } });
    expect(await store.read()).toEqual({ ok: true, value: { meta: { version: 'v1', savedAt: 1000, name: 'a.json', kind: 'json' }, files: A } });
    expect(await store.readMeta()).toMatchObject({ ok: true, value: { version: 'v1' } });
    await store.keep(A);
    expect(await store.readMeta()).toMatchObject({ ok: true, value: { version: 'v2' } });
    expect(await store.forget()).toEqual({ ok: true, value: null });
    expect(await store.read()).toEqual({ ok: true, value: null });
    expect(await store.readMeta()).toEqual({ ok: true, value: null });
  });

  it('marks in page storage that a file is kept, for the boot script, and clears the mark when none is', async () => {
    const factory = new IDBFactory();
    const marks = new Map<string, string>();
    const markStorage = () => ({ getItem: (key: string) => marks.get(key) ?? null, setItem: (key: string, value: string) => void marks.set(key, value), removeItem: (key: string) => void marks.delete(key) });
    const store = createKeptFileStore({ indexedDB: () => factory, markStorage });
    await store.keep(A);
    expect(marks.get(KEPT_FILE_MARK)).toBe('1');
    await store.forget();
    expect(marks.has(KEPT_FILE_MARK)).toBe(false);
    // A file kept before the mark existed, or a mark left behind: a read puts it right.
    await createKeptFileStore({ indexedDB: () => factory, markStorage: () => undefined }).keep(B);
    await store.read();
    expect(marks.get(KEPT_FILE_MARK)).toBe('1');
    await createKeptFileStore({ indexedDB: () => factory, markStorage: () => undefined }).forget();
    await store.read();
    expect(marks.has(KEPT_FILE_MARK)).toBe(false);
    // Storage that throws loses nothing: the file is still kept.
    const refusing = createKeptFileStore({ indexedDB: () => factory, markStorage: () => { throw new DOMException('denied', 'SecurityError'); } });
    expect(await refusing.keep(A)).toMatchObject({ ok: true });
    expect(await refusing.read()).toMatchObject({ ok: true, value: { files: A } });
  });

  it('keeps the file opened last when writes overlap', async () => {
    const factory = new IDBFactory();
    const store = createKeptFileStore({ indexedDB: () => factory });
    const writes = [store.keep(A), store.keep(B), store.forget(), store.keep(A), store.keep(B)];
    await Promise.all(writes);
    expect(await store.read()).toMatchObject({ ok: true, value: { files: B } });
  });

  it('another tab (another store on the same database) sees the new version', async () => {
    const factory = new IDBFactory();
    const here = createKeptFileStore({ indexedDB: () => factory });
    const there = createKeptFileStore({ indexedDB: () => factory });
    const kept = await here.keep(A);
    const replaced = await there.keep(B);
    const seen = await here.readMeta();
    expect(kept.ok && replaced.ok && seen.ok && seen.value?.version).toBe(replaced.ok ? replaced.value.version : 'never');
    expect(seen.ok && seen.value?.version).not.toBe(kept.ok ? kept.value.version : '');
  });

  it('reads a file kept by an earlier Tieline (bare files, no version)', async () => {
    const factory = new IDBFactory();
    await openRaw(factory, 1, (database) => database.createObjectStore('datasets').put(A, 'current'));
    const store = createKeptFileStore({ indexedDB: () => factory });
    expect(await store.read()).toEqual({ ok: true, value: { meta: { version: 'earlier', savedAt: 0, name: 'a.json', kind: 'json' }, files: A } });
  });

  it('refuses what is not a Tieline dataset under its key, in words', async () => {
    const factory = new IDBFactory();
    await openRaw(factory, 1, (database) => database.createObjectStore('datasets').put({ anything: 1 }, 'current'));
    expect(await createKeptFileStore({ indexedDB: () => factory }).read()).toEqual({
      ok: false,
      kind: 'failed',
      reason: `what this site's storage holds under “tieline” is not a Tieline dataset`,
    });
  });

  it('says why when the browser has no IndexedDB, or refuses it', async () => {
    const missing = createKeptFileStore({ indexedDB: () => undefined });
    expect(await missing.keep(A)).toEqual({ ok: false, kind: 'unavailable', reason: 'this browser offers no storage to this page (IndexedDB is not available)' });
    const refusing = createKeptFileStore({
      indexedDB: () =>
        ({
          open() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        }) as unknown as IDBFactory,
    });
    expect(await refusing.read()).toMatchObject({ ok: false, kind: 'unavailable', reason: expect.stringContaining('SecurityError: The operation is insecure.') });
  });

  it("says so when another app's database of the same name has another version or other stores", async () => {
    const newer = new IDBFactory();
    await openRaw(newer, 3, (database) => database.createObjectStore('datasets'));
    expect(await createKeptFileStore({ indexedDB: () => newer }).keep(A)).toMatchObject({
      ok: false,
      kind: 'unavailable',
      reason: expect.stringMatching(/database of another version.*VersionError/),
    });
    const other = new IDBFactory();
    await openRaw(other, 1, (database) => database.createObjectStore('notes'));
    expect(await createKeptFileStore({ indexedDB: () => other }).keep(A)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/made by another app.*NotFoundError/),
    });
  });

  it('gives up on an open that never answers, and says so', async () => {
    const silent = { open: () => ({}) as IDBOpenDBRequest } as unknown as IDBFactory;
    const store = createKeptFileStore({ indexedDB: () => silent, timeoutMs: 20 });
    expect(await store.read()).toEqual({ ok: false, kind: 'timeout', reason: "the browser's storage did not answer within 0 seconds" });
    expect(await store.keep(A)).toMatchObject({ ok: false, kind: 'timeout' });
  });

  it('reports a write the quota refuses (an abort after the requests succeeded), not a success', async () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const database = {
      close() {},
      transaction() {
        const transaction: Record<string, unknown> = {
          error: quota,
          objectStore: () => ({ put: () => ({}), delete: () => ({}), get: () => ({}) }),
        };
        setTimeout(() => (transaction.onabort as () => void)());
        return transaction;
      },
    };
    const factory = {
      open() {
        const request: Record<string, unknown> = { result: database };
        setTimeout(() => (request.onsuccess as () => void)());
        return request;
      },
    } as unknown as IDBFactory;
    expect(await createKeptFileStore({ indexedDB: () => factory }).keep(A)).toEqual({
      ok: false,
      kind: 'failed',
      reason: "the browser's storage for this site is full (QuotaExceededError: The quota has been exceeded.); free some space, or open a smaller file",
    });
  });
});
