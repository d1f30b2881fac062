import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boundingBoxFromCleanCache,
  dirtyStyleCacheWithoutCollections,
  effectiveOpacityUpTheParentChain,
  originalBoundingBox,
  originalDirtyStyleCache,
  originalEffectiveOpacity,
  originalParallelEdges,
  parallelEdgesFromShorterEnd,
  positionKey,
  zSortedElements,
} from './cytoscape-fast-paths';

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

/** A state with a person inside it, another state, and whatever else a test needs. */
function qatarEmirSyriaWith(more: ElementDefinition[]): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [{ data: { id: 'qatar' } }, { data: { id: 'emir', parent: 'qatar' } }, { data: { id: 'syria' } }, ...more],
  });
}

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
    const cy = qatarEmirSyriaWith([
      { data: { id: 'un' } },
      { data: { id: 'state-tie', source: 'qatar', target: 'syria' } },
      { data: { id: 'emir-tie', source: 'emir', target: 'un' } },
      { data: { id: 'other-tie', source: 'syria', target: 'un' } },
    ]);
    expect(clearedBy(cy, 'emir', dirtyStyleCacheWithoutCollections)).toEqual(['emir', 'emir-tie', 'qatar', 'state-tie']);
    expect(clearedBy(cy, 'other-tie', dirtyStyleCacheWithoutCollections)).toEqual(['other-tie']);
  });
});

describe('parallelEdgesFromShorterEnd', () => {
  /** The ids an implementation finds for these elements, in its order. */
  const parallelIds = (implementation: typeof originalParallelEdges, elements: cytoscape.CollectionArgument) =>
    implementation.call(elements as cytoscape.Collection).map((element) => element.id());

  it('finds exactly the edges, in the order, Cytoscape’s own implementation finds, after edges come and go', () => {
    fc.assert(
      fc.property(compoundGraph, fc.array(fc.nat(), { maxLength: 20 }), fc.array(fc.nat(), { maxLength: 10 }), (elements, removals, picks) => {
        const cy = cytoscape({ headless: true, styleEnabled: true, elements });
        // Removing and restoring an edge moves it to the end of its ends' edge lists, where the two could part.
        const edges = cy.edges();
        for (const pick of edges.length > 0 ? removals : []) edges[pick % edges.length]!.remove().restore();
        for (const edge of cy.edges()) {
          expect(parallelIds(parallelEdgesFromShorterEnd, edge)).toEqual(parallelIds(originalParallelEdges, edge));
        }
        // Several edges (and nodes, which are skipped) at once.
        const all = cy.elements();
        const mixed = cy.collection();
        for (const pick of picks) mixed.merge(all[pick % all.length]!);
        expect(parallelIds(parallelEdgesFromShorterEnd, mixed)).toEqual(parallelIds(originalParallelEdges, mixed));
        expect(parallelIds(parallelEdgesFromShorterEnd, cy.edges())).toEqual(parallelIds(originalParallelEdges, cy.edges()));
        cy.destroy();
      }),
      { numRuns: 300 },
    );
  });

  it('finds ties in both directions between the same two actors, and only those', () => {
    const cy = cytoscape({
      headless: true,
      elements: [
        { data: { id: 'qatar' } },
        { data: { id: 'syria' } },
        { data: { id: 'turkey' } },
        { data: { id: 'met', source: 'qatar', target: 'syria' } },
        { data: { id: 'called', source: 'syria', target: 'qatar' } },
        { data: { id: 'other', source: 'qatar', target: 'turkey' } },
      ],
    });
    expect(parallelIds(parallelEdgesFromShorterEnd, cy.getElementById('met'))).toEqual(['met', 'called']);
    expect(parallelIds(parallelEdgesFromShorterEnd, cy.getElementById('other'))).toEqual(['other']);
  });
});

describe('boundingBoxFromCleanCache', () => {
  type Boxed = { _private: { bbCachePosKey?: number | null } };
  /** The box an implementation gives for these elements, as text to compare. */
  const boxOf = (implementation: typeof originalBoundingBox, elements: cytoscape.CollectionArgument) =>
    JSON.stringify(implementation.call(elements as cytoscape.Collection));
  const positions = fc.array(fc.record({ x: fc.double({ min: -500, max: 500, noNaN: true }), y: fc.double({ min: -500, max: 500, noNaN: true }) }), { maxLength: 30 });

  it('gives the same box as Cytoscape’s own for every element, before and after nodes move', () => {
    fc.assert(
      fc.property(compoundGraph, positions, positions, (elements, before, after) => {
        const cy = cytoscape({ headless: true, styleEnabled: true, elements, style: [{ selector: 'node', style: { width: 20, height: 12 } }] });
        const place = (placement: typeof before) =>
          cy.nodes().filter((node) => node.isChildless()).forEach((node, index) => {
            const position = placement[index];
            if (position) node.position(position);
          });
        place(before);
        // Cytoscape's own code sometimes moves a node in place, without dirtying its box: the
        // position key is what catches that.
        const moveInPlace = () =>
          cy.nodes().filter((node) => node.isChildless()).forEach((node, index) => {
            const position = before[index];
            if (position) Object.assign((node as unknown as { _private: { position: object } })._private.position, position);
          });
        for (const round of [0, 1, 2]) {
          if (round === 1) place(after);
          if (round === 2) moveInPlace();
          for (const element of cy.elements()) {
            // Asked first (as the graph stands), then again from the cache the first call left clean.
            const first = boxOf(boundingBoxFromCleanCache, element);
            const expected = boxOf(originalBoundingBox, element);
            expect(first).toEqual(expected);
            expect(boxOf(boundingBoxFromCleanCache, element)).toEqual(expected);
          }
        }
        expect(boxOf(boundingBoxFromCleanCache, cy.elements())).toEqual(boxOf(originalBoundingBox, cy.elements()));
        cy.destroy();
      }),
      { numRuns: 200 },
    );
  });

  it('computes the position key Cytoscape stores with a box, so the clean case is answered from the cache', () => {
    fc.assert(
      fc.property(compoundGraph, positions, (elements, placement) => {
        const cy = cytoscape({ headless: true, styleEnabled: true, elements });
        cy.nodes().filter((node) => node.isChildless()).forEach((node, index) => {
          const position = placement[index];
          if (position) node.position(position);
        });
        for (const element of cy.elements()) {
          boxOf(originalBoundingBox, element);
          expect(positionKey(element as never)).toBe((element as unknown as Boxed)._private.bbCachePosKey);
        }
        cy.destroy();
      }),
      { numRuns: 200 },
    );
  });
});

