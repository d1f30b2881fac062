// Keeps the Studio's work in this browser (IndexedDB), so a reload or a closed tab loses nothing.
// Its own database: the reader's kept files (src/features/open-data) are a different thing with a
// different lifetime. IndexedDB, not localStorage: a project holds whole articles.
import { isStudioProject, type StudioProject } from './studio-project';

const DATABASE = 'tieline-studio';
const STORE = 'projects';
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
      const transaction = database.transaction(STORE, mode);
      const request = action(transaction.objectStore(STORE));
      // Resolved once the transaction is durable, not merely when the request succeeded.
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB request failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    database.close();
  }
}

interface StoredProject {
  readonly version: 1;
  readonly project: StudioProject;
  readonly savedAt: string;
}

function isStoredProject(value: unknown): value is StoredProject {
  if (typeof value !== 'object' || value === null) return false;
  const stored = value as Partial<StoredProject>;
  return stored.version === 1 && isStudioProject(stored.project);
}

export type KeptProject = { readonly kind: 'none' } | { readonly kind: 'kept'; readonly project: StudioProject } | { readonly kind: 'unreadable'; readonly raw: unknown };

/**
 * The kept project; `none` when there is none or storage is refused (as in some private windows);
 * `unreadable` when something is kept that the Studio cannot open, handed back so nothing is lost.
 */
export async function loadKeptProject(): Promise<KeptProject> {
  try {
    const value = await run('readonly', (store) => store.get(KEY));
    if (value === undefined) return { kind: 'none' };
    return isStoredProject(value) ? { kind: 'kept', project: value.project } : { kind: 'unreadable', raw: value };
  } catch {
    return { kind: 'none' };
  }
}

/** Keeps the project; false when the browser refused (the Studio then says the work is not kept). */
export async function keepProject(project: StudioProject): Promise<boolean> {
  try {
    const stored: StoredProject = { version: 1, project, savedAt: new Date().toISOString() };
    await run('readwrite', (store) => store.put(stored, KEY));
    return true;
  } catch {
    return false;
  }
}
