// Everything a reader can choose, as plain data, and its readable URL form. The URL is the
// shareable copy of the view: opening it reproduces what the reader saw. Parsing never throws; a
// parameter it cannot use falls back to the default and is reported in words.
import { MAX_CHAPTERS } from './dataset-limits';
import type { EventKind } from './dataset-schema';
import { EVENT_KINDS } from './dataset-vocabulary';
import { dayToIso, MIN_YEAR, toDayRange } from './partial-date';
import { isSilentParam, themeNotice } from './page-params';
import { DATE_BASES, TIME_MODES, type DateBasis, type TimeMode } from './time-range';
import { sameKinds } from './view-filter';

export type Selection =
  | { readonly kind: 'actor'; readonly id: string }
  | { readonly kind: 'event'; readonly id: string }
  | null;

/** Persons drawn inside their state or group, or folded into it. */
export const GRAPH_LEVELS = ['actor', 'state'] as const;
export type GraphLevel = (typeof GRAPH_LEVELS)[number];
/** Above the line budget, the strongest lines only (the default) or every line (src/domain/line-budget.ts). */
export const LINE_CHOICES = ['strongest', 'all'] as const;
export type LineChoice = (typeof LINE_CHOICES)[number];
export const MAIN_VIEWS = ['graph', 'table'] as const;
export type MainView = (typeof MAIN_VIEWS)[number];

export interface ViewParams {
  /** First day shown in window mode; null means the dataset's first day. */
  readonly from: number | null;
  /** Last day shown; null means the latest event, whatever the dataset. */
  readonly to: number | null;
  readonly mode: TimeMode;
  readonly basis: DateBasis;
  readonly selection: Selection;
  /** Edge kinds the legend has switched off. */
  readonly hiddenKinds: readonly EventKind[];
  /** Null means the dataset's default (see `effectiveLevel`). */
  readonly level: GraphLevel | null;
  /** In the states-only view, the outer actors shown with the actors inside them. */
  readonly expanded: readonly string[];
  readonly lines: LineChoice;
  readonly view: MainView;
  /** Reading the dataset's story: the chapter card shows, and the chapter's ties are highlighted. */
  readonly story: boolean;
  /**
   * The chapter, from 1 as readers count: the one being read, or, out of the story, the one the
   * reader left (offered back to them). Null: the story was not opened.
   */
  readonly chapter: number | null;
}

/**
 * Above this many ties a dataset opens with states only (persons folded into their states, ties that
 * look alike merged), and the reader unfolds what they want to read: a picture of thousands of
 * lines says less, and costs more to draw, than one of the states.
 */
export const OPEN_AT_STATE_LEVEL_ABOVE_TIES = 2_000;

/** The level the graph shows: the reader's choice, or the dataset's default by its size. */
export function effectiveLevel(level: GraphLevel | null, tieCount: number): GraphLevel {
  return level ?? (tieCount > OPEN_AT_STATE_LEVEL_ABOVE_TIES ? 'state' : 'actor');
}

export const DEFAULT_VIEW_PARAMS: ViewParams = {
  from: null,
  to: null,
  mode: 'cumulative',
  basis: 'event',
  selection: null,
  hiddenKinds: [],
  level: null,
  expanded: [],
  lines: 'strongest',
  view: 'graph',
  story: false,
  chapter: null,
};

/** URL parameters that are not view state but that the page reads (handled elsewhere). */
export const OTHER_KNOWN_PARAMS = ['data', 'embed', 'origin', 'theme'] as const;

export interface ParsedViewParams {
  readonly params: ViewParams;
  /**
   * One sentence per parameter that was ignored, naming it and the fix: at most one per parameter
   * and one for all unknown parameters, each of bounded length, however long or crowded the address.
   */
  readonly notices: readonly string[];
}

/** Characters of a value quoted back in a notice. */
const QUOTED_CHARACTERS = 40;
/** Values named in a notice that lists several (unknown kinds, unknown parameters). */
const LISTED_VALUES = 3;

/** A value as a notice quotes it: whole when short, its start and its length when long. */
export function quoteValue(value: string): string {
  const chars = Array.from(value);
  if (chars.length <= QUOTED_CHARACTERS) return value;
  return `${chars.slice(0, QUOTED_CHARACTERS).join('')}… (${chars.length.toLocaleString('en')} characters)`;
}

