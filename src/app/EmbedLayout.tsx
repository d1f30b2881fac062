// A compact column for an iframe in a story. Two ways to be sized (features/embed/frame-sizing.ts):
// with a sizing script on the page, the embed takes its natural height and the frame follows; in a
// fixed-height frame, the embed fits it: the graph takes what is left and the time bar and the
// source line stay in view. Secondary controls live in one menu; details open in a sheet over the
// graph's area, so the time bar stays in reach.
import { useRef } from 'react';
import type { DatasetSource } from '../domain/active-dataset';
import type { DatasetModel } from '../domain/dataset-model';
import { DataBanner } from '../features/dataset/DataBanner';
import { DetailsPanel } from '../features/details/DetailsPanel';
import { DetailsSheet } from '../features/embed/DetailsSheet';
import { EmbedFooter } from '../features/embed/EmbedFooter';
import { EmbedMenu } from './EmbedMenu';
import { EmbedSetupError } from '../features/embed/EmbedSetupError';
import { selectSizedByHost, useFrameSizing } from '../features/embed/frame-sizing';
import { useVisiblePart } from '../features/embed/use-visible-part';
import { Announcer } from '../features/notices/Announcer';
import { NoticeBar } from '../features/notices/NoticeBar';
import { StoryButton } from '../features/story/StoryButton';
import { StoryCard } from '../features/story/StoryCard';
import { TimeBar } from '../features/time-bar/TimeBar';
import { useViewStore } from '../state/view-store';
import { RegionBoundary } from './RegionBoundary';
import { Stage } from './Stage';

export function EmbedLayout({ model, source }: { model: DatasetModel; source: DatasetSource }) {
  const hasSelection = useViewStore((state) => state.selection !== null);
  const sizedByHost = useFrameSizing(selectSizedByHost);
  const rootRef = useRef<HTMLDivElement>(null);
  useVisiblePart(rootRef);
  const { dataset } = model;
  return (
    <div ref={rootRef} className={`app app-embed ${sizedByHost ? 'embed-sized' : 'embed-fit'}`} data-testid="embed">
      <header className="embed-header">
        <h1 className="embed-title">{dataset.title}</h1>
        <div className="embed-header-actions">
          <StoryButton model={model} />
          <RegionBoundary region="options">
            <EmbedMenu model={model} />
          </RegionBoundary>
        </div>
      </header>
      <EmbedSetupError />
      <DataBanner source={source} />
      <NoticeBar />
      <main className="embed-main">
        <RegionBoundary region="story">
          <StoryCard model={model} />
        </RegionBoundary>
        <div className="embed-stage-area">
          <Stage model={model} className="app-stage embed-stage" />
          {hasSelection && (
            <RegionBoundary region="details panel">
              <DetailsSheet>
                <DetailsPanel model={model} />
              </DetailsSheet>
            </RegionBoundary>
          )}
        </div>
        <RegionBoundary region="time bar">
          <TimeBar model={model} withOptions={false} />
        </RegionBoundary>
      </main>
      <EmbedFooter sourceCount={dataset.sources.length} />
      <Announcer model={model} />
    </div>
  );
}
