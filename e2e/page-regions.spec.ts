// The full app's regions each have a place of their own at every screen size: the header, the
// graph, the side panel (details and key), the story's card and the time bar never cover one another,
// and none is wider than the screen. A time bar drawn over the graph on a phone once passed every
// other test, because each region worked on its own.
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { openApp } from './support/graph';

const SCREENS = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
] as const;

const REGIONS = {
  header: '.app-header',
  graph: '[data-testid="graph-canvas"]',
  side: '.app-side',
  'story card': '[data-testid="story-card"]',
  'time bar': '.time-bar',
} as const;

type Box = { x: number; y: number; width: number; height: number };

async function regionBoxes(page: Page): Promise<Array<{ name: string; box: Box }>> {
  const found: Array<{ name: string; box: Box }> = [];
  for (const [name, selector] of Object.entries(REGIONS)) {
    const region = page.locator(selector).first();
    if ((await region.count()) === 0 || !(await region.isVisible())) continue;
    found.push({ name, box: (await region.boundingBox())! });
  }
  return found;
}

const overlapArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

for (const screen of SCREENS) {
  for (const address of ['./', './?story=1&chapter=3']) {
    test(`at ${screen.width} × ${screen.height}, ${address === './' ? 'exploring' : 'in the story'}: no region of the page covers another`, async ({ page }) => {
      await page.setViewportSize(screen);
      await openApp(page, address);
      const boxes = await regionBoxes(page);
      const names = boxes.map(({ name }) => name);
      expect(names).toEqual(expect.arrayContaining(['header', 'graph', 'time bar', ...(address === './' ? [] : ['story card'])]));
      for (const { name, box } of boxes) {
        expect(box.width, `${name} has a width`).toBeGreaterThan(0);
        expect(box.x + box.width, `${name} fits the screen's width`).toBeLessThanOrEqual(screen.width + 0.5);
      }
      // The graph is a real picture, not a strip.
      const graph = boxes.find(({ name }) => name === 'graph')!.box;
      expect(graph.height).toBeGreaterThan(Math.min(300, screen.height * 0.35));
      if (screen.width <= 700) {
        // One column on a phone: the time bar comes right after the graph it drives, before the side panel.
        const timeBar = boxes.find(({ name }) => name === 'time bar')!.box;
        const side = boxes.find(({ name }) => name === 'side')!.box;
        expect(timeBar.y, 'the time bar is below the graph').toBeGreaterThanOrEqual(graph.y + graph.height - 1);
        expect(timeBar.y + timeBar.height, 'the time bar is above the side panel').toBeLessThanOrEqual(side.y + 1);
      }
      // The date and the count read as one line, not a column a few words wide beside the buttons.
      const rangeLines = await page.locator('.time-bar-range').evaluate((range) => {
        const text = document.createRange();
        text.selectNodeContents(range);
        return new Set([...text.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.bottom))).size;
      });
      expect(rangeLines, 'lines of the date and the count').toBe(1);
      for (const [index, a] of boxes.entries()) {
        for (const b of boxes.slice(index + 1)) {
          expect(overlapArea(a.box, b.box), `${a.name} and ${b.name} overlap`).toBeLessThanOrEqual(1);
        }
      }
    });
  }
}
