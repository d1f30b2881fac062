// The rules of a story and of eras that need the rest of the dataset: every id resolves, a chapter's
// view is one the address can express (so a link can open it), the words of a chapter link only to
// the events it is about, and those events are in the view the chapter sets, so the reader sees
// what the text cites. Run by validate-dataset.ts once the shape is right.
import type { ChapterView, Dataset, Era } from './dataset-schema';
import { describeValue, type DatasetProblem, type JsonPath } from './dataset-problem';
import { isInRange } from './interval-index';
import { dayToIso, toDayRange, type DayRange } from './partial-date';
import { chapterTextParts, eraDays } from './story';

type Report = (path: JsonPath, message: string, expected?: string, found?: string) => void;

const ID = /^[a-z0-9][a-z0-9-]*$/;

export function storyProblems(dataset: Dataset, actorIds: ReadonlySet<string>, eventIds: ReadonlySet<string>): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const report: Report = (path, message, expected, found) => problems.push({ path, message, expected, found });
  const eventById = new Map(dataset.events.map((event) => [event.id, event]));
  const publishedOf = new Map(dataset.sources.map((source) => [source.id, source.published]));

  /** The days an event stands for on a basis, as the time bar places it (see dataset-model.ts). */
  const daysOf = (eventId: string, basis: 'event' | 'publication'): DayRange | null => {
    const event = eventById.get(eventId);
    if (event === undefined) return null;
    const own = toDayRange(event.date);
    if (basis === 'event' || own === null) return own;
    let earliest: DayRange | null = null;
    for (const { source } of event.evidence) {
      const published = publishedOf.get(source);
      const days = published == null ? null : toDayRange(published);
      if (days !== null && (earliest === null || days.start < earliest.start)) earliest = days;
    }
    return earliest ?? own;
  };

  dataset.story?.chapters.forEach((chapter, chapterIndex) => {
    const at = ['story', 'chapters', chapterIndex] as const;
    const about = new Set<string>();
    chapter.events.forEach((eventId, index) => {
      if (!eventIds.has(eventId)) report([...at, 'events', index], 'unknown event', 'the id of an event in "events"', describeValue(eventId));
      else if (about.has(eventId)) report([...at, 'events', index], `"${eventId}" is listed twice in this chapter`, 'each event once');
      about.add(eventId);
    });

    for (const part of chapterTextParts(chapter.text)) {
      if (part.kind !== 'link') continue;
      const found = describeValue(`[${part.text}](${part.target})`);
      if (!ID.test(part.target)) {
        report([...at, 'text'], `the link “${part.text}” does not name an event`, 'a link written [words](event-id), naming one of the chapter\'s events; other addresses are not links in a chapter', found);
      } else if (!eventIds.has(part.target)) {
        report([...at, 'text'], `the link “${part.text}” names an unknown event`, 'the id of an event in "events"', found);
      } else if (!about.has(part.target)) {
        report([...at, 'text'], `the link “${part.text}” names "${part.target}", which is not one of the chapter's events`, `"${part.target}" added to the chapter's "events" (its words must rest on the quotes of the events it is about)`, found);
      }
    }

    const range = checkView(chapter.view, [...at, 'view'], report, actorIds, eventIds);
    if (range === null) return;
    const basis = chapter.view.basis ?? 'event';
    const hidden = new Set(chapter.view.hide ?? []);
    const bound = (day: number, open: string) => (Number.isSafeInteger(day) && Math.abs(day) < Number.MAX_SAFE_INTEGER ? dayToIso(day) : open);
    const when = () => {
      const to = bound(range.to, 'the latest event');
      return range.mode === 'window' ? `from ${bound(range.from, 'the first event')} to ${to}` : `up to ${to}`;
    };
    const unseen = (eventId: string): string | null => {
      const event = eventById.get(eventId);
      const days = daysOf(eventId, basis);
      if (event === undefined || days === null) return null;
      if (hidden.has(event.kind)) return `its kind "${event.kind}" is hidden by the chapter's "hide"`;
      if (!isInRange(days, range)) return `the chapter's view shows ${when()} (by ${basis === 'event' ? 'event date' : 'article date'}) and the event is dated ${basis === 'event' ? event.date : dayToIso(days.start)}`;
      return null;
    };
    chapter.events.forEach((eventId, index) => {
      const why = unseen(eventId);
      if (why !== null) report([...at, 'events', index], `the reader would not see "${eventId}": ${why}`, 'a view whose time range and kinds show every event of the chapter');
    });
    if (chapter.view.event !== undefined) {
      const why = unseen(chapter.view.event);
      if (why !== null) report([...at, 'view', 'event'], `the chapter selects "${chapter.view.event}", which its view does not show: ${why}`, 'a selected event inside the chapter\'s view');
    }
  });

  checkEras(dataset.eras ?? [], report, eventIds);
  return problems;
}

