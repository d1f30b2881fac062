// Validates any dataset, bundled or brought by a reader, and reports every problem with the JSON
// path where it sits, what was expected and what was found. Never throws on any input: a broken
// dataset must become a readable list, not a blank page.
import type { z } from 'zod';
import { datasetSchema, type Dataset } from './dataset-schema';
import { toDayRange } from './partial-date';
import { sourceQuoteFinder } from './excerpts';
import { describeValue, type DatasetProblem, type JsonPath } from './dataset-problem';
import { findForbiddenKeys } from './safe-json';

export { describeValue, formatPath, formatProblem } from './dataset-problem';
export type { DatasetProblem, JsonPath } from './dataset-problem';

export type ValidationResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly problems: readonly DatasetProblem[] };

export function validateDataset(input: unknown): ValidationResult {
  const forbidden = findForbiddenKeys(input);
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
  return problems.length === 0 ? { ok: true, dataset: parsed.data } : { ok: false, problems };
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
  indexIds(dataset.events, 'events', report);

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
  dataset.actors.forEach((actor, index) => {
    if (actor.parent === undefined) return;
    if (!actorIndex.has(actor.parent)) {
      report(['actors', index, 'parent'], 'unknown actor', 'the id of an actor in "actors"', describeValue(actor.parent));
    } else if (parentChainLoops(actor.id, parentOf)) {
      report(['actors', index, 'parent'], `the parent chain of "${actor.id}" loops back on itself`, 'a chain that ends at an actor without parent', describeValue(actor.parent));
    }
  });

  const takesPart = new Set<string>();
  const quoteFinders = new Map<number, (quote: string) => boolean>();
  const quoteFinderOf = (sourceAt: number, source: Dataset['sources'][number]) => {
    let finder = quoteFinders.get(sourceAt);
    if (finder === undefined) quoteFinders.set(sourceAt, (finder = sourceQuoteFinder(source)));
    return finder;
  };
  dataset.events.forEach((event, eventIndex) => {
    const eventPath = ['events', eventIndex] as const;
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
      if (!quoteFinderOf(sourceAt, source)(evidence.quote)) {
        if (source.text === undefined) {
          report([...evidencePath, 'quote'], `not found verbatim in any excerpt of source "${source.id}"`, 'a passage copied exactly from one of the source\'s excerpts (white space aside)', describeValue(evidence.quote));
        } else {
          report([...evidencePath, 'quote'], `not found verbatim in the text of source "${source.id}"`, 'a passage copied exactly from the source (white space aside)', describeValue(evidence.quote));
        }
      }
      const publishedDays = source.published === null ? null : toDayRange(source.published);
      if (eventDays && publishedDays && eventDays.start > publishedDays.end && event.status !== 'planned') {
        report([...eventPath, 'date'], `dated after its source "${source.id}" was published (${source.published})`, 'a date on or before publication, or status "planned"', describeValue(event.date));
      }
    });
  });

  for (const actorId of Object.keys(dataset.layout?.positions ?? {})) {
    if (!actorIndex.has(actorId)) {
      report(['layout', 'positions', actorId], 'a position for an unknown actor', 'the id of an actor in "actors"', describeValue(actorId));
    }
  }

  const ancestorsOfParticipants = new Set<string>();
  for (const actorId of takesPart) {
    for (const ancestor of ancestorsOf(actorId, parentOf)) ancestorsOfParticipants.add(ancestor);
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

function parentChainLoops(actorId: string, parentOf: ParentOf): boolean {
  const visited = new Set<string>([actorId]);
  let current = parentOf.get(actorId);
  while (current !== undefined) {
    if (visited.has(current)) return true;
    visited.add(current);
    current = parentOf.get(current);
  }
  return false;
}

function ancestorsOf(actorId: string, parentOf: ParentOf): string[] {
  const ancestors: string[] = [];
  let current = parentOf.get(actorId);
  while (current !== undefined && !ancestors.includes(current) && current !== actorId) {
    ancestors.push(current);
    current = parentOf.get(current);
  }
  return ancestors;
}
