// Reading the graph through the read-only `window.cy` the app exposes once the graph is drawn.
import { expect, type Page } from '@playwright/test';

export async function openApp(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
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
