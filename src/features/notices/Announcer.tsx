// A polite live region that tells screen-reader users what the canvas shows after each change of
// time or selection. It speaks once the reader pauses (not on every step of a drag), so the
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
  const [message, setMessage] = useState('');
  const opening = useRef(true);

  useEffect(() => {
    // The view the page opens with is on screen already; only changes are news.
    if (opening.current) {
      opening.current = false;
      return undefined;
    }
    const timer = window.setTimeout(() => {
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
      setMessage(`Showing ${shownTiesInWords(model, filter)} ${when}.${selected}`);
    }, SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [model, filter, selection]);

  return (
    <div className="visually-hidden" aria-live="polite" role="status" data-testid="announcer">
      {message}
    </div>
  );
}
