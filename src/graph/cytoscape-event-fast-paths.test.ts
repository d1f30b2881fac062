import cytoscape, { type Core, type EventObject } from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emitWithoutGarbage, originalEmit, type EmitterInternals } from './cytoscape-event-fast-paths';

const emitterPrototype = Object.getPrototypeOf(
  (cytoscape({ headless: true }) as unknown as { emitter(): EmitterInternals }).emitter(),
) as EmitterInternals;

/** Runs `work` with every Cytoscape emitter dispatching through `emit`, then restores the previous one. */
function withEmit<T>(emit: EmitterInternals['emit'], work: () => T): T {
  const previous = emitterPrototype.emit;
  emitterPrototype.emit = emit;
  try {
    return work();
  } finally {
    emitterPrototype.emit = previous;
  }
}

const TYPES = ['class', 'style', 'data', 'custom'] as const;
const NAMESPACES = ['', '.tieline', '.*'] as const;
const SELECTORS = [undefined, 'edge', 'node', '#n1', ':parent'] as const;
const BEHAVIOURS = ['record', 'returnFalse', 'stopPropagation', 'addListenerOnCore', 'removeSelf'] as const;
/** Where a listener sits or an event starts: the core (-1) or an element by index. */
const PLACES = fc.integer({ min: -1, max: 7 });

const listenerSpec = fc.record({
  place: PLACES,
  type: fc.constantFrom(...TYPES),
  namespace: fc.constantFrom(...NAMESPACES),
  selector: fc.constantFrom(...SELECTORS),
  method: fc.constantFrom('on', 'one', 'once'),
  behaviour: fc.constantFrom(...BEHAVIOURS),
});

const action = fc.oneof(
  fc.record({ kind: fc.constant('emit' as const), place: PLACES, type: fc.constantFrom(...TYPES, 'class custom', 'style.tieline') }),
  fc.record({ kind: fc.constant('addClass' as const), places: fc.array(fc.nat({ max: 7 }), { maxLength: 4 }), batch: fc.boolean() }),
  fc.record({ kind: fc.constant('removeClass' as const), places: fc.array(fc.nat({ max: 7 }), { maxLength: 4 }), batch: fc.boolean() }),
  fc.record({ kind: fc.constant('emitWithParameters' as const), place: PLACES, type: fc.constantFrom(...TYPES) }),
);

/** `off` with a callback typed as the test's listeners are (Cytoscape's declarations take a string). */
type Offable = { off(events: string, callback: (...args: never[]) => unknown): void };

type ListenerSpec = typeof listenerSpec extends fc.Arbitrary<infer T> ? T : never;
type Action = typeof action extends fc.Arbitrary<infer T> ? T : never;

/** Two states (one with a person inside), a third node, and ties between them: compound bubbling included. */
function graph(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: '.hidden', style: { display: 'none' } }],
    elements: [
      { data: { id: 'n0' } },
      { data: { id: 'n1', parent: 'n0' } },
      { data: { id: 'n2', parent: 'n1' } },
      { data: { id: 'n3' } },
      { data: { id: 'e0', source: 'n1', target: 'n3' } },
      { data: { id: 'e1', source: 'n2', target: 'n3' } },
      { data: { id: 'e2', source: 'n0', target: 'n3' } },
      { data: { id: 'e3', source: 'n3', target: 'n3' } },
    ],
  });
}

function nameOf(value: unknown, cy: Core): string {
  if (value === cy) return 'core';
  if (value && typeof (value as { id?: unknown }).id === 'function') return (value as { id(): string }).id();
  return String(value);
}

