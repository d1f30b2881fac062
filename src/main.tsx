import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { IS_EMBED } from './features/embed/embed-mode';
import { startErrorNet } from './state/error-net';
import { startEscapeToClose, startFocusMemory } from './state/focus-return';
import { startUrlSync } from './state/url-sync';
import './styles.css';

const queryClient = new QueryClient();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Before the first render, so the first frame already shows the view the URL describes.
startUrlSync({ history: IS_EMBED ? 'replace' : 'push-discrete' });
startFocusMemory();
startEscapeToClose();
startErrorNet();

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
