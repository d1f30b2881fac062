// A long list of dataset problems, made readable: grouped by kind (the same message at the same
// kind of place), the first few of each kind shown with a count of the rest, and the whole list as
// text for a download. A page that listed a hundred thousand problems one by one froze for seconds
// and helped nobody; the author needs the kinds, a few examples of each, and the file.
import { formatProblem, type DatasetProblem } from './dataset-problem';

export interface ProblemGroup {
  /** What the problems of this kind have in common, e.g. `actors[] · actor "…" takes part in no event`. */
  readonly kind: string;
  /** The first problems of this kind, in dataset order. */
  readonly examples: readonly DatasetProblem[];
  readonly count: number;
}

export interface ProblemSummary {
  readonly total: number;
  readonly groups: readonly ProblemGroup[];
  /** Kinds beyond those in `groups`, and how many problems they hold. */
  readonly otherKinds: number;
  readonly otherProblems: number;
}

export interface SummaryOptions {
  /** Examples shown per kind. */
  readonly examplesPerKind?: number;
  /** Kinds shown; the rest are counted. */
  readonly kinds?: number;
}

/** Up to this many problems are listed one by one, without grouping. */
export const PROBLEMS_LISTED_IN_FULL = 50;

/**
 * The kind of a problem: its path with the record numbers left out, and its message with quoted
 * values and numbers left out, up to any explanation after a colon.
 */
export function problemKind(problem: DatasetProblem): string {
  const place = problem.path
    .map((segment) => (typeof segment === 'number' ? '[]' : segment.replace(/\d+/g, '#')))
    .join('.');
  const what = problem.message
    .split(': ')[0]!
    .replace(/"[^"]*"/g, '"…"')
    .replace(/“[^”]*”/g, '“…”')
    .replace(/\d[\d,]*/g, '#');
  return `${place} · ${what}`;
}

export function summariseProblems(problems: readonly DatasetProblem[], options: SummaryOptions = {}): ProblemSummary {
  const { examplesPerKind = 3, kinds = 30 } = options;
  const byKind = new Map<string, { examples: DatasetProblem[]; count: number }>();
  for (const problem of problems) {
    const kind = problemKind(problem);
    let group = byKind.get(kind);
    if (group === undefined) byKind.set(kind, (group = { examples: [], count: 0 }));
    group.count += 1;
    if (group.examples.length < examplesPerKind) group.examples.push(problem);
  }
  const all = [...byKind].map(([kind, group]) => ({ kind, ...group }));
  const shown = all.slice(0, kinds);
  const hidden = all.slice(kinds);
  return {
    total: problems.length,
    groups: shown,
    otherKinds: hidden.length,
    otherProblems: hidden.reduce((sum, group) => sum + group.count, 0),
  };
}

/** Every problem, one line each, for the file an author downloads. */
export function problemsAsText(problems: readonly DatasetProblem[], file: string): string {
  const lines = [`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${file}`, ''];
  for (const problem of problems) lines.push(formatProblem(problem, file));
  return `${lines.join('\n')}\n`;
}
