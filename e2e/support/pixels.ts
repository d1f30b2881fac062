// Reading the pixels of a screenshot, to check what a reader sees rather than the state behind it.
// The PNG is decoded by the browser itself (createImageBitmap), so the tests need no image library.
import type { Locator, Page } from '@playwright/test';

export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

export function parseHexColour(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return { r: parseInt(match[1]!, 16), g: parseInt(match[2]!, 16), b: parseInt(match[3]!, 16) };
}

/** A colour drawn at `opacity` over `background`, as the canvas composites it. */
export function blend(colour: Rgb, background: Rgb, opacity: number): Rgb {
  const mix = (front: number, back: number) => Math.round(front * opacity + back * (1 - opacity));
  return { r: mix(colour.r, background.r), g: mix(colour.g, background.g), b: mix(colour.b, background.b) };
}

/**
 * For each colour, how many pixels of the PNG lie within `tolerance` of it (the largest difference
 * of one channel). Anti-aliased edges of a line are blends with the background; its core is not.
 */
export async function countPixelsNear(page: Page, png: Buffer, colours: readonly Rgb[], tolerance: number): Promise<number[]> {
  return page.evaluate(
    async ({ base64, colours, tolerance }) => {
      const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const counts = colours.map(() => 0);
      for (let offset = 0; offset < data.length; offset += 4) {
        for (let index = 0; index < colours.length; index += 1) {
          const colour = colours[index]!;
          if (
            Math.abs(data[offset]! - colour.r) <= tolerance &&
            Math.abs(data[offset + 1]! - colour.g) <= tolerance &&
            Math.abs(data[offset + 2]! - colour.b) <= tolerance
          ) {
            counts[index]! += 1;
          }
        }
      }
      return counts;
    },
    { base64: png.toString('base64'), colours, tolerance },
  );
}

/**
 * Compares two screenshots of the same size. Of the pixels that were bare white stage in `before` and
 * changed, each is classed by the palette colour it is the best tint of in `after` (a tint of c over
 * white is 255 - t (255 - c) on every channel, for one strength t ≥ `minStrength`: what a line of
 * that colour looks like, anti-aliased edges and partial opacity included). Returns the count per
 * palette colour, in the palette's order.
 */
export async function changedPixelsByTint(page: Page, before: Buffer, after: Buffer, palette: readonly Rgb[], minStrength: number): Promise<number[]> {
  return page.evaluate(
    async ({ beforeBase64, afterBase64, palette, minStrength }) => {
      const pixelsOf = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const [a, b] = await Promise.all([pixelsOf(beforeBase64), pixelsOf(afterBase64)]);
      if (a.length !== b.length) throw new Error('The two pictures differ in size');
      const directions = palette.map((colour) => [255 - colour.r, 255 - colour.g, 255 - colour.b] as const);
      const counts = palette.map(() => 0);
      for (let offset = 0; offset < a.length; offset += 4) {
        if (a[offset] !== 255 || a[offset + 1] !== 255 || a[offset + 2] !== 255) continue;
        if (b[offset] === 255 && b[offset + 1] === 255 && b[offset + 2] === 255) continue;
        const q = [255 - b[offset]!, 255 - b[offset + 1]!, 255 - b[offset + 2]!];
        let best = -1;
        let bestResidual = 8;
        directions.forEach((d, index) => {
          const t = (q[0]! * d[0] + q[1]! * d[1] + q[2]! * d[2]) / (d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
          if (t < minStrength || t > 1.05) return;
          const residual = Math.max(Math.abs(q[0]! - t * d[0]), Math.abs(q[1]! - t * d[1]), Math.abs(q[2]! - t * d[2]));
          if (residual <= bestResidual) {
            bestResidual = residual;
            best = index;
          }
        });
        if (best >= 0) counts[best]! += 1;
      }
      return counts;
    },
    { beforeBase64: before.toString('base64'), afterBase64: after.toString('base64'), palette, minStrength },
  );
}

/**
 * A screenshot of `locator` once the picture has settled: Cytoscape may finish drawing labels from
 * its texture cache a few frames after a change, so two consecutive frames must be identical (as
 * Playwright's `toHaveScreenshot` also waits for).
 */
export async function settledScreenshot(page: Page, locator: Locator): Promise<Buffer> {
  let previous = await locator.screenshot();
  for (let attempt = 0; attempt < 50; attempt += 1) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const next = await locator.screenshot();
    if (next.equals(previous)) return next;
    previous = next;
  }
  throw new Error('The picture did not settle in 50 frames');
}

