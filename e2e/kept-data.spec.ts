// What is kept in this browser is what the reader opened, and the page says so truthfully: only a
// valid file replaces the kept one, the banner says "kept" once the write has committed and says why
// when storage fails, leaving an address forgets nothing, tabs learn of each other's changes, and a
// selection in the address survives a reload onto the kept file.
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { bundledDataset } from './support/dataset';
import { nodeCount, openApp } from './support/graph';
import { chooseFiles, jsonFile, smallDataset, withRenamedActor } from './support/own-data';
import {
  holdWrites,
  releaseStorage,
  withHeldWrites,
  withoutIndexedDB,
  withRefusingIndexedDB,
  withSilentIndexedDB,
  withStorageHeldUntilReleased,
} from './support/storage';

const bundled = bundledDataset();
const title = (page: Page) => page.getByRole('heading', { level: 1 });
const banner = (page: Page) => page.getByRole('note', { name: 'External data' });
const KEPT = 'It is kept in this browser until you go back to the bundled data.';

async function openKept(page: Page, name: string, dataset: unknown) {
  await chooseFiles(page, [jsonFile(name, dataset)]);
  await expect(banner(page)).toContainText(name);
  await expect(banner(page)).toContainText(KEPT);
}

test.describe('what is kept is what was opened', () => {
  test('"kept" is said only once the write has committed; then a reload brings back the last file opened', async ({ page }) => {
    await withHeldWrites(page);
    await openApp(page);
    await openKept(page, 'a.json', smallDataset('Story A'));
    await holdWrites(page, true);
    await chooseFiles(page, [jsonFile('b.json', smallDataset('Story B'))]);
    await expect(title(page)).toContainText('Story B');
    await expect(banner(page)).toContainText('Keeping it in this browser…');
    await holdWrites(page, false);
    await expect(banner(page)).toContainText(KEPT);
    await page.reload();
    await expect(title(page)).toContainText('Story B');
  });

  test("the bundled dataset's picture never stands in for a kept file while the page loads", async ({ page }) => {
    await openApp(page);
    await openKept(page, 'a.json', smallDataset('Story A'));
    await page.reload();
    await expect(page.locator('html')).not.toHaveAttribute('data-boot-preview');
    await expect(title(page)).toContainText('Story A');
    await expect(page.locator('.boot-preview img')).toBeHidden();
    // Back to the bundled data, the mark the boot script reads is gone, so the default view's picture comes back.
    await page.getByRole('button', { name: 'Back to the bundled data' }).click();
    await expect(title(page)).toContainText(bundled.title);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('tieline:kept-file'))).toBeNull();
  });

  test('choosing the same file again after editing it shows the new version', async ({ page }) => {
    const path = test.info().outputPath('story.json');
    writeFileSync(path, JSON.stringify(smallDataset('First draft')));
    await openApp(page);
    await chooseFiles(page, path);
    await expect(title(page)).toContainText('First draft');
    writeFileSync(path, JSON.stringify(smallDataset('Second draft')));
    await chooseFiles(page, path);
    await expect(title(page)).toContainText('Second draft');
  });

  test('a broken file does not replace the kept one; "Back to your file" returns to it and keeps it', async ({ page }) => {
    await openApp(page);
    await openKept(page, 'a.json', smallDataset('Story A'));
    const broken = { ...smallDataset('Broken'), events: [{ ...smallDataset().events[0]!, date: '2024-13-01' }] };
    await chooseFiles(page, [jsonFile('broken.json', broken)]);
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading')).toHaveText('This dataset could not be loaded');
    await expect(alert).toContainText('a.json stays kept in this browser; broken.json was not kept.');
    await expect(page.getByRole('button', { name: 'Back to the bundled data' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Back to your file a.json' }).click();
    await expect(title(page)).toContainText('Story A');
    await expect(banner(page)).toContainText(KEPT);
    await page.reload();
    await expect(title(page)).toContainText('Story A');
  });

  test('leaving a ?data= address leads back to the kept file and does not delete it', async ({ page }) => {
    await page.route('https://data.example.org/**', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(smallDataset('From the web')), headers: { 'access-control-allow-origin': '*' } }),
    );
    await openApp(page);
    await openKept(page, 'a.json', smallDataset('Story A'));
    await page.goto('./?data=https://data.example.org/story.json');
    await expect(title(page)).toContainText('From the web');
    await banner(page).getByRole('button', { name: 'Back to your file a.json' }).click();
    await expect(title(page)).toContainText('Story A');
    await expect(page).not.toHaveURL(/data=/);
    await expect(banner(page)).toContainText(KEPT);
  });

  test('two tabs: a tab says when another replaced or forgot the kept file, and can keep its own again', async ({ page, context }) => {
    await openApp(page);
    await openKept(page, 'a.json', smallDataset('Story A'));
    const other = await context.newPage();
    await other.goto('./');
    await expect(title(other)).toContainText('Story A');
    await openKept(other, 'b.json', smallDataset('Story B'));

    await expect(banner(page)).toContainText('Another tab opened b.json, which is now the file kept in this browser instead of this one.');
    await page.getByRole('button', { name: 'Keep this one instead' }).click();
    await expect(banner(page)).toContainText(KEPT);
    await expect(banner(other)).toContainText('Another tab opened a.json');
    await other.getByRole('button', { name: 'Show a.json' }).click();
    await expect(title(other)).toContainText('Story A');
    await expect(banner(other)).toContainText(KEPT);

    await other.getByRole('button', { name: 'Back to the bundled data' }).click();
    await expect(title(other)).toContainText(bundled.title);
    await expect(banner(page)).toContainText('Another tab went back to the bundled data, so a.json is no longer kept in this browser.');
  });
});

