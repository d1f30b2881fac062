// A dataset that ships no positions is drawn at once from starting places, then laid out in a Web
// Worker with a seeded force layout: the page works meanwhile, shows a status with a Stop button, and
// the same data gives the same picture every time.
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { bundledDataset, expectedVisibleEdgeCount } from './support/dataset';
import { visibleEdgeCount } from './support/graph';

const bundled = bundledDataset();

/** Serves the bundled dataset without its precomputed positions. */
async function serveWithoutPositions(page: Page): Promise<void> {
  await page.route('**/datasets/qatar-syria.json', async (route) => {
    const response = await route.fetch();
    const { layout: _positions, ...withoutPositions } = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, json: withoutPositions });
  });
}

const leafBoxes = (page: Page) =>
  page.evaluate(() =>
    window.cy!.nodes(':childless').map((node) => {
      const box = node.boundingBox({ includeLabels: false });
      return { id: node.id(), x1: box.x1, x2: box.x2, y1: box.y1, y2: box.y2 };
    }),
  );

test('without positions, the graph is laid out in a worker, the same way on every load, with no two actors on one spot', async ({ page }) => {
  await serveWithoutPositions(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('./');
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-layout', 'done', { timeout: 60_000 });
  expect(workers.some((url) => url.includes('layout-worker'))).toBe(true);

  const first = await leafBoxes(page);
  expect(first).toHaveLength(bundled.actors.filter((actor) => !bundled.actors.some((other) => other.parent === actor.id)).length);
  for (const [index, a] of first.entries()) {
    for (const b of first.slice(index + 1)) {
      const overlap = a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
      expect(overlap, `${a.id} and ${b.id} overlap`).toBe(false);
    }
  }

  await page.reload();
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-layout', 'done', { timeout: 60_000 });
  expect(await leafBoxes(page)).toEqual(first);
});

test('without positions, the graph is drawn and works before the layout ends, and Stop ends the layout', async ({ page }) => {
  await serveWithoutPositions(page);
  // Hold the layout worker's script until the test has seen the graph work and pressed Stop, so the
  // layout is certainly still running then, however fast the machine.
  let releaseWorker: () => void = () => {};
  const workerHeld = new Promise<void>((resolve) => (releaseWorker = resolve));
  await page.route('**/assets/layout-worker*.js', async (route) => {
    await workerHeld;
    await route.continue();
  });
  await page.goto('./');
  const canvas = page.getByTestId('graph-canvas');
  await expect(canvas).toHaveAttribute('data-ready', 'true');
  await expect(canvas).toHaveAttribute('data-layout', 'running');
  // Drawn already: every actor has a node, and the time bar moves the ties.
  expect(await page.evaluate(() => window.cy!.nodes(':visible').length)).toBe(bundled.actors.length);
  const slider = page.getByRole('slider', { name: 'To' });
  await slider.focus();
  await page.keyboard.press('Home');
  const firstDay = Number(await slider.getAttribute('aria-valuemin'));
  await expect.poll(() => visibleEdgeCount(page)).toBe(expectedVisibleEdgeCount(bundled, firstDay));
  const before = await leafBoxes(page);

  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(canvas).toHaveAttribute('data-layout', 'cancelled');
  await expect(page.getByRole('status').filter({ hasText: 'Layout stopped' })).toBeVisible();
  releaseWorker();
  // Stopping moved nothing: the actors keep their starting places.
  expect(await leafBoxes(page)).toEqual(before);
  await expect(canvas).toHaveAttribute('data-layout', 'cancelled');
});

test('Re-layout moves the actors to another arrangement and keeps the time filter', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
  const slider = page.getByRole('slider', { name: 'To' });
  await slider.focus();
  await page.keyboard.press('Home');
  // The graph follows the handle on the next frame: wait for it before taking the "before" picture.
  const firstDay = Number(await slider.getAttribute('aria-valuemin'));
  await expect(slider).toHaveAttribute('aria-valuenow', String(firstDay));
  await expect.poll(() => visibleEdgeCount(page)).toBe(expectedVisibleEdgeCount(bundled, firstDay));
  const visibleBefore = await page.evaluate(() => window.cy!.edges(':visible').map((edge) => edge.id()).sort());
  const before = await leafBoxes(page);

  await page.getByRole('button', { name: 'Re-layout' }).click();
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-layout', 'done', { timeout: 60_000 });
  await expect(page.getByRole('button', { name: 'Re-layout' })).toBeEnabled({ timeout: 60_000 });
  expect(await leafBoxes(page)).not.toEqual(before);
  expect(await page.evaluate(() => window.cy!.edges(':visible').map((edge) => edge.id()).sort())).toEqual(visibleBefore);
});
