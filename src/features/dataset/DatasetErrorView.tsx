import { formatPath, type DatasetProblem } from '../../domain/dataset-problem';

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

/** Every problem of a dataset that failed to load, with where it is and how to fix it. */
export function DatasetErrorView({ file, problems, onRetry, retryLabel = 'Try again', notes = [], back = null }: DatasetErrorViewProps) {
  return (
    <section className="dataset-error" role="alert" aria-labelledby="dataset-error-title">
      <h2 id="dataset-error-title">This dataset could not be loaded</h2>
      <p>
        <strong>{file}</strong> has {problems.length} problem{problems.length === 1 ? '' : 's'}. Fix
        each one at the place named below (the format is described in <code>data/README.md</code>),
        then {onRetry === undefined ? 'open it again' : 'reload'}.
      </p>
      {notes.map((note) => (
        <p key={note} className="dataset-error-note">
          {note}
        </p>
      ))}
      <ol className="problem-list">
        {problems.map((problem, index) => (
          <li key={index}>
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
        ))}
      </ol>
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
