// The picture index.html shows while the default view starts (an embed, or the full app) (scripts/lib/page-shell.ts)
// goes once the graph is drawn, or once the app shows anything else instead (problems, the table).
// Nothing moves when it goes: it lies over the page, which is already laid out beneath it.

/** Longest the picture may stay, whatever happens (a graph that never reports ready). */
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
  const stop = () => {
    root.removeAttribute('data-boot-preview');
    observer.disconnect();
    if (timer !== null) clearTimeout(timer);
  };
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
  timer = setTimeout(stop, MAX_MS);
  return stop;
}