/** Sets the listeners up, performs the actions, and returns every listener call as a line of text. */
function record(listeners: ListenerSpec[], actions: Action[]): string[] {
  const cy = graph();
  const elements = cy.elements();
  const calls: string[] = [];
  const target = (place: number) => (place < 0 ? cy : elements[place]!);
  listeners.forEach((spec, index) => {
    const events = `${spec.type}${spec.namespace}`;
    const callback = function (this: unknown, event: EventObject, ...rest: unknown[]) {
      calls.push(
        [
          `listener ${index}`,
          `this ${nameOf(this, cy)}`,
          `type ${event.type}`,
          `namespace ${String(event.namespace)}`,
          `target ${nameOf(event.target, cy)}`,
          `cy ${event.cy === cy}`,
          `arguments ${rest.length + 1} ${JSON.stringify(rest)}`,
          `fields ${Object.keys(event).sort().join(',')}`,
          `stopped ${event.isPropagationStopped()}`,
        ].join(' | '),
      );
      if (spec.behaviour === 'returnFalse') return false;
      if (spec.behaviour === 'stopPropagation') event.stopPropagation();
      if (spec.behaviour === 'addListenerOnCore') cy.on(spec.type, () => calls.push(`added by ${index}`));
      if (spec.behaviour === 'removeSelf') (target(spec.place) as unknown as Offable).off(events, callback);
      return undefined;
    };
    const on = target(spec.place) as unknown as Record<string, (...args: unknown[]) => unknown>;
    // `once` exists on collections only; on the core it means the same as `one`.
    const method = spec.place < 0 && spec.method === 'once' ? 'one' : spec.method;
    if (spec.selector === undefined) on[method]!.call(on, events, callback);
    else on[method]!.call(on, events, spec.selector, callback);
  });
  for (const step of actions) {
    if (step.kind === 'emit') target(step.place).emit(step.type);
    else if (step.kind === 'emitWithParameters') target(step.place).emit(step.type, ['extra', 2]);
    else {
      const chosen = elements.filter((_, index) => step.places.includes(index));
      const change = () => (step.kind === 'addClass' ? chosen.addClass('hidden') : chosen.removeClass('hidden'));
      if (step.batch) cy.batch(change);
      else change();
    }
  }
  return calls;
}

describe('emitWithoutGarbage', () => {
  it('calls the same listeners with the same event, context and arguments as Cytoscape’s own dispatch', () => {
    fc.assert(
      fc.property(fc.array(listenerSpec, { maxLength: 12 }), fc.array(action, { minLength: 1, maxLength: 12 }), (listeners, actions) => {
        const expected = withEmit(originalEmit, () => record(listeners, actions));
        const actual = withEmit(emitWithoutGarbage, () => record(listeners, actions));
        expect(actual).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('tells the renderer’s style listener about every element whose class changed', () => {
    const calls = withEmit(emitWithoutGarbage, () =>
      record([{ place: -1, type: 'style', namespace: '.*', selector: undefined, method: 'on', behaviour: 'record' }], [
        { kind: 'addClass', places: [4, 5], batch: true },
      ]),
    );
    expect(calls.map((call) => call.split(' | ')[4])).toEqual(['target e0', 'target e1']);
  });

  it('dispatches nothing for a type no emitter on the path listens to', () => {
    const cy = graph();
    let built = 0;
    const listeners = [{ type: 'style', namespace: null, callback: () => undefined }];
    const counting = Object.create(emitterPrototype) as EmitterInternals;
    Object.assign(counting, (cy.getElementById('e0') as unknown as { emitter(): EmitterInternals }).emitter());
    counting.listeners = listeners as EmitterInternals['listeners'];
    counting.addEventFields = () => {
      built += 1;
    };
    withEmit(emitWithoutGarbage, () => counting.emit('class'));
    expect(built).toBe(0);
    withEmit(emitWithoutGarbage, () => counting.emit('style'));
    expect(built).toBe(1);
  });

  it('lets layout events reach listeners on the layout and on the core', () => {
    const heard = withEmit(emitWithoutGarbage, () => {
      const cy = graph();
      const events: string[] = [];
      cy.on('layoutstop', (event) => events.push(`core ${event.type} ${event.layout === layout}`));
      const layout = cy.layout({ name: 'preset' });
      layout.on('layoutstop', (event) => events.push(`layout ${event.type}`));
      layout.run();
      return events;
    });
    expect(heard).toEqual(['layout layoutstop', 'core layoutstop true']);
  });
});