/** The largest difference of one channel of one pixel between two pictures of the same size. */
export async function largestPixelDifference(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ({ first, second }) => {
      const pixelsOf = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const [x, y] = await Promise.all([pixelsOf(first), pixelsOf(second)]);
      if (x.length !== y.length) return 255;
      let largest = 0;
      for (let index = 0; index < x.length; index += 1) largest = Math.max(largest, Math.abs(x[index]! - y[index]!));
      return largest;
    },
    { first: a.toString('base64'), second: b.toString('base64') },
  );
}

/** A drawn name's box on the canvas, in CSS pixels (as `readGraph` gives it). */
interface NameBox {
  readonly id: string;
  readonly box: { x1: number; y1: number; x2: number; y2: number };
}

/**
 * The names whose text is cut at an edge of their box, with the edges it reaches ("left", "top" …),
 * read from a screenshot of the canvas (one pixel per CSS pixel). Cytoscape draws a name from a
 * texture the size of its box; the box holds the text, its plate (LABEL_PLATE_PX) and two graph units
 * more on each side, so whole text never reaches the box's two outermost columns of pixels, nor its
 * outermost row.
 * Text does when the texture's box is not where the text is (the glyphs are cut off there): a pixel
 * of the text's darkness (#1d2433; no channel above 90) on one of those rows or columns counts. The
 * lines under a name never get that dark: the darkest kind of line has a channel at 105, and a line
 * may cross the rim outside a name's plate at full strength, as a grey statement line crosses
 * Egypt's name's corner in the desktop layout.
 */
export async function namesCutAtTheirEdges(page: Page, png: Buffer, names: readonly NameBox[]): Promise<string[]> {
  return page.evaluate(
    async ({ base64, names }) => {
      const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const isInk = (x: number, y: number) => {
        if (x < 0 || y < 0 || x >= width || y >= height) return false;
        const offset = (y * width + x) * 4;
        return Math.max(data[offset]!, data[offset + 1]!, data[offset + 2]!) <= 90;
      };
      const cut: string[] = [];
      for (const { id, box } of names) {
        const [left, right] = [Math.floor(box.x1), Math.ceil(box.x2) - 1];
        const [top, bottom] = [Math.floor(box.y1), Math.ceil(box.y2) - 1];
        const columnHasInk = (x: number) => {
          for (let y = top; y <= bottom; y += 1) if (isInk(x, y)) return true;
          return false;
        };
        const rowHasInk = (y: number) => {
          for (let x = left; x <= right; x += 1) if (isInk(x, y)) return true;
          return false;
        };
        const edges = [
          ['left', columnHasInk(left) || columnHasInk(left + 1)],
          ['right', columnHasInk(right) || columnHasInk(right - 1)],
          // One row only: Cytoscape gives a line of text the font's size in height, and the glyphs
          // of the larger sizes of a zoom step reach into the second row.
          ['top', rowHasInk(top)],
          ['bottom', rowHasInk(bottom)],
        ] as const;
        const reached = edges.filter(([, inked]) => inked).map(([edge]) => edge);
        if (reached.length > 0) cut.push(`${id} (${reached.join(', ')})`);
      }
      return cut;
    },
    { base64: png.toString('base64'), names },
  );
}
