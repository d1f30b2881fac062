// A problem found in a dataset, and how it is written for people: where (a JSON path), what was
// expected, what was found. Free of the validator itself, so error views stay light.

export type JsonPath = ReadonlyArray<string | number>;

export interface DatasetProblem {
  readonly path: JsonPath;
  readonly message: string;
  readonly expected?: string;
  readonly found?: string;
}

/** `events[3].evidence[0].quote` */
export function formatPath(path: JsonPath): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join('');
}

/** One line per problem: `file › path: message (expected …, found …)`. */
export function formatProblem(problem: DatasetProblem, file: string): string {
  const detail = [
    problem.expected === undefined ? null : `expected ${problem.expected}`,
    problem.found === undefined ? null : `found ${problem.found}`,
  ].filter((part) => part !== null);
  const suffix = detail.length > 0 ? ` (${detail.join(', ')})` : '';
  return `${file} › ${formatPath(problem.path)}: ${problem.message}${suffix}`;
}

/** A short, bounded rendering of any JSON value for messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…"` : text;
}
