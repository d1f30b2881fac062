// "Export": the graph as a captioned PNG, and the events in view as CSV or JSON with their quotes and
// sources. A disclosure menu: Escape closes it and returns focus to its button.
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { DatasetModel } from '../../domain/dataset-model';
import { visibleEvents } from '../../domain/view-filter';
import { dayToIso, formatDay, formatPartialDate } from '../../domain/partial-date';
import { drawnGraph } from '../../graph/drawn-graph';
import { useViewFilter } from '../../state/use-view';
import { download } from './download';

export function ExportMenu({ model }: { model: DatasetModel }) {
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  // Why the last export could not be made, shown in the menu until the next try.
  const [problem, setProblem] = useState<string | null>(null);
  const filter = useViewFilter(model);
  const { range } = filter;
  const { dataset } = model;
  const fileStem = `tieline-${dataset.id}-${dayToIso(range.to)}`;
  const rangeWords = range.mode === 'window' ? `Ties from ${formatDay(range.from)} to ${formatDay(range.to)}` : `Ties up to ${formatDay(range.to)}`;

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const events = () => visibleEvents(model, dataset.events, filter);

  const exportCsv = async () => {
    const { eventsToCsv } = await import('../../domain/export-events');
    download(new Blob([eventsToCsv(model, events())], { type: 'text/csv;charset=utf-8' }), `${fileStem}.csv`);
    setStatus('Events exported as CSV.');
    close();
  };
  const exportJson = async () => {
    const { eventsToJson } = await import('../../domain/export-events');
    const text = eventsToJson(model, events(), { ...filter, exportedAt: new Date(), url: window.location.href });
    download(new Blob([text], { type: 'application/json' }), `${fileStem}.json`);
    setStatus('Events exported as JSON.');
    close();
  };
  const exportPng = async () => {
    setProblem(null);
    const graph = drawnGraph();
    if (graph === null) {
      setProblem('The graph is not drawn yet; try again in a moment.');
      return;
    }
    const sources = dataset.sources.map((source) =>
      [source.title, source.publisher, source.published === null ? null : formatPartialDate(source.published)].filter((part) => part !== null).join(' — '),
    );
    try {
      const { graphPng } = await import('../../graph/graph-export');
      download(await graphPng(graph, { title: dataset.title, range: rangeWords, sources }), `${fileStem}.png`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setProblem(`The image could not be made: ${reason}. The events can still be exported as CSV or JSON.`);
      return;
    }
    setStatus('Graph exported as PNG.');
    close();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  };

  return (
    <div className="export-menu" onKeyDown={onKeyDown}>
      <button ref={buttonRef} type="button" aria-expanded={open} aria-controls={menuId} onClick={() => setOpen(!open)}>
        Export
      </button>
      <div id={menuId} className="export-options" hidden={!open}>
        <button type="button" onClick={() => void exportPng()}>
          Image (PNG)
        </button>
        <button type="button" onClick={() => void exportCsv()}>
          Events (CSV)
        </button>
        <button type="button" onClick={() => void exportJson()}>
          Events (JSON)
        </button>
        {problem !== null && (
          <p className="export-problem" role="alert">
            {problem}
          </p>
        )}
      </div>
      <span className="visually-hidden" role="status">
        {status}
      </span>
    </div>
  );
}
