import { describe, expect, it } from 'vitest';
import type { Actor } from './dataset-schema';
import { isStateOrGroup, labelRanks, labelTierOf } from './label-priority';

const actors = [
  { id: 'alice', type: 'person' as const, parent: 'qatar' },
  { id: 'un', type: 'organisation' as const },
  { id: 'qatar', type: 'state' as const },
  { id: 'government', type: 'government' as const, parent: 'syria' },
  { id: 'syria', type: 'state' as const },
  { id: 'bob', type: 'person' as const, parent: 'government' },
  { id: 'hts', type: 'armed-group' as const },
  { id: 'iraq', type: 'state' as const },
];

describe('labelTierOf', () => {
  it('puts states first, then other outer actors, then bodies inside a state, then persons', () => {
    expect(labelTierOf({ type: 'state' })).toBe(0);
    expect(labelTierOf({ type: 'armed-group' })).toBe(1);
    expect(labelTierOf({ type: 'organisation' })).toBe(1);
    expect(labelTierOf({ type: 'government', parent: 'syria' })).toBe(2);
    expect(labelTierOf({ type: 'person', parent: 'qatar' })).toBe(3);
  });

  it('puts a person after every state and group, even one inside no state', () => {
    expect(labelTierOf({ type: 'person' })).toBe(3);
    expect(labelTierOf({ type: 'organisation', parent: 'syria-transitional-government' })).toBe(2);
  });
});

describe('isStateOrGroup', () => {
  it('counts every actor but a person', () => {
    expect(['state', 'government', 'armed-group', 'organisation', 'person'].map((type) => isStateOrGroup({ type: type as Actor['type'] }))).toEqual([true, true, true, true, false]);
  });
});

describe('labelRanks', () => {
  it('orders by tier, then by the ties through the actor and everyone inside it, then by the dataset’s order', () => {
    const ties = [
      { source: 'bob', target: 'alice' },
      { source: 'bob', target: 'un' },
      { source: 'bob', target: 'hts' },
      { source: 'hts', target: 'un' },
      { source: 'alice', target: 'iraq' },
    ];
    const ranks = labelRanks(actors, ties);
    const order = [...ranks.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
    // Syria: 3 ties through Bob; Qatar: 2 through Alice; Iraq: 1. HTS 2 and the UN 2: the dataset's order.
    expect(order).toEqual(['syria', 'qatar', 'iraq', 'un', 'hts', 'government', 'bob', 'alice']);
  });

  it('gives every actor a rank, with or without ties, and survives a parent loop', () => {
    const looped = [
      { id: 'a', type: 'person' as const, parent: 'b' },
      { id: 'b', type: 'government' as const, parent: 'a' },
    ];
    const ranks = labelRanks(looped, [{ source: 'a', target: 'b' }]);
    expect(new Set(ranks.values())).toEqual(new Set([0, 1]));
    expect(labelRanks(actors, []).size).toBe(actors.length);
  });
});
