// Turns what a reader dropped or picked (one JSON file, or the three CSV files) into text to parse,
// with a size cap, and says clearly what is missing or too big.
import { MAX_DATASET_BYTES } from '../../domain/dataset-limits';

export type LocalFiles =
  | { readonly kind: 'json'; readonly name: string; readonly text: string }
  | { readonly kind: 'csv'; readonly name: string; readonly sources: string; readonly actors: string; readonly events: string };

export type ReadFilesResult = { readonly ok: true; readonly files: LocalFiles } | { readonly ok: false; readonly message: string };

const CSV_ROLES = ['sources', 'actors', 'events'] as const;

export async function readLocalFiles(list: readonly File[]): Promise<ReadFilesResult> {
  if (list.length === 0) return { ok: false, message: 'No file was chosen.' };
  const total = list.reduce((sum, file) => sum + file.size, 0);
  if (total > MAX_DATASET_BYTES) {
    return { ok: false, message: `The files are ${megabytes(total)}; Tieline opens datasets of up to ${megabytes(MAX_DATASET_BYTES)}.` };
  }
  const json = list.filter((file) => file.name.toLowerCase().endsWith('.json'));
  const csv = list.filter((file) => file.name.toLowerCase().endsWith('.csv'));
  if (json.length === 1 && csv.length === 0 && list.length === 1) {
    return { ok: true, files: { kind: 'json', name: json[0]!.name, text: await json[0]!.text() } };
  }
  if (csv.length === list.length) {
    const byRole = new Map<string, File>();
    for (const file of csv) {
      const role = CSV_ROLES.find((candidate) => file.name.toLowerCase().includes(candidate));
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
    const [sources, actors, events] = await Promise.all(CSV_ROLES.map((role) => byRole.get(role)!.text()));
    return {
      ok: true,
      files: { kind: 'csv', name: csv.map((file) => file.name).join(', '), sources: sources!, actors: actors!, events: events! },
    };
  }
  return { ok: false, message: 'Open one .json dataset, or the three .csv files (sources, actors, events) together.' };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
