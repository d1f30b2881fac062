// A reader who keeps a story open, switches datasets and clicks around for a long time: nothing
// throws when a graph is torn down under a pending frame, an error outside React still reaches the
// reader, and a long session does not grow the page.
import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { bundledDataset } from './support/dataset';
import { nodeCentreOnPage, nodeCount, openApp } from './support/graph';

const bundled = bundledDataset();

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // The browser asks every page for /favicon.ico; Tieline has none, and that 404 is no fault of the page.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** The bundled dataset cut down to the events of one article, so its time track differs. */
function oneArticle(index: number) {
  const source = bundled.sources[index]!;
  const events = bundled.events.filter((event) => event.evidence.every((evidence) => evidence.source === source.id));
  const used = new Set(events.flatMap((event) => event.participants.map((participant) => participant.actor)));
  const byId = new Map(bundled.actors.map((actor) => [actor.id, actor]));
  for (const id of [...used]) {
    for (let parent = byId.get(id)?.parent; parent !== undefined; parent = byId.get(parent)?.parent) used.add(parent);
  }
  return { ...bundled, id: `article-${index}`, title: `Article ${index}`, layout: undefined, sources: [source], actors: bundled.actors.filter((actor) => used.has(actor.id)), events };
}

test('opening a file while a graph is on screen throws nothing', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  for (const index of [4, 0, 3]) {
    const mine = oneArticle(index);
    // Time moves (so a graph update waits for the next frame) just before the dataset is replaced;
    // the new dataset's track differs, so the pending update would change what the old graph shows.
    const slider = page.getByRole('slider', { name: 'To' });
    await slider.focus();
    await page.keyboard.press('PageDown');
    await page.getByRole('button', { name: 'Open data' }).click();
    await page.getByLabel('Dataset file(s)').setInputFiles([{ name: `${mine.id}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mine)) }]);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(mine.title);
    await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
    await expect.poll(() => nodeCount(page)).toBe(mine.actors.length);
  }
  await page.getByRole('button', { name: 'Back to the bundled data' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(bundled.title);
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
  expect(errors).toEqual([]);
});

test('an error outside React still reaches the reader as a visible message', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error('a timer failed');
    });
    void Promise.reject(new Error('a promise failed'));
  });
  const notices = page.getByTestId('notices');
  await expect(notices).toContainText('Something went wrong (a timer failed)');
  await expect(notices).toContainText('Something went wrong (a promise failed)');
  // The graph works on.
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
});

const marksAndMeasures = () => performance.getEntriesByType('mark').length + performance.getEntriesByType('measure').length;

/**
 * DOM nodes alive in the page (detached ones included), event listeners and the JavaScript heap,
 * after a full collection.
 */
async function footprint(client: CDPSession): Promise<{ nodes: number; listeners: number; heap: number }> {
  await client.send('HeapProfiler.collectGarbage');
  await client.send('HeapProfiler.collectGarbage');
  const { metrics } = await client.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? Number.NaN;
  return { nodes: value('Nodes'), listeners: value('JSEventListeners'), heap: value('JSHeapUsedSize') };
}

test('a long session does not grow the page: details opened and closed, tooltips, the slider moved', async ({ page }) => {
  test.setTimeout(240_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page);
  const client = await page.context().newCDPSession(page);
  await client.send('Performance.enable');
  const details = page.getByTestId('details');
  const slider = page.getByRole('slider', { name: 'To' });

  const search = page.getByRole('combobox', { name: 'Find an actor' });
  // A cycle opens the details of an actor (by a click on its node, or from the search list by keyboard:
  // typing would fill the input's undo history, which is the browser's, not the page's), closes them,
  // hovers a node and leaves it, and moves the time back and forth.
  const cycle = async (actorId: string, index: number) => {
    const label = bundled.actors.find((actor) => actor.id === actorId)!.label;
    // In braces: returning the graph would make Playwright serialize all of Cytoscape.
    await page.evaluate(() => {
      window.cy!.fit(undefined, 30);
    });
    const centre = await nodeCentreOnPage(page, actorId);
    if (index % 2 === 0) {
      await page.mouse.click(centre.x, centre.y);
      await expect(details.getByRole('heading', { level: 2, name: label })).toBeVisible();
    } else {
      await search.focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect(details.getByRole('heading', { level: 2 })).toBeVisible();
    }
    await page.keyboard.press('Escape');
    await expect(details.getByRole('heading', { level: 2 })).toHaveCount(0);
    // Selecting centred the graph on the selected actor: frame it all again and find the node.
    await page.evaluate(() => {
      window.cy!.fit(undefined, 30);
    });
    const now = await nodeCentreOnPage(page, actorId);
    await page.mouse.move(now.x + 1, now.y + 1);
    await expect(page.getByRole('tooltip')).toContainText(label);
    await page.mouse.move(0, 0);
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    await slider.focus();
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageUp');
  };
  const actors = ['bahrain', 'jordan', 'iraq', 'egypt', 'china'];
  // Warm up: the first cycles load code, fill caches and let V8 compile the hot paths (a heap
  // snapshot shows the growth after that is compiled code and the browser's own paint entries).
  for (let index = 0; index < 20; index += 1) await cycle(actors[index % actors.length]!, index);
  const before = await footprint(client);
  const entriesBefore = await page.evaluate(marksAndMeasures);

  for (let index = 0; index < 40; index += 1) await cycle(actors[index % actors.length]!, index);
  const after = await footprint(client);
  const entriesAfter = await page.evaluate(marksAndMeasures);

  // No node or listener per cycle may stay behind (40 cycles would leave at least 40), and the heap
  // may not grow by more than compiled code does (a detached canvas tree or a retained graph is
  // megabytes).
  expect(after.nodes - before.nodes, `DOM nodes ${before.nodes} → ${after.nodes}`).toBeLessThan(20);
  expect(after.listeners - before.listeners, `listeners ${before.listeners} → ${after.listeners}`).toBeLessThan(20);
  expect(after.heap - before.heap, `heap ${before.heap} → ${after.heap} bytes`).toBeLessThan(1_500_000);
  // The app marks and measures nothing when no one asked for timings (it once left two entries per
  // slider step); the browser's own entries (paints, long frames) are capped by the browser.
  expect(entriesAfter).toBe(entriesBefore);
  expect(entriesAfter).toBe(0);
});
