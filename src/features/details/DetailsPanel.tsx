// What we know of the selected actor or tie and why: its events in the active range, each with its
// date, kind, parties and quotes. The panel is the sourced, keyboard-reachable side of the canvas.
import { useState } from 'react';
import type { DatasetModel } from '../../domain/dataset-model';
import { visibleEvents } from '../../domain/view-filter';
import { ACTOR_TYPE_LABELS, EVENT_KIND_LABELS } from '../../domain/labels';
import { formatDay, formatPartialDate } from '../../domain/partial-date';
import { rootOf } from '../../domain/actor-tree';
import { useGraphLevel, useViewFilter } from '../../state/use-view';
import { closeSelectionAndReturnFocus } from '../../state/focus-return';
import { toggleExpanded, useViewStore } from '../../state/view-store';
import { EventItem } from './EventItem';
import { SourceReader } from './SourceReader';
import { CaveatList } from './CaveatList';

export function DetailsPanel({ model }: { model: DatasetModel }) {
  const selection = useViewStore((state) => state.selection);
  const filter = useViewFilter(model);
  const level = useGraphLevel(model);
  const expanded = useViewStore((state) => state.expanded);
  const { range } = filter;
  const [reading, setReading] = useState<{ sourceId: string; quote: string } | null>(null);
  const readInContext = (sourceId: string, quote: string) => setReading({ sourceId, quote });
  const readingSource = reading === null ? undefined : model.sourceById.get(reading.sourceId);

  const reader =
    reading !== null && readingSource !== undefined ? (
      <SourceReader source={readingSource} quote={reading.quote} onClose={() => setReading(null)} />
    ) : null;

  const actor = selection?.kind === 'actor' ? model.actorById.get(selection.id) : undefined;
  const event = selection?.kind === 'event' ? model.eventById.get(selection.id) : undefined;

  if (actor !== undefined) {
    const all = model.eventsByActor.get(actor.id) ?? [];
    const shown = visibleEvents(model, all, filter);
    const parent = actor.parent === undefined ? undefined : model.actorById.get(actor.parent);
    const rangeWords = range.mode === 'window' ? `from ${formatDay(range.from)} to ${formatDay(range.to)}` : `up to ${formatDay(range.to)}`;
    return (
      <aside className="details" aria-labelledby="details-title" data-testid="details">
        <header className="details-header">
          <h2 id="details-title">{actor.label}</h2>
          <button type="button" className="details-close" onClick={closeSelectionAndReturnFocus}>
            Close<span className="visually-hidden"> details</span>
          </button>
        </header>
        <p className="actor-meta">
          {ACTOR_TYPE_LABELS[actor.type]}
          {actor.role !== undefined && <> · {actor.role}</>}
          {parent !== undefined && <> · acts for {parent.label}</>}
        </p>
        {actor.aliases !== undefined && actor.aliases.length > 0 && <p className="actor-aliases">Also written: {actor.aliases.join(', ')}</p>}
        {actor.description !== undefined && <p>{actor.description}</p>}
        <CaveatList caveats={actor.caveats} />
        {level === 'state' && <UnfoldButton model={model} actorId={actor.id} expanded={expanded} />}
        <h3 className="details-count">
          {shown.length} tie{shown.length === 1 ? '' : 's'} {rangeWords}
        </h3>
        {all.length > shown.length && (
          <p className="details-later">
            {all.length - shown.length} more outside the time range or the kinds shown.
          </p>
        )}
        <ol className="event-list">
          {shown.map((shownEvent) => (
            <li key={shownEvent.id}>
              <EventItem event={shownEvent} model={model} fromActorId={actor.id} onReadInContext={readInContext} headingLevel={4} />
            </li>
          ))}
        </ol>
        {reader}
      </aside>
    );
  }

  if (event !== undefined) {
    return (
      <aside className="details" aria-labelledby="details-title" data-testid="details">
        <header className="details-header">
          <h2 id="details-title">
            {EVENT_KIND_LABELS[event.kind]}, {formatPartialDate(event.date)}
          </h2>
          <button type="button" className="details-close" onClick={closeSelectionAndReturnFocus}>
            Close<span className="visually-hidden"> details</span>
          </button>
        </header>
        <EventItem event={event} model={model} onReadInContext={readInContext} headingLevel={3} />
        {reader}
      </aside>
    );
  }

  return (
    <aside className="details" aria-label="Details" data-testid="details">
      <p className="details-hint">
        Select an actor or a tie in the graph, the search box or the table to read its ties and the
        sources behind them.
      </p>
    </aside>
  );
}

/**
 * In the states-only view, shows the actors inside the selected actor's state in the graph (or folds
 * them again): the keyboard's way to what a double tap on the state does.
 */
function UnfoldButton({ model, actorId, expanded }: { model: DatasetModel; actorId: string; expanded: readonly string[] }) {
  const root = rootOf(actorId, model.actorById);
  const inside = model.dataset.actors.filter((other) => other.id !== root && rootOf(other.id, model.actorById) === root).length;
  if (inside === 0) return null;
  const label = model.actorById.get(root)?.label ?? root;
  const open = expanded.includes(root);
  return (
    <p>
      <button type="button" aria-pressed={open} onClick={() => toggleExpanded(root)}>
        {open ? `Fold the actors inside ${label}` : `Show the ${inside} actor${inside === 1 ? '' : 's'} inside ${label}`}
      </button>
    </p>
  );
}
