import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dirtyStyleCacheWithoutCollections, originalDirtyStyleCache } from './cytoscape-fast-paths';

/** A random forest of nodes (some inside others, up to three deep) with random edges between any of them. */
const compoundGraph = fc
  .record({
    parents: fc.array(fc.nat(), { minLength: 2, maxLength: 25 }),
    edges: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 60 }),
  })
  .map(({ parents, edges }) => {
    const nodes: ElementDefinition[] = parents.map((pick, index) => {
      // A node may sit inside any earlier node, which keeps the nesting a forest.
      const parent = index === 0 || pick % 3 === 0 ? undefined : `n${pick % index}`;
      return { group: 'nodes', data: { id: `n${index}`, ...(parent ? { parent } : {}) } };
    });
    const links: ElementDefinition[] = edges.map(([a, b], index) => ({
      group: 'edges',
      data: { id: `e${index}`, source: `n${a % parents.length}`, target: `n${b % parents.length}` },
    }));
    return [...nodes, ...links];
  });

type Internals = { _private: { styleCache: unknown } };

/** The ids whose style cache a call on `id` clears. */
function clearedBy(cy: Core, id: string, implementation: typeof originalDirtyStyleCache): string[] {
  cy.elements().forEach((element) => {
    (element as unknown as Internals)._private.styleCache = {};
  });
  implementation.call(cy.getElementById(id));
  return cy
    .elements()
    .filter((element) => (element as unknown as Internals)._private.styleCache === null)
    .map((element) => element.id())
    .sort();
}

describe('dirtyStyleCacheWithoutCollections', () => {
  it('clears exactly the caches Cytoscape’s own implementation clears, for every element of any compound graph', () => {
    fc.assert(
      fc.property(compoundGraph, (elements) => {
        const cy = cytoscape({ headless: true, styleEnabled: true, elements });
        for (const element of cy.elements()) {
          expect(clearedBy(cy, element.id(), dirtyStyleCacheWithoutCollections)).toEqual(clearedBy(cy, element.id(), originalDirtyStyleCache));
        }
        cy.destroy();
      }),
      { numRuns: 200 },
    );
  });

  it('clears a node’s own edges and its ancestors’ edges in a graph with compounds', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [
        { data: { id: 'qatar' } },
        { data: { id: 'emir', parent: 'qatar' } },
        { data: { id: 'syria' } },
        { data: { id: 'un' } },
        { data: { id: 'state-tie', source: 'qatar', target: 'syria' } },
        { data: { id: 'emir-tie', source: 'emir', target: 'un' } },
        { data: { id: 'other-tie', source: 'syria', target: 'un' } },
      ],
    });
    expect(clearedBy(cy, 'emir', dirtyStyleCacheWithoutCollections)).toEqual(['emir', 'emir-tie', 'qatar', 'state-tie']);
    expect(clearedBy(cy, 'other-tie', dirtyStyleCacheWithoutCollections)).toEqual(['other-tie']);
  });
});
