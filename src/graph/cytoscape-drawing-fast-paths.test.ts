import cytoscape, { type Core } from 'cytoscape';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createRgbaStrings,
  drawingFastPaths,
  originalDrawing,
  type CanvasRenderer,
  type DrawnElement,
} from './cytoscape-drawing-fast-paths';

type Call = [string, ...unknown[]];

/** A `Path2D` that remembers what was drawn into it, so two paths compare by their content. */
class RecordingPath {
  readonly commands: Call[] = [];
  moveTo(...args: number[]) {
    this.commands.push(['moveTo', ...args]);
  }
  lineTo(...args: number[]) {
    this.commands.push(['lineTo', ...args]);
  }
  quadraticCurveTo(...args: number[]) {
    this.commands.push(['quadraticCurveTo', ...args]);
  }
}

const originalPath2D = (globalThis as { Path2D?: unknown }).Path2D;
beforeAll(() => {
  (globalThis as { Path2D?: unknown }).Path2D = RecordingPath;
});
afterAll(() => {
  (globalThis as { Path2D?: unknown }).Path2D = originalPath2D;
});

/** Every call made on a 2D context and every property set on it, in order; paths by their content. */
function recordingContext(log: Call[]): CanvasRenderingContext2D {
  const describe = (value: unknown) =>
    value instanceof RecordingPath ? { path: structuredClone(value.commands) } : Array.isArray(value) ? [...value] : value;
  const properties = new Map<string | symbol, unknown>([['globalCompositeOperation', 'source-over']]);
  return new Proxy({} as CanvasRenderingContext2D, {
    get: (_target, name) =>
      properties.has(name) ? properties.get(name) : (...args: unknown[]) => log.push([String(name), ...args.map(describe)]),
    set: (_target, name, value) => {
      properties.set(name, value);
      log.push([`set ${String(name)}`, describe(value)]);
      return true;
    },
  });
}

const canvasPrototype = (cytoscape as unknown as (kind: 'renderer', name: 'canvas') => { prototype: CanvasRenderer })(
  'renderer',
  'canvas',
).prototype;

/**
 * A renderer whose drawing methods are either Cytoscape's or the fast paths, over Cytoscape's own
 * colour and arrowhead code, with the shapes and text (which neither side changes) recorded.
 */
function rendererWith(methods: typeof originalDrawing, log: Call[], usePaths: boolean): CanvasRenderer {
  const record =
    (name: string) =>
    (...args: unknown[]) =>
      log.push([name, ...args.filter((arg) => typeof arg !== 'object' || arg === null || Array.isArray(arg))]);
  return Object.assign(Object.create(canvasPrototype) as CanvasRenderer, methods, {
    usePaths: () => usePaths,
    drawArrowShape: record('drawArrowShape'),
    drawElementText: record('drawElementText'),
    nodeShapes: new Proxy({}, { get: (_target, shape) => ({ draw: record(`draw ${String(shape)}`) }) }),
  });
}

const styleValues = fc.record({
  curve: fc.constantFrom('haystack', 'straight', 'bezier', 'straight-triangle'),
  line: fc.constantFrom('solid', 'dotted', 'dashed'),
  dash: fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 })),
  dashOffset: fc.integer({ min: 0, max: 5 }),
  colour: fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)),
  opacity: fc.constantFrom(1, 0.35, 0.8),
  lineOpacity: fc.constantFrom(1, 0.5),
  width: fc.constantFrom(1, 2.5),
  cap: fc.constantFrom('butt', 'round', 'square'),
  outline: fc.constantFrom(0, 2),
  ghost: fc.constantFrom('no', 'yes'),
  overlay: fc.constantFrom(0, 0.25),
  underlay: fc.constantFrom(0, 0.4),
  sourceArrow: fc.constantFrom('none', 'triangle'),
  targetArrow: fc.constantFrom('none', 'triangle'),
  midArrow: fc.constantFrom('none', 'vee'),
  display: fc.constantFrom('element', 'none'),
});

