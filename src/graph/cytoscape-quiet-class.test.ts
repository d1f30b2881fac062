import cytoscape, { type Core, type EdgeSingular, type EventObject } from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { soleRendererStyleListener, toggleEdgeClass } from './cytoscape-quiet-class';

const EDGE_COUNT = 6;

/**
 * A graph whose (headless) renderer has a 'style' listener bound the way Cytoscape's canvas renderer
 * binds its own (through `binder`, which records the binding), recording the elements it is told of.
 */
function graphWithRendererListener(): { cy: Core; told: string[] } {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: '.hidden', style: { display: 'none' } }],
    elements: [
      { data: { id: 'qatar' } },
      { data: { id: 'emir', parent: 'qatar' } },
      { data: { id: 'syria' } },
      ...Array.from({ length: EDGE_COUNT }, (_, index) => ({
        data: { id: `e${index}`, source: index % 2 === 0 ? 'emir' : 'qatar', target: 'syria' },
      })),
    ],
  });
  const told: string[] = [];
  const args = ['style.* background.*', (event: EventObject) => told.push(event.target.id())] as const;
  cy.on(...args);
  (cy as unknown as { renderer(): { bindings: unknown[] } }).renderer().bindings = [{ target: cy, args }];
  return { cy, told };
}

const change = fc.record({
  edges: fc.array(fc.nat({ max: EDGE_COUNT - 1 }), { maxLength: EDGE_COUNT }),
  present: fc.boolean(),
  batch: fc.boolean(),
});

type Change = typeof change extends fc.Arbitrary<infer T> ? T : never;

/** Applies the changes with one implementation; returns the classes, displays and renderer notices. */
function outcome(changes: Change[], toggle: (cy: Core, edges: EdgeSingular[], present: boolean) => void, extraListener = false) {
  const { cy, told } = graphWithRendererListener();
  const heard: string[] = [];
  if (extraListener) cy.on('class style', (event) => heard.push(`${event.type} ${event.target.id()}`));
  const edges = cy.edges().toArray() as EdgeSingular[];
  const noticed: string[][] = [];
  const changed: string[][] = [];
  const display: string[][] = [];
  for (const step of changes) {
    const chosen = step.edges.map((index) => edges[index]!);
    const before = edges.map((edge) => edge.hasClass('hidden'));
    if (step.batch) cy.batch(() => toggle(cy, chosen, step.present));
    else toggle(cy, chosen, step.present);
    // The renderer queues elements in a collection, so who it was told of is what counts, not how often.
    noticed.push([...new Set(told.splice(0))].sort());
    changed.push(edges.filter((edge, index) => edge.hasClass('hidden') !== before[index]).map((edge) => edge.id()).sort());
    // Read after every step: reading cleans the style, so the next step must dirty it again.
    display.push(cy.elements().map((element) => `${element.id()} ${(element as unknown as { pstyle(name: string): { value: unknown } }).pstyle('display').value}`));
  }
  return {
    classes: edges.map((edge) => edge.classes().join(' ')),
    display,
    noticed,
    changed,
    heard,
  };
}

const cytoscapeOwn = (cy: Core, edges: EdgeSingular[], present: boolean) =>
  cy.collection(edges as unknown as cytoscape.EdgeCollection).toggleClass('hidden', present);
const quiet = (cy: Core, edges: EdgeSingular[], present: boolean) => toggleEdgeClass(cy, edges, 'hidden', present);

describe('toggleEdgeClass', () => {
  it('leaves the same classes and styles as Cytoscape’s toggleClass and tells the renderer of every edge that changed', () => {
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 8 }), (changes) => {
        const own = outcome(changes, cytoscapeOwn);
        const { noticed, ...rest } = outcome(changes, quiet);
        expect(rest).toEqual({ ...own, noticed: undefined, heard: [] });
        // Cytoscape also restyles edges whose class was already so (adding a class they have); the
        // quiet path tells the renderer of exactly the edges that changed.
        expect(noticed).toEqual(own.changed);
        own.changed.forEach((edges, step) => expect(own.noticed[step]).toEqual(expect.arrayContaining(edges)));
      }),
    );
  });

  it('goes through Cytoscape’s own events when anyone else listens to them', () => {
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 8 }), (changes) => {
        expect(outcome(changes, quiet, true)).toEqual(outcome(changes, cytoscapeOwn, true));
      }),
    );
  });

  it('is quiet only while the renderer’s listener is the only one, on the core and on the edges', () => {
    const { cy } = graphWithRendererListener();
    expect(soleRendererStyleListener(cy)).not.toBeNull();
    const onEdge: string[] = [];
    cy.getElementById('e1').on('class', () => onEdge.push('class'));
    quiet(cy, [cy.getElementById('e0') as EdgeSingular, cy.getElementById('e1') as EdgeSingular], true);
    expect(onEdge).toEqual(['class']);
    const listener = () => undefined;
    cy.on('style', listener);
    expect(soleRendererStyleListener(cy)).toBeNull();
    cy.off('style', listener);
    expect(soleRendererStyleListener(cy)).not.toBeNull();
  });

  it('falls back to Cytoscape’s own toggleClass on a graph without a renderer', () => {
    const cy = cytoscape({ headless: true, elements: [{ data: { id: 'a' } }, { data: { id: 'b' } }, { data: { id: 'ab', source: 'a', target: 'b' } }] });
    expect(soleRendererStyleListener(cy)).toBeNull();
    const heard: string[] = [];
    cy.on('class', (event) => heard.push(event.target.id()));
    quiet(cy, [cy.getElementById('ab') as EdgeSingular], true);
    expect(cy.getElementById('ab').hasClass('hidden')).toBe(true);
    expect(heard).toEqual(['ab']);
  });
});
