// The full page: header with the view switches and actions, the stage, the side panel (search,
// details, legend) and the time bar.
import type { DatasetSource } from '../domain/active-dataset';
import type { DatasetModel } from '../domain/dataset-model';
import { ActorSearch } from '../features/actor-search/ActorSearch';
import { DataBanner } from '../features/dataset/DataBanner';
import { DetailsPanel } from '../features/details/DetailsPanel';
import { EmbedButton } from '../features/embed/EmbedDialog';
import { ExportMenu } from '../features/export/ExportMenu';
import { Legend } from '../features/legend/Legend';
import { Announcer } from '../features/notices/Announcer';
import { NoticeBar } from '../features/notices/NoticeBar';
import { OpenDataButton } from '../features/open-data/OpenDataDialog';
import { STUDIO_HREF } from '../features/studio/studio-mode';
import { TimeBar } from '../features/time-bar/TimeBar';
import { ViewSwitches } from '../features/view-switches/ViewSwitches';
import { RegionBoundary } from './RegionBoundary';
import { Stage } from './Stage';

export function FullLayout({ model, source, dropping }: { model: DatasetModel; source: DatasetSource; dropping: boolean }) {
  const { dataset } = model;
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
          <ViewSwitches model={model} />
          <OpenDataButton />
          <ExportMenu model={model} />
          <EmbedButton title={dataset.title} />
          <a className="button-link" href={STUDIO_HREF}>
            Studio
          </a>
        </div>
      </header>
      <DataBanner source={source} />
      <NoticeBar />
      <main className="app-main">
        <Stage model={model} className="app-stage" />
        <div className="app-side">
          <RegionBoundary region="actor search">
            <ActorSearch model={model} />
          </RegionBoundary>
          <RegionBoundary region="details panel">
            <DetailsPanel model={model} />
          </RegionBoundary>
          <RegionBoundary region="legend">
            <Legend model={model} />
          </RegionBoundary>
        </div>
      </main>
      <footer className="app-footer">
        <RegionBoundary region="time bar">
          <TimeBar model={model} />
        </RegionBoundary>
      </footer>
      <Announcer model={model} />
    </div>
  );
}
