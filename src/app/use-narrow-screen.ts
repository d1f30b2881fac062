// Whether the page is laid out for a phone: one column that scrolls. The same width as the
// stylesheet's `@media (max-width: 700px)` rules for the full app (styles.css), which lay out what
// this decides the order of.
import { useSyncExternalStore } from 'react';

const narrowScreen = typeof window.matchMedia === 'function' ? window.matchMedia('(max-width: 700px)') : null;

function subscribe(onChange: () => void): () => void {
  narrowScreen?.addEventListener('change', onChange);
  return () => narrowScreen?.removeEventListener('change', onChange);
}

export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, () => narrowScreen?.matches ?? false);
}