/** “a”, “b”, “c” and 297 more */
function listValues(values: readonly string[]): string {
  const named = values.slice(0, LISTED_VALUES).map((value) => `“${quoteValue(value)}”`);
  const rest = values.length - named.length;
  if (rest > 0) return `${named.join(', ')} and ${rest.toLocaleString('en')} more`;
  if (named.length === 1) return named[0]!;
  return `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

function oneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}

function parseDay(value: string): number | null {
  const range = /^\d{4}-\d{2}-\d{2}$/.test(value) ? toDayRange(value) : null;
  return range === null ? null : range.start;
}

function dateNotice(bound: 'from' | 'to', value: string): string {
  const quoted = `“${bound}=${quoteValue(value)}”`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && Number(value.slice(0, 4)) < MIN_YEAR) {
    return `${quoted} is before the year ${MIN_YEAR}, which Tieline does not show. Showing the default.`;
  }
  return `${quoted} is not a date; write it as YYYY-MM-DD (e.g. ${bound}=2024-12-09). Showing the default.`;
}

export function parseViewParams(search: string): ParsedViewParams {
  const query = new URLSearchParams(search);
  const notices: string[] = [];
  const params: { -readonly [K in keyof ViewParams]: ViewParams[K] } = { ...DEFAULT_VIEW_PARAMS };
  const known = new Set<string>([...OTHER_KNOWN_PARAMS]);
  const take = (name: string): string | null => {
    known.add(name);
    return query.get(name);
  };

  for (const bound of ['from', 'to'] as const) {
    const value = take(bound);
    if (value === null) continue;
    const day = parseDay(value);
    if (day === null) notices.push(dateNotice(bound, value));
    else params[bound] = day;
  }
  if (params.from !== null && params.to !== null && params.from > params.to) {
    notices.push(`“from” (${dayToIso(params.from)}) is after “to” (${dayToIso(params.to)}); the two were swapped.`);
    [params.from, params.to] = [params.to, params.from];
  }

  const mode = take('mode');
  if (mode !== null) {
    if (oneOf(TIME_MODES, mode)) params.mode = mode;
    else notices.push(`“mode=${quoteValue(mode)}” is not a time mode; use ${TIME_MODES.join(' or ')}.`);
  }
  const basis = take('basis');
  if (basis !== null) {
    if (oneOf(DATE_BASES, basis)) params.basis = basis;
    else notices.push(`“basis=${quoteValue(basis)}” is not a date basis; use ${DATE_BASES.join(' or ')}.`);
  }
  const level = take('level');
  if (level !== null) {
    if (oneOf(GRAPH_LEVELS, level)) params.level = level;
    else notices.push(`“level=${quoteValue(level)}” is not a graph level; use ${GRAPH_LEVELS.join(' or ')}.`);
  }
  const lines = take('lines');
  if (lines !== null) {
    if (oneOf(LINE_CHOICES, lines)) params.lines = lines;
    else notices.push(`“lines=${quoteValue(lines)}” is not a choice of lines; use ${LINE_CHOICES.join(' or ')}.`);
  }
  const view = take('view');
  if (view !== null) {
    if (oneOf(MAIN_VIEWS, view)) params.view = view;
    else notices.push(`“view=${quoteValue(view)}” is not a view; use ${MAIN_VIEWS.join(' or ')}.`);
  }

  const expand = take('expand');
  if (expand !== null && expand !== '') {
    const ids = new Set<string>();
    const wrong = new Set<string>();
    for (const id of expand.split(',')) (ID.test(id) ? ids : wrong).add(id);
    if (wrong.size > 0) notices.push(`“expand” names ${listValues([...wrong])}, which ${wrong.size === 1 ? 'is not an id' : 'are not ids'} (lower-case letters, digits and hyphens).`);
    params.expanded = [...ids];
  }

  const story = take('story');
  if (story !== null) {
    if (story === '1') params.story = true;
    else notices.push(`“story=${quoteValue(story)}” is not understood; write story=1 to open the dataset's story.`);
  }
  const chapter = take('chapter');
  if (chapter !== null) {
    const number = /^[1-9]\d{0,2}$/.test(chapter) ? Number(chapter) : NaN;
    if (number <= MAX_CHAPTERS) params.chapter = number;
    else notices.push(`“chapter=${quoteValue(chapter)}” is not a chapter; chapters are numbered from 1 (e.g. chapter=3).`);
  }
  // Opening the story without a chapter opens it at the start.
  if (params.story && params.chapter === null) params.chapter = 1;

  const hide = take('hide');
  if (hide !== null && hide !== '') {
    const kinds = new Set<EventKind>();
    const unknown = new Set<string>();
    for (const kind of hide.split(',')) {
      if (oneOf(EVENT_KINDS, kind)) kinds.add(kind);
      else unknown.add(kind);
    }
    if (unknown.size > 0) {
      const what = unknown.size === 1 ? 'an unknown kind of tie,' : 'unknown kinds of tie:';
      notices.push(`“hide” names ${what} ${listValues([...unknown])}; known kinds are ${EVENT_KINDS.join(', ')}.`);
    }
    params.hiddenKinds = [...kinds];
  }

  const actor = take('actor');
  const event = take('event');
  if (actor !== null && event !== null) {
    notices.push('Both “actor” and “event” are set; only one can be selected, so “event” was ignored.');
  }
  for (const [name, value] of [['actor', actor], ['event', event ?? null]] as const) {
    if (value === null || params.selection !== null) continue;
    if (ID.test(value)) params.selection = { kind: name, id: value };
    else notices.push(`“${name}=${quoteValue(value)}” is not an id (lower-case letters, digits and hyphens).`);
  }

  const badTheme = themeNotice(query.get('theme'));
  if (badTheme !== null) notices.push(badTheme);

  // Embedding tools' and link trackers' parameters are not the reader's concern: no notice.
  const unknown = [...new Set(query.keys())].filter((name) => !known.has(name) && !isSilentParam(name));
  if (unknown.length === 1) notices.push(`${listValues(unknown)} is not a Tieline parameter and was ignored.`);
  else if (unknown.length > 1) notices.push(`${listValues(unknown)} are not Tieline parameters and were ignored.`);
  return { params, notices };
}

