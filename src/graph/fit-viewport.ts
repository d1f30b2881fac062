// The zoom and pan that show the whole graph with its names. Cytoscape's own `fit` measures names in
// graph units, but here a name keeps its size on screen (label-scale.ts), so the room it needs in
// graph units depends on the zoom being chosen. Each thing to show is given as a box in graph units
// plus margins in screen pixels (a node: its box and no margins; a name: the point it hangs from and
// its size on screen), and the largest zoom at which all of them fit is found. Pure arithmetic.
import type { Box } from './label-choice';

export interface FitItem {
  /** In graph units. */
  readonly model: Box;
  /** Added after zooming, in screen pixels (negative for x1 and y1 to reach left and up). */
  readonly screen?: Box;
}

export interface FitOptions {
  readonly width: number;
  readonly height: number;
  /** Clear space kept on every side, in screen pixels. */
  readonly padding: number;
  readonly minZoom: number;
  readonly maxZoom: number;
}

export interface Viewport {
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
}

const NO_MARGIN: Box = { x1: 0, y1: 0, x2: 0, y2: 0 };

/** The screen extent of the items at `zoom`, before panning. */
function extentAt(items: readonly FitItem[], zoom: number): Box {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { model, screen = NO_MARGIN } of items) {
    x1 = Math.min(x1, zoom * model.x1 + screen.x1);
    y1 = Math.min(y1, zoom * model.y1 + screen.y1);
    x2 = Math.max(x2, zoom * model.x2 + screen.x2);
    y2 = Math.max(y2, zoom * model.y2 + screen.y2);
  }
  return { x1, y1, x2, y2 };
}

/**
 * The largest zoom (within the limits) at which every item fits inside the padding, centred; where
 * none fits, the zoom that comes closest. Null when there is nothing to show.
 */
export function fitViewport(items: readonly FitItem[], options: FitOptions): Viewport | null {
  if (items.length === 0 || options.width <= 0 || options.height <= 0) return null;
  const room = { w: Math.max(1, options.width - 2 * options.padding), h: Math.max(1, options.height - 2 * options.padding) };
  // How far the items overflow the room at a zoom (≤ 0: they fit). Each extent is the largest of
  // lines in the zoom minus the smallest, so the overflow is convex in the zoom and the zooms that
  // fit form one interval.
  const overflow = (zoom: number) => {
    const extent = extentAt(items, zoom);
    return Math.max(extent.x2 - extent.x1 - room.w, extent.y2 - extent.y1 - room.h);
  };
  const { minZoom, maxZoom } = options;
  let zoom: number;
  if (overflow(maxZoom) <= 0) zoom = maxZoom;
  else {
    // The zoom that overflows least (ternary search on a convex function), then the largest zoom
    // above it that still fits (bisection).
    let [low, high] = [minZoom, maxZoom];
    for (let round = 0; round < 60; round += 1) {
      const a = low + (high - low) / 3;
      const b = high - (high - low) / 3;
      if (overflow(a) <= overflow(b)) high = b;
      else low = a;
    }
    const best = (low + high) / 2;
    if (overflow(best) > 0) zoom = best;
    else {
      let [fits, overflows] = [best, maxZoom];
      for (let round = 0; round < 60; round += 1) {
        const middle = (fits + overflows) / 2;
        if (overflow(middle) <= 0) fits = middle;
        else overflows = middle;
      }
      zoom = fits;
    }
  }
  const extent = extentAt(items, zoom);
  return {
    zoom,
    pan: { x: options.width / 2 - (extent.x1 + extent.x2) / 2, y: options.height / 2 - (extent.y1 + extent.y2) / 2 },
  };
}
