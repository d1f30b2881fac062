// Newsrooms keep their data in spreadsheets. A Tieline dataset as three CSV files (sources with
// their full text, actors, events with one row per quote) and two optional ones (the story, one row
// per chapter; eras, one row each), mapped to the one schema and checked by
// the one validator; every problem is reported by file, row and column, as a spreadsheet user
// would look for it. The same module writes the bundled dataset out as CSV templates.
import Papa from 'papaparse';
import { caveatFromCell, caveatToCell, splitCaveatCell } from './caveat';
import type { Actor, Caveat, Chapter, Dataset, Era, Source, Story, TimelineEvent } from './dataset-schema';
import { validateDataset, type DatasetProblem, type JsonPath } from './validate-dataset';

export type CsvFileName = 'sources.csv' | 'actors.csv' | 'events.csv' | 'story.csv' | 'eras.csv';

export interface CsvProblem {
  readonly file: CsvFileName;
  /** 1-based spreadsheet row, the header being row 1; null for the whole file. */
  readonly row: number | null;
  readonly column: string | null;
  readonly message: string;
  readonly expected?: string;
  readonly found?: string;
}

export interface CsvFiles {
  readonly sources: string;
  readonly actors: string;
  readonly events: string;
  /** Optional: the story, one row per chapter. */
  readonly story?: string;
  /** Optional: eras drawn under the time bar, one row each. */
  readonly eras?: string;
}

export type CsvDatasetResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly problems: readonly CsvProblem[] };

/** Lists inside a cell: aliases, caveats. */
const LIST_SEPARATOR = ' | ';
/** Excerpts of a source (sentences, which may hold "|") are separated by a blank line instead. */
const EXCERPT_SEPARATOR = '\n\n';

const COLUMNS: Record<CsvFileName, { required: readonly string[]; optional: readonly string[] }> = {
  'sources.csv': {
    required: ['id', 'title', 'publishedBasis', 'text'],
    optional: ['publisher', 'publisherNote', 'published', 'publishedNote', 'url', 'caveats', 'excerpts'],
  },
  'actors.csv': {
    required: ['id', 'label', 'type'],
    optional: ['shortLabel', 'aliases', 'parent', 'role', 'description', 'caveats'],
  },
  'events.csv': {
    required: ['id', 'source', 'quote'],
    optional: ['kind', 'participants', 'date', 'dateBasis', 'dateNote', 'status', 'summary', 'caveats'],
  },
  // The story's title is read from the first row's "story" cell; each row is a chapter, in order.
  'story.csv': {
    required: ['story', 'title', 'text', 'events'],
    optional: ['from', 'to', 'mode', 'basis', 'actor', 'event', 'hide', 'level'],
  },
  'eras.csv': {
    required: ['label'],
    optional: ['from', 'to', 'events'],
  },
};

/** The columns of a chapter's view: the fields of `view`, named as in the address. */
const VIEW_COLUMNS = COLUMNS['story.csv'].optional;

type Row = Record<string, string>;

interface ParsedFile {
  readonly rows: readonly Row[];
  readonly problems: CsvProblem[];
}

function parseFile(file: CsvFileName, text: string): ParsedFile {
  const problems: CsvProblem[] = [];
  const parsed = Papa.parse<Row>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  for (const error of parsed.errors) {
    problems.push({ file, row: error.row === undefined ? null : error.row + 2, column: null, message: `the CSV cannot be read: ${error.message}` });
  }
  const header = parsed.meta.fields ?? [];
  const { required, optional } = COLUMNS[file];
  for (const column of required) {
    if (!header.includes(column)) {
      problems.push({ file, row: 1, column, message: `the column “${column}” is missing`, expected: `a header row with ${required.join(', ')}` });
    }
  }
  for (const column of header) {
    if (!required.includes(column) && !optional.includes(column)) {
      problems.push({ file, row: 1, column, message: `unknown column “${column}”`, expected: `only ${[...required, ...optional].join(', ')}` });
    }
  }
  return { rows: parsed.data, problems };
}

