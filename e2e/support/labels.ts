// Reading the drawn names and boxes from the graph itself (the read-only `window.cy`), in a page or
// in an embed's frame: what a reader sees, measured, not the state behind it.
import type { Frame, Page } from '@playwright/test';

export interface DrawnName {
  readonly id: string;
  /** The font size on screen: the style's size in graph units times the zoom. */
  readonly px: number;
  /** The name's box on the canvas, in CSS pixels. */
  readonly box: { x1: number; y1: number; x2: number; y2: number };
}

export interface GraphReading {
  /** Every actor whose name is drawn (a name with no text or no opacity is not drawn). */
  readonly names: DrawnName[];
  /** Every drawn actor, named or not. */
  readonly actors: string[];
  /** Pairs of sibling boxes or nodes (the same box around them, or none) that overlap. */
  readonly overlappingNodes: string[];
  readonly canvas: { width: number; height: number };
  readonly zoom: number;
}

/** Two animation frames: the graph chooses its names in the frame after a change of view. */
export async function settled(target: Page | Frame): Promise<void> {
  await target.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

export async function readGraph(target: Page | Frame): Promise<GraphReading> {
  await settled(target);
  // No helper functions inside: the page has none of the test runner's.
  return target.evaluate(() => {
    const cy = window.cy!;
    const zoom = cy.zoom();
    const drawn = cy.nodes(':visible');
    const names = drawn
      .filter((node) => typeof node.data('name') === 'string' && node.data('name') !== '' && Number(node.style('text-opacity')) > 0 && node.effectiveOpacity() > 0)
      .map((node) => {
        const box = node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false });
        return { id: node.id(), px: parseFloat(node.style('font-size') as string) * zoom, box: { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 } };
      });
    const bodies = drawn.map((node) => ({
      id: node.id(),
      parent: node.parent().nonempty() ? node.parent().first().id() : '',
      box: node.renderedBoundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false }),
    }));
    const overlappingNodes: string[] = [];
    for (const [index, a] of bodies.entries()) {
      for (const b of bodies.slice(index + 1)) {
        if (a.parent === b.parent && a.box.x1 < b.box.x2 && b.box.x1 < a.box.x2 && a.box.y1 < b.box.y2 && b.box.y1 < a.box.y2) overlappingNodes.push(`${a.id} / ${b.id}`);
      }
    }
    return { names, actors: drawn.map((node) => node.id()), overlappingNodes, canvas: { width: cy.width(), height: cy.height() }, zoom };
  });
}

/** The pairs of drawn names whose boxes overlap. */
export function overlappingNames(names: readonly DrawnName[]): string[] {
  const pairs: string[] = [];
  for (const [index, a] of names.entries()) {
    for (const b of names.slice(index + 1)) {
      if (a.box.x1 < b.box.x2 && b.box.x1 < a.box.x2 && a.box.y1 < b.box.y2 && b.box.y1 < a.box.y2) pairs.push(`${a.id} / ${b.id}`);
    }
  }
  return pairs;
}

/** The drawn names that do not lie wholly on the canvas. */
export function namesOffCanvas(reading: GraphReading): string[] {
  const { width, height } = reading.canvas;
  return reading.names.filter(({ box }) => box.x1 < -0.5 || box.y1 < -0.5 || box.x2 > width + 0.5 || box.y2 > height + 0.5).map((name) => name.id);
}
