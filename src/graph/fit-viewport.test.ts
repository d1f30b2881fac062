import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitViewport, type FitItem } from './fit-viewport';

const options = { width: 400, height: 300, padding: 10, minZoom: 0.05, maxZoom: 4 };

/** Where the items land on screen at a viewport. */
function onScreen(items: readonly FitItem[], zoom: number, pan: { x: number; y: number }) {
  return items.map(({ model, screen = { x1: 0, y1: 0, x2: 0, y2: 0 } }) => ({
    x1: zoom * model.x1 + screen.x1 + pan.x,
    y1: zoom * model.y1 + screen.y1 + pan.y,
    x2: zoom * model.x2 + screen.x2 + pan.x,
    y2: zoom * model.y2 + screen.y2 + pan.y,
  }));
}

describe('fitViewport', () => {
  it('frames plain boxes as Cytoscape’s fit does: the largest zoom, centred', () => {
    const items = [{ model: { x1: 0, y1: 0, x2: 760, y2: 100 } }];
    const viewport = fitViewport(items, options)!;
    expect(viewport.zoom).toBeCloseTo(0.5, 6);
    expect(viewport.pan.x).toBeCloseTo(10, 4);
    expect(viewport.pan.y).toBeCloseTo(150 - 25, 4);
  });

  it('leaves room for names that keep their size on screen', () => {
    const node = { model: { x1: 0, y1: 0, x2: 760, y2: 100 } };
    // A 60-pixel-wide name hanging from the right end of the node.
    const name = { model: { x1: 760, y1: 100, x2: 760, y2: 100 }, screen: { x1: -30, y1: 3, x2: 30, y2: 17 } };
    const viewport = fitViewport([node, name], options)!;
    // 760 z + 30 = 380: z = 350 / 760.
    expect(viewport.zoom).toBeCloseTo(350 / 760, 6);
    for (const box of onScreen([node, name], viewport.zoom, viewport.pan)) {
      expect(box.x1).toBeGreaterThanOrEqual(10 - 1e-6);
      expect(box.x2).toBeLessThanOrEqual(390 + 1e-6);
    }
  });

  it('keeps a tiny graph at the largest zoom allowed, and has nothing to frame without items', () => {
    expect(fitViewport([{ model: { x1: 0, y1: 0, x2: 10, y2: 10 } }], options)!.zoom).toBe(4);
    expect(fitViewport([], options)).toBeNull();
  });

  it('puts every item inside the padding whenever the names fit at all (property)', () => {
    const item = fc.record({
      x: fc.integer({ min: -2000, max: 2000 }),
      y: fc.integer({ min: -2000, max: 2000 }),
      w: fc.integer({ min: 0, max: 300 }),
      h: fc.integer({ min: 0, max: 300 }),
      name: fc.option(fc.record({ w: fc.integer({ min: 10, max: 120 }), h: fc.integer({ min: 10, max: 40 }) }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 30 }), (specs) => {
        const items: FitItem[] = specs.flatMap(({ x, y, w, h, name }) => [
          { model: { x1: x, y1: y, x2: x + w, y2: y + h } },
          ...(name ? [{ model: { x1: x + w / 2, y1: y + h, x2: x + w / 2, y2: y + h }, screen: { x1: -name.w / 2, y1: 3, x2: name.w / 2, y2: 3 + name.h } }] : []),
        ]);
        const viewport = fitViewport(items, options)!;
        const boxes = onScreen(items, viewport.zoom, viewport.pan);
        const span = { w: Math.max(...boxes.map((b) => b.x2)) - Math.min(...boxes.map((b) => b.x1)), h: Math.max(...boxes.map((b) => b.y2)) - Math.min(...boxes.map((b) => b.y1)) };
        if (span.w <= 380 + 1e-6 && span.h <= 280 + 1e-6) {
          for (const box of boxes) {
            expect(box.x1).toBeGreaterThanOrEqual(10 - 1e-3);
            expect(box.y1).toBeGreaterThanOrEqual(10 - 1e-3);
            expect(box.x2).toBeLessThanOrEqual(390 + 1e-3);
            expect(box.y2).toBeLessThanOrEqual(290 + 1e-3);
          }
        }
        expect(viewport.zoom).toBeGreaterThanOrEqual(options.minZoom);
        expect(viewport.zoom).toBeLessThanOrEqual(options.maxZoom);
      }),
    );
  });
});