/**
 * Reports what the address could not express, and returns the range the view shows when its dates
 * are usable (open bounds as the widest days, so "is the event in view" can still be asked).
 */
function checkView(view: ChapterView, at: JsonPath, report: Report, actorIds: ReadonlySet<string>, eventIds: ReadonlySet<string>) {
  let usable = true;
  const dayOf = (bound: 'from' | 'to'): number | null => {
    const value = view[bound];
    if (value === undefined) return null;
    const days = toDayRange(value)!;
    if (days.precision !== 'day') {
      usable = false;
      const example = dayToIso(bound === 'from' ? days.start : days.end);
      report([...at, bound], `a ${days.precision}, which the address cannot express: it takes a day`, `a day written YYYY-MM-DD, e.g. "${example}" for the ${bound === 'from' ? 'start' : 'end'} of ${value}`, describeValue(value));
      return null;
    }
    return days.start;
  };
  const from = dayOf('from');
  const to = dayOf('to');
  if (from !== null && to !== null && from > to) {
    usable = false;
    report([...at, 'from'], `"from" (${view.from}) is after "to" (${view.to})`, '"from" on or before "to"', describeValue(view.from));
  }
  if (view.from !== undefined && view.mode !== 'window') {
    report([...at, 'from'], `"from" is used only in window mode, and this view is ${view.mode === undefined ? 'in the default mode, ' : ''}"${view.mode ?? 'cumulative'}"`, '"mode": "window" with "from", or no "from" (everything up to "to")', describeValue(view.from));
  }
  if (view.actor !== undefined && view.event !== undefined) {
    report([...at], 'both "actor" and "event" are selected, which the address cannot express', 'one of "actor" and "event": the reader selects one thing at a time');
  }
  if (view.actor !== undefined && !actorIds.has(view.actor)) {
    report([...at, 'actor'], 'unknown actor', 'the id of an actor in "actors"', describeValue(view.actor));
  }
  if (view.event !== undefined && !eventIds.has(view.event)) {
    usable = false;
    report([...at, 'event'], 'unknown event', 'the id of an event in "events"', describeValue(view.event));
  }
  const seen = new Set<string>();
  view.hide?.forEach((kind, index) => {
    if (seen.has(kind)) report([...at, 'hide', index], `the kind "${kind}" is hidden twice`, 'each kind once');
    seen.add(kind);
  });
  if (!usable) return null;
  return { from: from ?? Number.MIN_SAFE_INTEGER, to: to ?? Number.MAX_SAFE_INTEGER, mode: view.mode ?? 'cumulative' } as const;
}

function checkEras(eras: readonly Era[], report: Report, eventIds: ReadonlySet<string>): void {
  let previousEnd: { day: number; index: number } | null = null;
  eras.forEach((era, index) => {
    const at = ['eras', index] as const;
    era.events?.forEach((eventId, eventIndex) => {
      if (!eventIds.has(eventId)) report([...at, 'events', eventIndex], 'unknown event', 'the id of an event in "events"', describeValue(eventId));
    });
    if (era.from === undefined && era.to === undefined) {
      report([...at], `the era “${era.label}” has neither "from" nor "to"`, 'at least one bound: an era that spans all time says nothing');
      return;
    }
    const { start, end } = eraDays(era);
    if (start !== null && end !== null && start > end) {
      report([...at, 'from'], `"from" (${era.from}) is after "to" (${era.to})`, '"from" on or before "to"', describeValue(era.from));
      return;
    }
    if (previousEnd !== null && (start === null || start <= previousEnd.day)) {
      report([...at, start === null ? 'to' : 'from'], `the era “${era.label}” begins before eras[${previousEnd.index}] ends`, 'eras in time order, each beginning after the one before it ends', describeValue(era.from ?? null));
    }
    previousEnd = { day: end ?? Number.MAX_SAFE_INTEGER, index };
  });
}
