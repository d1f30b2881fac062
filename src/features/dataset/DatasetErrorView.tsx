import { formatPath, type DatasetProblem } from '../../domain/dataset-problem';
import { PROBLEMS_LISTED_IN_FULL, problemsAsText, summariseProblems } from '../../domain/problem-summary';
import { download } from '../export/download';

interface DatasetErrorViewProps {
  readonly file: string;
  readonly problems: readonly DatasetProblem[];
  /** Loads the same address again; absent for a file, which the reader opens again themselves. */
  readonly onRetry?: () => void;
  readonly retryLabel?: string;
  /** How the file was read (its encoding), which may explain a problem. */
  readonly notes?: readonly string[];
  /** The way back to what was showing, and what it does to the kept file. */
  readonly back?: { readonly label: string; readonly detail?: string; readonly onClick: () => void } | null;
}

const count = (value: number, noun: string) => `${value.toLocaleString('en')} ${noun}${value === 1 ? '' : 's'}`;

/**
 * The problems of a dataset that failed to load, with where each is and how to fix it. A short list
 * is shown whole; a long one by kind (the first problems of each kind, and how many more), with the
 * whole list as a download, so a file with a hundred thousand problems opens at once.
 */
export function DatasetErrorView({ file, problems, onRetry, retryLabel = 'Try again', notes = [], back = null }: DatasetErrorViewProps) {
  const summarised = problems.length > PROBLEMS_LISTED_IN_FULL;
  const summary = summarised ? summariseProblems(problems) : null;
  const downloadAll = () => {
    const name = `${file.replace(/^.*[/\\]/, '').replace(/[^\w.-]+/g, '-') || 'dataset'}-problems.txt`;
    download(new Blob([problemsAsText(problems, file)], { type: 'text/plain;charset=utf-8' }), name);
  };
  return (
    <section className="dataset-error" role="alert" aria-labelledby="dataset-error-title">
      <h2 id="dataset-error-title">This dataset could not be loaded</h2>
      <p>
        <strong>{file}</strong> has {count(problems.length, 'problem')}. Fix each one at the place named below (the
        format is described in <code>data/README.md</code>), then {onRetry === undefined ? 'open it again' : 'reload'}.
      </p>
      {notes.map((note) => (
        <p key={note} className="dataset-error-note">
          {note}
        </p>
      ))}
      {summary === null ? (
        <ol className="problem-list">
          {problems.map((problem, index) => (
            <ProblemItem key={index} problem={problem} />
          ))}
        </ol>
      ) : (
        <>
          <p data-testid="problem-summary">
            They are of {count(summary.groups.length + summary.otherKinds, 'kind')}; the first of each kind are
            listed here, and the full list is a download.{' '}
            <button type="button" onClick={downloadAll}>
              Download all {count(problems.length, 'problem')} (text)
            </button>
          </p>
          {summary.groups.map((group) => (
            <div key={group.kind} className="problem-group">
              <ul className="problem-list">
                {group.examples.map((problem, index) => (
                  <ProblemItem key={index} problem={problem} />
                ))}
              </ul>
              {group.count > group.examples.length && (
                <p className="problem-more">… and {count(group.count - group.examples.length, 'more problem')} like these.</p>
              )}
            </div>
          ))}
          {summary.otherKinds > 0 && (
            <p className="problem-more">
              … and {count(summary.otherProblems, 'more problem')} of {count(summary.otherKinds, 'other kind')}, in the
              full list.
            </p>
          )}
        </>
      )}
      {back?.detail !== undefined && <p>{back.detail}</p>}
      <div className="dataset-error-actions">
        {back !== null && (
          <button type="button" onClick={back.onClick}>
            {back.label}
          </button>
        )}
        {onRetry !== undefined && (
          <button type="button" onClick={onRetry}>
            {retryLabel}
          </button>
        )}
      </div>
    </section>
  );
}

function ProblemItem({ problem }: { problem: DatasetProblem }) {
  return (
    <li>
      <code className="problem-path">{formatPath(problem.path)}</code>: {problem.message}
      {problem.expected !== undefined && (
        <>
          {' '}
          — expected <span className="problem-expected">{problem.expected}</span>
        </>
      )}
      {problem.found !== undefined && (
        <>
          , found <span className="problem-found">{problem.found}</span>
        </>
      )}
    </li>
  );
}
