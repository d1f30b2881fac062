// The reader's filters as one value: the time range, the date basis and the kinds switched off.
// Everything that asks "is this shown?" (the graph, the table, the details, the histogram, the
// announcements, the exports) derives it with `viewFilterOf` and asks through this module, so
// adding a filter touches this value, the URL and the one view that offers it.
import type { DatasetModel, Extent } from './dataset-model';
import type { EventKind, TimelineEvent } from './dataset-schema';
import { isInRange } from './interval-index';
import { clampRange, type DateBasis, type TimeMode, type TimeRange } from './time-range';

export interface ViewFilter {
  readonly range: TimeRange;
  readonly basis: DateBasis;
  readonly hiddenKinds: readonly EventKind[];
}

/** What the filter is derived from: the reader's choices, where null bounds mean the track's ends. */
export interface FilterChoices {
  readonly from: number | null;
  readonly to: number | null;
  readonly mode: TimeMode;
  readonly basis: DateBasis;
  readonly hiddenKinds: readonly EventKind[];
}

/** The filter the reader's choices give on a dataset whose track per basis is `extents`. */
export function viewFilterOf(choices: FilterChoices, extents: Readonly<Record<DateBasis, Extent>>): ViewFilter {
  const { first, last } = extents[choices.basis];
  return {
    range: clampRange({ from: choices.from ?? first, to: choices.to ?? last, mode: choices.mode }, first, last),
    basis: choices.basis,
    hiddenKinds: choices.hiddenKinds,
  };
}

/** The same kinds switched off, whatever the order they were switched off in. */
export function sameKinds(a: readonly EventKind[], b: readonly EventKind[]): boolean {
  if (a.length !== b.length) return false;
  const inB = new Set(b);
  return a.every((kind) => inB.has(kind)) && new Set(a).size === inB.size;
}

/** Everything but the range is the same: a change only the interval index needs to follow. */
export function onlyRangeDiffers(a: ViewFilter, b: ViewFilter): boolean {
  return a.basis === b.basis && sameKinds(a.hiddenKinds, b.hiddenKinds);
}

export function sameRange(a: TimeRange, b: TimeRange): boolean {
  return a.from === b.from && a.to === b.to && a.mode === b.mode;
}

export function filtersEqual(a: ViewFilter, b: ViewFilter): boolean {
  return onlyRangeDiffers(a, b) && sameRange(a.range, b.range);
}

export function isEventShown(model: DatasetModel, event: TimelineEvent, filter: ViewFilter): boolean {
  const days = model.eventDays.get(event.id)?.[filter.basis];
  return days !== undefined && !filter.hiddenKinds.includes(event.kind) && isInRange(days, filter.range);
}

/** The events the filter shows, in the order given. */
export function visibleEvents(model: DatasetModel, events: readonly TimelineEvent[], filter: ViewFilter): TimelineEvent[] {
  return events.filter((event) => isEventShown(model, event, filter));
}

/** How many ties (pairwise edges of events) the filter shows: the "N" of "N of M ties". */
export function countShownTies(model: DatasetModel, filter: ViewFilter): number {
  if (filter.hiddenKinds.length === 0) return model.timelines[filter.basis].countInRange(filter.range);
  return visibleEvents(model, model.dataset.events, filter).reduce((total, event) => total + (model.edgesByEvent.get(event.id)?.length ?? 0), 0);
}

/** "12 of 74 ties": the count every view that states it uses. */
export function shownTiesInWords(model: DatasetModel, filter: ViewFilter): string {
  return `${countShownTies(model, filter)} of ${model.edges.length} ties`;
}
