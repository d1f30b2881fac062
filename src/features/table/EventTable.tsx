// The table view: the events the filters show, as an accessible table, sortable by date, kind and
// actor. It is the non-visual alternative to the canvas; choosing a row selects its event.
import { useMemo, useState } from 'react';
import type { DatasetModel } from '../../domain/dataset-model';
import { visibleEvents } from '../../domain/view-filter';
import { actorNames, sortEvents, type EventSortKey, type SortDirection } from '../../domain/event-sort';
import { EVENT_KIND_LABELS, EVENT_STATUS_LABELS } from '../../domain/labels';
import { formatPartialDate, toDayRange } from '../../domain/partial-date';
import { useViewFilter } from '../../state/use-view';
import { selectEvent, useViewStore } from '../../state/view-store';

const COLUMNS: ReadonlyArray<{ key: EventSortKey; label: string }> = [
  { key: 'date', label: 'Date' },
  { key: 'kind', label: 'Kind' },
  { key: 'actor', label: 'Actors' },
];

export function EventTable({ model }: { model: DatasetModel }) {
  const filter = useViewFilter(model);
  const selection = useViewStore((state) => state.selection);
  const [sort, setSort] = useState<{ key: EventSortKey; direction: SortDirection }>({ key: 'date', direction: 'ascending' });

  const rows = useMemo(
    () => sortEvents(model, visibleEvents(model, model.dataset.events, filter), sort.key, sort.direction),
    [model, filter, sort],
  );

  const sortBy = (key: EventSortKey) =>
    setSort((current) => ({
      key,
      direction: current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <div className="event-table-wrap">
      <table className="event-table" data-testid="event-table">
        <caption>
          {rows.length} event{rows.length === 1 ? '' : 's'} in the current range, sorted by {sort.key} ({sort.direction}). Choose an event to read its sources.
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column.key} scope="col" aria-sort={sort.key === column.key ? sort.direction : 'none'}>
                <button type="button" className="sort-button" onClick={() => sortBy(column.key)}>
                  {column.label}
                  <span aria-hidden="true">{sort.key === column.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
                </button>
              </th>
            ))}
            <th scope="col">Summary</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((event) => {
            const selected = selection?.kind === 'event' && selection.id === event.id;
            const approximate = toDayRange(event.date)?.precision !== 'day';
            const status = event.status ?? 'occurred';
            return (
              <tr key={event.id} data-event-id={event.id} className={selected ? 'selected' : undefined} aria-current={selected ? 'true' : undefined}>
                <td>
                  <time dateTime={event.date}>{formatPartialDate(event.date)}</time>
                  {approximate && <span className="badge badge-approximate"> approximate</span>}
                </td>
                <td>
                  <button type="button" className="link-button" onClick={() => selectEvent(event.id)}>
                    {EVENT_KIND_LABELS[event.kind]}
                  </button>
                  {status !== 'occurred' && <span className={`badge badge-${status}`}> {EVENT_STATUS_LABELS[status]}</span>}
                </td>
                <td>{actorNames(model, event).join(', ')}</td>
                <td>{event.summary}</td>
                <td>
                  {[...new Set(event.evidence.map((evidence) => evidence.source))]
                    .map((sourceId) => model.sourceById.get(sourceId)?.title ?? sourceId)
                    .join('; ')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
