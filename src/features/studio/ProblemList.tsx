// What stands between the work and a publishable dataset: the validator's problems, each with a
// link that opens the record and puts the cursor in the field concerned.
import type { DatasetProblem } from '../../domain/dataset-problem';
import { formatPath } from '../../domain/dataset-problem';
import type { StudioProject } from './studio-project';
import { selectActor, selectEvent, selectSource, useStudio } from './studio-state';

/** Opens the record a path names and focuses its field (or the nearest thing to it that is shown). */
export function goToProblem(path: DatasetProblem['path'], project: StudioProject): void {
  const [collection, index, ...rest] = path;
  const { dataset } = project;
  let candidates: string[] = ['studio-field-dataset-title'];
  if (collection === 'sources' && typeof index === 'number' && dataset.sources[index]) {
    selectSource(dataset.sources[index].id);
    candidates = [`studio-field-sources-${rest[0] === 'text' || rest[0] === 'excerpts' ? 'title' : String(rest[0])}`, 'studio-field-sources-title'];
  } else if (collection === 'actors' && typeof index === 'number' && dataset.actors[index]) {
    selectActor(dataset.actors[index].id);
    candidates = [`studio-field-actors-${String(rest[0])}`, 'studio-field-actors-label'];
  } else if (collection === 'events' && typeof index === 'number' && dataset.events[index]) {
    selectEvent(dataset.events[index].id);
    candidates = [`studio-field-events-${rest.map(String).join('-')}`, `studio-field-events-${rest.slice(0, 2).map(String).join('-')}`, `studio-field-events-${String(rest[0])}`, 'studio-tie-editor-heading'];
  } else if (collection === 'id' || collection === 'title' || collection === 'description') {
    candidates = [`studio-field-dataset-${collection}`];
  }
  // After React has rendered the record's editor.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const target = candidates.map((id) => document.getElementById(id)).find((element) => element !== null);
      target?.scrollIntoView({ block: 'center' });
      target?.focus();
    }),
  );
}

function placeOf(path: DatasetProblem['path'], project: StudioProject): string {
  const [collection, index] = path;
  const { dataset } = project;
  if (collection === 'sources' && typeof index === 'number') return `Source “${dataset.sources[index]?.title ?? index}”`;
  if (collection === 'actors' && typeof index === 'number') return `Actor “${dataset.actors[index]?.label ?? index}”`;
  if (collection === 'events' && typeof index === 'number') return `Tie “${dataset.events[index]?.summary ?? index}”`;
  return 'The dataset';
}

export function ProblemList({ problems }: { problems: readonly DatasetProblem[] }) {
  const project = useStudio((state) => state.history.present);
  return (
    <section className="studio-problems" aria-labelledby="studio-problems-heading">
      <h2 id="studio-problems-heading">Checks</h2>
      {problems.length === 0 ? (
        <p className="studio-valid" role="status" data-testid="studio-valid">
          ✓ Valid: every quote stands in its source. Ready to publish.
        </p>
      ) : (
        <>
          <p role="status" data-testid="studio-problem-count">
            {problems.length} problem{problems.length === 1 ? '' : 's'} to fix before publishing:
          </p>
          <ul className="studio-problem-list">
            {problems.slice(0, 50).map((problem, index) => (
              <li key={index}>
                <button type="button" className="link-button" onClick={() => goToProblem(problem.path, project)}>
                  {placeOf(problem.path, project)}
                </button>{' '}
                <code>{formatPath(problem.path)}</code>: {problem.message}
                {problem.expected !== undefined && <> (expected {problem.expected})</>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
