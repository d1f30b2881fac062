// A compact column for an iframe in a story: fixed-height graph (so the page's height does not
// depend on the frame's), the time bar, details only on demand, and the source line.
import type { DatasetSource } from '../domain/active-dataset';
import type { DatasetModel } from '../domain/dataset-model';
import { DataBanner } from '../features/dataset/DataBanner';
import { DetailsPanel } from '../features/details/DetailsPanel';
import { EmbedFooter } from '../features/embed/EmbedFooter';
import { Legend } from '../features/legend/Legend';
import { Announcer } from '../features/notices/Announcer';
import { NoticeBar } from '../features/notices/NoticeBar';
import { EmbedSetupError } from '../features/embed/EmbedSetupError';
import { StoryButton } from '../features/story/StoryButton';
import { StoryCard } from '../features/story/StoryCard';
import { TimeBar } from '../features/time-bar/TimeBar';
import { ViewSwitches } from '../features/view-switches/ViewSwitches';
import { useViewStore } from '../state/view-store';
import { RegionBoundary } from './RegionBoundary';
import { Stage } from './Stage';

export function EmbedLayout({ model, source }: { model: DatasetModel; source: DatasetSource }) {
  const hasSelection = useViewStore((state) => state.selection !== null);
  const { dataset } = model;
  return (
    <div className="app app-embed">
      <header className="embed-header">
        <h1 className="embed-title">{dataset.title}</h1>
        <ViewSwitches model={model} />
      </header>
      <EmbedSetupError />
      <DataBanner source={source} />
      <NoticeBar />
      <main className="embed-main">
        {/* Over the graph's corner, so the door costs the frame no height. */}
        <div className="embed-story-door">
          <StoryButton model={model} />
        </div>
        <RegionBoundary region="story">
          <StoryCard model={model} />
        </RegionBoundary>
        <Stage model={model} className="app-stage embed-stage" />
        <RegionBoundary region="time bar">
          <TimeBar model={model} />
        </RegionBoundary>
        <RegionBoundary region="details panel">
          {hasSelection && (
            <RegionBoundary region="details panel">
              <DetailsPanel model={model} />
            </RegionBoundary>
          )}
        </RegionBoundary>
        <details className="embed-key">
          <summary>Key and filters</summary>
          <RegionBoundary region="legend">
            <Legend model={model} />
          </RegionBoundary>
        </details>
      </main>
      <EmbedFooter sourceCount={dataset.sources.length} />
      <Announcer model={model} />
    </div>
  );
}
