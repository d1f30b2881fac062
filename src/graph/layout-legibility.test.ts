import { describe, expect, it } from 'vitest';
import { legibilityAt, type LegibilityNode } from './layout-legibility';

describe('legibilityAt', () => {
  // Six groups in a row, close together: long names collide at any framing, short ones do not.
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
  const centres = Object.fromEntries(ids.map((id, index) => [id, { x: index * 40, y: 0 }]));
  const long = { width: 150, height: 14 };
  const short = { width: 30, height: 14 };
  const nodes = (phoneLabel?: { width: number; height: number }): LegibilityNode[] =>
    ids.map((id) => ({ id, width: 10, height: 10, stateOrGroup: true, label: long, ...(phoneLabel === undefined ? {} : { phoneLabel }), rank: id.charCodeAt(0) }));

  it('reckons a phone-sized frame with the names a phone draws (short, wrapped narrower)', () => {
    const withoutShort = legibilityAt(nodes(), centres, { width: 375, height: 300 });
    const withShort = legibilityAt(nodes(short), centres, { width: 375, height: 300 });
    expect(withShort.named.size).toBe(ids.length);
    expect(withoutShort.named.size).toBeLessThan(ids.length);
  });

  it('reckons a wider frame with the full names', () => {
    const wide = { width: 800, height: 300 };
    expect(legibilityAt(nodes(short), centres, wide)).toEqual(legibilityAt(nodes(), centres, wide));
  });
});
