// A faster, equivalent replacement for Cytoscape's event dispatch (`Emitter.prototype.emit`), which
// every element and the core share. A class change emits 'class' on each changed element and, when
// the batch ends, 'style' on each; each emit splits and matches the event string, builds a props
// object, an event, a closure per listener and an argument array, then does it again on the core the
// event bubbles to. On a slider step at 50,000 ties that was about 1.6 MB of the step's 2 MB of
// garbage (CDP heap sampling), and garbage in a step is what V8's incremental marking charges the
// step for while a major GC is under way. The slider's own class changes now skip events when only
// the renderer listens (`cytoscape-quiet-class.ts`); this serves every other class, style and data
// change (selection, level, bands, and the slider itself when a page listens to events).
//
// For the one shape Cytoscape's class and style changes use (a bare event type, no extra parameters,
// no manual callback) this version:
// - does nothing when no emitter on the bubbling path (the element, its parents, the core) has a
//   listener of that type, as the original does nothing observable then ('class' has no listener
//   unless someone adds one);
// - otherwise builds the same event and calls the same listeners with the same arguments, context
//   and propagation, in the same order, without the intermediate garbage.
// Every other call goes to the original. A property test runs both on random listener setups
// (namespaces, selectors, `one`, `once`, handlers returning false or stopping propagation, handlers
// adding and removing listeners) and requires the same calls.
import cytoscape from 'cytoscape';

interface Listener {
  type: string;
  namespace: string | null;
  callback: (...args: unknown[]) => unknown;
  conf?: { one?: boolean } | null;
}

interface CyEvent {
  stopPropagation(): void;
  preventDefault(): void;
  isPropagationStopped(): boolean;
}

interface EventProps {
  type: string;
  namespace: null;
  target: unknown;
}

/** What `emit` reads of Cytoscape's `Emitter`: its listeners and the hooks its owner configures. */
export interface EmitterInternals {
  listeners: Listener[];
  emitting: number;
  context: unknown;
  eventMatches(context: unknown, listener: Listener, event: CyEvent): boolean;
  addEventFields(context: unknown, props: EventProps): void;
  callbackContext(context: unknown, listener: Listener, event: CyEvent): unknown;
  beforeEmit(context: unknown, listener: Listener, event: CyEvent): void;
  afterEmit(context: unknown, listener: Listener, event: CyEvent): void;
  bubble(context: unknown): boolean;
  parent(context: unknown): BubbleParent;
  emit(events: unknown, extraParams?: unknown, manualCallback?: unknown): EmitterInternals;
}

/** An element or the core, the two kinds of parent an element's event bubbles to. */
interface BubbleParent {
  emitter?: () => EmitterInternals | undefined;
  emit(event: unknown, extraParams: unknown): unknown;
}

type Emit = EmitterInternals['emit'];

/** Cytoscape's `Emitter.prototype`, reached through a headless core's own emitter. */
const emitterPrototype = Object.getPrototypeOf(
  (cytoscape({ headless: true }) as unknown as { emitter(): EmitterInternals }).emitter(),
) as EmitterInternals;

export const originalEmit: Emit = emitterPrototype.emit;

/** Cytoscape's `Event.prototype`, taken from an event the original dispatch builds. */
const eventPrototype = ((): object => {
  const probe = new (emitterPrototype.constructor as new () => EmitterInternals)();
  let prototype: object | null = null;
  (probe as unknown as { on(type: string, callback: (event: object) => void): void }).on('probe', (event) => {
    prototype = Object.getPrototypeOf(event) as object;
  });
  originalEmit.call(probe, 'probe');
  if (prototype === null) throw new Error('Cytoscape dispatched no probe event; its Emitter has changed.');
  return prototype;
})();

/** A bare event type: no namespace, no second event. */
const BARE_TYPE = /^[^.\s]+$/;

