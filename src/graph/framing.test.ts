import { describe, expect, it } from 'vitest';
import { drawnNameOf, NARROW_CANVAS_BELOW_PX } from './framing';

describe('drawnNameOf', () => {
  const hts = { label: 'Hayat Tahrir al-Sham', shortLabel: 'HTS' };
  it('draws the short name on a phone-sized canvas and the full name on a wider one', () => {
    expect(drawnNameOf(hts, 375)).toBe('HTS');
    expect(drawnNameOf(hts, NARROW_CANVAS_BELOW_PX - 1)).toBe('HTS');
    expect(drawnNameOf(hts, NARROW_CANVAS_BELOW_PX)).toBe('Hayat Tahrir al-Sham');
  });
  it('draws the full name where the dataset gives no short one', () => {
    expect(drawnNameOf({ label: 'Qatar' }, 320)).toBe('Qatar');
    expect(drawnNameOf({ label: 'Qatar', shortLabel: undefined }, 320)).toBe('Qatar');
  });
});
