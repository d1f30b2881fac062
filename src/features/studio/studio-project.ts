// The Studio's work as plain data, and every edit as a pure function of it: a dataset in the
// Tieline format (valid or not yet) plus what only the author needs (the day relative dates count
// from, which sources to export as excerpts). History is a list of past projects, so undo and redo
// are moves along it; keystrokes in one field coalesce into one step. No React, no storage.
import type { Actor, Dataset, Evidence, Source, TimelineEvent } from '../../domain/dataset-schema';

export interface ReferenceDay {
  /** `YYYY-MM-DD`: the day "on Sunday" or "yesterday" in this article count from. */
  readonly day: string;
  /** Why that day: it goes into the drafted date notes. */
  readonly reason: string;
}

export interface StudioProject {
  readonly dataset: Dataset;
  /** Per source id, for articles whose publication date is not a whole day. */
  readonly referenceDays: Readonly<Record<string, ReferenceDay>>;
  /** Sources whose full text may not be republished: exported as excerpts. */
  readonly excerptSources: readonly string[];
}

export type Collection = 'sources' | 'actors' | 'events';

export type StudioAction =
  | { readonly type: 'replace'; readonly project: StudioProject }
  | { readonly type: 'set-meta'; readonly patch: Partial<Pick<Dataset, 'id' | 'title' | 'description'>> }
  | { readonly type: 'add-source'; readonly source: Source }
  | { readonly type: 'update-source'; readonly id: string; readonly patch: Partial<Source> }
  | { readonly type: 'delete-source'; readonly id: string }
  | { readonly type: 'add-actor'; readonly actor: Actor }
  | { readonly type: 'update-actor'; readonly id: string; readonly patch: Partial<Actor> }
  | { readonly type: 'delete-actor'; readonly id: string }
  | { readonly type: 'add-event'; readonly event: TimelineEvent }
  | { readonly type: 'update-event'; readonly id: string; readonly patch: Partial<TimelineEvent> }
  | { readonly type: 'delete-event'; readonly id: string }
  | { readonly type: 'add-evidence'; readonly eventId: string; readonly evidence: Evidence }
  | { readonly type: 'remove-evidence'; readonly eventId: string; readonly index: number }
  | { readonly type: 'move'; readonly collection: Collection; readonly from: number; readonly to: number }
  | { readonly type: 'set-reference-day'; readonly sourceId: string; readonly reference: ReferenceDay | null }
  | { readonly type: 'set-excerpt-source'; readonly sourceId: string; readonly excerpts: boolean };

