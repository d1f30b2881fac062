import { describe, expect, it } from 'vitest';
import { computeLayout, type LayoutRequest } from './force-layout';

/** Two states with persons inside, a few organisations, ties between them; all on one spot to start. */
function request(seed = 7): LayoutRequest {
  const leaf = (id: string, parent?: string) => ({ id, ...(parent ? { parent } : {}), width: 40, height: 30, x: 0, y: 0 });
  return {
    nodes: [
      { id: 'qatar', width: 0, height: 0, x: 0, y: 0 },
      leaf('emir', 'qatar'),
      leaf('minister', 'qatar'),
      { id: 'syria', width: 0, height: 0, x: 0, y: 0 },
      leaf('president', 'syria'),
      leaf('un'),
      leaf('arab-league'),
      leaf('turkey'),
    ],
    edges: [
      ['emir', 'president'],
      ['minister', 'un'],
      ['un', 'arab-league'],
      ['turkey', 'president'],
      ['emir', 'turkey'],
    ],
    seed,
    viewports: [{ width: 800, height: 500, names: 'all' }],
  };
}

const boxesOverlap = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.abs(a.x - b.x) < 40 && Math.abs(a.y - b.y) < 30;

describe('computeLayout', () => {
  it('places every childless node, and only those (a compound follows its members)', () => {
    const positions = computeLayout(request());
    expect(Object.keys(positions).sort()).toEqual(['arab-league', 'emir', 'minister', 'president', 'turkey', 'un']);
    for (const { x, y } of Object.values(positions)) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
  });

  it('gives the same picture for the same seed, and leaves Math.random as it was', () => {
    const random = Math.random;
    expect(computeLayout(request())).toEqual(computeLayout(request()));
    expect(Math.random).toBe(random);
  });

  it('spreads nodes that all started on one spot so that no two boxes overlap', () => {
    const positions = Object.values(computeLayout(request()));
    for (const [index, a] of positions.entries()) {
      for (const b of positions.slice(index + 1)) expect(boxesOverlap(a, b)).toBe(false);
    }
  });

  it('gives another picture for another seed', () => {
    expect(computeLayout(request(8))).not.toEqual(computeLayout(request(7)));
  });
});
