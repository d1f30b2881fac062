// How the graph answers the wheel and touch inside a page that scrolls (a story that embeds it, or
// the full app on a phone, where the details follow the graph). As embedded maps do (Google Maps'
// and MapLibre's "cooperative gestures"), the wheel and a one-finger swipe scroll the page; Ctrl/⌘ +
// wheel (a trackpad pinch sends that too), a pinch or a two-finger drag move the graph, and a short
// note over the graph says so. A mouse drag still pans it, and a tap still selects.
//
// Only documented means: Cytoscape's `userZoomingEnabled` / `userPanningEnabled`, DOM listeners in
// the capture phase on an element around Cytoscape's container (so they run before Cytoscape's own),
// and CSS `touch-action`. A one-finger touch is kept from Cytoscape altogether, so Cytoscape never
// cancels the page's scroll; a tap then reaches it as the mouse events the browser sends after a tap.
import type { Core } from 'cytoscape';

/**
 * `cooperative`: always (an embed). `greedy`: the graph takes every gesture. `auto`: cooperative
 * while the page itself scrolls (the full app on a narrow screen), greedy otherwise (the full app on
 * a desktop, where the graph is the page).
 */
export type GestureMode = 'cooperative' | 'greedy' | 'auto';

/** What the note over the graph should say: how to zoom with the wheel, or how to move with touch. */
export type GestureHint = 'wheel' | 'touch';

/** Past this distance a one-finger touch is a swipe, not a tap. */
const SWIPE_PX = 10;

function pageScrolls(area: HTMLElement): boolean {
  const page = area.ownerDocument.scrollingElement ?? area.ownerDocument.documentElement;
  return page.scrollHeight > page.clientHeight + 1;
}

export function attachCooperativeGestures(cy: Core, area: HTMLElement, mode: GestureMode, onHint: (hint: GestureHint) => void): () => void {
  const cooperative = () => mode === 'cooperative' || (mode === 'auto' && pageScrolls(area));
  // The page scrolls over the graph vertically and sideways; the graph takes pinches.
  const previousTouchAction = area.style.touchAction;
  area.style.touchAction = 'pan-x pan-y';

  const onWheel = (event: WheelEvent) => {
    const zoomHere = !cooperative() || event.ctrlKey || event.metaKey;
    // Cytoscape zooms (and stops the page scrolling) only while user zooming is enabled.
    cy.userZoomingEnabled(zoomHere);
    if (!zoomHere) onHint('wheel');
  };

  /** The touch in progress: one finger (the page's), or more (the graph's). */
  let touch: { fingers: 'one'; x: number; y: number; swiped: boolean } | { fingers: 'more' } | null = null;
  const onTouchStart = (event: TouchEvent) => {
    if (touch === null && event.touches.length === 1 && cooperative()) {
      // One finger: the page's. Cytoscape does not see it, so it never cancels the scroll.
      const [finger] = event.touches;
      touch = { fingers: 'one', x: finger!.clientX, y: finger!.clientY, swiped: false };
      event.stopPropagation();
      return;
    }
    // Two fingers (or any touch where the graph is the page): the graph's, a pinch or a pan.
    touch = { fingers: 'more' };
    cy.userPanningEnabled(true);
    cy.userZoomingEnabled(true);
  };
  const onTouchMove = (event: TouchEvent) => {
    if (touch?.fingers !== 'one') return;
    event.stopPropagation();
    const [finger] = event.touches;
    if (!touch.swiped && finger && Math.hypot(finger.clientX - touch.x, finger.clientY - touch.y) > SWIPE_PX) {
      touch.swiped = true;
      onHint('touch');
    }
  };
  const onTouchEnd = (event: TouchEvent) => {
    if (touch?.fingers === 'one') event.stopPropagation();
    if (event.touches.length === 0) touch = null;
  };

  const capture = { capture: true } as const;
  // Passive: none of them cancels anything; the page scrolls unless Cytoscape takes the gesture.
  const listening = { capture: true, passive: true } as const;
  area.addEventListener('wheel', onWheel, listening);
  area.addEventListener('touchstart', onTouchStart, listening);
  area.addEventListener('touchmove', onTouchMove, listening);
  area.addEventListener('touchend', onTouchEnd, listening);
  area.addEventListener('touchcancel', onTouchEnd, listening);
  return () => {
    area.removeEventListener('wheel', onWheel, capture);
    area.removeEventListener('touchstart', onTouchStart, capture);
    area.removeEventListener('touchmove', onTouchMove, capture);
    area.removeEventListener('touchend', onTouchEnd, capture);
    area.removeEventListener('touchcancel', onTouchEnd, capture);
    area.style.touchAction = previousTouchAction;
  };
}
