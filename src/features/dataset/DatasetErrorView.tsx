import { formatPath, type DatasetProblem } from '../../domain/dataset-problem';

interface DatasetErrorViewProps {
  readonly file: string;
  readonly problems: readonly DatasetProblem[];
  readonly onRetry: () => void;
  readonly retryLabel?: string;
}

/** Every problem of a dataset that failed to load, with where it is and how to fix it. */
export function DatasetErrorView({ file, problems, onRetry, retryLabel = 'Try again' }: DatasetErrorViewProps) {
  return (
    <section className="dataset-error" role="alert" aria-labelledby="dataset-error-title">
      <h2 id="dataset-error-title">This dataset could not be loaded</h2>
      <p>
        <strong>{file}</strong> has {problems.length} problem{problems.length === 1 ? '' : 's'}. Fix
        each one at the place named below (the format is described in <code>data/README.md</code>),
        then reload.
      </p>
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
      <button type="button" onClick={onRetry}>
        {retryLabel}
      </button>
    </section>
  );
}
