// Tieline Studio: build a sourced, dated dataset from articles by selecting the quote. Sources on
// the left, ties and actors in the middle, the checks, export and a live preview on the right. The
// same validator as the reader's runs on every change. Loaded only when the Studio opens.
import { useEffect, useMemo, useState } from 'react';
import { datasetFromCsv } from '../../domain/csv-dataset';
import { parseDatasetJson } from '../../domain/parse-dataset';
import { validateDataset } from '../../domain/validate-dataset';
import { formatProblem } from '../../domain/dataset-problem';
import { BUNDLED_DATASET_URL } from '../dataset/dataset-query';
import { fetchDatasetText } from '../dataset/fetch-dataset-text';
import { ActorsPanel } from './ActorsPanel';
import { ExportPanel } from './ExportPanel';
import { ProblemList } from './ProblemList';
import { SourcesPanel } from './SourcesPanel';
import { StudioPreview } from './StudioPreview';
import { TiesPanel } from './TiesPanel';
import { Field, downloadText } from './StudioControls';
import { emptyProject, projectFromDataset, type StudioProject } from './studio-project';
import { dispatch, redo, replaceProject, restoreKeptProject, undo, useStudio } from './studio-state';
import './studio.css';

const KEEP_WORDS = { loading: 'Opening your work…', kept: 'All changes kept in this browser', keeping: 'Keeping…', 'not-kept': 'This browser refuses storage: export to keep your work' } as const;

function isEditableField(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

async function openFiles(files: readonly File[]): Promise<{ ok: true; project: StudioProject; name: string } | { ok: false; message: string }> {
  const json = files.filter((file) => /\.json$/i.test(file.name));
  const csv = files.filter((file) => /\.csv$/i.test(file.name));
  if (json.length === 1 && files.length === 1) {
    const result = parseDatasetJson(await json[0]!.text());
    if (!result.ok) return { ok: false, message: `“${json[0]!.name}” is not a valid dataset: ${result.problems.slice(0, 5).map((problem) => formatProblem(problem, json[0]!.name)).join('; ')}` };
    return { ok: true, project: projectFromDataset(result.dataset), name: json[0]!.name };
  }
  if (csv.length === 3 && files.length === 3) {
    const byRole = (role: string) => csv.find((file) => file.name.toLowerCase().includes(role));
    const [sources, actors, events] = [byRole('sources'), byRole('actors'), byRole('events')];
    if (!sources || !actors || !events) return { ok: false, message: 'Name the three CSV files after what they hold: …sources.csv, …actors.csv, …events.csv.' };
    const id = sources.name.toLowerCase().replace(/-?sources\.csv$/, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'my-dataset';
    const result = datasetFromCsv({ sources: await sources.text(), actors: await actors.text(), events: await events.text() }, { id, title: id });
    if (!result.ok) return { ok: false, message: `The CSV files are not a valid dataset: ${result.problems.slice(0, 5).map((problem) => `${problem.file} row ${problem.row ?? '–'}: ${problem.message}`).join('; ')}` };
    return { ok: true, project: projectFromDataset(result.dataset), name: csv.map((file) => file.name).join(', ') };
  }
  return { ok: false, message: 'Open one .json dataset, or its three .csv files (sources, actors, events) together.' };
}

export default function StudioApp() {
  const project = useStudio((state) => state.history.present);
  const canUndo = useStudio((state) => state.history.past.length > 0);
  const canRedo = useStudio((state) => state.history.future.length > 0);
  const keep = useStudio((state) => state.keep);
  const [message, setMessage] = useState('');
  const { dataset } = project;
  const validation = useMemo(() => validateDataset(dataset), [dataset]);
  const problems = validation.ok ? [] : validation.problems;
  const validDataset = validation.ok ? validation.dataset : null;
  // The preview follows the last valid version.
  const [lastValid, setLastValid] = useState(validDataset);
  if (validDataset !== null && validDataset !== lastValid) setLastValid(validDataset);

  const [unreadable, setUnreadable] = useState<string | null>(null);
  useEffect(() => {
    void restoreKeptProject((raw) => setUnreadable(JSON.stringify(raw, null, 2)));
    document.title = 'Tieline Studio';
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isEditableField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        undo();
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        redo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const openBundled = async () => {
    setMessage('Opening the bundled dataset…');
    const fetched = await fetchDatasetText(BUNDLED_DATASET_URL);
    if (!fetched.ok) {
      setMessage(`The bundled dataset could not be opened: ${fetched.problem.message}`);
      return;
    }
    const result = parseDatasetJson(fetched.text);
    if (!result.ok) {
      setMessage('The bundled dataset is not valid.');
      return;
    }
    replaceProject(projectFromDataset(result.dataset));
    setMessage(`Opened “${result.dataset.title}”. Undo brings back what you had before.`);
  };
  const openChosenFiles = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    const result = await openFiles([...list]);
    if (!result.ok) {
      setMessage(result.message);
      return;
    }
    replaceProject(result.project);
    setMessage(`Opened ${result.name}. Undo brings back what you had before.`);
  };

  return (
    <div className="studio">
      <header className="studio-header">
        <h1>
          Tieline Studio <span className="studio-dataset-title">{dataset.title}</span>
        </h1>
        <nav className="studio-toolbar" aria-label="Studio">
          <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
            Undo
          </button>
          <button type="button" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z">
            Redo
          </button>
          <button
            type="button"
            onClick={() => {
              replaceProject(emptyProject());
              setMessage('Started a new dataset. Undo brings back what you had before.');
            }}
          >
            New dataset
          </button>
          <button type="button" onClick={() => void openBundled()}>
            Open the bundled dataset
          </button>
          <label className="studio-file-button">
            Open a JSON or CSV file
            <input type="file" accept=".json,.csv,application/json,text/csv" multiple onChange={(event) => void openChosenFiles(event.currentTarget.files)} />
          </label>
          <a href="./">Back to the reader</a>
        </nav>
        <p className="studio-keep" role="status" data-testid="studio-keep" data-keep={keep}>
          {KEEP_WORDS[keep]}
        </p>
      </header>
      {unreadable !== null && (
        <div className="studio-banner" role="alert">
          <p>
            The work kept in this browser could not be read (it may come from another version of the Studio), so the
            Studio starts empty. Download it before you make a change, which would replace it.
          </p>
          <button type="button" onClick={() => downloadText(unreadable, 'application/json', 'tieline-studio-kept-work.json')}>
            Download the kept work
          </button>
        </div>
      )}
      {message !== '' && (
        <p className="studio-message studio-banner" role="status">
          {message}
        </p>
      )}
      <div className="studio-meta">
        <Field label="Dataset title" id="studio-field-dataset-title" value={dataset.title} onChange={(value) => dispatch({ type: 'set-meta', patch: { title: value } }, 'dataset:title')} />
        <Field label="Dataset id (for the file name)" id="studio-field-dataset-id" value={dataset.id} onChange={(value) => dispatch({ type: 'set-meta', patch: { id: value } }, 'dataset:id')} />
      </div>
      <main className="studio-main">
        <SourcesPanel />
        <div className="studio-column">
          <TiesPanel />
          <ActorsPanel />
        </div>
        <div className="studio-column">
          <ProblemList problems={problems} />
          <ExportPanel dataset={dataset} excerptSources={project.excerptSources} valid={validation.ok} />
          <StudioPreview dataset={lastValid} problemCount={problems.length} />
        </div>
      </main>
    </div>
  );
}
