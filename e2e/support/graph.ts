// Reading the graph through the read-only `window.cy` the app exposes once the graph is drawn.
import { expect, type Frame, type Page } from '@playwright/test';
import { GRAPH_WAITS_ATTRIBUTE } from '../../src/graph/graph-start';

export async function openApp(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await startGraph(page);
}

/**
 * Waits for the drawn graph, starting it first as a reader does where it waits for them: on a touch
 * screen the default view shows its picture until the reader taps it (src/graph/graph-start.ts).
 */
export async function startGraph(target: Page | Frame): Promise<void> {
  // The boot script has run once the theme is set; it marks a page that waits at the same time.
  await expect(target.locator('html[data-theme]')).toHaveCount(1);
  if ((await target.locator(`html[${GRAPH_WAITS_ATTRIBUTE}]`).count()) > 0) {
    // The button lies fixed in its frame, which Playwright does not scroll to: the story is scrolled
    // to the frame first, as a reader would.
    if ('frameElement' in target) await (await target.frameElement()).scrollIntoViewIfNeeded();
    await target.locator('.boot-preview-start').tap();
  }
  await expect(target.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
}

export function visibleEdgeCount(page: Page): Promise<number> {
  return page.evaluate(() => window.cy?.edges(':visible').filter((edge) => edge.data('relation') !== true).length ?? -1);
}

export function nodeCount(page: Page): Promise<number> {
  return page.evaluate(() => window.cy?.nodes().length ?? -1);
}

/** The page coordinates of a node's centre, from its position on the canvas. */
export async function nodeCentreOnPage(page: Page, nodeId: string): Promise<{ x: number; y: number }> {
  const box = await page.getByTestId('graph-canvas').boundingBox();
  if (!box) throw new Error('The graph canvas has no box');
  const rendered = await page.evaluate((id) => window.cy?.getElementById(id).renderedPosition(), nodeId);
  if (!rendered) throw new Error(`Node ${nodeId} is not rendered`);
  return { x: box.x + rendered.x, y: box.y + rendered.y };
}
