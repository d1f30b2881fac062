// The least time a first painted graph can take on the machine that runs the benchmark, measured
// beside the app's own figure, so a missed goal says whether any order of the app's work could meet
// it. Two parts, both work on the page's one main thread, one after the other: the page's own scripts
// must have run before they can create the graph; then Cytoscape must create the graph's elements and
// draw its first frame. The second part is measured with Cytoscape alone, without the app: the same
// elements (classes, data and positions as the app made them), the same stylesheet and viewport, on an
// empty page, so nothing of the app's own work is in it.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import { TSX_NAME_HELPER } from '../lib/tsx-in-pages';
import { summarise } from './stats';

export interface FirstPaintFloor {
  /** When the page's own scripts had run (DOMContentLoaded waits for them), median of the fresh loads. */
  scriptsRanMs: number;
  /** Elements of the graph as the default view draws it. */
  elements: number;
  /** Cytoscape alone: creating those elements, then on to its first frame (medians of ALONE_RUNS). */
  createMs: number;
  firstFrameMs: number;
}

const ALONE_RUNS = 5;
/** The build of Cytoscape the app bundles, with this project's patches applied (patches/). */
const CYTOSCAPE_MODULE = 'node_modules/cytoscape/dist/cytoscape.esm.mjs';

/** The floor itself: the scripts having run, then Cytoscape alone. */
export const floorMs = (floor: FirstPaintFloor): number => floor.scriptsRanMs + floor.createMs + floor.firstFrameMs;

/** The floor's sentence in the benchmark's report. */
export function firstPaintFloorSentence(floor: FirstPaintFloor): string {
  const alone = floor.createMs + floor.firstFrameMs;
  return (
    `the least it can take on this machine is ${Math.round(floorMs(floor))} ms: the page's own scripts had run at ${Math.round(floor.scriptsRanMs)} ms (DOMContentLoaded), ` +
    `and Cytoscape alone, given the same ${floor.elements} elements and stylesheet on an empty page, took ${Math.round(alone)} ms to create them and draw its first frame ` +
    `(${Math.round(floor.createMs)} + ${Math.round(floor.firstFrameMs)} ms), both on the page's one main thread, one after the other`
  );
}

/**
 * Cytoscape alone, drawing what `page` (the app, loaded with its graph exposed: `graph: true` in the
 * inspect request) drew at first, with `style`, the stylesheet the app gave it.
 */
export async function cytoscapeAlone(browser: Browser, page: Page, style: StylesheetJson): Promise<Omit<FirstPaintFloor, 'scriptsRanMs'>> {
  const drawn = await page.evaluate(() => {
    const cy = (window as unknown as { cy: Core }).cy;
    const container = cy.container()!;
    return { elements: cy.elements().jsons() as unknown as ElementDefinition[], zoom: cy.zoom(), pan: cy.pan(), width: container.clientWidth, height: container.clientHeight };
  });
  const library = `${readFileSync(CYTOSCAPE_MODULE, 'utf8')}\nwindow.cytoscape = cytoscape;`;
  const creates: number[] = [];
  const firstFrames: number[] = [];
  for (let run = 0; run < ALONE_RUNS; run += 1) {
    const empty = await browser.newPage({ viewport: page.viewportSize() ?? { width: 1280, height: 800 } });
    await empty.setContent(`<div id="graph" style="width: ${drawn.width}px; height: ${drawn.height}px"></div>`);
    await empty.evaluate(TSX_NAME_HELPER);
    await empty.addScriptTag({ type: 'module', content: library });
    await empty.waitForFunction(() => 'cytoscape' in window);
    const timing = await empty.evaluate(
      async ({ elements, zoom, pan, style }) => {
        const cytoscape = (window as unknown as { cytoscape: (options: object) => unknown }).cytoscape;
        const started = performance.now();
        cytoscape({ container: document.getElementById('graph'), elements, style, zoom, pan, layout: { name: 'preset', fit: false } });
        const created = performance.now();
        // Cytoscape asked for its frame as it was created; this callback runs after it drew.
        await new Promise((resolve) => requestAnimationFrame(resolve));
        return { createMs: created - started, firstFrameMs: performance.now() - created };
      },
      { ...drawn, style },
    );
    creates.push(timing.createMs);
    firstFrames.push(timing.firstFrameMs);
    await empty.close();
  }
  return { elements: drawn.elements.length, createMs: summarise(creates).p50, firstFrameMs: summarise(firstFrames).p50 };
}
