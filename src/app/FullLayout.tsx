// The full page: header with the view switches and actions, the stage, the side panel (search,
// details, legend) and the time bar. On a phone the page is one column, and the time bar comes right
// after the graph it drives, before the side panel (in the document too, so focus follows the
// same order as the eye).
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
import { StoryButton } from '../features/story/StoryButton';
import { StoryCard } from '../features/story/StoryCard';
import { STUDIO_HREF } from '../features/studio/studio-mode';
import { TimeBar } from '../features/time-bar/TimeBar';
import { ViewSwitches } from '../features/view-switches/ViewSwitches';
import { RegionBoundary } from './RegionBoundary';
import { Stage } from './Stage';
import { useNarrowScreen } from './use-narrow-screen';

export function FullLayout({ model, source, dropping }: { model: DatasetModel; source: DatasetSource; dropping: boolean }) {
  const { dataset } = model;
  const narrow = useNarrowScreen();
  const timeBar = (
    <footer className="app-footer">
      <RegionBoundary region="time bar">
        <TimeBar model={model} />
      </RegionBoundary>
    </footer>
  );
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
          <StoryButton model={model} />
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
        {/* The chapter card comes first, so focus goes from it to the graph's controls. */}
        <div className="app-stage-column">
          <RegionBoundary region="story">
            <StoryCard model={model} />
          </RegionBoundary>
          <Stage model={model} className="app-stage" />
        </div>
        {narrow && timeBar}
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
      {!narrow && timeBar}
      <Announcer model={model} />
    </div>
  );
}
