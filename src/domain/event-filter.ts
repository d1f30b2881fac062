// Which events the reader's filters let through, at the level of events (the details panel, the
// table, the histogram); the graph applies the same rule edge by edge through the interval index.
import type { DatasetModel } from './dataset-model';
import type { EventKind, TimelineEvent } from './dataset-schema';
import { isInRange } from './interval-index';
import type { DateBasis, TimeRange } from './time-range';

export interface EventFilters {
  readonly range: TimeRange;
  readonly basis: DateBasis;
  readonly hiddenKinds: readonly EventKind[];
}

export function isEventShown(model: DatasetModel, event: TimelineEvent, filters: EventFilters): boolean {
  const days = model.eventDays.get(event.id)?.[filters.basis];
  return days !== undefined && !filters.hiddenKinds.includes(event.kind) && isInRange(days, filters.range);
}

/** The events the filters show, earliest first. */
export function shownEvents(
  model: DatasetModel,
  events: readonly TimelineEvent[],
  filters: EventFilters,
): TimelineEvent[] {
  return events.filter((event) => isEventShown(model, event, filters));
}
