// A new tie from a selected passage: the passage (snapped to whole words) is the evidence; the
// actors it mentions are the parties, with roles guessed from the kind (the author confirms who
// called whom); the kind and the date are suggested from the wording and the sentence. Pure.
import type { Actor, EventKind, ParticipantRole, Source, TimelineEvent } from '../../domain/dataset-schema';
import { EVENT_KIND_LABELS } from '../../domain/labels';
import { toDayRange } from '../../domain/partial-date';
import { locateQuote } from '../../domain/quote-match';
import { sentencesAround } from '../../domain/sentences';
import { actorsMentionedIn, findActorMentions } from './actor-mentions';
import { describeDate, suggestDates, type DateReference, type DateSuggestion } from './date-suggestion';
import { suggestKinds, type KindSuggestion } from './kind-suggestion';
import { trimToWholeWords, type TextRange } from './selection-trim';
import { uniqueId, type StudioProject } from './studio-project';

/** Kinds where one party acts on the others (who called whom); the rest join equals. */
const DIRECTED: ReadonlySet<EventKind> = new Set(['call', 'visit', 'contact', 'statement', 'severed-ties', 'embassy-closed', 'embassy-reopened', 'support', 'terrorist-designation', 'military-action', 'aid']);
const CENTRED: Partial<Record<EventKind, ParticipantRole>> = { mediation: 'mediator', hosting: 'host' };

/** The day relative dates in a source count from: its publication day, or the one the author set. */
export function referenceFor(source: Pick<Source, 'id' | 'published'>, project: StudioProject): DateReference | null {
  const set = project.referenceDays[source.id];
  if (set !== undefined && toDayRange(set.day)?.precision === 'day') {
    return { date: set.day, description: set.reason.trim() === '' ? 'the day the author took as the article’s' : `taken as the article’s day: ${set.reason.trim()}` };
  }
  if (source.published === null) return null;
  return { date: source.published, description: 'the article’s date' };
}

/** The roles for parties listed in order of mention, for a kind. */
export function rolesFor(kind: EventKind, actorIds: readonly string[]): Array<{ actor: string; role: ParticipantRole }> {
  const centre = CENTRED[kind];
  return actorIds.map((actor, index) => ({
    actor,
    role: index === 0 && centre !== undefined ? centre : DIRECTED.has(kind) ? (index === 0 ? 'initiator' : 'recipient') : 'participant',
  }));
}

/** Parties named in a passage: a person stands for their state, so a state named beside its own person is dropped. */
function partiesOf(mentioned: readonly string[], actors: readonly Actor[]): string[] {
  const parentOf = new Map(actors.map((actor) => [actor.id, actor.parent]));
  const ancestors = new Set<string>();
  for (const id of mentioned) {
    for (let parent = parentOf.get(id); parent !== undefined && !ancestors.has(parent); parent = parentOf.get(parent)) ancestors.add(parent);
  }
  return mentioned.filter((id) => !ancestors.has(id));
}

export interface TieSuggestions {
  readonly kinds: KindSuggestion[];
  readonly dates: DateSuggestion[];
  /** The sentence(s) the passage stands in: where the date was looked for. */
  readonly sentence: string;
}

/** Suggestions for a quote of a source: kinds from its words, dates from its sentence(s). */
export function suggestionsForQuote(source: Source, quote: string, project: StudioProject): TieSuggestions {
  const text = source.text ?? '';
  const found = locateQuote(quote, text);
  const span = found === null ? null : sentencesAround(text, found.start, found.end);
  const sentence = span === null ? quote : text.slice(span.start, span.end);
  const dates = suggestDates(sentence, referenceFor(source, project));
  // Dates inside the quote itself first: they are what the quote says.
  const offset = found === null || span === null ? 0 : found.start - span.start;
  const length = found === null ? quote.length : found.end - found.start;
  const inside = (suggestion: DateSuggestion) => suggestion.index >= offset && suggestion.index < offset + length;
  return { kinds: suggestKinds(quote), dates: [...dates.filter(inside), ...dates.filter((suggestion) => !inside(suggestion))], sentence };
}

export type TieDraftResult =
  | { readonly ok: true; readonly event: TimelineEvent; readonly suggestions: TieSuggestions }
  | { readonly ok: false; readonly reason: string };

/** A new tie from [start, end) of a source's text, filled with the suggestions. */
export function draftTie(project: StudioProject, sourceId: string, range: TextRange): TieDraftResult {
  const { dataset } = project;
  const source = dataset.sources.find((candidate) => candidate.id === sourceId);
  if (source?.text === undefined) return { ok: false, reason: 'Select a passage in a source’s text first.' };
  const trimmed = trimToWholeWords(source.text, range);
  if (trimmed === null) return { ok: false, reason: 'The selection holds no word: select the passage that says what happened.' };
  const quote = source.text.slice(trimmed.start, trimmed.end);
  const mentions = findActorMentions(source.text, dataset.actors);
  let mentioned = partiesOf(actorsMentionedIn(mentions, trimmed.start, trimmed.end), dataset.actors);
  if (mentioned.length < 2) {
    // Too few parties in the passage: the sentence around it often names the others.
    const sentence = sentencesAround(source.text, trimmed.start, trimmed.end);
    const more = partiesOf(actorsMentionedIn(mentions, sentence.start, sentence.end), dataset.actors);
    mentioned = [...mentioned, ...more.filter((id) => !mentioned.includes(id))];
  }
  const suggestions = suggestionsForQuote(source, quote, project);
  const kind: EventKind = suggestions.kinds[0]?.kind ?? 'contact';
  const date = suggestions.dates[0];
  const labels = mentioned.map((id) => dataset.actors.find((actor) => actor.id === id)?.label ?? id);
  const event: TimelineEvent = {
    id: uniqueId(`${kind}-${mentioned.slice(0, 2).join('-')}-${date?.date.slice(0, 4) ?? ''}`, dataset.events.map((existing) => existing.id), 'tie'),
    kind,
    participants: rolesFor(kind, mentioned),
    date: date?.date ?? '',
    dateBasis: date?.basis ?? 'inferred',
    ...(date !== undefined && date.basis === 'inferred' ? { dateNote: date.note } : {}),
    ...(date?.future ? { status: 'planned' as const } : {}),
    summary: labels.length > 0 ? `${EVENT_KIND_LABELS[kind]}: ${labels.join(', ')}.` : `${EVENT_KIND_LABELS[kind]}.`,
    evidence: [{ source: source.id, quote }],
  };
  return { ok: true, event, suggestions };
}

/** "Sunday 1 December 2024 (day)" for a suggestion list. */
export function describeSuggestion(suggestion: DateSuggestion): string {
  return `${describeDate(suggestion.date)} (${suggestion.precision}${suggestion.basis === 'stated' ? ', stated' : ''})`;
}
