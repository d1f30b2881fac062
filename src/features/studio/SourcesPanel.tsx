// Sources: add an article (paste its text or drop a .txt/.md file) with its title, publisher,
// address and publication date with its basis; edit, reorder, delete; read its text with the actors
// it mentions highlighted, and select the passage a tie is made from.
import { useId, useState, type DragEvent } from 'react';
import type { Source } from '../../domain/dataset-schema';
import { SOURCE_DATE_BASES } from '../../domain/dataset-vocabulary';
import { ArticleText } from './ArticleText';
import { ConfirmButton, Field, ListControls } from './StudioControls';
import { dispatch, selectEvent, selectSource, setPassageSelection, useStudio } from './studio-state';
import { uniqueId } from './studio-project';
import { draftTie } from './tie-draft';
import { toDayRange } from '../../domain/partial-date';

const BASIS_LABELS: Record<Source['publishedBasis'], string> = { stated: 'stated', inferred: 'inferred', unknown: 'unknown' };

export function SourcesPanel() {
  const sources = useStudio((state) => state.history.present.dataset.sources);
  const selectedId = useStudio((state) => state.selectedSourceId);
  const [adding, setAdding] = useState(false);
  const selected = sources.find((source) => source.id === selectedId) ?? null;
  return (
    <section className="studio-panel studio-sources" aria-labelledby="studio-sources-heading">
      <h2 id="studio-sources-heading">Sources</h2>
      {sources.length > 0 && (
        <ol className="studio-list">
          {sources.map((source, index) => (
            <li key={source.id} className={source.id === selectedId ? 'selected' : undefined}>
              <button type="button" className="studio-list-pick" aria-current={source.id === selectedId ? 'true' : undefined} onClick={() => selectSource(source.id)}>
                {source.title || source.id}
              </button>
              <ListControls collection="sources" index={index} count={sources.length} label={source.title || source.id} />
            </li>
          ))}
        </ol>
      )}
      {adding || sources.length === 0 ? (
        <AddSourceForm onDone={() => setAdding(false)} canCancel={sources.length > 0} />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          Add a source
        </button>
      )}
      {selected !== null && <SourceEditor key={selected.id} source={selected} index={sources.indexOf(selected)} />}
    </section>
  );
}

