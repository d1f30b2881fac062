// Whether the page is laid out for a phone: one column that scrolls. The same width as the
// stylesheet's `@media (max-width: 700px)` rules for the full app (styles.css), which lay out what
// this decides the order of.
import { useSyncExternalStore } from 'react';

export const NARROW_SCREEN_QUERY = '(max-width: 700px)';

const query = () => (typeof window.matchMedia === 'function' ? window.matchMedia(NARROW_SCREEN_QUERY) : null);

function subscribe(onChange: () => void): () => void {
  const list = query();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, () => query()?.matches ?? false);
}
