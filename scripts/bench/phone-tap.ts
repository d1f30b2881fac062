// What the reader of a phone pays when they reach for the graph. On a touch screen the default view
// shows its picture until the reader taps (src/graph/graph-start.ts), so Lighthouse's load no longer
// includes creating and first drawing the graph: that work moves to the tap, and this measures it,
// on a phone-sized page with the main thread slowed four times (DevTools throttling, as close as a
// real browser gets to Lighthouse's simulated phone), from the tap to the drawn graph.
import { chromium } from '@playwright/test';
import { GRAPH_WAITS_ATTRIBUTE } from '../../src/graph/graph-start';
import { CHROMIUM_ARGS } from '../lib/browser-path';

const PHONE_CPU_SLOWDOWN = 4;

export interface TapLoad {
  /** From the tap (the click event) to the graph reporting itself drawn, ms. */
  readonly tapToGraphMs: number;
  /** The longest task between the tap and the drawn graph, ms. */
  readonly longestTaskMs: number;
  /** Time over 50 ms in each task after the tap, summed (what Lighthouse calls blocking time), ms. */
  readonly blockingMs: number;
}

export interface TapToGraph {
  readonly cpuSlowdown: number;
  readonly loads: readonly TapLoad[];
  /** The load with the median tap-to-graph time. */
  readonly median: TapLoad;
}

declare global {
  interface Window {
    tielineTapProbe?: { tap: number | null; drawn: number | null; tasks: Array<[number, number]> };
  }
}

const PROBE = `(() => {
  const probe = { tap: null, drawn: null, tasks: [] };
  window.tielineTapProbe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('click', (event) => { if (probe.tap === null) probe.tap = event.timeStamp; }, true);
  new MutationObserver(() => {
    if (probe.drawn === null && document.querySelector('[data-testid="graph-canvas"][data-ready="true"]')) probe.drawn = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
})();`;

/** `executablePath` undefined: Playwright's own Chromium (scripts/lib/browser-path.ts). */
export async function measureTapToGraph(url: string, executablePath: string | undefined, loads = 3): Promise<TapToGraph> {
  const browser = await chromium.launch({ ...(executablePath === undefined ? {} : { executablePath }), args: CHROMIUM_ARGS });
  const measured: TapLoad[] = [];
  try {
    for (let load = 0; load < loads; load += 1) {
      // Lighthouse's phone: 412 × 823 CSS px at 1.75 device pixels each, a touch screen.
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      await page.addInitScript(PROBE);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_SLOWDOWN });
      await page.goto(url);
      // Everything the page loads without the reader: the dataset (the time bar's count) and Cytoscape's module.
      await page.getByText(/of \d+ ties/).waitFor({ state: 'attached', timeout: 60_000 });
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => /\/graph-view-[^/]*\.js$/.test(entry.name)), null, { timeout: 60_000 });
      if (!(await page.evaluate((waits) => document.documentElement.hasAttribute(waits), GRAPH_WAITS_ATTRIBUTE))) {
        throw new Error(`${url} did not wait for the reader on a touch screen: nothing to measure at the tap.`);
      }
      await page.getByRole('button', { name: 'Explore the interactive graph' }).tap();
      await page.waitForFunction(() => window.tielineTapProbe?.drawn != null, null, { timeout: 120_000 });
      const probe = (await page.evaluate(() => window.tielineTapProbe))!;
      const tap = probe.tap!;
      const drawn = probe.drawn!;
      const after = probe.tasks.filter(([start, duration]) => start + duration > tap && start < drawn);
      measured.push({
        tapToGraphMs: drawn - tap,
        longestTaskMs: Math.max(0, ...after.map(([, duration]) => duration)),
        blockingMs: after.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const sorted = [...measured].sort((a, b) => a.tapToGraphMs - b.tapToGraphMs);
  return { cpuSlowdown: PHONE_CPU_SLOWDOWN, loads: measured, median: sorted[Math.floor(sorted.length / 2)]! };
}