const cell = (row: Row, column: string): string | undefined => {
  const value = row[column]?.trim();
  return value === undefined || value === '' ? undefined : value;
};
const list = (row: Row, column: string): string[] | undefined => {
  const value = cell(row, column);
  return value === undefined ? undefined : value.split(LIST_SEPARATOR.trim()).map((entry) => entry.trim()).filter((entry) => entry !== '');
};
/** Caveats, each a sentence optionally followed by `[[publisher; date; title; url]]` references (caveat.ts). */
const caveats = (row: Row, column: string): Caveat[] | undefined => {
  const value = cell(row, column);
  return value === undefined ? undefined : splitCaveatCell(value).map(caveatFromCell);
};
const defined = <T extends object>(record: T): T =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;

/** Where each record of the mapped dataset came from, to point problems back at cells. */
interface Origins {
  readonly sources: number[];
  readonly actors: number[];
  readonly chapters: number[];
  readonly eras: number[];
  /** Per event: its first row, and the row of each evidence entry. */
  readonly events: Array<{ row: number; evidenceRows: number[] }>;
}

export function datasetFromCsv(files: CsvFiles, meta: { id: string; title: string }): CsvDatasetResult {
  const parsedSources = parseFile('sources.csv', files.sources);
  const parsedActors = parseFile('actors.csv', files.actors);
  const parsedEvents = parseFile('events.csv', files.events);
  const parsedStory = files.story === undefined ? null : parseFile('story.csv', files.story);
  const parsedEras = files.eras === undefined ? null : parseFile('eras.csv', files.eras);
  const fileProblems = [parsedSources, parsedActors, parsedEvents, parsedStory, parsedEras].flatMap((parsed) => parsed?.problems ?? []);
  if (fileProblems.length > 0) return { ok: false, problems: fileProblems };

  const origins: Origins = { sources: [], actors: [], chapters: [], eras: [], events: [] };
  const rowProblems: CsvProblem[] = [];

  const sources = parsedSources.rows.map((row, index) => {
    origins.sources.push(index + 2);
    // Text is kept exactly as written: quotes are checked against it.
    const published = cell(row, 'published');
    return defined({
      id: cell(row, 'id'),
      title: cell(row, 'title'),
      publisher: cell(row, 'publisher') ?? null,
      publisherNote: cell(row, 'publisherNote'),
      published: published ?? null,
      publishedBasis: cell(row, 'publishedBasis'),
      publishedNote: cell(row, 'publishedNote'),
      url: cell(row, 'url'),
      // A source kept as excerpts leaves "text" empty.
      text: row.text === undefined || (row.text.trim() === '' && cell(row, 'excerpts') !== undefined) ? undefined : row.text,
      excerpts: cell(row, 'excerpts')?.split(EXCERPT_SEPARATOR).map((entry) => entry.trim()).filter((entry) => entry !== ''),
      caveats: caveats(row, 'caveats'),
    }) as unknown as Source;
  });

  const actors = parsedActors.rows.map((row, index) => {
    origins.actors.push(index + 2);
    return defined({
      id: cell(row, 'id'),
      label: cell(row, 'label'),
      shortLabel: cell(row, 'shortLabel'),
      type: cell(row, 'type'),
      aliases: list(row, 'aliases'),
      parent: cell(row, 'parent'),
      role: cell(row, 'role'),
      description: cell(row, 'description'),
      caveats: caveats(row, 'caveats'),
    }) as unknown as Actor;
  });

  // One row per quote: rows sharing an event id are one event; its fields come from its first row.
  const events: TimelineEvent[] = [];
  const eventIndexById = new Map<string, number>();
  parsedEvents.rows.forEach((row, index) => {
    const rowNumber = index + 2;
    const id = cell(row, 'id') ?? '';
    const evidence = { source: cell(row, 'source') ?? '', quote: row.quote ?? '' };
    const existing = eventIndexById.get(id);
    if (existing !== undefined) {
      events[existing]!.evidence.push(evidence);
      origins.events[existing]!.evidenceRows.push(rowNumber);
      return;
    }
    const participants: Array<{ actor: string; role: string }> = [];
    for (const entry of list(row, 'participants') ?? []) {
      const [actor, role = 'participant', ...rest] = entry.split(':').map((part) => part.trim());
      if (rest.length > 0 || !actor) {
        rowProblems.push({ file: 'events.csv', row: rowNumber, column: 'participants', message: `“${entry}” is not a participant`, expected: 'actor-id:role, separated by “|”, e.g. qatar:initiator | hts:recipient' });
        continue;
      }
      participants.push({ actor, role });
    }
    eventIndexById.set(id, events.length);
    origins.events.push({ row: rowNumber, evidenceRows: [rowNumber] });
    events.push(
      defined({
        id: cell(row, 'id'),
        kind: cell(row, 'kind'),
        participants,
        date: cell(row, 'date'),
        dateBasis: cell(row, 'dateBasis'),
        dateNote: cell(row, 'dateNote'),
        status: cell(row, 'status'),
        summary: cell(row, 'summary'),
        evidence: [evidence],
        caveats: caveats(row, 'caveats'),
      }) as unknown as TimelineEvent,
    );
  });
  if (rowProblems.length > 0) return { ok: false, problems: rowProblems };

  const story = parsedStory === null ? undefined : storyFromRows(parsedStory.rows, origins);
  const eras =
    parsedEras === null
      ? undefined
      : parsedEras.rows.map((row, index) => {
          origins.eras.push(index + 2);
          return defined({ label: cell(row, 'label'), from: cell(row, 'from'), to: cell(row, 'to'), events: list(row, 'events') }) as unknown as Era;
        });

  const result = validateDataset(defined({ schemaVersion: 1, id: meta.id, title: meta.title, sources, actors, events, story, eras }));
  if (result.ok) return result;
  return { ok: false, problems: result.problems.map((problem) => locate(problem, origins)) };
}

