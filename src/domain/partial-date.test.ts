import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayToIso, formatDay, formatPartialDate, isCalendarDate, partialDateExpectation, toDayRange, utcDayNumber } from './partial-date';

describe('partial dates', () => {
  it('accepts the three precisions and rejects what the calendar does not have', () => {
    for (const valid of ['2012', '2024-12', '2024-12-09', '2024-02-29']) expect(isCalendarDate(valid)).toBe(true);
    for (const invalid of ['2024-13', '2024-02-30', '2023-02-29', '12/09/2024', '2024-1', '', '2024-12-09T00:00']) {
      expect(isCalendarDate(invalid)).toBe(false);
    }
  });

  it('refuses years before 1000 with a reason, instead of reading 0050 as 1950', () => {
    for (const early of ['0050', '0000', '0999-12', '0050-01-01']) {
      expect(isCalendarDate(early)).toBe(false);
      expect(toDayRange(early)).toBeNull();
      expect(partialDateExpectation(early)).toContain('a year from 1000 to 9999');
    }
    expect(formatPartialDate('1000-01-01')).toBe('1 January 1000');
    expect(dayToIso(toDayRange('1000')!.start)).toBe('1000-01-01');
    expect(partialDateExpectation('2024-02-30')).toContain('YYYY-MM-DD');
    expect(partialDateExpectation('2024')).toBeNull();
  });

  it('counts days of years 0 to 99 as themselves, not as 1900 to 1999', () => {
    expect(dayToIso(utcDayNumber(50, 0, 1))).toBe('0050-01-01');
    expect(formatDay(utcDayNumber(50, 0, 1))).toBe('1 January 50');
    expect(utcDayNumber(1950, 0, 1) - utcDayNumber(50, 0, 1)).toBeGreaterThan(600_000);
  });

  it('turns each precision into the whole period it stands for', () => {
    expect(toDayRange('2012')).toMatchObject({ precision: 'year' });
    const year = toDayRange('2012')!;
    expect([dayToIso(year.start), dayToIso(year.end)]).toEqual(['2012-01-01', '2012-12-31']);
    const month = toDayRange('2024-02')!;
    expect([dayToIso(month.start), dayToIso(month.end), month.precision]).toEqual(['2024-02-01', '2024-02-29', 'month']);
    const day = toDayRange('2024-12-09')!;
    expect([dayToIso(day.start), dayToIso(day.end), day.precision]).toEqual(['2024-12-09', '2024-12-09', 'day']);
    expect(toDayRange('2024-02-30')).toBeNull();
  });

  it('writes dates in words at their own precision', () => {
    expect(formatDay(toDayRange('2024-12-09')!.start)).toBe('9 December 2024');
    expect(formatPartialDate('2012')).toBe('2012');
    expect(formatPartialDate('2024-12')).toBe('December 2024');
    expect(formatPartialDate('2025-05-14')).toBe('14 May 2025');
  });

  it('round-trips every day between 1900 and 2100 through its ISO form', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 47_482 }), (day) => {
        const range = toDayRange(dayToIso(day));
        expect(range).toEqual({ start: day, end: day, precision: 'day' });
      }),
    );
  });

  it('nests: a day lies inside its month, and the month inside its year', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 47_482 }), (day) => {
        const iso = dayToIso(day);
        const month = toDayRange(iso.slice(0, 7))!;
        const year = toDayRange(iso.slice(0, 4))!;
        expect(month.start <= day && day <= month.end).toBe(true);
        expect(year.start <= month.start && month.end <= year.end).toBe(true);
      }),
    );
  });
});
