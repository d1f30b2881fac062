// The one schema of a Tieline dataset. The TypeScript types are derived from it, and the same
// schema runs in the command-line check (`npm run data:check`), in the build, and in the browser
// when any dataset loads. Rules that need the whole dataset (references, quotes, dates against
// publication) live in validate-dataset.ts; this file only describes the shape of each record.
import './zod-jitless';
import { z } from 'zod';
import { isCalendarDate, partialDateExpectation } from './partial-date';
import {
  ACTOR_TYPES,
  EVENT_DATE_BASES,
  EVENT_KINDS,
  EVENT_STATUSES,
  PARTICIPANT_ROLES,
  SOURCE_DATE_BASES,
} from './dataset-vocabulary';
import { MAX_CHAPTER_TEXT, MAX_CHAPTERS, MAX_ERAS } from './dataset-limits';
import { DATE_BASES, TIME_MODES } from './time-range';
import { GRAPH_LEVELS } from './view-params';

// No generated code: under the app's Content-Security-Policy (no 'unsafe-eval') zod must interpret
// its schemas instead of compiling them with `new Function`.
z.config({ jitless: true });

/** `2012`, `2024-12` or `2024-12-09`: the length of the string is the precision of the date. */
export const partialDateSchema = z.string().refine(isCalendarDate, {
  error: (issue) => partialDateExpectation(String(issue.input)) ?? 'a calendar date',
});

const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'an id of lower-case letters, digits and hyphens' });

const nonEmptyText = z.string().trim().min(1, { message: 'a non-empty text' });

const httpUrlSchema = z.url({ protocol: /^https?$/, message: 'an http(s) URL' });

/** Where a caveat's claim about the public record can be checked. */
export const referenceSchema = z
  .object({
    publisher: nonEmptyText,
    /** When the reference was published: `2025`, `2025-05` or `2025-05-07`. */
    date: partialDateSchema,
    title: nonEmptyText.optional(),
    url: httpUrlSchema.optional(),
  })
  .strict();

/**
 * A caveat is a plain sentence (the original form, still valid) or a sentence with the references
 * it rests on, so a reader can check a claim about the public record.
 */
export const caveatSchema = z.union([
  nonEmptyText,
  z
    .object({
      text: nonEmptyText,
      references: z.array(referenceSchema).min(1, { message: 'at least one reference (or write the caveat as plain text)' }),
    })
    .strict(),
]);

export const sourceSchema = z
  .object({
    id: idSchema,
    title: nonEmptyText,
    /** Null where the text does not reveal its publisher. */
    publisher: nonEmptyText.nullable(),
    /** How the publisher was identified, e.g. "the text says 'told Reuters'". */
    publisherNote: nonEmptyText.optional(),
    /** Null when the basis is `unknown`. */
    published: partialDateSchema.nullable(),
    publishedBasis: z.enum(SOURCE_DATE_BASES),
    /** Required when the basis is `inferred`: the one-line reasoning. */
    publishedNote: nonEmptyText.optional(),
    url: httpUrlSchema.optional(),
    /** The full text of the article, verbatim. Quotes are checked against it. */
    text: z.string().min(1, { message: 'the full text of the source' }).optional(),
    /**
     * Instead of `text`, for an article that may not be republished: only the passages the quotes
     * come from, each with its surrounding sentence, verbatim. Quotes are checked against them.
     */
    excerpts: z.array(nonEmptyText).min(1, { message: 'at least one excerpt' }).optional(),
    caveats: z.array(caveatSchema).optional(),
  })
  .strict()
  .superRefine((source, context) => {
    if (source.text === undefined && source.excerpts === undefined) {
      context.addIssue({ code: 'custom', path: ['text'], message: 'the full text of the source (or, where it may not be republished, its "excerpts")', input: undefined });
    } else if (source.text !== undefined && source.excerpts !== undefined) {
      context.addIssue({ code: 'custom', path: ['excerpts'], message: 'either the full "text" or "excerpts", not both', input: source.excerpts });
    }
  })
  // The rule above, for the generated JSON Schema (a refinement has no JSON Schema form of its own).
  .meta({ oneOf: [{ required: ['text'] }, { required: ['excerpts'] }] });

export const actorSchema = z
  .object({
    id: idSchema,
    label: nonEmptyText,
    type: z.enum(ACTOR_TYPES),
    /** Other spellings as they appear in the articles (Turkey for Türkiye, al-Julani for al-Sharaa). */
    aliases: z.array(nonEmptyText).optional(),
    /**
     * A shorter name the graph draws where room is tight (a phone), such as an abbreviation the
     * articles use (HTS, UAE). The details, the table and the search keep the full name.
     */
    shortLabel: nonEmptyText.optional(),
    /** The actor this one belongs to or acts for: a person's state or group, a government's state. */
    parent: idSchema.optional(),
    /** A person's role as the article gives it. */
    role: nonEmptyText.optional(),
    description: nonEmptyText.optional(),
    caveats: z.array(caveatSchema).optional(),
  })
  .strict();