function AddSourceForm({ onDone, canCancel }: { onDone: () => void; canCancel: boolean }) {
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const textId = useId();

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (!/\.(?:txt|md|markdown)$/i.test(file.name)) {
      setFileProblem(`“${file.name}” is not a .txt or .md file: paste the article’s text instead, or save it as plain text first.`);
      return;
    }
    setFileProblem(null);
    setText(await file.text());
    if (title.trim() === '') setTitle(file.name.replace(/\.[^.]+$/, ''));
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void readFile(event.dataTransfer.files[0]);
  };
  const add = () => {
    const sources = useStudio.getState().history.present.dataset.sources;
    const firstLine = text.trim().split('\n')[0]?.trim().slice(0, 120) ?? '';
    const finalTitle = title.trim() || firstLine || 'Untitled article';
    const id = uniqueId(finalTitle, sources.map((source) => source.id), 'source');
    dispatch({ type: 'add-source', source: { id, title: finalTitle, publisher: null, published: null, publishedBasis: 'unknown', text } });
    selectSource(id);
    onDone();
  };

  return (
    <form
      className={`studio-add-source${dragging ? ' dragging' : ''}`}
      aria-label="Add a source"
      onSubmit={(event) => {
        event.preventDefault();
        add();
      }}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h3>Add a source</h3>
      <label htmlFor={textId}>The article’s text, pasted as it is (or drop a .txt or .md file here)</label>
      <textarea id={textId} value={text} onChange={(event) => setText(event.currentTarget.value)} rows={6} />
      <label className="studio-file">
        Or choose a file (.txt, .md){' '}
        <input type="file" accept=".txt,.md,.markdown,text/plain,text/markdown" onChange={(event) => void readFile(event.currentTarget.files?.[0])} />
      </label>
      {fileProblem !== null && (
        <p className="studio-problem-inline" role="alert">
          {fileProblem}
        </p>
      )}
      <label>
        Title <input value={title} onChange={(event) => setTitle(event.currentTarget.value)} />
      </label>
      <p className="studio-help">Publisher, address and publication date come next, once the source is added.</p>
      <div className="studio-actions">
        <button type="submit" disabled={text.trim() === ''}>
          Add the source
        </button>
        {canCancel && (
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

function SourceEditor({ source, index }: { source: Source; index: number }) {
  const project = useStudio((state) => state.history.present);
  const selection = useStudio((state) => state.selection);
  const selectedEventId = useStudio((state) => state.selectedEventId);
  const [message, setMessage] = useState<string | null>(null);
  const helpId = useId();
  const { dataset } = project;
  const update = (patch: Partial<Source>, field: string) => dispatch({ type: 'update-source', id: source.id, patch }, `source:${source.id}:${field}`);
  const quotes = dataset.events.flatMap((event) => event.evidence.filter((evidence) => evidence.source === source.id).map((evidence) => evidence.quote));
  const openEvent = dataset.events.find((event) => event.id === selectedEventId) ?? null;
  const range = selection?.sourceId === source.id ? selection : null;
  const reference = project.referenceDays[source.id];
  const publishedPrecision = source.published === null ? null : (toDayRange(source.published)?.precision ?? null);
  const excerpts = project.excerptSources.includes(source.id);

  const newTie = (passage: { start: number; end: number }) => {
    const result = draftTie(useStudio.getState().history.present, source.id, passage);
    if (!result.ok) {
      setMessage(result.reason);
      return;
    }
    dispatch({ type: 'add-event', event: result.event });
    selectEvent(result.event.id);
    setMessage(`New tie “${result.event.summary}” made from the selected quote. Check its parties, kind and date in “Ties”.`);
    requestAnimationFrame(() => document.getElementById('studio-tie-editor-heading')?.focus());
  };
  const addQuote = (passage: { start: number; end: number }) => {
    if (openEvent === null || source.text === undefined) return;
    const result = draftTie(useStudio.getState().history.present, source.id, passage);
    if (!result.ok) {
      setMessage(result.reason);
      return;
    }
    dispatch({ type: 'add-evidence', eventId: openEvent.id, evidence: result.event.evidence[0]! });
    setMessage(`Quote added to “${openEvent.summary}”.`);
  };
  const passage = range && source.text !== undefined ? source.text.slice(range.start, range.end) : '';

  return (
    <div className="studio-source-editor" aria-label={`Source ${source.title}`} role="group">
      <h3>{source.title || source.id}</h3>
      <div className="studio-fields">
        <Field label="Title" id="studio-field-sources-title" value={source.title} onChange={(value) => update({ title: value }, 'title')} />
        <Field label="Publisher" id="studio-field-sources-publisher" value={source.publisher ?? ''} onChange={(value) => update({ publisher: value === '' ? null : value }, 'publisher')} help="Empty when the text does not reveal it." />
        <Field label="Address (URL)" id="studio-field-sources-url" value={source.url ?? ''} onChange={(value) => update({ url: value === '' ? undefined : value }, 'url')} />
        <Field label="Published (YYYY, YYYY-MM or YYYY-MM-DD)" id="studio-field-sources-published" value={source.published ?? ''} onChange={(value) => update({ published: value === '' ? null : value }, 'published')} />
        <label className="studio-field">
          Basis of the date
          <select id="studio-field-sources-publishedBasis" value={source.publishedBasis} onChange={(event) => update({ publishedBasis: event.currentTarget.value as Source['publishedBasis'] }, 'publishedBasis')}>
            {SOURCE_DATE_BASES.map((basis) => (
              <option key={basis} value={basis}>
                {BASIS_LABELS[basis]}
              </option>
            ))}
          </select>
        </label>
        {source.publishedBasis === 'inferred' && (
          <Field label="Why that date (the reasoning)" id="studio-field-sources-publishedNote" value={source.publishedNote ?? ''} onChange={(value) => update({ publishedNote: value === '' ? undefined : value }, 'publishedNote')} />
        )}
        {publishedPrecision !== 'day' && (
          <fieldset className="studio-reference">
            <legend>Relative dates (“on Sunday”) count from</legend>
            <p className="studio-help">The article is not dated to the day. Give the day its relative dates count from, and why, so the Studio can resolve them.</p>
            <Field
              label="Day (YYYY-MM-DD)"
              id="studio-field-reference-day"
              value={reference?.day ?? ''}
              onChange={(value) => dispatch({ type: 'set-reference-day', sourceId: source.id, reference: value === '' ? null : { day: value, reason: reference?.reason ?? '' } }, `reference:${source.id}:day`)}
            />
            <Field
              label="Why that day"
              id="studio-field-reference-reason"
              value={reference?.reason ?? ''}
              onChange={(value) => dispatch({ type: 'set-reference-day', sourceId: source.id, reference: { day: reference?.day ?? '', reason: value } }, `reference:${source.id}:reason`)}
            />
          </fieldset>
        )}
        <label className="studio-check">
          <input type="checkbox" checked={excerpts} onChange={(event) => dispatch({ type: 'set-excerpt-source', sourceId: source.id, excerpts: event.currentTarget.checked })} />
          The full text may not be republished: export only excerpts (each quote with its sentence)
        </label>
      </div>
      {source.text !== undefined ? (
        <>
          <p id={helpId} className="studio-help">
            Select the passage that says what happened (mouse, or Shift+arrows; “]” and “[” select the next or previous
            sentence, Shift extends), then press Enter or “New tie from this quote”. Highlighted: actors the dataset knows.
          </p>
          <div className="studio-selection-bar">
            <p className="studio-selected" aria-live="polite" data-testid="studio-selected-passage">
              {passage === '' ? 'No passage selected.' : `Selected: “${passage.length > 160 ? `${passage.slice(0, 157)}…` : passage}”`}
            </p>
            <button type="button" disabled={range === null} onClick={() => range && newTie(range)}>
              New tie from this quote
            </button>
            {openEvent !== null && (
              <button type="button" disabled={range === null} onClick={() => range && addQuote(range)}>
                Add this quote to “{openEvent.summary.length > 40 ? `${openEvent.summary.slice(0, 39)}…` : openEvent.summary}”
              </button>
            )}
          </div>
          {message !== null && (
            <p className="studio-message" role="status">
              {message}
            </p>
          )}
          <ArticleText
            text={source.text}
            title={source.title}
            actors={dataset.actors}
            quotes={quotes}
            selection={range}
            helpId={helpId}
            onSelect={(next) => setPassageSelection(next === null ? null : { sourceId: source.id, ...next })}
            onCommit={(passageRange, addToOpenTie) => (addToOpenTie ? addQuote(passageRange) : newTie(passageRange))}
          />
        </>
      ) : (
        <div className="studio-excerpts">
          <p className="studio-help">This source keeps excerpts only (its full text may not be republished): its quotes can be read here; new quotes need the full text.</p>
          {source.excerpts?.map((excerpt, excerptIndex) => <p key={excerptIndex}>{excerpt}</p>)}
        </div>
      )}
      <ConfirmButton
        label="Delete this source"
        confirmLabel={`Delete “${source.title || source.id}” and its ${quotes.length} quote${quotes.length === 1 ? '' : 's'}`}
        onConfirm={() => {
          dispatch({ type: 'delete-source', id: source.id });
          const remaining = useStudio.getState().history.present.dataset.sources;
          selectSource(remaining[Math.min(index, remaining.length - 1)]?.id ?? null);
        }}
      />
    </div>
  );
}
