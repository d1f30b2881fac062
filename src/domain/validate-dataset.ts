// Validates any dataset, bundled or brought by a reader, and reports every problem with the JSON
// path where it sits, what was expected and what was found. Never throws on any input: a broken
// dataset must become a readable list, not a blank page.
import type { z } from 'zod';
import {
  MAX_ACTORS,
  MAX_EVENTS,
  MAX_JSON_DEPTH,
  MAX_PARENT_DEPTH,
  MAX_PARTICIPANTS,
  MAX_SOURCES,
  MAX_TIES,
} from './dataset-limits';
import { datasetSchema, type Dataset } from './dataset-schema';
import { edgeEndsOf } from './event-edges';
import { toDayRange } from './partial-date';
import { sourceQuoteFinder } from './excerpts';
import type { QuoteFinder } from './quote-match';
import { describeValue, type DatasetProblem, type JsonPath } from './dataset-problem';
import { inspectJson } from './safe-json';
import { storyProblems } from './validate-story';
import { withSafeLookups } from './safe-lookups';

export { describeValue, formatPath, formatProblem } from './dataset-problem';
export type { DatasetProblem, JsonPath } from './dataset-problem';

export type ValidationResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly problems: readonly DatasetProblem[] };

/** Quotes not found in their source whose first difference is worked out and named. */
const EXPLAINED_QUOTES = 100;
/**
 * Characters that searches for quotes not found may read, in all. A quote that is not found reads
 * its whole source, so a thousand wrong quotes in a 20 MB source would read 20 billion characters
 * (minutes); past this budget, the remaining quotes are left unchecked, with a problem that says so.
 * About a second of searching here, and far more than any dataset with its quotes right needs.
 */
export const QUOTE_MISS_BUDGET = 1_000_000_000;

export function validateDataset(input: unknown): ValidationResult {
  // Sizes first: a file over a count limit is refused at once, not validated record by record.
  const tooMany = countProblems(input);
  if (tooMany.length > 0) return { ok: false, problems: tooMany };
  const { forbidden, tooDeep } = inspectJson(input);
  if (tooDeep !== null) {
    return {
      ok: false,
      problems: [{ path: tooDeep, message: `nested more than ${MAX_JSON_DEPTH} levels deep`, expected: 'a dataset, which nests five levels at most' }],
    };
  }
  if (forbidden.length > 0) {
    return {
      ok: false,
      problems: forbidden.map((path) => ({
        path,
        message: `the key "${String(path[path.length - 1])}" is not allowed in a dataset`,
        expected: 'ordinary field names (keys that name object internals are refused)',
      })),
    };
  }
  const parsed = datasetSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map(problemFromIssue) };
  }
  const problems = checkConsistency(parsed.data);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, dataset: withSafeLookups(parsed.data) };
}

/**
 * The position a dataset gives an actor, if any. Own properties only: an actor may be called
 * `constructor`, and `positions.constructor` would otherwise find Object's.
 */
export function positionOf(dataset: Dataset, actorId: string): { x: number; y: number } | undefined {
  const positions = dataset.layout?.positions;
  return positions !== undefined && Object.hasOwn(positions, actorId) ? positions[actorId] : undefined;
}

function countProblems(input: unknown): DatasetProblem[] {
  if (typeof input !== 'object' || input === null) return [];
  const problems: DatasetProblem[] = [];
  const limits = [
    ['sources', MAX_SOURCES],
    ['actors', MAX_ACTORS],
    ['events', MAX_EVENTS],
  ] as const;
  for (const [collection, limit] of limits) {
    const records = Object.hasOwn(input, collection) ? (input as Record<string, unknown>)[collection] : undefined;
    if (Array.isArray(records) && records.length > limit) {
      problems.push({
        path: [collection],
        message: `${records.length.toLocaleString('en')} ${collection}, more than Tieline opens`,
        expected: `at most ${limit.toLocaleString('en')} ${collection}; split the dataset`,
      });
    }
  }
  return problems;
}

