// "Open data": the reader's own dataset from a file (JSON, or the three CSV files) or from an https
// address, with the templates and the format a step away.
import { Fragment, useId, useRef, useState, type FormEvent } from 'react';
import { chooseDatasetUrl } from '../../domain/dataset-url';
import { openLocalFiles } from '../dataset/page-dataset-source';

/** The bundled dataset's files, offered as templates: [address, name]. */
const TEMPLATE_FILES = [
  ['datasets/qatar-syria.json', 'JSON'],
  ...['sources', 'actors', 'events', 'story', 'eras'].map((table) => [`datasets/qatar-syria/${table}.csv`, `${table}.csv`]),
] as const;

export function OpenDataButton() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputId = useId();
  const urlId = useId();
  const [urlError, setUrlError] = useState<string | null>(null);

  const openUrl = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('url') ?? '').trim();
    const choice = chooseDatasetUrl(`?data=${encodeURIComponent(value)}`, window.location.href);
    if (choice.kind !== 'external') {
      setUrlError(choice.kind === 'refused' ? `“${value}” cannot be opened: ${choice.reason}.` : 'Enter the https address of a dataset.');
      return;
    }
    const next = new URL(window.location.href);
    next.search = '';
    next.searchParams.set('data', choice.url);
    window.location.assign(next.toString());
  };

  return (
    <>
      <button type="button" onClick={() => dialogRef.current?.showModal()}>
        Open data
      </button>
      <dialog ref={dialogRef} className="open-data-dialog" aria-labelledby="open-data-title">
        <h2 id="open-data-title">Open your own data</h2>
        <p>
          A Tieline dataset is one JSON file, or three CSV files (sources with their full text, actors, events
          with one row per quote), with a story (one row per chapter) and eras if you have them. Every quote is checked against its source before anything is drawn. You can
          also drop the files anywhere on the page.
        </p>
        <label htmlFor={inputId}>Dataset file(s)</label>
        <input
          id={inputId}
          type="file"
          accept=".json,.csv,.tsv,.txt,application/json,text/csv,text/tab-separated-values,text/plain"
          multiple
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            // Emptied at once, so choosing the same file again (after editing it) is a change too.
            event.currentTarget.value = '';
            if (files.length === 0) return;
            dialogRef.current?.close();
            void openLocalFiles(files);
          }}
        />
        <form onSubmit={openUrl} className="open-data-url">
          <label htmlFor={urlId}>Or an https address</label>
          <input id={urlId} name="url" type="url" inputMode="url" placeholder="https://example.org/dataset.json" aria-describedby={urlError ? `${urlId}-error` : undefined} />
          <button type="submit">Open address</button>
          {urlError !== null && (
            <p id={`${urlId}-error`} className="open-data-error" role="alert">
              {urlError}
            </p>
          )}
        </form>
        <p>
          Start from the bundled data as templates:{' '}
          {TEMPLATE_FILES.map(([href, name], index) => (
            <Fragment key={href}>
              {index > 0 && ', '}
              <a href={href} download>
                {name}
              </a>
            </Fragment>
          ))}{' '}
          · <a href="datasets/tieline.schema.json">JSON Schema</a>
        </p>
        <div className="open-data-actions">
          <button type="button" onClick={() => dialogRef.current?.close()}>
            Close
          </button>
        </div>
      </dialog>
    </>
  );
}
