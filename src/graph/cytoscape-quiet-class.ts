// Showing and hiding ties with a class change that tells only Cytoscape's renderer, when the renderer
// is the only one listening.
//
// Cytoscape's `toggleClass` builds collections of the changed elements, emits 'class' on each, and
// when the batch ends emits 'style' on each so the renderer's own listener queues the element for
// restyling. On a slider step at 50,000 ties that was most of the step's garbage (events, props,
// collection maps), and V8 pays for garbage during incremental marking: while a major GC marks the
// 750 MB heap, every 64 kB a step allocates costs a marking step of about 5 ms on the main thread.
//
// When no listener other than the renderer's could see a 'class' or 'style' event (checked on every
// call: the core's listeners and each element's), this changes the class set directly, marks the
// style dirty as `updateStyle` does, and calls the renderer's style listener for each changed
// element, as the event would have. That listener reads only the event's `target`, so one reused
// event-like object serves every element. In any other case, or without a canvas renderer (a
// headless graph), it calls Cytoscape's own `toggleClass`.
//
// Checked two ways: a property test runs both paths with a listener bound as the renderer binds its
// own and requires the same classes and styles after every change, and the renderer told of every
// edge whose class changed (Cytoscape also tells it of edges that already had their class); an
// end-to-end test requires the picture after slider steps to equal a fresh load of the same link.
import type { Core, EdgeCollection, EdgeSingular } from 'cytoscape';

interface Listener {
  type: string;
  callback: unknown;
}

interface EdgeInternals {
  classes: Set<string>;
  styleDirty?: boolean;
  emitter?: { listeners: Listener[] };
}

interface RendererBinding {
  target: unknown;
  args: unknown[];
}

type StyleListener = (event: { type: string; namespace: null; target: unknown; cy: Core }) => void;

/** The events a class change emits; a listener on either would notice the quiet path. */
const OBSERVABLE_TYPES = ['class', 'style'];

function listensTo(listeners: readonly Listener[] | undefined, ignoredCallback: unknown): boolean {
  if (listeners === undefined) return false;
  // An index, not `for…of`: called for every changed edge, and an iterator is garbage each time.
  for (let index = 0; index < listeners.length; index += 1) {
    const listener = listeners[index]!;
    if (OBSERVABLE_TYPES.includes(listener.type) && listener.callback !== ignoredCallback) return true;
  }
  return false;
}

type CoreInternals = {
  renderer(): { bindings?: RendererBinding[] } | null | undefined;
  styleEnabled(): boolean;
  emitter(): { listeners: Listener[] };
};

// A renderer binds its listeners once, when it starts, so the search through its bindings is done
// once per graph rather than on every slider step; who else listens is checked on every call.
const rendererStyleListeners = new WeakMap<Core, StyleListener>();

/** The 'style' listener the renderer registered through its `binder`; null without a renderer. */
function rendererStyleListenerOf(cy: Core): StyleListener | null {
  const known = rendererStyleListeners.get(cy);
  if (known !== undefined) return known;
  const internals = cy as unknown as CoreInternals;
  const bindings = internals.styleEnabled() ? internals.renderer()?.bindings : undefined;
  const binding = Array.isArray(bindings)
    ? bindings.find(
        ({ target, args }) => target === cy && typeof args[0] === 'string' && args[0].split(/\s+/).includes('style.*') && typeof args[1] === 'function',
      )
    : undefined;
  const listener = binding === undefined ? null : (binding.args[1] as StyleListener);
  // Before the renderer has bound anything there is nothing to remember.
  if (listener !== null) rendererStyleListeners.set(cy, listener);
  return listener;
}

/** The renderer's 'style' listener when it is the core's only 'class' or 'style' listener. */
export function soleRendererStyleListener(cy: Core): StyleListener | null {
  const callback = rendererStyleListenerOf(cy);
  if (callback === null) return null;
  return listensTo((cy as unknown as CoreInternals).emitter().listeners, callback) ? null : callback;
}

/** Adds `className` to the edges (or removes it), as `toggleClass(className, present)` does. */
export function toggleEdgeClass(cy: Core, edges: readonly EdgeSingular[], className: string, present: boolean): void {
  if (edges.length === 0) return;
  const rendererListener = soleRendererStyleListener(cy);
  const quiet = rendererListener !== null && edges.every((edge) => edge.isEdge() && !listensTo(internalsOf(edge).emitter?.listeners, null));
  if (!quiet) {
    // `cy.collection` takes an array of elements (documented), which its type declarations leave out.
    cy.collection(edges as unknown as EdgeCollection).toggleClass(className, present);
    return;
  }
  const event = { type: 'style', namespace: null, target: null as unknown, cy };
  let changed = false;
  for (const edge of edges) {
    const internals = internalsOf(edge);
    if (internals.classes.has(className) === present) continue;
    if (present) internals.classes.add(className);
    else internals.classes.delete(className);
    internals.styleDirty = true;
    event.target = edge;
    rendererListener(event);
    changed = true;
  }
  // Redraw hints, as `updateStyle` gives them; inside a batch Cytoscape holds them until it ends.
  if (changed) (cy as unknown as { notify(event: string): void }).notify('style');
}

function internalsOf(edge: EdgeSingular): EdgeInternals {
  return (edge as unknown as { _private: EdgeInternals })._private;
}