/** One chapter per row; the story's title is the first row's "story" cell. */
function storyFromRows(rows: readonly Row[], origins: Origins): Story {
  const chapters = rows.map((row, index) => {
    origins.chapters.push(index + 2);
    const view = defined(Object.fromEntries(VIEW_COLUMNS.map((column) => [column, column === 'hide' ? list(row, column) : cell(row, column)])));
    return defined({ title: cell(row, 'title'), text: cell(row, 'text'), view, events: list(row, 'events') ?? [] }) as unknown as Chapter;
  });
  const title = rows[0] === undefined ? undefined : cell(rows[0], 'story');
  return defined({ title, chapters }) as unknown as Story;
}

const PARTICIPANT_FIELDS = new Set(['participants']);

/** Points a problem found in the mapped dataset back at the file, row and column it came from. */
function locate(problem: DatasetProblem, origins: Origins): CsvProblem {
  const [collection, index, field, subIndex, subField] = problem.path as JsonPath;
  const detail = { message: problem.message, expected: problem.expected, found: problem.found };
  if (collection === 'story') {
    // story.title → the first row's "story"; story.chapters[i].view.to → that row's "to".
    if (index === 'title') return { file: 'story.csv', row: origins.chapters.length > 0 ? 2 : null, column: 'story', ...detail };
    const chapterAt = field;
    if (index !== 'chapters' || typeof chapterAt !== 'number') return { file: 'story.csv', row: null, column: null, ...detail };
    const column = subIndex === 'view' ? (typeof subField === 'string' ? subField : null) : typeof subIndex === 'string' ? subIndex : null;
    return { file: 'story.csv', row: origins.chapters[chapterAt] ?? null, column, ...detail };
  }
  if (collection === 'eras') {
    return { file: 'eras.csv', row: typeof index === 'number' ? (origins.eras[index] ?? null) : null, column: typeof field === 'string' ? field : null, ...detail };
  }
  if (typeof index !== 'number') {
    const file: CsvFileName = collection === 'actors' ? 'actors.csv' : collection === 'events' ? 'events.csv' : 'sources.csv';
    return { file, row: null, column: null, ...detail };
  }
  if (collection === 'sources') {
    return { file: 'sources.csv', row: origins.sources[index] ?? null, column: typeof field === 'string' ? field : null, ...detail };
  }
  if (collection === 'actors') {
    return { file: 'actors.csv', row: origins.actors[index] ?? null, column: typeof field === 'string' ? field : null, ...detail };
  }
  const origin = origins.events[index];
  if (field === 'evidence' && typeof subIndex === 'number') {
    return { file: 'events.csv', row: origin?.evidenceRows[subIndex] ?? origin?.row ?? null, column: typeof subField === 'string' ? subField : 'quote', ...detail };
  }
  const column = typeof field === 'string' ? (PARTICIPANT_FIELDS.has(field) ? 'participants' : field) : null;
  return { file: 'events.csv', row: origin?.row ?? null, column, ...detail };
}