export function emptyProject(): StudioProject {
  return {
    dataset: { schemaVersion: 1, id: 'my-dataset', title: 'My dataset', sources: [], actors: [], events: [] },
    referenceDays: {},
    excerptSources: [],
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const listOf = (value: unknown, item: (entry: Record<string, unknown>) => boolean) => Array.isArray(value) && value.every((entry) => isRecord(entry) && item(entry));

/**
 * Whether kept data has the shape the editors rely on (a draft may still be invalid: an empty
 * date, a missing party). Anything else, from an older version or a damaged store, is not opened.
 */
export function isStudioProject(value: unknown): value is StudioProject {
  if (!isRecord(value) || !isRecord(value.dataset) || !isRecord(value.referenceDays) || !Array.isArray(value.excerptSources)) return false;
  const { dataset } = value;
  return (
    isString(dataset.id) &&
    isString(dataset.title) &&
    listOf(dataset.sources, (source) => isString(source.id) && isString(source.title) && (isString(source.text) || Array.isArray(source.excerpts))) &&
    listOf(dataset.actors, (actor) => isString(actor.id) && isString(actor.label) && isString(actor.type)) &&
    listOf(
      dataset.events,
      (event) =>
        isString(event.id) &&
        isString(event.kind) &&
        isString(event.date) &&
        isString(event.summary) &&
        listOf(event.participants, (participant) => isString(participant.actor) && isString(participant.role)) &&
        listOf(event.evidence, (evidence) => isString(evidence.source) && isString(evidence.quote)),
    )
  );
}

export function projectFromDataset(dataset: Dataset): StudioProject {
  return { dataset, referenceDays: {}, excerptSources: [] };
}

/** Drops the fields a patch sets to undefined, so an emptied optional field leaves the record. */
function patched<T extends object>(record: T, patch: Partial<T>): T {
  const next: Record<string, unknown> = { ...record, ...patch };
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete next[key];
  return next as T;
}

function withDataset(project: StudioProject, dataset: Dataset): StudioProject {
  return { ...project, dataset };
}

function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  if (from < 0 || from >= next.length || to < 0 || to >= next.length) return next;
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

function withoutPosition(dataset: Dataset, actorId: string): Dataset['layout'] {
  if (!dataset.layout || !(actorId in dataset.layout.positions)) return dataset.layout;
  const { [actorId]: _removed, ...positions } = dataset.layout.positions;
  return { positions };
}

export function applyAction(project: StudioProject, action: StudioAction): StudioProject {
  const { dataset } = project;
  switch (action.type) {
    case 'replace':
      return action.project;
    case 'set-meta':
      return withDataset(project, patched<Dataset>(dataset, action.patch));
    case 'add-source':
      return withDataset(project, { ...dataset, sources: [...dataset.sources, action.source] });
    case 'update-source': {
      const renamed = action.patch.id !== undefined && action.patch.id !== action.id ? action.patch.id : null;
      const sources = dataset.sources.map((source) => (source.id === action.id ? patched(source, action.patch) : source));
      const events = renamed === null ? dataset.events : dataset.events.map((event) => ({ ...event, evidence: event.evidence.map((evidence) => (evidence.source === action.id ? { ...evidence, source: renamed } : evidence)) }));
      return { ...withDataset(project, { ...dataset, sources, events }), ...(renamed === null ? {} : renameSourceKeys(project, action.id, renamed)) };
    }
    case 'delete-source': {
      // Its quotes go with it; an event left without evidence is then reported by the validator.
      const events = dataset.events.map((event) => ({ ...event, evidence: event.evidence.filter((evidence) => evidence.source !== action.id) }));
      const { [action.id]: _reference, ...referenceDays } = project.referenceDays;
      return {
        dataset: { ...dataset, sources: dataset.sources.filter((source) => source.id !== action.id), events },
        referenceDays,
        excerptSources: project.excerptSources.filter((id) => id !== action.id),
      };
    }
    case 'add-actor':
      return withDataset(project, { ...dataset, actors: [...dataset.actors, action.actor] });
    case 'update-actor': {
      const renamed = action.patch.id !== undefined && action.patch.id !== action.id ? action.patch.id : null;
      const actors = dataset.actors.map((actor) => {
        const next = actor.id === action.id ? patched(actor, action.patch) : actor;
        return renamed !== null && next.parent === action.id ? { ...next, parent: renamed } : next;
      });
      if (renamed === null) return withDataset(project, { ...dataset, actors });
      const events = dataset.events.map((event) => ({ ...event, participants: event.participants.map((participant) => (participant.actor === action.id ? { ...participant, actor: renamed } : participant)) }));
      const position = dataset.layout?.positions[action.id];
      const layout = dataset.layout && position ? { positions: { ...withoutPosition(dataset, action.id)!.positions, [renamed]: position } } : dataset.layout;
      return withDataset(project, patched({ ...dataset, actors, events }, { layout }));
    }
    case 'delete-actor': {
      const actors = dataset.actors.filter((actor) => actor.id !== action.id).map((actor) => (actor.parent === action.id ? patched(actor, { parent: undefined }) : actor));
      const events = dataset.events.map((event) => ({ ...event, participants: event.participants.filter((participant) => participant.actor !== action.id) }));
      return withDataset(project, patched({ ...dataset, actors, events }, { layout: withoutPosition(dataset, action.id) }));
    }
    case 'add-event':
      return withDataset(project, { ...dataset, events: [...dataset.events, action.event] });
    case 'update-event':
      return withDataset(project, { ...dataset, events: dataset.events.map((event) => (event.id === action.id ? patched(event, action.patch) : event)) });
    case 'delete-event':
      return withDataset(project, { ...dataset, events: dataset.events.filter((event) => event.id !== action.id) });
    case 'add-evidence':
      return withDataset(project, {
        ...dataset,
        events: dataset.events.map((event) => (event.id === action.eventId ? { ...event, evidence: [...event.evidence, action.evidence] } : event)),
      });
    case 'remove-evidence':
      return withDataset(project, {
        ...dataset,
        events: dataset.events.map((event) => (event.id === action.eventId ? { ...event, evidence: event.evidence.filter((_, index) => index !== action.index) } : event)),
      });
    case 'move':
      return withDataset(project, { ...dataset, [action.collection]: moveItem(dataset[action.collection] as unknown[], action.from, action.to) } as Dataset);
    case 'set-reference-day': {
      const { [action.sourceId]: _old, ...rest } = project.referenceDays;
      return { ...project, referenceDays: action.reference === null ? rest : { ...rest, [action.sourceId]: action.reference } };
    }
    case 'set-excerpt-source': {
      const others = project.excerptSources.filter((id) => id !== action.sourceId);
      return { ...project, excerptSources: action.excerpts ? [...others, action.sourceId] : others };
    }
  }
}

function renameSourceKeys(project: StudioProject, from: string, to: string): Pick<StudioProject, 'referenceDays' | 'excerptSources'> {
  const { [from]: reference, ...referenceDays } = project.referenceDays;
  return {
    referenceDays: reference === undefined ? referenceDays : { ...referenceDays, [to]: reference },
    excerptSources: project.excerptSources.map((id) => (id === from ? to : id)),
  };
}

// ---------------------------------------------------------------------------------------------
// History

export interface StudioHistory {
  readonly past: readonly StudioProject[];
  readonly present: StudioProject;
  readonly future: readonly StudioProject[];
  /** The field the last step typed into: further typing there joins that step. */
  readonly typingIn: string | null;
}

const HISTORY_LIMIT = 200;

export function startHistory(project: StudioProject): StudioHistory {
  return { past: [], present: project, future: [], typingIn: null };
}

/**
 * One edit. With `typingIn`, an edit of the same field as the step before replaces that step
 * instead of adding one, so undo takes back a whole word or sentence, not a letter.
 */
export function edit(history: StudioHistory, action: StudioAction, typingIn: string | null = null): StudioHistory {
  const next = applyAction(history.present, action);
  if (next === history.present) return history;
  if (typingIn !== null && typingIn === history.typingIn) {
    return { ...history, present: next, future: [] };
  }
  return { past: [...history.past, history.present].slice(-HISTORY_LIMIT), present: next, future: [], typingIn };
}

export function undo(history: StudioHistory): StudioHistory {
  const previous = history.past[history.past.length - 1];
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], typingIn: null };
}

export function redo(history: StudioHistory): StudioHistory {
  const [next, ...future] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future, typingIn: null };
}

// ---------------------------------------------------------------------------------------------
// Ids

/** A readable id (lower-case letters, digits, hyphens) from a label, unique among `taken`. */
export function uniqueId(label: string, taken: Iterable<string>, fallback = 'item'): string {
  const base =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || fallback;
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) if (!used.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
}