test.describe('the banner tells the truth when storage fails', () => {
  const cases: Array<[string, (page: Page) => Promise<void>, RegExp]> = [
    ['IndexedDB is missing', withoutIndexedDB, /could not be kept in this browser: this browser offers no storage to this page/],
    ['IndexedDB refuses', withRefusingIndexedDB, /could not be kept in this browser: the browser refuses storage to this page.*SecurityError/],
  ];
  for (const [name, setUp, message] of cases) {
    test(`${name}: the file opens and the banner says it could not be kept`, async ({ page }) => {
      await setUp(page);
      await openApp(page);
      await chooseFiles(page, [jsonFile('a.json', smallDataset('Story A'))]);
      await expect(title(page)).toContainText('Story A');
      await expect(banner(page)).toContainText(message);
      await expect(banner(page)).toContainText('It will be gone after a reload.');
      await page.reload();
      await expect(title(page)).toContainText(bundled.title);
    });
  }

  test("another app's database of another version: the banner says so", async ({ page }) => {
    await openApp(page);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          indexedDB.deleteDatabase('tieline');
          const request = indexedDB.open('tieline', 7);
          request.onupgradeneeded = () => request.result.createObjectStore('notes');
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error);
        }),
    );
    await page.reload();
    await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
    await chooseFiles(page, [jsonFile('a.json', smallDataset('Story A'))]);
    await expect(banner(page)).toContainText(/could not be kept in this browser: this site's storage holds a “tieline” database of another version.*VersionError/);
  });

  test('a quota too small for the file: the banner says the storage is full', async ({ page }) => {
    await openApp(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin, quotaSize: 2_000 });
    await chooseFiles(page, [jsonFile('a.json', smallDataset('Story A'))]);
    await expect(title(page)).toContainText('Story A');
    await expect(banner(page)).toContainText(/could not be kept in this browser: the browser's storage for this site is full.*QuotaExceededError/);
  });

  test('an indexedDB.open that never answers: the page goes on without the kept file and says why', async ({ page }) => {
    await withSilentIndexedDB(page);
    await openApp(page);
    await expect(page.getByTestId('notices')).toContainText("A file kept in this browser could not be read: the browser's storage did not answer within 5 seconds.");
    await chooseFiles(page, [jsonFile('a.json', smallDataset('Story A'))]);
    await expect(title(page)).toContainText('Story A');
    await expect(banner(page)).toContainText(/could not be kept in this browser: the browser's storage did not answer within 5 seconds/);
  });
});

test('a selection in the address survives a reload onto the kept file, whatever answers first', async ({ page }) => {
  const mine = withRenamedActor(smallDataset('Story A'), 'qatar', 'state-of-qatar');
  await openApp(page);
  await openKept(page, 'a.json', mine);
  await withStorageHeldUntilReleased(page);
  // The bundled dataset arrives (and is validated) before the kept file can be read.
  const bundledLoaded = page.waitForResponse((response) => response.url().endsWith('datasets/qatar-syria.json'));
  await page.goto('./?actor=state-of-qatar');
  await (await bundledLoaded).finished();
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  await releaseStorage(page);
  await expect(title(page)).toContainText('Story A');
  await expect(page.getByRole('complementary', { name: 'Qatar' })).toBeVisible();
  await expect(page).toHaveURL(/actor=state-of-qatar/);
  await expect(page.getByTestId('notices')).toHaveCount(0);
  await expect.poll(() => nodeCount(page)).toBe(mine.actors.length);
});
