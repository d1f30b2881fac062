// What a slider step costs the renderer, checked as behaviour rather than time: a step restyles the
// ties it shows or hides and nothing else. (Cytoscape restyled every drawn node, and with it every
// person inside the same state, when nodes kept the default `background-image`; at 2,000 actors that
// was most of each frame.)
import { expect, test } from '@playwright/test';
import { bundledDataset, expectedVisibleEdgeCount } from './support/dataset';
import { openApp, visibleEdgeCount } from './support/graph';

const dataset = bundledDataset();

test('moving the time restyles only the ties that show or hide, never a node', async ({ page }) => {
  await openApp(page);
  const slider = page.getByRole('slider', { name: 'To' });
  await slider.focus();
  await page.keyboard.press('Home');
  const firstDay = Number(await slider.getAttribute('aria-valuemin'));
  await expect.poll(() => visibleEdgeCount(page)).toBe(expectedVisibleEdgeCount(dataset, firstDay));
  // Let the first frames draw every node once before counting.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

  await page.evaluate(() => {
    const counts = { nodes: 0, edges: 0 };
    (window as unknown as { restyled: typeof counts }).restyled = counts;
    window.cy!.on('style', (event) => {
      if (event.target.isNode()) counts.nodes += 1;
      else counts.edges += 1;
    });
  });
  await page.keyboard.press('End');
  const lastDay = Number(await slider.getAttribute('aria-valuemax'));
  await expect.poll(() => visibleEdgeCount(page)).toBe(expectedVisibleEdgeCount(dataset, lastDay));
  // Several frames, so a node drawn on any of them would have shown up.
  for (let frame = 0; frame < 5; frame += 1) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  const restyled = await page.evaluate(() => (window as unknown as { restyled: { nodes: number; edges: number } }).restyled);
  expect(restyled.edges).toBeGreaterThan(0);
  expect(restyled.nodes).toBe(0);
});
