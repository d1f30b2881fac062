// Details in an embed: a sheet over the graph's area (a bottom sheet on a phone, a side panel in a
// wide frame), so the time bar stays in reach and selecting something never opens the details
// below the screen. In a frame that its page sizes to the content, part of the graph may be off
// the reader's screen: the sheet then asks the story page to scroll the graph into view, through
// the sizing protocol in use (use-visible-part.ts says what the reader sees).
import { useEffect, useRef, type ReactNode } from 'react';
import { useFrameSizing } from './frame-sizing';

/** Share of the graph's area that must be on screen for the sheet not to ask the page to scroll. */
const ENOUGH = 0.97;

export function DetailsSheet({ children }: { children: ReactNode }) {
  const sheetRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const area = sheetRef.current?.parentElement;
    const embed = sheetRef.current?.closest<HTMLElement>('.app-embed');
    if (!area || !embed || useFrameSizing.getState().scrollHostTo === null || typeof IntersectionObserver === 'undefined') return undefined;
    // A fresh observation, not the last one use-visible-part.ts made: the reader may have scrolled
    // the story a moment ago. Its first answer says how much of the area is on screen now.
    const observer = new IntersectionObserver(
      ([entry]) => {
        observer.disconnect();
        const scrollHostTo = useFrameSizing.getState().scrollHostTo;
        if (entry === undefined || scrollHostTo === null || entry.intersectionRatio >= ENOUGH) return;
        const top = area.getBoundingClientRect().top - embed.getBoundingClientRect().top;
        scrollHostTo(top, area.getBoundingClientRect().height);
      },
      { threshold: [0, ENOUGH] },
    );
    observer.observe(area);
    return () => observer.disconnect();
  }, []);
  return (
    <div className="embed-sheet" ref={sheetRef} data-testid="details-sheet">
      {children}
    </div>
  );
}
