import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binUnitFor, histogram } from './histogram';
import { dayRangeOf } from './partial-date';

const day = (iso: string) => dayRangeOf(iso).start;

describe('histogram', () => {
  it('bins by year on a long track and by month on a short one', () => {
    expect(binUnitFor(day('2012-01-01'), day('2025-05-14'))).toBe('year');
    expect(binUnitFor(day('2024-01-01'), day('2025-05-14'))).toBe('month');
  });

  it('counts each event once, in the period where it starts, with empty periods kept', () => {
    const bins = histogram([day('2012-01-01'), day('2012-12-31'), day('2015-06-01')], day('2012-01-01'), day('2015-12-01'));
    expect(bins.map((bin) => [bin.label, bin.count])).toEqual([
      ['2012', 2],
      ['2013', 0],
      ['2014', 0],
      ['2015', 1],
    ]);
    const months = histogram([day('2024-11-30'), day('2024-12-01'), day('2024-12-09')], day('2024-11-01'), day('2025-01-15'), 'month');
    expect(months.map((bin) => [bin.label, bin.count])).toEqual([
      ['2024-11', 1],
      ['2024-12', 2],
      ['2025-01', 0],
    ]);
  });

  it('never loses or invents an event inside the track, and bins tile the track without gaps', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 6_000 }),
        fc.array(fc.integer({ min: 0, max: 6_000 }), { maxLength: 200 }),
        (first, span, offsets) => {
          const last = first + span;
          const days = offsets.map((offset) => first + (offset % (span + 1)));
          const bins = histogram(days, first, last);
          expect(bins.reduce((total, bin) => total + bin.count, 0)).toBe(days.length);
          for (let i = 1; i < bins.length; i += 1) expect(bins[i]!.start).toBe(bins[i - 1]!.end + 1);
          expect(bins[0]!.start).toBeLessThanOrEqual(first);
          expect(bins.at(-1)!.end).toBeGreaterThanOrEqual(last);
        },
      ),
    );
  });
});
