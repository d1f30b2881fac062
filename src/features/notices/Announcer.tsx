// A polite live region that tells screen-reader users what the canvas shows after each change of
// time, selection or chapter of the story. It speaks once the reader pauses (not on every step of a drag), so the
// announcement is the state they stopped at, not a backlog of every step.
import { useEffect, useRef, useState } from 'react';
import type { DatasetModel } from '../../domain/dataset-model';
import { shownTiesInWords, visibleEvents } from '../../domain/view-filter';
import { EVENT_KIND_LABELS } from '../../domain/labels';
import { formatDay, formatPartialDate } from '../../domain/partial-date';
import { useViewFilter } from '../../state/use-view';
import { useViewStore } from '../../state/view-store';

const SETTLE_MS = 600;

export function Announcer({ model }: { model: DatasetModel }) {
  const filter = useViewFilter(model);
  const selection = useViewStore((state) => state.selection);
  const reading = useViewStore((state) => state.story);
  const chapter = useViewStore((state) => state.chapter);
  const [message, setMessage] = useState('');
  const opening = useRef(true);
  // The story state last announced: a chapter is named when it changes, not on every step after.
  const announcedStory = useRef({ reading, chapter });

  useEffect(() => {
    // The view the page opens with is on screen already; only changes are news.
    if (opening.current) {
      opening.current = false;
      return undefined;
    }
    const timer = window.setTimeout(() => {
      const before = announcedStory.current;
      announcedStory.current = { reading, chapter };
      const chapters = model.dataset.story?.chapters ?? [];
      let storyWords = '';
      if (reading && chapter !== null && (!before.reading || before.chapter !== chapter)) {
        storyWords = `Chapter ${chapter} of ${chapters.length}: ${chapters[chapter - 1]?.title ?? ''}. `;
      } else if (!reading && before.reading && chapter !== null) {
        storyWords = `Left the story at chapter ${chapter}, to explore. `;
      }
      const { range } = filter;
      const when = range.mode === 'window' ? `from ${formatDay(range.from)} to ${formatDay(range.to)}` : `up to ${formatDay(range.to)}`;
      let selected = '';
      if (selection?.kind === 'actor') {
        const actor = model.actorById.get(selection.id);
        const own = visibleEvents(model, model.eventsByActor.get(selection.id) ?? [], filter).length;
        if (actor) selected = ` Selected ${actor.label}: ${own} event${own === 1 ? '' : 's'} in range.`;
      } else if (selection?.kind === 'event') {
        const event = model.eventById.get(selection.id);
        if (event) selected = ` Selected ${EVENT_KIND_LABELS[event.kind]}, ${formatPartialDate(event.date)}.`;
      }
      setMessage(`${storyWords}Showing ${shownTiesInWords(model, filter)} ${when}.${selected}`);
    }, SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [model, filter, selection, reading, chapter]);

  return (
    <div className="visually-hidden" aria-live="polite" role="status" data-testid="announcer">
      {message}
    </div>
  );
}