/** The readable query string of a view; defaults are left out, so the default view has none. */
export function serializeViewParams(params: ViewParams): string {
  const query = new URLSearchParams();
  if (params.story) query.set('story', '1');
  if (params.chapter !== null) query.set('chapter', String(params.chapter));
  if (params.from !== null) query.set('from', dayToIso(params.from));
  if (params.to !== null) query.set('to', dayToIso(params.to));
  if (params.mode !== DEFAULT_VIEW_PARAMS.mode) query.set('mode', params.mode);
  if (params.basis !== DEFAULT_VIEW_PARAMS.basis) query.set('basis', params.basis);
  if (params.hiddenKinds.length > 0) query.set('hide', params.hiddenKinds.join(','));
  if (params.level !== null) query.set('level', params.level);
  if (params.expanded.length > 0) query.set('expand', params.expanded.join(','));
  if (params.lines !== DEFAULT_VIEW_PARAMS.lines) query.set('lines', params.lines);
  if (params.view !== DEFAULT_VIEW_PARAMS.view) query.set('view', params.view);
  if (params.selection !== null) query.set(params.selection.kind, params.selection.id);
  return readableQuery(query);
}

/**
 * A query string as people read it: commas and colons are legal in a query, so they stay unescaped
 * (`hide=call,meeting`, `data=https://…`). Every address Tieline writes goes through here.
 */
export function readableQuery(query: URLSearchParams): string {
  return query.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}

/** The same view but for the time: a move of the time replaces the history entry instead of adding one. */
export function onlyTimeDiffers(a: ViewParams, b: ViewParams): boolean {
  return (
    a.selection?.kind === b.selection?.kind &&
    a.selection?.id === b.selection?.id &&
    a.basis === b.basis &&
    a.level === b.level &&
    a.lines === b.lines &&
    a.view === b.view &&
    a.story === b.story &&
    a.chapter === b.chapter &&
    sameKinds(a.hiddenKinds, b.hiddenKinds) &&
    a.expanded.join() === b.expanded.join()
  );
}

/** The view is the app's default, whatever the reader's choices of graph or table, of lines and of story. */
export function isDefaultView(params: ViewParams): boolean {
  return serializeViewParams({ ...params, view: DEFAULT_VIEW_PARAMS.view, lines: DEFAULT_VIEW_PARAMS.lines, story: false, chapter: null }) === '';
}

/**
 * Drops a selection, or an actor to unfold, that the dataset does not have, or a chapter its story
 * does not have, and says so.
 */
export function reconcileWithDataset(
  params: ViewParams,
  has: { actor: (id: string) => boolean; event: (id: string) => boolean; chapters: number },
): ParsedViewParams {
  const notices: string[] = [];
  let next = params;
  const { selection } = params;
  if (selection !== null && !has[selection.kind](selection.id)) {
    next = { ...next, selection: null };
    notices.push(`This dataset has no ${selection.kind} “${quoteValue(selection.id)}”, so nothing is selected.`);
  }
  const unknown = params.expanded.filter((id) => !has.actor(id));
  if (unknown.length > 0) {
    next = { ...next, expanded: params.expanded.filter((id) => has.actor(id)) };
    notices.push(`This dataset has no actor ${listValues(unknown)} to unfold.`);
  }
  if (params.chapter !== null && has.chapters === 0) {
    next = { ...next, story: false, chapter: null };
    if (params.story) notices.push('This dataset has no story to open.');
  } else if (params.chapter !== null && params.chapter > has.chapters) {
    const chapters = `${has.chapters} chapter${has.chapters === 1 ? '' : 's'}`;
    next = { ...next, chapter: has.chapters };
    notices.push(`This dataset's story has ${chapters}, so chapter ${params.chapter} ${params.story ? 'opens as' : 'is taken to be'} chapter ${has.chapters}.`);
  }
  return { params: next, notices };
}
