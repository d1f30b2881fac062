// The fixes Tieline carries for Cytoscape (patches/, applied by `patch-package` at install) are in
// the installed copy, for exactly the version they were made for, and the patched functions still
// answer what Cytoscape's own did. Only Cytoscape's public API is used to check the answers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import cytoscape, { type Core, type EdgeSingular, type ElementDefinition } from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const PATCH_DIR = 'patches';
const patchFiles = readdirSync(PATCH_DIR).filter((name) => name.endsWith('.patch'));

interface Hunk {
  readonly file: string;
  /** The hunk's text after the patch: its context and added lines, in order. */
  readonly after: string;
  /** The lines the hunk removes, each not blank. */
  readonly removed: readonly string[];
}

function hunksOf(patch: string): Hunk[] {
  const hunks: Hunk[] = [];
  let file = '';
  let after: string[] | null = null;
  let removed: string[] = [];
  const close = () => {
    if (after !== null) hunks.push({ file, after: after.join('\n'), removed });
    after = null;
    removed = [];
  };
  for (const line of patch.split('\n')) {
    if (line.startsWith('diff --git ')) {
      close();
      file = line.split(' b/')[1]!;
    } else if (line.startsWith('@@')) {
      close();
      after = [];
    } else if (after !== null && !line.startsWith('\\')) {
      if (line.startsWith('+')) after.push(line.slice(1));
      else if (line.startsWith('-')) {
        if (line.slice(1).trim() !== '') removed.push(line.slice(1));
      } else after.push(line.slice(1));
    }
  }
  close();
  return hunks.filter((hunk) => hunk.file !== '');
}

describe('the Cytoscape patches', () => {
  it('exist, and are made for the exact version package.json pins and node_modules holds', () => {
    expect(patchFiles.length).toBeGreaterThan(0);
    const pinned = (JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }).dependencies.cytoscape;
    const installed = (JSON.parse(readFileSync('node_modules/cytoscape/package.json', 'utf8')) as { version: string }).version;
    expect(pinned, 'cytoscape is pinned to an exact version').toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed).toBe(pinned);
    for (const name of patchFiles) expect(name.startsWith(`cytoscape+${pinned}+`), name).toBe(true);
  });

  it.each(patchFiles)('%s is applied to the installed copy (run `npm install` or `npx patch-package`)', (name) => {
    const hunks = hunksOf(readFileSync(join(PATCH_DIR, name), 'utf8'));
    expect(hunks.length).toBeGreaterThan(0);
    for (const hunk of hunks) {
      const installed = readFileSync(hunk.file, 'utf8');
      expect(installed.includes(hunk.after), `${hunk.file}: the patched text of a hunk of ${name}`).toBe(true);
    }
  });
});

// Random multigraphs: parallel edges both ways, loops, hubs; edges removed and added back.
const multigraph = fc.record({
  nodes: fc.integer({ min: 2, max: 7 }),
  edges: fc.array(fc.tuple(fc.nat(6), fc.nat(6)), { minLength: 1, maxLength: 40 }),
  removals: fc.array(fc.nat(39), { maxLength: 10 }),
  restores: fc.array(fc.nat(9), { maxLength: 10 }),
});

