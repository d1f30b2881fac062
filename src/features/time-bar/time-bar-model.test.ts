import { describe, expect, it } from 'vitest';
import { dayRangeOf, dayToIso } from '../../domain/partial-date';
import { dayAtFraction, dayForKey, fractionOf } from './time-bar-model';

const day = (iso: string) => dayRangeOf(iso).start;
const longTrack = { first: day('2012-01-01'), last: day('2025-05-14') };
const shortTrack = { first: day('2024-11-01'), last: day('2024-12-31') };

describe('time bar arithmetic', () => {
  it('maps days to fractions of the track and back', () => {
    expect(fractionOf(longTrack.first, longTrack)).toBe(0);
    expect(fractionOf(longTrack.last, longTrack)).toBe(1);
    expect(dayAtFraction(0.5, longTrack)).toBe(Math.round((longTrack.first + longTrack.last) / 2));
    expect(dayAtFraction(-3, longTrack)).toBe(longTrack.first);
    expect(dayAtFraction(7, longTrack)).toBe(longTrack.last);
    expect(fractionOf(5, { first: 5, last: 5 })).toBe(0);
  });

  it('steps by a month on a long track and by a day on a short one (APG slider keys)', () => {
    const start = day('2024-01-31');
    expect(dayToIso(dayForKey('ArrowRight', start, longTrack)!)).toBe('2024-02-29');
    expect(dayToIso(dayForKey('ArrowDown', start, longTrack)!)).toBe('2023-12-31');
    expect(dayToIso(dayForKey('PageUp', start, longTrack)!)).toBe('2025-01-31');
    const inShort = day('2024-12-09');
    expect(dayToIso(dayForKey('ArrowRight', inShort, shortTrack)!)).toBe('2024-12-10');
    expect(dayToIso(dayForKey('PageDown', inShort, shortTrack)!)).toBe('2024-11-09');
  });

  it('clamps to the track, goes to its ends on Home and End, and ignores other keys', () => {
    expect(dayForKey('PageUp', longTrack.last, longTrack)).toBe(longTrack.last);
    expect(dayForKey('ArrowLeft', longTrack.first, longTrack)).toBe(longTrack.first);
    expect(dayForKey('Home', day('2020-01-01'), longTrack)).toBe(longTrack.first);
    expect(dayForKey('End', day('2020-01-01'), longTrack)).toBe(longTrack.last);
    expect(dayForKey('a', day('2020-01-01'), longTrack)).toBeNull();
  });
});
