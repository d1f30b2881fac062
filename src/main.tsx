import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startBootPreviewRemoval, startGraphWhenViewChanges } from './app/boot-preview';
import { RegionBoundary } from './app/RegionBoundary';
import { startDatasetSource } from './features/dataset/page-dataset-source';
import { startLoadingDataset } from './features/dataset/use-active-dataset';
import { IS_EMBED, THEME } from './features/embed/embed-mode';
import { startFrameSizing } from './features/embed/frame-sizing';
import { StudioEntry } from './features/studio/StudioEntry';
import { IS_STUDIO } from './features/studio/studio-mode';
import { startErrorNet } from './state/error-net';
import { startEscapeToClose, startFocusMemory } from './state/focus-return';
import { startPageTheme } from './state/page-theme';
import { startUrlSync } from './state/url-sync';
import './styles.css';

startPageTheme(THEME);
// An embed's frame is sized (or not) by the story page; knowing which before the first render
// settles the layout before the graph is drawn.
if (IS_EMBED) startFrameSizing();
startBootPreviewRemoval();
const queryClient = new QueryClient();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Before the first render, so the first frame already shows the view the URL describes. The Studio's
// preview keeps its view to itself: its address stays `?studio=1`.
if (!IS_STUDIO) startUrlSync({ history: IS_EMBED ? 'replace' : 'push-discrete' });
startGraphWhenViewChanges();
startFocusMemory();
startEscapeToClose();
startErrorNet();
// Reads `?data=` and looks up the kept file before the first render, so nothing else flashes by.
// The Studio has its own work and its own storage.
if (!IS_STUDIO) {
  startDatasetSource();
  startLoadingDataset(queryClient);
}

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      {IS_STUDIO ? (
        <RegionBoundary region="Studio">
          <StudioEntry />
        </RegionBoundary>
      ) : (
        <App />
      )}
    </QueryClientProvider>
  </StrictMode>,
);
