// The main stage of both layouts: the graph or the table, each in its own error boundary.
import type { DatasetModel } from '../domain/dataset-model';
import { EventTable } from '../features/table/EventTable';
import { GraphCanvas } from '../graph/GraphCanvas';
import { useViewStore } from '../state/view-store';
import { RegionBoundary } from './RegionBoundary';

export function Stage({ model, className }: { model: DatasetModel; className: string }) {
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
