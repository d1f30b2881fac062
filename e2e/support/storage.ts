// Browser storage the way it fails in the wild, set up before the app's scripts run
// (`page.addInitScript`): no IndexedDB, one that refuses, one that never answers, writes that take
// their time, and an open whose answer waits until the test releases it.
import type { Page } from '@playwright/test';

export async function withoutIndexedDB(page: Page): Promise<void> {
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
}

export async function withRefusingIndexedDB(page: Page): Promise<void> {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
}

/** `indexedDB.open` answers neither success nor error, as it does in some broken profiles. */
export async function withSilentIndexedDB(page: Page): Promise<void> {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => ({}) as IDBOpenDBRequest;
  });
}

/**
 * While `window.__holdWrites` is true, read-write transactions stay open (a chain of reads keeps
 * them alive), so they commit only when the test lets them: a slow disk, on demand.
 */
export async function withHeldWrites(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      const created = transaction.apply(this, args);
      if (args[1] === 'readwrite') {
        const store = created.objectStore(created.objectStoreNames[0]!);
        const spin = () => {
          if ((window as unknown as { __holdWrites?: boolean }).__holdWrites) store.count().onsuccess = spin;
        };
        spin();
      }
      return created;
    } as IDBDatabase['transaction'];
  });
}

export const holdWrites = (page: Page, hold: boolean) =>
  page.evaluate((value) => ((window as unknown as { __holdWrites?: boolean }).__holdWrites = value), hold);

/** Every `indexedDB.open` of the page answers only after `releaseStorage(page)`. */
export async function withStorageHeldUntilReleased(page: Page): Promise<void> {
  await page.addInitScript(() => {
    let released = false;
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    (window as unknown as { __releaseStorage: () => void }).__releaseStorage = () => {
      released = true;
      release();
    };
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
      const request = open.apply(this, args);
      request.addEventListener('success', (event) => {
        if (released) return;
        event.stopImmediatePropagation();
        void gate.then(() => request.dispatchEvent(new Event('success')));
      });
      return request;
    };
  });
}

export const releaseStorage = (page: Page) => page.evaluate(() => (window as unknown as { __releaseStorage: () => void }).__releaseStorage());
