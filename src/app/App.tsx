// Composition: load the dataset, then lay out the views. Loading, error and ready are the only
// three states; none of them is a blank page.
import { ActorSearch } from '../features/actor-search/ActorSearch';
import { DatasetErrorView } from '../features/dataset/DatasetErrorView';
import {
  BUNDLED_DATASET_URL,
  DatasetLoadError,
  useDataset,
} from '../features/dataset/dataset-query';
import { DetailsPanel } from '../features/details/DetailsPanel';
import { Legend } from '../features/legend/Legend';
import { EventTable } from '../features/table/EventTable';
import { TimeBar } from '../features/time-bar/TimeBar';
import { ViewSwitches } from '../features/view-switches/ViewSwitches';
import { GraphCanvas } from '../graph/GraphCanvas';
import { useViewStore } from '../state/view-store';
import { addNotices } from '../state/notice-store';
import { chooseDatasetUrl } from '../domain/dataset-url';
import { reconcileWithDataset } from '../domain/view-params';
import { NoticeBar } from '../features/notices/NoticeBar';
import { Announcer } from '../features/notices/Announcer';
import { useEffect, useState } from 'react';
import { RegionBoundary } from './RegionBoundary';
import type { DatasetModel } from '../domain/dataset-model';
import { EmbedButton } from '../features/embed/EmbedDialog';
import { EmbedFooter } from '../features/embed/EmbedFooter';
import { EMBED_ALLOWED_ORIGINS, IS_EMBED } from '../features/embed/embed-mode';
import { DataBanner } from '../features/open-data/DataBanner';
import { OpenDataButton } from '../features/open-data/OpenDataDialog';
import { ExportMenu } from '../features/export/ExportMenu';
import {
  backToBundledData,
  restoreLocalFiles,
  useLocalDataset,
} from '../features/open-data/local-dataset';
import { useFileDrop } from '../features/open-data/use-file-drop';

function datasetToLoad(): string {
  const choice = chooseDatasetUrl(window.location.search, window.location.href);
  if (choice.kind === 'external') return choice.url;
  if (choice.kind === 'refused') {
    addNotices([
      `The dataset address “${choice.value}” was not loaded: ${choice.reason}. Showing the bundled dataset.`,
    ]);
  }
  return BUNDLED_DATASET_URL;
}

