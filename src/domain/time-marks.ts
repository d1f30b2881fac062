// What the time bar marks besides its histogram, as data: when the selected actor or tie was active,
// where the story's chapters sit, the dataset's eras, the dates at the axis's ends, and, during play,
// what a step brought. The time bar only places these on its track.
import type { DatasetModel, EdgeSpan, Extent } from './dataset-model';
import type { Dataset, TimelineEvent } from './dataset-schema';
import { EVENT_KIND_LABELS } from './labels';
import { dayToIso, formatDay, formatPartialDate } from './partial-date';
import { chapterDay, eraDays } from './story';
import { isKindShown, type ViewFilter } from './view-filter';
import type { Selection } from './view-params';

export interface SelectionTick {
  readonly eventId: string;
  /** The days the event may stand for on the chosen basis (one day, a month, a year). */
  readonly start: number;
  readonly end: number;
  /** "Phone call, 24 February 2023" */
  readonly label: string;
}

/**
 * One tick per event of the selected actor (its own events, as its details list them) or of the
 * selected tie, on the filter's basis (the time bar's track); kinds switched off in the legend are
 * left out. Ticks outside the range are kept: they say when else the selection was active.
 */
export function selectionTicks(model: DatasetModel, selection: Selection, filter: ViewFilter): SelectionTick[] {
  if (selection === null) return [];
  const events: readonly TimelineEvent[] =
    selection.kind === 'actor' ? (model.eventsByActor.get(selection.id) ?? []) : [model.eventById.get(selection.id)].filter((event) => event !== undefined);
  return events
    .filter((event) => isKindShown(filter, event.kind))
    .map((event) => {
      const days = model.eventDays.get(event.id)![filter.basis];
      return { eventId: event.id, start: days.start, end: days.end, label: `${EVENT_KIND_LABELS[event.kind]}, ${formatPartialDate(event.date)}` };
    });
}

export interface ChapterMarker {
  /** Chapters from 1, as readers count; several when their days are too close to tell apart. */
  readonly chapters: readonly number[];
  /** Where on the track, from 0 to 1. */
  readonly fraction: number;
  readonly label: string;
  /** Its width on screen, in px (markerWidth). */
  readonly width: number;
}

/** The least size of a chapter marker: a target a pointer can hit (WCAG 2.5.8). */
export const MARKER_MIN_PX = 24;

/** A marker's width on screen: its label ("4·5·6") in a small font, and never under `least` px. */
export function markerWidth(label: string, least = MARKER_MIN_PX): number {
  return Math.max(least, 10 + 7 * label.length);
}

/**
 * Each chapter at the last day its view shows (the track's end when it shows "up to the latest").
 * Chapters whose markers would touch on a row `rowWidth` pixels wide share one marker ("4·5·6"),
 * placed at their middle, so no marker hides another and each stays a target a thumb can hit.
 */
export function chapterMarkers(story: Dataset['story'], track: Extent, rowWidth: number, least = MARKER_MIN_PX): ChapterMarker[] {
  if (story === undefined) return [];
  const span = Math.max(1, track.last - track.first);
  const placed = story.chapters
    .map((chapter, index) => {
      const day = Math.min(track.last, Math.max(track.first, chapterDay(chapter) ?? track.last));
      return { number: index + 1, title: chapter.title, fraction: (day - track.first) / span };
    })
    .sort((a, b) => a.fraction - b.fraction || a.number - b.number);
  type Cluster = { members: typeof placed };
  const labelOf = (cluster: Cluster) => cluster.members.map((member) => member.number).join('·');
  const widthOf = (cluster: Cluster) => markerWidth(labelOf(cluster), least);
  const centreOf = (cluster: Cluster) => (rowWidth * cluster.members.reduce((sum, member) => sum + member.fraction, 0)) / cluster.members.length;
  const clusters: Cluster[] = [];
  for (const chapter of placed) {
    const last = clusters[clusters.length - 1];
    const single: Cluster = { members: [chapter] };
    const gap = 4;
    if (last !== undefined && centreOf(single) - widthOf(single) / 2 < centreOf(last) + widthOf(last) / 2 + gap) {
      last.members.push(chapter);
      // Merging moves the cluster: it may now touch the one before it.
      while (clusters.length > 1) {
        const before = clusters[clusters.length - 2]!;
        const merged = clusters[clusters.length - 1]!;
        if (centreOf(merged) - widthOf(merged) / 2 >= centreOf(before) + widthOf(before) / 2 + gap) break;
        before.members.push(...merged.members);
        clusters.pop();
      }
    } else {
      clusters.push(single);
    }
  }
  return clusters.map((cluster) => {
    const chapters = cluster.members.map((member) => member.number).sort((a, b) => a - b);
    const titles = [...cluster.members].sort((a, b) => a.number - b.number).map((member) => member.title);
    return {
      chapters,
      fraction: cluster.members.reduce((sum, member) => sum + member.fraction, 0) / cluster.members.length,
      width: markerWidth(chapters.join('·'), least),
      label:
        chapters.length === 1
          ? `Chapter ${chapters[0]}: ${titles[0]}`
          : `Chapters ${chapters.join(', ').replace(/, (\d+)$/, ' and $1')}: ${titles.join('; ')}`,
    };
  });
}

