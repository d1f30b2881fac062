import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlappingSiblings, separateBoxes, type SeparationNode } from './box-separation';

const options = { gap: 4, padding: 10 };
const leaf = (id: string, x: number, y: number, parent?: string, label?: number): SeparationNode => ({
  id,
  x,
  y,
  width: 20,
  height: 20,
  ...(parent === undefined ? {} : { parent }),
  ...(label === undefined ? {} : { label: { width: label, height: 14, gap: 3 } }),
});

describe('separateBoxes', () => {
  it('moves two nodes on one spot apart, names included, and leaves nodes already apart where they are', () => {
    const nodes = [leaf('a', 0, 0, undefined, 80), leaf('b', 0, 0, undefined, 80), leaf('far', 500, 500)];
    const centres = separateBoxes(nodes, options);
    expect(overlappingSiblings(nodes.map((node) => ({ ...node, ...centres[node.id]! })), options)).toEqual([]);
    expect(centres.far).toEqual({ x: 500, y: 500 });
  });

  it('keeps a state’s box clear of another state’s box: members move with their box', () => {
    const nodes: SeparationNode[] = [
      { id: 'iran', x: 0, y: 0, width: 0, height: 0, label: { width: 40, height: 14, gap: 3 } },
      leaf('araghchi', 0, 0, 'iran', 90),
      { id: 'usa', x: 0, y: 0, width: 0, height: 0, label: { width: 90, height: 14, gap: 3 } },
      leaf('biden', 30, 10, 'usa', 60),
      leaf('trump', 60, 40, 'usa', 80),
    ];
    const centres = separateBoxes(nodes, options);
    const placed = nodes.map((node) => ({ ...node, ...(centres[node.id] ?? {}) }));
    expect(overlappingSiblings(placed, options)).toEqual([]);
    const [biden, trump, araghchi] = [centres.biden!, centres.trump!, centres.araghchi!];
    // Inside a box, members keep their order; the boxes are apart.
    expect(trump.x - biden.x).toBeGreaterThan(0);
    expect(Math.abs(araghchi.x - biden.x) + Math.abs(araghchi.y - biden.y)).toBeGreaterThan(40);
  });

  it('leaves no overlapping siblings at any depth, and gives the same result for the same input (property)', () => {
    const spec = fc.array(
      fc.record({ x: fc.integer({ min: -100, max: 100 }), y: fc.integer({ min: -100, max: 100 }), parent: fc.integer({ min: -1, max: 5 }), label: fc.option(fc.integer({ min: 10, max: 120 }), { nil: undefined }) }),
      { minLength: 1, maxLength: 25 },
    );
    fc.assert(
      fc.property(spec, fc.boolean(), (specs, compact) => {
        // Boxes b0…b5, b3 inside b0 (a government inside a state); leaves inside a box or outer.
        const boxes: SeparationNode[] = [0, 1, 2, 3, 4, 5].map((index) => ({ id: `b${index}`, x: 0, y: 0, width: 0, height: 0, ...(index === 3 ? { parent: 'b0' } : {}), label: { width: 50, height: 14, gap: 3 } }));
        const leaves = specs.map((s, index) => leaf(`n${index}`, s.x, s.y, s.parent < 0 ? undefined : `b${s.parent}`, s.label));
        const used = new Set(leaves.flatMap((node) => (node.parent ? [node.parent, 'b0'] : [])));
        const nodes = [...boxes.filter((box) => used.has(box.id) && (box.id !== 'b0' || leaves.some((l) => l.parent === 'b0' || l.parent === 'b3'))), ...leaves];
        const centres = separateBoxes(nodes, { ...options, compact });
        expect(separateBoxes(nodes, { ...options, compact })).toEqual(centres);
        const placed = nodes.map((node) => ({ ...node, ...(centres[node.id] ?? {}) }));
        expect(overlappingSiblings(placed, options)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
