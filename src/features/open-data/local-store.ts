// Keeps the reader's own dataset (the files they opened) in this browser, so a reload does not lose
// it, until they go back to the bundled data. IndexedDB, not localStorage: datasets carry whole
// articles and can be megabytes. Never used in embed mode, which stores nothing.
import type { LocalFiles } from './read-files';

const DATABASE = 'tieline';
const STORE = 'datasets';
const KEY = 'current';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB cannot be opened'));
  });
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const database = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = action(database.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });
  } finally {
    database.close();
  }
}

export async function loadStoredFiles(): Promise<LocalFiles | null> {
  try {
    const value = (await run('readonly', (store) => store.get(KEY))) as LocalFiles | undefined;
    return value ?? null;
  } catch {
    // Private windows may refuse storage: the reader simply starts on the bundled data.
    return null;
  }
}

export async function storeFiles(files: LocalFiles): Promise<void> {
  try {
    await run('readwrite', (store) => store.put(files, KEY));
  } catch {
    // Not kept across reloads; the view itself still works.
  }
}

export async function forgetStoredFiles(): Promise<void> {
  try {
    await run('readwrite', (store) => store.delete(KEY));
  } catch {
    // Nothing stored, nothing to forget.
  }
}
