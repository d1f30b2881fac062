// Keeps the view store and the address bar in step. Time moves (many per second while dragging)
// replace the current history entry; discrete choices (selection, view, filters) push one, so Back
// undoes them. Back and Forward restore the view of their entry.
import { isPageParam, themeNotice } from '../domain/page-params';
import { onlyTimeDiffers, parseViewParams, readableQuery, serializeViewParams, type ViewParams } from '../domain/view-params';
import { addNotices } from './notice-store';
import { useViewStore } from './view-store';

/** The address of a view on this page (keeping the page's own parameters): for links to a view. */
export function urlFor(params: ViewParams): string {
  const current = new URLSearchParams(window.location.search);
  const next = new URLSearchParams(serializeViewParams(params));
  // Parameters that belong to the page, not the view (and those of embedding tools and link
  // trackers), are kept as they are.
  for (const [name, value] of current) {
    // A theme Tieline cannot use was named in a notice; the address drops it like a wrong view value.
    if (isPageParam(name) && !(name === 'theme' && themeNotice(value) !== null)) next.append(name, value);
  }
  const query = readableQuery(next);
  return `${window.location.pathname}${query === '' ? '' : `?${query}`}${window.location.hash}`;
}

/** While set, a change of the view replaces the history entry: see `correctView`. */
let correcting = false;

/**
 * Changes the view as a correction of the address it opened with (a selection the dataset lacks
 * dropped, a chapter's view filled in), not as a step of the reader's: the history entry is
 * replaced, so Back does not return to an address that means the same view.
 */
export function correctView(change: Partial<ViewParams>): void {
  correcting = true;
  try {
    useViewStore.setState(change);
  } finally {
    correcting = false;
  }
}

/**
 * Reads the view from the URL into the store, then mirrors every change back. Returns a stop
 * function. An embed only ever replaces its entry: in an iframe, pushed entries would join the host
 * page's history and hijack its Back button.
 */
export function startUrlSync({ history = 'push-discrete' }: { history?: 'push-discrete' | 'replace' } = {}): () => void {
  const initial = parseViewParams(window.location.search);
  useViewStore.setState(initial.params, true);
  addNotices(initial.notices);
  // Normalise the address (drops ignored parameters) without adding an entry.
  window.history.replaceState(window.history.state, '', urlFor(initial.params));

  const unsubscribe = useViewStore.subscribe((state, previous) => {
    const url = urlFor(state);
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    if (history === 'replace' || correcting || onlyTimeDiffers(state, previous)) window.history.replaceState(window.history.state, '', url);
    else window.history.pushState(null, '', url);
  });
  const onPopState = () => {
    const parsed = parseViewParams(window.location.search);
    useViewStore.setState(parsed.params, true);
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
