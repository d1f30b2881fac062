// The page's colours, on <html data-theme="light|dark">, which the style sheets read. `auto` follows
// the reader's system setting, and changes with it. The boot script in index.html sets the same
// attribute before the first paint, so a dark page does not flash white while the app loads.
import type { Theme } from '../domain/page-params';

export function startPageTheme(theme: Theme): () => void {
  const root = document.documentElement;
  if (theme !== 'auto') {
    root.dataset.theme = theme;
    return () => undefined;
  }
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = () => {
    root.dataset.theme = dark.matches ? 'dark' : 'light';
  };
  apply();
  dark.addEventListener('change', apply);
  return () => dark.removeEventListener('change', apply);
}