export const evidenceSchema = z
  .object({
    source: idSchema,
    /** Copied verbatim from the source's text; only white space and Unicode normalisation may differ. */
    quote: nonEmptyText,
  })
  .strict();

export const participantSchema = z
  .object({
    actor: idSchema,
    role: z.enum(PARTICIPANT_ROLES),
  })
  .strict();

export const eventSchema = z
  .object({
    id: idSchema,
    kind: z.enum(EVENT_KINDS),
    participants: z.array(participantSchema).min(2, { message: 'at least two participants' }),
    date: partialDateSchema,
    dateBasis: z.enum(EVENT_DATE_BASES),
    /** Required when the basis is `inferred`: how the date was worked out. */
    dateNote: nonEmptyText.optional(),
    /** `occurred` when absent. `reported` marks a claim from an unnamed source. */
    status: z.enum(EVENT_STATUSES).optional(),
    summary: nonEmptyText,
    evidence: z.array(evidenceSchema).min(1, { message: 'at least one piece of evidence' }),
    caveats: z.array(caveatSchema).optional(),
  })
  .strict();

/**
 * The view a chapter of a story sets, in the address's own terms (see README, URL parameters), so a
 * chapter can always be reached by a link: `from` and `to` are days, at most one of `actor` and
 * `event` is selected, `hide` lists kinds switched off. A field left out takes the app's default;
 * whether the reader sees a graph or the table stays the reader's choice. Rules that need the rest
 * of the dataset (ids, whether a day is a day, the order of the bounds) are in validate-story.ts.
 */
export const chapterViewSchema = z
  .object({
    from: partialDateSchema.optional(),
    to: partialDateSchema.optional(),
    mode: z.enum(TIME_MODES).optional(),
    basis: z.enum(DATE_BASES).optional(),
    actor: idSchema.optional(),
    event: idSchema.optional(),
    hide: z.array(z.enum(EVENT_KINDS)).optional(),
    level: z.enum(GRAPH_LEVELS).optional(),
  })
  .strict();

export const chapterSchema = z
  .object({
    title: nonEmptyText,
    /**
     * The chapter in the author's words. `[words](event-id)` makes the words a link that selects
     * the event and shows its quote; every event it links must be one the chapter is about.
     */
    text: nonEmptyText.max(MAX_CHAPTER_TEXT, { message: `at most ${MAX_CHAPTER_TEXT.toLocaleString('en')} characters: a chapter is read on a phone, beside the graph` }),
    view: chapterViewSchema,
    /** The events the chapter is about: its ties are highlighted, and its claims rest on their quotes. */
    events: z.array(idSchema).min(1, { message: 'at least one event the chapter is about' }),
  })
  .strict();

/** A guided path through the dataset: chapters the reader steps through, each setting the view. */
export const storySchema = z
  .object({
    title: nonEmptyText,
    chapters: z
      .array(chapterSchema)
      .min(1, { message: 'at least one chapter' })
      .max(MAX_CHAPTERS, { message: `at most ${MAX_CHAPTERS} chapters` }),
  })
  .strict();

/**
 * A labelled period drawn as a band under the time bar's histogram ("Assad government"). Either
 * bound may be left out: the era then runs from before the first event, or past the last.
 */
export const eraSchema = z
  .object({
    label: nonEmptyText,
    from: partialDateSchema.optional(),
    to: partialDateSchema.optional(),
    /** The events that mark where the era begins or ends, so its dates trace back to quotes. */
    events: z.array(idSchema).optional(),
  })
  .strict();

const pointSchema = z.object({ x: z.number(), y: z.number() }).strict();

/** Node positions computed once (`npm run data:layout`), so the first paint waits on no layout. */
export const layoutSchema = z
  .object({
    positions: z.record(idSchema, pointSchema),
  })
  .strict();

export const datasetSchema = z
  .object({
    schemaVersion: z.literal(1),
    id: idSchema,
    title: nonEmptyText,
    description: nonEmptyText.optional(),
    sources: z.array(sourceSchema).min(1, { message: 'at least one source' }),
    actors: z.array(actorSchema).min(1, { message: 'at least one actor' }),
    events: z.array(eventSchema),
    story: storySchema.optional(),
    eras: z.array(eraSchema).max(MAX_ERAS, { message: `at most ${MAX_ERAS} eras` }).optional(),
    layout: layoutSchema.optional(),
  })
  .strict();

export type PartialDate = z.infer<typeof partialDateSchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type Caveat = z.infer<typeof caveatSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type ActorType = Actor['type'];
export type Evidence = z.infer<typeof evidenceSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type ParticipantRole = Participant['role'];
export type TimelineEvent = z.infer<typeof eventSchema>;
export type EventKind = TimelineEvent['kind'];
export type EventStatus = NonNullable<TimelineEvent['status']>;
export type ChapterView = z.infer<typeof chapterViewSchema>;
export type Chapter = z.infer<typeof chapterSchema>;
export type Story = z.infer<typeof storySchema>;
export type Era = z.infer<typeof eraSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