/** Cytoscape's catch-all listener namespace, which matches events of every namespace. */
const UNIVERSAL_NAMESPACE = '.*';

/** The same arguments Cytoscape passes when the caller gave no extra parameters. */
const NO_EXTRA_PARAMETERS = [undefined];

/** The emitter the event bubbles to, or null when the parent is not a single element or the core. */
function emitterOf(parent: BubbleParent | null | undefined): EmitterInternals | null {
  if (parent === null || parent === undefined || typeof parent.emitter !== 'function') return null;
  const emitter = parent.emitter();
  return emitter !== undefined && Object.getPrototypeOf(emitter) === emitterPrototype ? emitter : null;
}

function hasListenerOfType(emitter: EmitterInternals, type: string): boolean {
  const listeners = emitter.listeners;
  for (let index = 0; index < listeners.length; index += 1) if (listeners[index]!.type === type) return true;
  return false;
}

/** Whether any emitter on the bubbling path listens to `type`; null when the path leaves known emitters. */
function isHeardOnPath(start: EmitterInternals, type: string): boolean | null {
  for (let emitter: EmitterInternals | null = start; ; ) {
    if (hasListenerOfType(emitter, type)) return true;
    if (!emitter.bubble(emitter.context)) return false;
    emitter = emitterOf(emitter.parent(emitter.context));
    if (emitter === null) return null;
  }
}

/** One level of Cytoscape's dispatch: this emitter's matching listeners, then its parent's. */
function dispatch(emitter: EmitterInternals, type: string, event: CyEvent): void {
  const listeners = emitter.listeners;
  const count = listeners.length;
  emitter.emitting += 1;
  for (let index = 0; index < count; index += 1) {
    const listener = listeners[index]!;
    const namespace = listener.namespace;
    if (listener.type !== type || (namespace && namespace !== UNIVERSAL_NAMESPACE)) continue;
    if (!emitter.eventMatches(emitter.context, listener, event)) continue;
    emitter.beforeEmit(emitter.context, listener, event);
    if (listener.conf && listener.conf.one) emitter.listeners = emitter.listeners.filter((other) => other !== listener);
    const context = emitter.callbackContext(emitter.context, listener, event);
    const result = listener.callback.call(context, event, undefined);
    emitter.afterEmit(emitter.context, listener, event);
    if (result === false) {
      event.stopPropagation();
      event.preventDefault();
    }
  }
  if (emitter.bubble(emitter.context) && !event.isPropagationStopped()) {
    const parent = emitter.parent(emitter.context);
    const parentEmitter = emitterOf(parent);
    if (parentEmitter === null) parent.emit(event, NO_EXTRA_PARAMETERS);
    else dispatch(parentEmitter, type, event);
  }
  emitter.emitting -= 1;
}

export const emitWithoutGarbage: Emit = function emitWithoutGarbage(
  this: EmitterInternals,
  events: unknown,
  extraParams?: unknown,
  manualCallback?: unknown,
) {
  if (manualCallback != null || extraParams !== undefined || typeof events !== 'string' || !BARE_TYPE.test(events)) {
    return originalEmit.call(this, events, extraParams, manualCallback);
  }
  const heard = isHeardOnPath(this, events);
  if (heard === null) return originalEmit.call(this, events, extraParams, manualCallback);
  if (!heard) return this;
  const props: EventProps = { type: events, namespace: null, target: this.context };
  this.addEventFields(this.context, props);
  // What `new Event(type, props)` does, with the constructor Cytoscape does not export.
  const event = Object.create(eventPrototype) as CyEvent & { recycle(type: string, props: EventProps): void };
  event.recycle(events, props);
  dispatch(this, events, event);
  return this;
};

let installed = false;

export function installEventFastPaths(): void {
  if (installed) return;
  installed = true;
  emitterPrototype.emit = emitWithoutGarbage;
  (emitterPrototype as unknown as { trigger: Emit }).trigger = emitWithoutGarbage;
}
