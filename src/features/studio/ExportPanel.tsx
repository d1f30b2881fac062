// Keep and publish: the dataset as JSON or as the three CSV files, with the sources the author
// marked cut down to excerpts (verified against their full text here, then validated again), and
// "Publish": the file plus the embed snippet that opens it (`?data=`). Nothing invalid leaves.
import { useId, useState } from 'react';
import { datasetToCsv } from '../../domain/csv-dataset';
import type { Dataset } from '../../domain/dataset-schema';
import { embedSnippet, prepareForExport } from './publish';
import { downloadText } from './StudioControls';

export function ExportPanel({ dataset, excerptSources, valid }: { dataset: Dataset; excerptSources: readonly string[]; valid: boolean }) {
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [address, setAddress] = useState('');
  const [snippet, setSnippet] = useState<string | null>(null);
  const snippetId = useId();
  const fileName = `${dataset.id}.json`;
  const appUrl = new URL('./', window.location.href).href;

  const prepared = (): Dataset | null => {
    const result = prepareForExport(dataset, excerptSources);
    if (!result.ok) {
      setProblems(result.problems);
      setStatus('Not exported: fix the problems below first.');
      return null;
    }
    setProblems([]);
    return result.dataset;
  };
  const exportJson = () => {
    const ready = prepared();
    if (!ready) return;
    downloadText(`${JSON.stringify(ready, null, 2)}\n`, 'application/json', fileName);
    setStatus(`Exported ${fileName}${excerptSources.length > 0 ? `, with ${excerptSources.length} source${excerptSources.length === 1 ? '' : 's'} as excerpts only` : ''}.`);
  };
  const exportCsv = () => {
    const ready = prepared();
    if (!ready) return;
    const files = datasetToCsv(ready);
    downloadText(files.sources, 'text/csv;charset=utf-8', `${dataset.id}-sources.csv`);
    downloadText(files.actors, 'text/csv;charset=utf-8', `${dataset.id}-actors.csv`);
    downloadText(files.events, 'text/csv;charset=utf-8', `${dataset.id}-events.csv`);
    setStatus('Exported the three CSV files (sources, actors, events).');
  };
  const publish = () => {
    const ready = prepared();
    if (!ready) return;
    downloadText(`${JSON.stringify(ready, null, 2)}\n`, 'application/json', fileName);
    setSnippet(embedSnippet(appUrl, address.trim() === '' ? fileName : address.trim(), ready.title));
    setStatus(`Published: ${fileName} is downloaded. Put it at the address you gave, then paste the snippet into your story.`);
  };

  return (
    <section className="studio-export" aria-labelledby="studio-export-heading">
      <h2 id="studio-export-heading">Export and publish</h2>
      {!valid && <p className="studio-help">Export and publish open once the checks pass.</p>}
      <div className="studio-actions">
        <button type="button" disabled={!valid} onClick={exportJson}>
          Export JSON
        </button>
        <button type="button" disabled={!valid} onClick={exportCsv}>
          Export CSV files
        </button>
      </div>
      {excerptSources.length > 0 && <p className="studio-help">{excerptSources.length} source(s) will be exported as excerpts only (see each source’s settings).</p>}
      <div className="studio-field">
        <label htmlFor="studio-publish-address">Where the file will be published (an https address, or a path on this site)</label>
        <input id="studio-publish-address" value={address} placeholder={fileName} onChange={(event) => setAddress(event.currentTarget.value)} />
      </div>
      <button type="button" disabled={!valid} onClick={publish}>
        Publish
      </button>
      <p role="status" className="studio-message">
        {status}
      </p>
      {problems.length > 0 && (
        <ul className="studio-problem-list" aria-label="Export problems">
          {problems.map((problem, index) => (
            <li key={index}>{problem}</li>
          ))}
        </ul>
      )}
      {snippet !== null && (
        <div className="studio-snippet">
          <label htmlFor={snippetId}>Embed snippet</label>
          <textarea id={snippetId} readOnly value={snippet} rows={4} onFocus={(event) => event.currentTarget.select()} />
          <button type="button" onClick={() => void navigator.clipboard?.writeText(snippet).then(() => setStatus('Snippet copied.'))}>
            Copy the snippet
          </button>
        </div>
      )}
    </section>
  );
}
