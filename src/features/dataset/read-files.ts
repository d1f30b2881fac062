// Turns what a reader dropped or picked (one JSON file, or the three CSV files) into text to parse,
// with a size cap, and says clearly what is missing or too big. Files are read as bytes and decoded
// here (byte-order marks dropped, UTF-16 and Windows-1252 spreadsheets read correctly), so a file
// that looks right in the reader's editor opens the same in Tieline.
import { MAX_DATASET_BYTES } from '../../domain/dataset-limits';
import { decodeFileText } from '../../domain/text-encoding';

export type LocalFiles =
  | { readonly kind: 'json'; readonly name: string; readonly text: string }
  | { readonly kind: 'csv'; readonly name: string; readonly sources: string; readonly actors: string; readonly events: string };

export type ReadFilesResult =
  | { readonly ok: true; readonly files: LocalFiles; readonly notes: readonly string[] }
  | { readonly ok: false; readonly message: string };

const CSV_ROLES = ['sources', 'actors', 'events'] as const;
/** Spreadsheets save tables as .csv, or as tab-separated .txt ("Unicode Text") or .tsv. */
const TABLE_EXTENSIONS = ['.csv', '.tsv', '.txt'];

type ReadText = { readonly ok: true; readonly text: string; readonly note?: string } | { readonly ok: false; readonly message: string };

async function readText(file: File): Promise<ReadText> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    // A file changed or removed on disk after it was chosen cannot be read any more.
    return { ok: false, message: `“${file.name}” could not be read (${error instanceof Error ? error.message : String(error)}). Choose it again.` };
  }
  return decodeFileText(bytes, file.name);
}

export async function readLocalFiles(list: readonly File[]): Promise<ReadFilesResult> {
  if (list.length === 0) return { ok: false, message: 'No file was chosen.' };
  const total = list.reduce((sum, file) => sum + file.size, 0);
  if (total > MAX_DATASET_BYTES) {
    return { ok: false, message: `The files are ${megabytes(total)}; Tieline opens datasets of up to ${megabytes(MAX_DATASET_BYTES)}.` };
  }
  const lower = (file: File) => file.name.toLowerCase();
  const json = list.filter((file) => lower(file).endsWith('.json'));
  const tables = list.filter((file) => TABLE_EXTENSIONS.some((extension) => lower(file).endsWith(extension)));
  if (json.length === 1 && list.length === 1) {
    const read = await readText(json[0]!);
    if (!read.ok) return read;
    return { ok: true, files: { kind: 'json', name: json[0]!.name, text: read.text }, notes: read.note === undefined ? [] : [read.note] };
  }
  if (tables.length === list.length) {
    const byRole = new Map<string, File>();
    for (const file of tables) {
      const role = CSV_ROLES.find((candidate) => lower(file).includes(candidate));
      if (role === undefined) {
        return { ok: false, message: `“${file.name}”: name each CSV file after what it holds (…sources.csv, …actors.csv, …events.csv).` };
      }
      if (byRole.has(role)) return { ok: false, message: `Two files hold ${role}: “${byRole.get(role)!.name}” and “${file.name}”.` };
      byRole.set(role, file);
    }
    const missing = CSV_ROLES.filter((role) => !byRole.has(role));
    if (missing.length > 0) {
      return { ok: false, message: `A CSV dataset is three files: sources, actors and events. Missing: ${missing.join(', ')}. Choose the three together.` };
    }
    const [sources, actors, events] = await Promise.all(CSV_ROLES.map((role) => readText(byRole.get(role)!)));
    for (const read of [sources!, actors!, events!]) if (!read.ok) return read;
    const texts = [sources!, actors!, events!] as const;
    const notes = texts.flatMap((read) => (read.ok && read.note !== undefined ? [read.note] : []));
    const text = (read: ReadText) => (read.ok ? read.text : '');
    return {
      ok: true,
      files: { kind: 'csv', name: tables.map((file) => file.name).join(', '), sources: text(sources!), actors: text(actors!), events: text(events!) },
      notes,
    };
  }
  return { ok: false, message: 'Open one .json dataset, or the three .csv files (sources, actors, events) together.' };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