function problemFromIssue(issue: z.core.$ZodIssue): DatasetProblem {
  const path = issue.path.filter(
    (segment): segment is string | number => typeof segment !== 'symbol',
  );
  const found = 'input' in issue ? describeValue(issue.input) : undefined;
  switch (issue.code) {
    case 'invalid_type':
      return {
        path,
        message: 'wrong type',
        expected: issue.expected,
        found,
      };
    case 'invalid_value':
      return {
        path,
        message: 'not one of the allowed values',
        expected: `one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`,
        found,
      };
    case 'unrecognized_keys':
      return {
        path,
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`,
        expected: 'only the fields the schema names (see data/README.md)',
      };
    case 'invalid_union': {
      // A caveat is a text or { text, references }. When the value has the shape of one form, say
      // what is wrong inside it; when it has the shape of neither, say which forms would do.
      const nearest = issue.errors.find((branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0));
      const inner = nearest?.[0];
      if (inner !== undefined) return problemFromIssue({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue);
      const forms = issue.errors.flatMap((branch) => branch.flatMap((rootIssue) => (rootIssue.code === 'invalid_type' ? [rootIssue.expected] : [])));
      return { path, message: 'wrong type', expected: forms.length > 0 ? forms.join(' or ') : issue.message, found };
    }
    default:
      return { path, message: 'invalid value', expected: issue.message, found };
  }
}

function checkConsistency(dataset: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const report = (path: JsonPath, message: string, expected?: string, found?: string) => {
    problems.push({ path, message, expected, found });
  };

  const sourceIndex = indexIds(dataset.sources, 'sources', report);
  const actorIndex = indexIds(dataset.actors, 'actors', report);
  const eventIndex = indexIds(dataset.events, 'events', report);

  dataset.sources.forEach((source, index) => {
    if (source.publishedBasis === 'unknown' && source.published !== null) {
      report(['sources', index, 'published'], 'a date whose basis is "unknown"', 'null', describeValue(source.published));
    }
    if (source.publishedBasis !== 'unknown' && source.published === null) {
      report(['sources', index, 'published'], `no date although the basis is "${source.publishedBasis}"`, 'a date, or publishedBasis "unknown"', 'null');
    }
    if (source.publishedBasis === 'inferred' && source.publishedNote === undefined) {
      report(['sources', index, 'publishedNote'], 'an inferred publication date needs the reasoning', 'a one-line note', 'nothing');
    }
  });

  // Built once: building it per actor made validation quadratic (20 s at 10,000 actors).
  const parentOf = new Map(dataset.actors.map((actor) => [actor.id, actor.parent]));
  const depths = parentDepths(parentOf);
  dataset.actors.forEach((actor, index) => {
    if (actor.shortLabel !== undefined && actor.shortLabel.length >= actor.label.length) {
      report(['actors', index, 'shortLabel'], `the short name of "${actor.id}" is no shorter than its name "${actor.label}"`, 'a shorter name (an abbreviation the articles use), or no shortLabel', describeValue(actor.shortLabel));
    }
    if (actor.parent === undefined) return;
    const depth = depths.get(actor.id);
    if (!actorIndex.has(actor.parent)) {
      report(['actors', index, 'parent'], 'unknown actor', 'the id of an actor in "actors"', describeValue(actor.parent));
    } else if (depth === LOOPS) {
      report(['actors', index, 'parent'], `the parent chain of "${actor.id}" loops back on itself`, 'a chain that ends at an actor without parent', describeValue(actor.parent));
    } else if (depth === MAX_PARENT_DEPTH + 1) {
      // Reported once, where the chain first goes too deep; the actors below it follow from it.
      report(
        ['actors', index, 'parent'],
        `the parent chain of "${actor.id}" is ${depth} levels deep: ${describeChain(actor.id, parentOf)}`,
        `at most ${MAX_PARENT_DEPTH} parents above an actor (a person › a government › a state is two)`,
        describeValue(actor.parent),
      );
    }
  });

  const takesPart = new Set<string>();
  const quoteFinders = new Map<number, QuoteFinder>();
  const quoteFinderOf = (sourceAt: number, source: Dataset['sources'][number]) => {
    let finder = quoteFinders.get(sourceAt);
    if (finder === undefined) quoteFinders.set(sourceAt, (finder = sourceQuoteFinder(source)));
    return finder;
  };
  let missSearch = 0;
  // Quotes left unchecked once the budget is spent: where the first is, and how many.
  const unchecked: { path: JsonPath | null; count: number } = { path: null, count: 0 };
  let ties = 0;
  let explained = 0;
  dataset.events.forEach((event, eventIndex) => {
    const eventPath = ['events', eventIndex] as const;
    if (event.participants.length > MAX_PARTICIPANTS) {
      report(
        [...eventPath, 'participants'],
        `${event.participants.length} participants in one event; Tieline draws a tie between the parties of an event, pairwise`,
        `at most ${MAX_PARTICIPANTS} participants: name the group as one actor (an organisation, a coalition), or split the event`,
      );
    } else {
      ties += edgeEndsOf(event).length;
    }
    const seen = new Set<string>();
    event.participants.forEach((participant, participantIndex) => {
      const path = [...eventPath, 'participants', participantIndex, 'actor'];
      if (!actorIndex.has(participant.actor)) {
        report(path, 'unknown actor', 'the id of an actor in "actors"', describeValue(participant.actor));
      }
      if (seen.has(participant.actor)) {
        report(path, `"${participant.actor}" is listed twice in this event`, 'each actor once');
      }
      seen.add(participant.actor);
      takesPart.add(participant.actor);
    });
    const roles = new Set(event.participants.map((participant) => participant.role));
    if (roles.has('recipient') && !roles.has('initiator')) {
      report([...eventPath, 'participants'], 'a recipient without an initiator', 'an "initiator" beside each "recipient"');
    }
    if (event.dateBasis === 'inferred' && event.dateNote === undefined) {
      report([...eventPath, 'dateNote'], 'an inferred date needs the reasoning', 'a one-line note', 'nothing');
    }

    const eventDays = toDayRange(event.date);
    event.evidence.forEach((evidence, evidenceIndex) => {
      const evidencePath = [...eventPath, 'evidence', evidenceIndex];
      const sourceAt = sourceIndex.get(evidence.source);
      if (sourceAt === undefined) {
        report([...evidencePath, 'source'], 'unknown source', 'the id of a source in "sources"', describeValue(evidence.source));
        return;
      }
      const source = dataset.sources[sourceAt];
      if (!source) return;
      const finder = quoteFinderOf(sourceAt, source);
      if (missSearch > QUOTE_MISS_BUDGET) {
        unchecked.path ??= [...evidencePath, 'quote'];
        unchecked.count += 1;
      } else if (!finder.has(evidence.quote)) {
        missSearch += finder.size;
        // Naming the first difference costs a few more searches of the source: for the first ones,
        // within the budget.
        explained += 1;
        const explain = explained <= EXPLAINED_QUOTES && missSearch + finder.size * Math.log2(evidence.quote.length + 2) <= QUOTE_MISS_BUDGET;
        if (explain) missSearch += finder.size * Math.log2(evidence.quote.length + 2);
        const why = explain ? `: ${finder.explain(evidence.quote)}` : '';
        const [where, copiedFrom] = source.text === undefined ? ['any excerpt of', "one of the source's excerpts"] : ['the text of', 'the source'];
        report(
          [...evidencePath, 'quote'],
          `not found verbatim in ${where} source "${source.id}"${why}`,
          `a passage copied exactly from ${copiedFrom} (white space and Unicode normalisation aside)`,
          describeValue(evidence.quote),
        );
      }
      const publishedDays = source.published === null ? null : toDayRange(source.published);
      if (eventDays && publishedDays && eventDays.start > publishedDays.end && event.status !== 'planned') {
        report([...eventPath, 'date'], `dated after its source "${source.id}" was published (${source.published})`, 'a date on or before publication, or status "planned"', describeValue(event.date));
      }
    });
  });

  if (unchecked.path !== null) {
    report(
      unchecked.path,
      `this quote and ${(unchecked.count - 1).toLocaleString('en')} after it were not checked: so many quotes were not found in such long sources that checking the rest would take minutes`,
      'the quotes reported above fixed first; then the rest are checked',
    );
  }

  if (ties > MAX_TIES) {
    report(
      ['events'],
      `the events draw ${ties.toLocaleString('en')} ties, more than Tieline draws`,
      `at most ${MAX_TIES.toLocaleString('en')} ties; split the dataset, or name groups as one actor`,
    );
  }

  for (const actorId of Object.keys(dataset.layout?.positions ?? {})) {
    if (!actorIndex.has(actorId)) {
      report(['layout', 'positions', actorId], 'a position for an unknown actor', 'the id of an actor in "actors"', describeValue(actorId));
    }
  }

  problems.push(...storyProblems(dataset, new Set(actorIndex.keys()), new Set(eventIndex.keys())));

  // Linear: a walk up stops at the first ancestor already collected (its own are in the set too).
  const ancestorsOfParticipants = new Set<string>();
  for (const actorId of takesPart) {
    let current = parentOf.get(actorId);
    while (current !== undefined && !ancestorsOfParticipants.has(current)) {
      ancestorsOfParticipants.add(current);
      current = parentOf.get(current);
    }
  }
  dataset.actors.forEach((actor, index) => {
    if (!takesPart.has(actor.id) && !ancestorsOfParticipants.has(actor.id)) {
      report(['actors', index], `actor "${actor.id}" takes part in no event`, 'an actor that some event names, or the parent of one');
    }
  });

  return problems;
}

function indexIds(
  records: ReadonlyArray<{ id: string }>,
  collection: string,
  report: (path: JsonPath, message: string, expected?: string, found?: string) => void,
): Map<string, number> {
  const index = new Map<string, number>();
  records.forEach((record, position) => {
    const first = index.get(record.id);
    if (first !== undefined) {
      report([collection, position, 'id'], `duplicate id, first used at ${collection}[${first}]`, 'an id unique within ' + collection, describeValue(record.id));
    } else {
      index.set(record.id, position);
    }
  });
  return index;
}

type ParentOf = ReadonlyMap<string, string | undefined>;

const LOOPS = -1;

/**
 * For every actor, how many known parents stand above it, or LOOPS when its chain loops. Linear:
 * each actor is walked once, and a walk stops at an actor whose depth is already known (walking the
 * whole chain from every actor took minutes on a chain thousands deep).
 */
function parentDepths(parentOf: ParentOf): Map<string, number> {
  const depths = new Map<string, number>();
  for (const start of parentOf.keys()) {
    if (depths.has(start)) continue;
    const chain: string[] = [];
    const onChain = new Set<string>();
    let current: string | undefined = start;
    while (current !== undefined && parentOf.has(current) && !depths.has(current) && !onChain.has(current)) {
      chain.push(current);
      onChain.add(current);
      current = parentOf.get(current);
    }
    const loops = current !== undefined && (onChain.has(current) || depths.get(current) === LOOPS);
    // Where the chain ends, its last actor has no (known) parent: depth 0.
    let depth = current !== undefined && depths.has(current) ? depths.get(current)! + 1 : 0;
    for (let index = chain.length - 1; index >= 0; index -= 1) {
      depths.set(chain[index]!, loops ? LOOPS : depth);
      depth += 1;
    }
  }
  return depths;
}

/** `a › b › c › d` from an actor up to its top, shortened in the middle when long. */
function describeChain(actorId: string, parentOf: ParentOf): string {
  const chain: string[] = [];
  for (let current: string | undefined = actorId; current !== undefined && chain.length <= MAX_PARENT_DEPTH + 1; current = parentOf.get(current)) {
    chain.push(`"${current}"`);
  }
  const shown = chain.length > 7 ? [...chain.slice(0, 3), '…', ...chain.slice(-3)] : chain;
  return shown.join(' › ');
}
