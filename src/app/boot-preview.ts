// The picture index.html shows while the default view starts (an embed, or the full app) (scripts/lib/page-shell.ts)
// goes once the graph is drawn, or once the app shows anything else instead (problems, the table).
// Nothing moves when it goes: it lies over the page, which is already laid out beneath it. On a phone
// it first waits for the reader (src/graph/graph-start.ts), and for no longer than the view
// it depicts lasts.
import { serializeViewParams } from '../domain/view-params';
import { graphWaitsForReader, startGraph, whenGraphMayStart } from '../graph/graph-start';
import { useViewStore } from '../state/view-store';

/** Longest the picture may stay once the graph may start, whatever happens (a graph that never reports ready). */
const MAX_MS = 20_000;

export function startBootPreviewRemoval(): () => void {
  const root = document.documentElement;
  if (!root.hasAttribute('data-boot-preview')) return () => undefined;
  const done = () =>
    document.querySelector('[data-testid="graph-canvas"][data-ready="true"]') !== null ||
    document.querySelector('.app-status:not([aria-busy="true"]), [data-testid="event-table"], .region-error') !== null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const observer = new MutationObserver(() => {
    if (done()) stop();
  });
  let stopWaiting: () => void = () => undefined;
  const stop = () => {
    root.removeAttribute('data-boot-preview');
    observer.disconnect();
    stopWaiting();
    if (timer !== null) clearTimeout(timer);
  };
  stopWaiting = whenGraphMayStart(() => {
    timer = setTimeout(stop, MAX_MS);
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
  return stop;
}

/**
 * The picture shows the default view only: once the view is another (a command of the story page,
 * Back, a chapter), the graph that waits for the reader is started. Call after the address is read.
 */
export function startGraphWhenViewChanges(): () => void {
  if (!graphWaitsForReader()) return () => undefined;
  const leftDefault = () => serializeViewParams(useViewStore.getState()) !== '';
  if (leftDefault()) {
    startGraph();
    return () => undefined;
  }
  const unsubscribe = useViewStore.subscribe(() => {
    if (!leftDefault()) return;
    unsubscribe();
    startGraph();
  });
  return unsubscribe;
}