describe('parallelEdges (patch 002: scans the end with fewer edges)', () => {
  it('finds the edges, in the order, that scanning the source’s edges finds, after edges come and go', () => {
    fc.assert(
      fc.property(multigraph, ({ nodes, edges, removals, restores }) => {
        const cy = cytoscape({ headless: true });
        for (let node = 0; node < nodes; node += 1) cy.add({ group: 'nodes', data: { id: `n${node}` } });
        const added = edges.map(([a, b], index) =>
          cy.add({ group: 'edges', data: { id: `e${index}`, source: `n${a % nodes}`, target: `n${b % nodes}` } }),
        );
        const removed = [...new Set(removals)].filter((index) => index < added.length).map((index) => added[index]!.remove());
        for (const index of restores) removed[index]?.restore();
        for (const edge of cy.edges()) {
          const [source, target] = [edge.source().id(), edge.target().id()];
          // Cytoscape's own definition, through the public API: the source's edges, in their order,
          // that join the same two nodes either way round.
          const expected = edge
            .source()
            .connectedEdges()
            .filter((other: EdgeSingular) => {
              const [a, b] = [other.source().id(), other.target().id()];
              return (a === source && b === target) || (a === target && b === source);
            });
          expect(edge.parallelEdges().map((other) => other.id())).toEqual(expected.map((other) => other.id()));
          const codirected = expected.filter((other: EdgeSingular) => other.source().id() === source && other.target().id() === target);
          expect(edge.codirectedEdges().map((other) => other.id())).toEqual(codirected.map((other) => other.id()));
        }
        cy.destroy();
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

// Random compound graphs whose visibility depends on classes of ancestors: the derived states
// Cytoscape caches per element (here `visible()`, which reads the cache) must follow class changes
// on any ancestor, for the element, its descendants and the edges of all of them.
const compoundGraph = fc.record({
  parents: fc.array(fc.option(fc.nat(11), { nil: undefined }), { minLength: 3, maxLength: 12 }),
  edges: fc.array(fc.tuple(fc.nat(11), fc.nat(11)), { maxLength: 20 }),
  changes: fc.array(fc.record({ node: fc.nat(11), className: fc.constantFrom('gone', 'ghost'), on: fc.boolean(), batched: fc.boolean() }), {
    minLength: 1,
    maxLength: 12,
  }),
});

const STYLE = [
  { selector: '.gone', style: { display: 'none' } },
  { selector: '.ghost', style: { visibility: 'hidden' } },
] as cytoscape.StylesheetJson;

function compoundElements(parents: ReadonlyArray<number | undefined>, edges: ReadonlyArray<readonly [number, number]>): ElementDefinition[] {
  const count = parents.length;
  // A parent only among earlier nodes, so the tree has no cycles.
  const nodes = parents.map((parent, index) => ({
    group: 'nodes' as const,
    data: { id: `n${index}`, ...(parent !== undefined && index > 0 ? { parent: `n${parent % index}` } : {}) },
  }));
  const links = edges.map(([a, b], index) => ({ group: 'edges' as const, data: { id: `e${index}`, source: `n${a % count}`, target: `n${b % count}` } }));
  return [...nodes, ...links];
}

function derivedStates(cy: Core): string[] {
  // Cytoscape applies a changed style lazily, when it is read (as its renderer does before drawing);
  // only then are the derived states of the elements it touches recomputed.
  for (const element of cy.elements()) element.style('display');
  return cy.elements().map((element) => `${element.id()}:${element.visible()}:${element.hidden()}`);
}

describe('dirtyStyleCache in compound graphs (patch 001: loops instead of collections)', () => {
  it('keeps every cached derived state right as classes change on any ancestor, as a fresh graph has it', () => {
    fc.assert(
      fc.property(compoundGraph, ({ parents, edges, changes }) => {
        const elements = compoundElements(parents, edges);
        const cy = cytoscape({ headless: true, styleEnabled: true, elements, style: STYLE });
        derivedStates(cy); // fill the caches
        for (const change of changes) {
          const node = cy.getElementById(`n${change.node % parents.length}`);
          const apply = () => node.toggleClass(change.className, change.on);
          if (change.batched) cy.batch(apply);
          else apply();
          derivedStates(cy);
        }
        const classes = new Map(cy.nodes().map((node) => [node.id(), node.classes().join(' ')]));
        const fresh = cytoscape({
          headless: true,
          styleEnabled: true,
          elements: elements.map((element) => ({ ...element, classes: classes.get(element.data.id!) ?? '' })),
          style: STYLE,
        });
        expect(derivedStates(cy)).toEqual(derivedStates(fresh));
        cy.destroy();
        fresh.destroy();
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
