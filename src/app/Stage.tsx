// The main stage of both layouts: the graph or the table, each in its own error boundary.
import type { DatasetModel } from '../domain/dataset-model';
import { IS_EMBED } from '../features/embed/embed-mode';
import { EventTable } from '../features/table/EventTable';
import { GraphCanvas } from '../graph/GraphCanvas';
import { useViewStore } from '../state/view-store';
import { RegionBoundary } from './RegionBoundary';

export function Stage({ model, className }: { model: DatasetModel; className: string }) {
  const mainView = useViewStore((state) => state.view);
  return (
    <div className={className}>
      <RegionBoundary region="graph">
        {/* In a story, the page scrolls over the graph (cooperative gestures); in the full app, only
            where the page scrolls (a phone), since on a desktop the graph is the page. */}
        <GraphCanvas model={model} visible={mainView === 'graph'} gestures={IS_EMBED ? 'cooperative' : 'auto'} />
      </RegionBoundary>
      <RegionBoundary region="table">{mainView === 'table' && <EventTable model={model} />}</RegionBoundary>
    </div>
  );
}
