// Whether the graph may be created yet. On a phone the default view keeps its picture until
// the reader reaches for the graph (README, "Picture first on a touch screen"): a reader scrolling a
// story past the embed never pays for Cytoscape creating and first drawing the graph, which holds a
// mid-range phone's main thread for one to two seconds. The boot script (scripts/lib/page-shell.ts)
// marks such a page with GRAPH_WAITS_ATTRIBUTE and clears it on the reader's first tap, click or
// focus; the app clears it when the view leaves the default one (the picture no longer shows it).

/** On <html> while the graph waits for the reader. Named here and written into the boot script. */
export const GRAPH_WAITS_ATTRIBUTE = 'data-graph-waits';

function root(): HTMLElement | null {
  return typeof document === 'undefined' ? null : document.documentElement;
}

export function graphWaitsForReader(): boolean {
  return root()?.hasAttribute(GRAPH_WAITS_ATTRIBUTE) ?? false;
}

/** Lets the graph be created now, whoever asks (idempotent). */
export function startGraph(): void {
  root()?.removeAttribute(GRAPH_WAITS_ATTRIBUTE);
}

/**
 * Calls `then` once the graph may be created: at once on most pages, or when the wait ends.
 * Returns a function that cancels the call.
 */
export function whenGraphMayStart(then: () => void): () => void {
  const element = root();
  if (element === null || !element.hasAttribute(GRAPH_WAITS_ATTRIBUTE)) {
    then();
    return () => undefined;
  }
  const observer = new MutationObserver(() => {
    if (element.hasAttribute(GRAPH_WAITS_ATTRIBUTE)) return;
    observer.disconnect();
    then();
  });
  observer.observe(element, { attributes: true, attributeFilter: [GRAPH_WAITS_ATTRIBUTE] });
  return () => observer.disconnect();
}

/**
 * Calls `then` at once, or, on a page whose graph waits for the reader, once the picture standing in
 * for it has arrived (or failed to): on a slow network the picture, which is all the reader sees
 * until they reach for the graph, then does not share the line with Cytoscape's module.
 */
export function afterWaitingPicture(then: () => void): void {
  const picture = graphWaitsForReader() ? document.querySelector<HTMLImageElement>('.boot-preview img') : null;
  if (picture === null || picture.complete) {
    then();
    return;
  }
  const once = () => {
    picture.removeEventListener('load', once);
    picture.removeEventListener('error', once);
    then();
  };
  picture.addEventListener('load', once);
  picture.addEventListener('error', once);
}
