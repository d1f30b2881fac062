// Which dataset is showing, decided in one place from everything that can supply one: the bundled
// dataset, an address (`?data=`), and the reader's own file (opened now, or kept in this browser
// from an earlier visit). The rules, in order:
//
// 1. A file the reader just opened that has problems is shown as its list of problems, on top of
//    whatever was showing; nothing underneath is replaced or forgotten ("Back to …" returns to it).
// 2. A valid file of the reader's is shown (it replaced the address when it was opened).
// 3. An address in `?data=` is shown (it wins over a kept file, which waits behind it).
// 4. While the kept file is being looked up, nothing is shown yet: no bundled graph flashes by, and
//    the selection in the address is checked against the right dataset (not the bundled one).
// 5. Otherwise the bundled dataset.
import type { DatasetModel } from './dataset-model';
import type { DatasetProblem } from './dataset-problem';

/** Whether the reader's file is kept in this browser, in the words the banner needs. */
export type KeepState =
  | { readonly state: 'keeping' }
  | { readonly state: 'kept'; readonly version: string }
  | { readonly state: 'not-kept'; readonly reason: string }
  /** Another tab replaced the kept file with another one (`by`), or went back to the bundled data (`by` null). */
  | { readonly state: 'replaced'; readonly by: { readonly name: string } | null };

export type DatasetSource =
  | { readonly kind: 'bundled' }
  | { readonly kind: 'address'; readonly url: string }
  | { readonly kind: 'file'; readonly name: string; readonly keep: KeepState; readonly notes: readonly string[] };

/** The way out of an error view, and what it leads back to. */
export interface WayBack {
  readonly label: string;
  readonly action: 'dismiss-failed-file' | 'leave-address' | 'forget-kept-file';
  /** What happens to the kept file, in words, when it matters. */
  readonly detail?: string;
}

export type ActiveDataset =
  | { readonly status: 'loading'; readonly source: DatasetSource }
  | {
      readonly status: 'error';
      readonly source: DatasetSource;
      /** The file or address the problems are in. */
      readonly file: string;
      readonly problems: readonly DatasetProblem[];
      /** How the files were read (encodings), which may explain a problem. */
      readonly notes: readonly string[];
      readonly canRetry: boolean;
      readonly back: WayBack | null;
    }
  | { readonly status: 'ready'; readonly source: DatasetSource; readonly model: DatasetModel };

export interface ReaderFileInput {
  readonly name: string;
  readonly model: DatasetModel;
  readonly keep: KeepState;
  readonly notes: readonly string[];
}

export interface FailedFileInput {
  readonly name: string;
  readonly problems: readonly DatasetProblem[];
  readonly notes: readonly string[];
  /** True when it is the kept file that no longer opens (not one opened just now). */
  readonly restored: boolean;
}

export type RemoteInput =
  | { readonly status: 'pending' }
  | { readonly status: 'error'; readonly file: string; readonly problems: readonly DatasetProblem[] }
  | { readonly status: 'success'; readonly model: DatasetModel };

export interface ActiveDatasetInput {
  /** The dataset address in force (`?data=`), or null for the bundled dataset. */
  readonly address: string | null;
  /** The kept file is still being looked up. */
  readonly restoring: boolean;
  readonly file: ReaderFileInput | null;
  readonly failedFile: FailedFileInput | null;
  /** The load of the address, or of the bundled dataset when there is none. */
  readonly remote: RemoteInput;
  /** A kept file hidden behind the address: leaving the address shows it. */
  readonly keptBehindAddress: { readonly name: string } | null;
}

const fileSource = (file: ReaderFileInput): DatasetSource => ({ kind: 'file', name: file.name, keep: file.keep, notes: file.notes });

function describeSource(source: DatasetSource): string {
  if (source.kind === 'file') return `your file ${source.name}`;
  if (source.kind === 'address') return `the data from ${source.url}`;
  return 'the bundled data';
}

export function chooseActiveDataset(input: ActiveDatasetInput): ActiveDataset {
  const { failedFile } = input;
  if (failedFile !== null) {
    const source: DatasetSource = { kind: 'file', name: failedFile.name, keep: { state: 'not-kept', reason: 'it has problems' }, notes: failedFile.notes };
    const base = { status: 'error', source, file: failedFile.name, problems: failedFile.problems, notes: failedFile.notes, canRetry: false } as const;
    if (failedFile.restored) {
      return {
        ...base,
        back: { label: 'Back to the bundled data', action: 'forget-kept-file', detail: 'This removes the file from this browser.' },
      };
    }
    const under = chooseActiveDataset({ ...input, failedFile: null });
    const detail =
      under.source.kind === 'file' ? `${under.source.name} stays kept in this browser; ${failedFile.name} was not kept.` : `${failedFile.name} was not kept.`;
    return { ...base, back: { label: `Back to ${describeSource(under.source)}`, action: 'dismiss-failed-file', detail } };
  }

  if (input.file !== null) return { status: 'ready', source: fileSource(input.file), model: input.file.model };

  const source: DatasetSource = input.address === null ? { kind: 'bundled' } : { kind: 'address', url: input.address };
  if (input.address === null && input.restoring) return { status: 'loading', source };
  const { remote } = input;
  if (remote.status === 'pending') return { status: 'loading', source };
  if (remote.status === 'success') return { status: 'ready', source, model: remote.model };
  const back: WayBack | null = input.address === null ? null : { label: leaveAddressLabel(input.keptBehindAddress), action: 'leave-address' };
  return { status: 'error', source, file: remote.file, problems: remote.problems, notes: [], canRetry: true, back };
}

/** The banner's button for leaving an address: it names where it leads, and forgets nothing. */
export function leaveAddressLabel(keptBehindAddress: { readonly name: string } | null): string {
  return keptBehindAddress === null ? 'Back to the bundled data' : `Back to your file ${keptBehindAddress.name}`;
}
