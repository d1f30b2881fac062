// Closing the details returns focus to where the reader was when they opened them (the search box,
// a table row, a link in another event), so a keyboard user never lands at the top of the page.
import { useViewStore } from './view-store';

let returnTarget: HTMLElement | null = null;

/** Remembers the focused element whenever a selection starts. Returns a stop function. */
export function startFocusMemory(): () => void {
  return useViewStore.subscribe((state, previous) => {
    if (previous.selection === null && state.selection !== null) {
      const active = document.activeElement;
      returnTarget = active instanceof HTMLElement && active !== document.body ? active : null;
    }
  });
}

export function closeSelectionAndReturnFocus(): void {
  const target = returnTarget;
  useViewStore.setState({ selection: null });
  returnTarget = null;
  if (target !== null && target.isConnected) target.focus();
  else document.querySelector<HTMLElement>('[role="combobox"]')?.focus();
}

/** Escape closes the details, unless a dialog or a popup has already used the key. */
export function startEscapeToClose(): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (useViewStore.getState().selection === null || document.querySelector('dialog[open]') !== null) return;
    closeSelectionAndReturnFocus();
  };
  window.addEventListener('keydown', onKeyDown);
  return () => window.removeEventListener('keydown', onKeyDown);
}