const scratchValues = fc.record({
  edgeType: fc.constantFrom('haystack', 'straight', 'bezier', 'segments'),
  points: fc.array(fc.integer({ min: -500, max: 500 }), { minLength: 4, maxLength: 8 }),
  badLine: fc.boolean(),
  nanStart: fc.boolean(),
  usePaths: fc.boolean(),
  flags: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()),
  shift: fc.option(fc.record({ x1: fc.integer(), y1: fc.integer() }), { nil: undefined }),
});

type StyleValues = typeof styleValues extends fc.Arbitrary<infer T> ? T : never;

function edgeStyled(values: StyleValues): Core {
  const rgb = `rgb(${values.colour.join(',')})`;
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [{ data: { id: 'qatar' } }, { data: { id: 'syria' } }, { data: { id: 'tie', source: 'qatar', target: 'syria' } }],
    style: [
      {
        selector: 'edge',
        style: {
          'curve-style': values.curve,
          'line-style': values.line,
          'line-dash-pattern': values.dash,
          'line-dash-offset': values.dashOffset,
          'line-color': rgb,
          'line-outline-color': rgb,
          'line-outline-width': values.outline,
          'line-cap': values.cap,
          opacity: values.opacity,
          'line-opacity': values.lineOpacity,
          width: values.width,
          ghost: values.ghost,
          'ghost-offset-x': 3,
          'ghost-offset-y': -2,
          'ghost-opacity': 0.5,
          'overlay-opacity': values.overlay,
          'overlay-color': rgb,
          'overlay-padding': 4,
          'underlay-opacity': values.underlay,
          'underlay-color': rgb,
          'source-arrow-shape': values.sourceArrow,
          'target-arrow-shape': values.targetArrow,
          'mid-target-arrow-shape': values.midArrow,
          'mid-source-arrow-shape': values.midArrow,
          display: values.display,
        },
      },
      {
        selector: 'node',
        style: { 'overlay-opacity': values.overlay, 'underlay-opacity': values.underlay, 'overlay-color': rgb, 'underlay-color': rgb },
      },
    ] as unknown as cytoscape.StylesheetJson,
  });
}

describe('drawingFastPaths().drawEdge', () => {
  it('makes exactly the context calls Cytoscape’s own makes, for any edge style and state, frame after frame', () => {
    fc.assert(
      fc.property(styleValues, scratchValues, (values, scratch) => {
        const cy = edgeStyled(values);
        const edge = cy.getElementById('tie') as unknown as DrawnElement;
        const draw = (methods: typeof originalDrawing) => {
          const log: Call[] = [];
          const renderer = rendererWith(methods, log, scratch.usePaths);
          const context = recordingContext(log);
          // Each side keeps its own path cache on the edge; start both from none.
          edge._private.rscratch = {
            edgeType: scratch.edgeType,
            badLine: scratch.badLine,
            allpts: scratch.nanStart ? [Number.NaN, ...scratch.points.slice(1)] : [...scratch.points],
            arrowStartX: 1, arrowStartY: 2, srcArrowAngle: 0.5, arrowEndX: 3, arrowEndY: 4, tgtArrowAngle: 1.5,
            midX: 5, midY: 6, midtgtArrowAngle: 2, midsrcArrowAngle: 2.5,
          } as DrawnElement['_private']['rscratch'];
          const [label, overlay, opacity] = scratch.flags;
          // Twice, to draw once with a fresh path and once from the cache; then with the edge moved.
          renderer.drawEdge(context, edge, scratch.shift, label, overlay, opacity);
          renderer.drawEdge(context, edge, scratch.shift, label, overlay, opacity);
          edge._private.rscratch.allpts = edge._private.rscratch.allpts!.map((value) => value + 7);
          renderer.drawEdge(context, edge, scratch.shift, label, overlay, opacity);
          return log;
        };
        expect(draw(drawingFastPaths())).toEqual(draw(originalDrawing));
        cy.destroy();
      }),
      { numRuns: 400 },
    );
  });

  it('strokes a solid haystack tie with its colour and width, from a path through its end points', () => {
    const cy = edgeStyled({
      curve: 'haystack', line: 'solid', dash: [1, 1], dashOffset: 0, colour: [180, 35, 24], opacity: 1, lineOpacity: 1,
      width: 2.5, cap: 'butt', outline: 0, ghost: 'no', overlay: 0, underlay: 0, sourceArrow: 'none', targetArrow: 'none',
      midArrow: 'none', display: 'element',
    });
    const edge = cy.getElementById('tie') as unknown as DrawnElement;
    edge._private.rscratch = { edgeType: 'haystack', allpts: [0, 0, 30, 40] };
    const log: Call[] = [];
    rendererWith(drawingFastPaths(), log, true).drawEdge(recordingContext(log), edge);
    expect(log).toContainEqual(['set strokeStyle', 'rgba(180,35,24,1)']);
    expect(log).toContainEqual(['set lineWidth', 2.5]);
    expect(log).toContainEqual(['stroke', { path: [['moveTo', 0, 0], ['lineTo', 30, 40]] }]);
  });
});

