import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABEL_MAX_WIDTH_NARROW_PX, LABEL_MAX_WIDTH_PX, LABEL_PX, LABEL_STEP_RATIO, labelMetricsOf, labelStepOf, zoomOfStep } from './label-scale';

describe('label scale', () => {
  it('draws a name between LABEL_PX and one step larger on screen, at any zoom the reader can reach (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 4, noNaN: true }), (zoom) => {
        const drawn = labelMetricsOf(labelStepOf(zoom)).labelSize * zoom;
        expect(drawn).toBeGreaterThanOrEqual(LABEL_PX - 1e-9);
        expect(drawn).toBeLessThan(LABEL_PX * LABEL_STEP_RATIO + 1e-9);
      }),
    );
  });

  it('puts a zoom that is exactly a step’s in that step or the one below, never above', () => {
    for (let step = -30; step <= 15; step += 1) expect(labelStepOf(zoomOfStep(step))).toBeLessThanOrEqual(step);
    expect(labelStepOf(1)).toBe(-1);
  });
});

describe('names on a phone-sized canvas', () => {
  it('wrap narrower, at the same size', () => {
    const [wide, narrow] = [labelMetricsOf(-6), labelMetricsOf(-6, true)];
    expect(narrow.labelSize).toBe(wide.labelSize);
    expect(narrow.labelWidth / wide.labelWidth).toBeCloseTo(LABEL_MAX_WIDTH_NARROW_PX / LABEL_MAX_WIDTH_PX, 9);
    expect(narrow.labelWidth).toBeLessThan(wide.labelWidth);
  });
});