/** "events.csv, row 7, column “quote”" */
export function formatCsvLocation(problem: Pick<CsvProblem, 'file' | 'row' | 'column'>): string {
  return [problem.file, problem.row === null ? null : `row ${problem.row}`, problem.column === null ? null : `column “${problem.column}”`]
    .filter((part) => part !== null)
    .join(', ');
}

/** The dataset as CSV files (the templates shipped under data/csv/): three, and the story and eras when it has them. */
export function datasetToCsv(dataset: Dataset): CsvFiles {
  const join = (values: readonly string[] | undefined) => (values ?? []).join(LIST_SEPARATOR);
  const joinCaveats = (values: readonly Caveat[] | undefined) => join(values?.map(caveatToCell));
  const unparse = (columns: readonly string[], rows: Array<Record<string, string>>) =>
    Papa.unparse({ fields: [...columns], data: rows.map((row) => columns.map((column) => row[column] ?? '')) }, { newline: '\r\n' }) + '\r\n';
  const sourceColumns = [...COLUMNS['sources.csv'].required.slice(0, 2), 'publisher', 'publisherNote', 'published', 'publishedBasis', 'publishedNote', 'url', 'caveats', 'text', ...(dataset.sources.some((source) => source.excerpts !== undefined) ? ['excerpts'] : [])];
  const actorColumns = ['id', 'label', ...(dataset.actors.some((actor) => actor.shortLabel !== undefined) ? ['shortLabel'] : []), 'type', 'aliases', 'parent', 'role', 'description', 'caveats'];
  const eventColumns = ['id', 'kind', 'participants', 'date', 'dateBasis', 'dateNote', 'status', 'summary', 'caveats', 'source', 'quote'];
  const story = dataset.story;
  const eras = dataset.eras;
  return {
    ...(story === undefined
      ? {}
      : {
          story: unparse(
            COLUMNS['story.csv'].required.concat(VIEW_COLUMNS),
            story.chapters.map((chapter, index) => ({
              story: index === 0 ? story.title : '',
              title: chapter.title,
              text: chapter.text,
              events: join(chapter.events),
              ...Object.fromEntries(Object.entries(chapter.view).map(([column, value]) => [column, Array.isArray(value) ? join(value) : String(value)])),
            })),
          ),
        }),
    ...(eras === undefined
      ? {}
      : {
          eras: unparse(
            ['label', 'from', 'to', 'events'],
            eras.map((era) => ({ label: era.label, from: era.from ?? '', to: era.to ?? '', events: join(era.events) })),
          ),
        }),
    sources: unparse(
      sourceColumns,
      dataset.sources.map((source) => ({
        id: source.id,
        title: source.title,
        publisher: source.publisher ?? '',
        publisherNote: source.publisherNote ?? '',
        published: source.published ?? '',
        publishedBasis: source.publishedBasis,
        publishedNote: source.publishedNote ?? '',
        url: source.url ?? '',
        caveats: joinCaveats(source.caveats),
        text: source.text ?? '',
        excerpts: (source.excerpts ?? []).join(EXCERPT_SEPARATOR),
      })),
    ),
    actors: unparse(
      actorColumns,
      dataset.actors.map((actor) => ({
        id: actor.id,
        label: actor.label,
        shortLabel: actor.shortLabel ?? '',
        type: actor.type,
        aliases: join(actor.aliases),
        parent: actor.parent ?? '',
        role: actor.role ?? '',
        description: actor.description ?? '',
        caveats: joinCaveats(actor.caveats),
      })),
    ),
    events: unparse(
      eventColumns,
      dataset.events.flatMap((event) =>
        event.evidence.map((evidence, index): Record<string, string> =>
          index === 0
            ? {
                id: event.id,
                kind: event.kind,
                participants: event.participants.map((participant) => `${participant.actor}:${participant.role}`).join(LIST_SEPARATOR),
                date: event.date,
                dateBasis: event.dateBasis,
                dateNote: event.dateNote ?? '',
                status: event.status ?? '',
                summary: event.summary,
                caveats: joinCaveats(event.caveats),
                source: evidence.source,
                quote: evidence.quote,
              }
            : { id: event.id, source: evidence.source, quote: evidence.quote },
        ),
      ),
    ),
  };
}
