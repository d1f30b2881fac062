// Details in an embed: a sheet over the graph's area (a bottom sheet on a phone, a side panel in a
// wide frame), so the time bar stays in reach and selecting something never opens the details
// below the screen. In a frame that its page sizes to the content, part of the graph may be off
// the reader's screen: the sheet then asks the story page to scroll the graph into view, through
// the sizing protocol in use (use-visible-part.ts says what the reader sees).
import { useEffect, useRef, type ReactNode } from 'react';
import { useFrameSizing } from './frame-sizing';

/** Pixels of the graph's area allowed off screen before the sheet asks the page to scroll. */
const TOLERANCE = 4;

export function DetailsSheet({ children }: { children: ReactNode }) {
  const sheetRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const sheet = sheetRef.current;
    const scrollHostTo = useFrameSizing.getState().scrollHostTo;
    const area = sheet?.parentElement;
    const embed = sheet?.closest<HTMLElement>('.app-embed');
    if (!area || !embed || scrollHostTo === null) return;
    const style = getComputedStyle(embed);
    const visibleTop = Number.parseFloat(style.getPropertyValue('--visible-top'));
    const visibleHeight = Number.parseFloat(style.getPropertyValue('--visible-height'));
    const embedBox = embed.getBoundingClientRect();
    const areaBox = area.getBoundingClientRect();
    const top = areaBox.top - embedBox.top;
    const bottom = top + areaBox.height;
    const seen = Number.isFinite(visibleTop) && Number.isFinite(visibleHeight) && top >= visibleTop - TOLERANCE && bottom <= visibleTop + visibleHeight + TOLERANCE;
    if (!seen) scrollHostTo(top, areaBox.height);
  }, []);
  return (
    <div className="embed-sheet" ref={sheetRef} data-testid="details-sheet">
      {children}
    </div>
  );
}
