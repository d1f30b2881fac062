// Which part of the embed the reader can see, as CSS variables on the embed's root:
// `--visible-top` (from the embed's top) and `--visible-height`. In a frame that its page sizes to
// the content, the frame's own window is the whole embed, so `position: fixed` and `100vh` mean the
// whole frame, most of which may be above or below the reader's screen. An IntersectionObserver
// without a root measures against the top-level window, through every frame, so the details sheet
// and the article reader can open where the reader is. Thresholds every 1 % keep it within a few
// pixels as the story scrolls.
import { useEffect, type RefObject } from 'react';

const THRESHOLDS = Array.from({ length: 101 }, (_, index) => index / 100);

export function useVisiblePart(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (element === null || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (entry === undefined || entry.intersectionRect.height <= 0) return;
        const top = entry.intersectionRect.top - entry.boundingClientRect.top;
        element.style.setProperty('--visible-top', `${Math.round(top)}px`);
        element.style.setProperty('--visible-height', `${Math.round(entry.intersectionRect.height)}px`);
      },
      { threshold: THRESHOLDS },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
}
