// Ordering events for the table view: by date (start of the period, then precision, finer first),
// by kind label, or by the first actor's label; ties broken by date then id so the order is stable.
import type { DatasetModel } from './dataset-model';
import type { TimelineEvent } from './dataset-schema';
import { EVENT_KIND_LABELS } from './labels';
import { dayRangeOf } from './partial-date';

export const EVENT_SORT_KEYS = ['date', 'kind', 'actor'] as const;
export type EventSortKey = (typeof EVENT_SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export function actorNames(model: DatasetModel, event: TimelineEvent): string[] {
  return event.participants.map((participant) => model.actorById.get(participant.actor)?.label ?? participant.actor);
}

function byDate(a: TimelineEvent, b: TimelineEvent): number {
  const left = dayRangeOf(a.date);
  const right = dayRangeOf(b.date);
  return left.start - right.start || left.end - right.end || a.id.localeCompare(b.id);
}

export function sortEvents(
  model: DatasetModel,
  events: readonly TimelineEvent[],
  key: EventSortKey,
  direction: SortDirection,
): TimelineEvent[] {
  const primary = (a: TimelineEvent, b: TimelineEvent): number => {
    switch (key) {
      case 'date':
        return 0;
      case 'kind':
        return EVENT_KIND_LABELS[a.kind].localeCompare(EVENT_KIND_LABELS[b.kind]);
      case 'actor':
        return (actorNames(model, a)[0] ?? '').localeCompare(actorNames(model, b)[0] ?? '');
    }
  };
  const sign = direction === 'ascending' ? 1 : -1;
  return [...events].sort((a, b) => sign * (primary(a, b) || byDate(a, b)));
}