export function App() {
  const [datasetUrl] = useState(datasetToLoad);
  const externalUrl = datasetUrl === BUNDLED_DATASET_URL ? null : datasetUrl;
  const query = useDataset(datasetUrl);
  const hasSelection = useViewStore((state) => state.selection !== null);
  const restoring = useLocalDataset((state) => state.restoring);
  const local = useLocalDataset((state) => state.result);
  const localFiles = useLocalDataset((state) => state.files);
  const dropping = useFileDrop(!IS_EMBED);
  // A dataset the address names wins over one kept in the browser.
  useEffect(() => {
    if (externalUrl === null) void restoreLocalFiles();
    else useLocalDataset.setState({ restoring: false });
  }, [externalUrl]);
  const model = local?.ok ? local.model : query.data;

  // The host-page bridge (and the message validator it needs) loads only in an embed.
  useEffect(() => {
    if (!IS_EMBED || !model) return undefined;
    let stop: (() => void) | null = null;
    let cancelled = false;
    void import('../features/embed/embed-bridge').then(({ startEmbedBridge }) => {
      if (!cancelled) stop = startEmbedBridge({ model, allowedOrigins: EMBED_ALLOWED_ORIGINS });
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [model]);

  // A selection the URL names but the dataset lacks is dropped, with a notice.
  useEffect(() => {
    if (!model) return;
    const { params, notices } = reconcileWithDataset(useViewStore.getState(), {
      actor: (id) => model.actorById.has(id),
      event: (id) => model.eventById.has(id),
    });
    if (notices.length > 0) {
      useViewStore.setState(params);
      addNotices(notices);
    }
  }, [model]);

  if (local !== null && !local.ok) {
    return (
      <main className="app app-status">
        <DataBanner externalUrl={null} />
        <DatasetErrorView
          file={localFiles?.name ?? 'your file'}
          problems={local.problems}
          onRetry={() => void backToBundledData()}
          retryLabel="Back to the bundled data"
        />
      </main>
    );
  }

  if (restoring || (local === null && query.isPending)) {
    return (
      <main className="app app-status" aria-busy="true">
        <p role="status">Loading the dataset…</p>
      </main>
    );
  }

  if (local === null && query.isError) {
    const error = query.error;
    const problems =
      error instanceof DatasetLoadError ? error.problems : [{ path: [], message: String(error) }];
    const file = error instanceof DatasetLoadError ? error.file : datasetUrl;
    return (
      <main className="app app-status">
        <DataBanner externalUrl={externalUrl} />
        <DatasetErrorView file={file} problems={problems} onRetry={() => void query.refetch()} />
      </main>
    );
  }

  const readyModel = model;
  if (readyModel === undefined) return null;
  const { dataset } = readyModel;

  if (IS_EMBED) {
    // A compact column for an iframe in a story: fixed-height graph (so the page's height does not
    // depend on the frame's), the time bar, details only on demand, and the source line.
    return (
      <div className="app app-embed">
        <header className="embed-header">
          <h1 className="embed-title">{dataset.title}</h1>
          <ViewSwitches model={readyModel} />
        </header>
        <DataBanner externalUrl={externalUrl} />
        <NoticeBar />
        <main className="embed-main">
          <Stage model={readyModel} className="app-stage embed-stage" />
          <RegionBoundary region="time bar">
            <TimeBar model={readyModel} />
          </RegionBoundary>
          <RegionBoundary region="details panel">
            {hasSelection && (
              <RegionBoundary region="details panel">
                <DetailsPanel model={readyModel} />
              </RegionBoundary>
            )}
          </RegionBoundary>
          <details className="embed-key">
            <summary>Key and filters</summary>
            <RegionBoundary region="legend">
              <Legend model={readyModel} />
            </RegionBoundary>
          </details>
        </main>
        <EmbedFooter sourceCount={dataset.sources.length} />
        <Announcer model={readyModel} />
      </div>
    );
  }

  return (
    <div className={`app${dropping ? ' app-dropping' : ''}`}>
      <header className="app-header">
        <div>
          <h1>
            Tieline <span className="app-dataset-title">{dataset.title}</span>
          </h1>
          <p className="app-sources">
            {dataset.sources.length} articles · {dataset.actors.length} actors ·{' '}
            {dataset.events.length} events, each with its quote
          </p>
        </div>
        <div className="app-header-actions">
          <ViewSwitches model={readyModel} />
          <OpenDataButton />
          <ExportMenu model={readyModel} />
          <EmbedButton title={dataset.title} />
        </div>
      </header>
      <DataBanner externalUrl={externalUrl} />
      <NoticeBar />
      <main className="app-main">
        <Stage model={readyModel} className="app-stage" />
        <div className="app-side">
          <RegionBoundary region="actor search">
            <ActorSearch model={readyModel} />
          </RegionBoundary>
          <RegionBoundary region="details panel">
            <DetailsPanel model={readyModel} />
          </RegionBoundary>
          <RegionBoundary region="legend">
            <Legend model={readyModel} />
          </RegionBoundary>
        </div>
      </main>
      <footer className="app-footer">
        <RegionBoundary region="time bar">
          <TimeBar model={readyModel} />
        </RegionBoundary>
      </footer>
      <Announcer model={readyModel} />
    </div>
  );
}

/** The graph or the table, each in its own error boundary: the main stage of both layouts. */
function Stage({ model, className }: { model: DatasetModel; className: string }) {
  const mainView = useViewStore((state) => state.view);
  return (
    <div className={className}>
      <RegionBoundary region="graph">
        <GraphCanvas model={model} visible={mainView === 'graph'} />
      </RegionBoundary>
      <RegionBoundary region="table">{mainView === 'table' && <EventTable model={model} />}</RegionBoundary>
    </div>
  );
}