/** Random draw-order styles, set through data so that each element can differ. */
const drawOrderStyles = fc.array(
  fc.record({
    zIndex: fc.integer({ min: -2, max: 2 }),
    compoundDepth: fc.constantFrom('auto', 'auto', 'bottom', 'orphan', 'top'),
    compare: fc.constantFrom('auto', 'auto', 'manual'),
  }),
  { maxLength: 100 },
);

const drawOrderStylesheet = [
  { selector: '[zIndex]', style: { 'z-index': 'data(zIndex)' } },
  { selector: '[compoundDepth]', style: { 'z-compound-depth': 'data(compoundDepth)' } },
  { selector: '[compare]', style: { 'z-index-compare': 'data(compare)' } },
] as unknown as cytoscape.StylesheetJson;

describe('zSortedElements', () => {
  it('gives exactly Cytoscape’s own draw order, for any compound graph and any draw-order styles', () => {
    fc.assert(
      fc.property(compoundGraph, drawOrderStyles, fc.boolean(), (elements, styles, withHidden) => {
        const styled = elements.map((element, index) => ({
          ...element,
          data: { ...element.data, ...(styles[index] ?? {}) },
          ...(withHidden && index % 4 === 1 ? { classes: 'hidden' } : {}),
        }));
        const cy = cytoscape({
          headless: true,
          styleEnabled: true,
          elements: styled,
          style: [...drawOrderStylesheet, { selector: '.hidden', style: { display: 'none' } }],
        });
        // `sortByZIndex` is Cytoscape's own draw-order sort (public, though left out of its type declarations).
        const ownSort = cy.elements() as unknown as { sortByZIndex(): cytoscape.CollectionReturnValue };
        const cytoscapeOrder = ownSort.sortByZIndex().map((element) => element.id());
        expect(zSortedElements(cy).map((element) => element.id())).toEqual(cytoscapeOrder);
        cy.destroy();
      }),
      { numRuns: 300 },
    );
  });

  it('draws edges under nodes and persons above the state around them', () => {
    const cy = qatarEmirSyriaWith([{ data: { id: 'tie', source: 'emir', target: 'syria' } }]);
    expect(zSortedElements(cy).map((element) => element.id())).toEqual(['qatar', 'tie', 'emir', 'syria']);
  });
});

describe('effectiveOpacityUpTheParentChain', () => {
  it('gives exactly Cytoscape’s own opacity for every element of any compound graph, faded or not', () => {
    fc.assert(
      fc.property(compoundGraph, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 }), (elements, opacities) => {
        const cy = cytoscape({
          headless: true,
          styleEnabled: true,
          elements: elements.map((element, index) =>
            opacities[index] === undefined ? element : { ...element, data: { ...element.data, opacity: opacities[index] } },
          ),
          style: [{ selector: '[opacity]', style: { opacity: 'data(opacity)' } }] as unknown as cytoscape.StylesheetJson,
        });
        cy.elements().forEach((element) => {
          const one = cy.collection().union(element);
          expect(effectiveOpacityUpTheParentChain.call(one)).toBe(originalEffectiveOpacity.call(one));
        });
        expect(effectiveOpacityUpTheParentChain.call(cy.collection())).toBe(originalEffectiveOpacity.call(cy.collection()));
        cy.destroy();
      }),
      { numRuns: 200 },
    );
  });

  it('fades a person with the state around it', () => {
    const cy = qatarEmirSyriaWith([]);
    cy.getElementById('qatar').style('opacity', 0.5);
    cy.getElementById('emir').style('opacity', 0.5);
    const opacityOf = (id: string) => effectiveOpacityUpTheParentChain.call(cy.collection().union(cy.getElementById(id)));
    expect(opacityOf('emir')).toBe(0.25);
    expect(opacityOf('syria')).toBe(1);
  });
});