describe('drawingFastPaths() node overlays and underlays', () => {
  it('draw exactly what Cytoscape’s own draw, shown or hidden, with or without an overlay', () => {
    fc.assert(
      fc.property(styleValues, fc.boolean(), (values, withSize) => {
        const cy = edgeStyled(values);
        const node = cy.getElementById('qatar') as unknown as DrawnElement;
        if (values.display === 'none') cy.getElementById('qatar').style('display', 'none');
        const draw = (methods: typeof originalDrawing) => {
          const log: Call[] = [];
          const renderer = rendererWith(methods, log, true);
          const context = recordingContext(log);
          const size = withSize ? [20, 30] : [undefined, undefined];
          renderer.drawNodeUnderlay(context, node, { x: 1, y: 2 }, size[0], size[1]);
          renderer.drawNodeOverlay(context, node, { x: 1, y: 2 }, size[0], size[1]);
          return log;
        };
        expect(draw(drawingFastPaths())).toEqual(draw(originalDrawing));
        cy.destroy();
      }),
      { numRuns: 100 },
    );
  });
});

describe('createRgbaStrings', () => {
  it('gives the very string Cytoscape builds, for any colour and opacity, cached or not', () => {
    const rgba = createRgbaStrings();
    const channel = fc.oneof(fc.nat(255), fc.double({ min: -1, max: 300 }), fc.integer());
    fc.assert(
      fc.property(channel, channel, channel, fc.oneof(fc.double(), fc.constantFrom(0, 1, 0.35)), (r, g, b, a) => {
        const cytoscapeString = 'rgba(' + r + ',' + g + ',' + b + ',' + a + ')';
        expect(rgba(r, g, b, a)).toBe(cytoscapeString);
        expect(rgba(r, g, b, a)).toBe(cytoscapeString);
      }),
      { numRuns: 2000 },
    );
  });

  it('tells apart colours and opacities that differ in one place only', () => {
    const rgba = createRgbaStrings();
    for (const a of [1, 0.5]) {
      for (let value = 0; value < 256; value += 1) {
        expect(rgba(value, 9, 9, a)).toBe(`rgba(${value},9,9,${a})`);
        expect(rgba(9, value, 9, a)).toBe(`rgba(9,${value},9,${a})`);
        expect(rgba(9, 9, value, a)).toBe(`rgba(9,9,${value},${a})`);
      }
    }
  });

  it('stays right after more colours than it keeps', () => {
    const rgba = createRgbaStrings();
    for (let index = 0; index < 10_000; index += 1) rgba(index % 256, (index >> 8) % 256, 7, (index % 10) / 10);
    expect(rgba(12, 34, 56, 0.5)).toBe('rgba(12,34,56,0.5)');
    expect(rgba(0, 0, 7, 0)).toBe('rgba(0,0,7,0)');
  });
});
