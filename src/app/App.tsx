// Composition only: which dataset shows is decided by useActiveDataset; this picks the view for its
// status (loading, problems, ready) and the layout (full page or embed).
import { IS_EMBED } from '../features/embed/embed-mode';
import { useActiveDataset } from '../features/dataset/use-active-dataset';
import { useFileDrop } from '../features/open-data/use-file-drop';
import { EmbedLayout } from './EmbedLayout';
import { FullLayout } from './FullLayout';
import { DatasetProblemsView, LoadingView } from './StatusViews';
import { useEmbedBridge } from './use-embed-bridge';
import { useSelectionFitsDataset } from './use-selection-fits-dataset';

export function App() {
  const { active, retry } = useActiveDataset();
  const model = active.status === 'ready' ? active.model : null;
  const dropping = useFileDrop(!IS_EMBED);
  useSelectionFitsDataset(model);
  useEmbedBridge(model);

  if (active.status === 'loading') return <LoadingView />;
  if (active.status === 'error') return <DatasetProblemsView active={active} retry={retry} />;
  if (IS_EMBED) return <EmbedLayout model={active.model} source={active.source} />;
  return <FullLayout model={active.model} source={active.source} dropping={dropping} />;
}