/** Space kept between a date at the axis's end and a chapter marker (or the other date). */
const AXIS_GAP = 6;

/** The width a marker takes on the axis, centred on its place. */
const markerSpan = (marker: ChapterMarker, rowWidth: number) => {
  const half = marker.width / 2;
  const centre = marker.fraction * rowWidth;
  return { left: centre - half, right: centre + half };
};

/**
 * The dates the axis prints at its two ends, in the row the chapter markers share: the full date
 * where it clears every marker, else its year, else nothing (the handles and the range line say the
 * exact day). `widthOf` measures a text in the row's font.
 */
export function axisEndLabels(
  track: Extent,
  markers: readonly ChapterMarker[],
  rowWidth: number,
  widthOf: (text: string) => number,
): { start: string | null; end: string | null } {
  const spans = markers.map((marker) => markerSpan(marker, rowWidth));
  const clear = (left: number, right: number) => spans.every((span) => right + AXIS_GAP <= span.left || left >= span.right + AXIS_GAP);
  const forms = (day: number) => [formatDay(day), dayToIso(day).slice(0, 4)];
  const start = forms(track.first).find((text) => widthOf(text) <= rowWidth && clear(0, widthOf(text))) ?? null;
  const startRight = start === null ? 0 : widthOf(start) + AXIS_GAP;
  // One day (a track of one day) is said once.
  const end =
    track.last === track.first
      ? null
      : (forms(track.last).find((text) => {
          const left = rowWidth - widthOf(text);
          return left >= startRight && clear(left, rowWidth);
        }) ?? null);
  return { start, end };
}

export interface EraBand {
  readonly label: string;
  /** Where on the track, from 0 to 1, clamped to the track. */
  readonly left: number;
  readonly right: number;
  /** "Assad government, until 7 December 2024" */
  readonly description: string;
}

/** The eras that touch the track, clamped to it. */
export function eraBands(eras: Dataset['eras'], track: Extent): EraBand[] {
  const span = Math.max(1, track.last - track.first);
  const fractionOf = (day: number) => Math.min(1, Math.max(0, (day - track.first) / span));
  return (eras ?? []).flatMap((era) => {
    const { start, end } = eraDays(era);
    if ((start !== null && start > track.last) || (end !== null && end < track.first)) return [];
    const when =
      start !== null && end !== null
        ? `${formatDay(start)} to ${formatDay(end)}`
        : start !== null
          ? `from ${formatDay(start)}`
          : `until ${formatDay(end!)}`;
    return [{ label: era.label, left: start === null ? 0 : fractionOf(start), right: end === null ? 1 : fractionOf(end + 1), description: `${era.label}, ${when}` }];
  });
}

/** At most this many events are named in a play step's line; the rest are counted. */
const NAMED_EVENTS = 3;

/** "Meeting (Mohammed bin Abdulrahman, Saudi Arabia and 6 more)" */
function eventInWords(model: DatasetModel, event: TimelineEvent): string {
  const parties = event.participants.map((participant) => model.actorById.get(participant.actor)?.label ?? participant.actor);
  const named = parties.length > 3 ? `${parties.slice(0, 2).join(', ')} and ${parties.length - 2} more` : parties.join(', ').replace(/, ([^,]*)$/, ' and $1');
  return `${EVENT_KIND_LABELS[event.kind]} (${named})`;
}

/**
 * What a step of play brought, in one line: "+3 ties: Meeting (…); Offer (…)", and ties that left a
 * window ("−2 ties"). Events in date order, the first few named. Empty when nothing changed.
 */
export function playStepInWords(model: DatasetModel, shown: readonly EdgeSpan[], hidden: readonly EdgeSpan[]): string {
  const parts: string[] = [];
  if (shown.length > 0) {
    const eventIds = [...new Set(shown.map((span) => span.edge.eventId))];
    const events = eventIds.map((id) => model.eventById.get(id)).filter((event) => event !== undefined);
    const named = events.slice(0, NAMED_EVENTS).map((event) => eventInWords(model, event));
    const rest = events.length - named.length;
    parts.push(`+${shown.length} tie${shown.length === 1 ? '' : 's'}: ${named.join('; ')}${rest > 0 ? `; and ${rest} more event${rest === 1 ? '' : 's'}` : ''}`);
  }
  if (hidden.length > 0) parts.push(`−${hidden.length} tie${hidden.length === 1 ? '' : 's'} left the window`);
  return parts.join(' · ');
}

/** The events whose ties a step brought into view, in date order. */
export function eventsShownBy(shown: readonly EdgeSpan[]): string[] {
  return [...new Set(shown.map((span) => span.edge.eventId))];
}
