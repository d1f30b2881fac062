// A dataset's story as the reader meets it: a chapter's text cut into words and event links, the
// view a chapter sets (in the same terms as the address), where chapters and eras sit on the time
// axis. Pure: the validator, the chapter card, the time bar and the store all read chapters here.
import type { Chapter, ChapterView, Dataset, Era } from './dataset-schema';
import { toDayRange } from './partial-date';
import { DEFAULT_VIEW_PARAMS, type ViewParams } from './view-params';

/** A piece of a chapter's text: plain words, or words that link to an event. */
export type ChapterTextPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'link'; readonly text: string; readonly target: string };

/** `[words](target)`: the words are a link; the target names an event by its id. */
const LINK = /\[([^[\]]+)\]\(([^()\s]*)\)/g;

/** The text with its links: `[the Doha meeting](doha-meeting-2024)` becomes a link to that event. */
export function chapterTextParts(text: string): ChapterTextPart[] {
  const parts: ChapterTextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    parts.push({ kind: 'link', text: match[1]!, target: match[2]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** The text as it reads, links as their words: for announcements and plain-text exports. */
export function chapterPlainText(text: string): string {
  return chapterTextParts(text)
    .map((part) => part.text)
    .join('');
}

/** The first day of a date the validator has checked is a day (`2024-12-07`). */
const dayOf = (date: string | undefined): number | null => (date === undefined ? null : (toDayRange(date)?.start ?? null));

/**
 * The view a chapter sets, over what the reader has: everything the chapter says, defaults for
 * what it leaves out, and the reader's own choices of graph or table and of drawing every line.
 */
export function chapterViewParams(view: ChapterView, current: ViewParams): ViewParams {
  return {
    ...DEFAULT_VIEW_PARAMS,
    view: current.view,
    lines: current.lines,
    from: dayOf(view.from),
    to: dayOf(view.to),
    mode: view.mode ?? DEFAULT_VIEW_PARAMS.mode,
    basis: view.basis ?? DEFAULT_VIEW_PARAMS.basis,
    selection: view.actor !== undefined ? { kind: 'actor', id: view.actor } : view.event !== undefined ? { kind: 'event', id: view.event } : null,
    hiddenKinds: view.hide ?? [],
    level: view.level ?? DEFAULT_VIEW_PARAMS.level,
    story: current.story,
    chapter: current.chapter,
  };
}

/** The params of a story's chapter `number` (from 1), reading it. */
export function paramsAtChapter(story: Dataset['story'], number: number, current: ViewParams): ViewParams | null {
  const chapter = story?.chapters[number - 1];
  if (chapter === undefined) return null;
  return { ...chapterViewParams(chapter.view, current), story: true, chapter: number };
}

/** Whether the reader still sees the chapter's own view (time, filters, selection, level). */
export function showsChapterView(params: ViewParams, chapter: Chapter): boolean {
  const own = chapterViewParams(chapter.view, params);
  return (
    own.from === params.from &&
    own.to === params.to &&
    own.mode === params.mode &&
    own.basis === params.basis &&
    own.level === params.level &&
    own.selection?.kind === params.selection?.kind &&
    own.selection?.id === params.selection?.id &&
    own.hiddenKinds.length === params.hiddenKinds.length &&
    own.hiddenKinds.every((kind) => params.hiddenKinds.includes(kind))
  );
}

/** Where a chapter sits on the time axis: the last day its view shows, or null for "the latest". */
export function chapterDay(chapter: Chapter): number | null {
  return dayOf(chapter.view.to);
}

/** An era's days, its open ends given as null. */
export function eraDays(era: Era): { start: number | null; end: number | null } {
  return {
    start: era.from === undefined ? null : (toDayRange(era.from)?.start ?? null),
    end: era.to === undefined ? null : (toDayRange(era.to)?.end ?? null),
  };
}
