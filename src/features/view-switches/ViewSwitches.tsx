// Two switches of what the main area shows: the graph or the table, and persons drawn inside
// their states or folded into them.
import type { DatasetModel } from '../../domain/dataset-model';
import { effectiveLevel } from '../../domain/view-params';
import { useGraphLevel } from '../../state/use-view';
import { setGraphLevel, setMainView, useViewStore, type GraphLevel, type MainView } from '../../state/view-store';

const VIEWS: ReadonlyArray<{ value: MainView; label: string }> = [
  { value: 'graph', label: 'Graph' },
  { value: 'table', label: 'Table' },
];
const LEVELS: ReadonlyArray<{ value: GraphLevel; label: string }> = [
  { value: 'actor', label: 'Persons inside states' },
  { value: 'state', label: 'States only' },
];

export function ViewSwitches({ model }: { model: DatasetModel }) {
  const view = useViewStore((state) => state.view);
  const level = useGraphLevel(model);
  // The dataset's own default is left out of the address, as every default is.
  const datasetDefault = effectiveLevel(null, model.edges.length);
  return (
    <div className="view-switches">
      <fieldset className="segmented">
        <legend className="visually-hidden">Show as</legend>
        {VIEWS.map((option) => (
          <label key={option.value}>
            <input type="radio" name="main-view" value={option.value} checked={view === option.value} onChange={() => setMainView(option.value)} />
            {option.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="segmented" disabled={view !== 'graph'}>
        <legend className="visually-hidden">Graph level</legend>
        {LEVELS.map((option) => (
          <label key={option.value}>
            <input type="radio" name="graph-level" value={option.value} checked={level === option.value} onChange={() => setGraphLevel(option.value === datasetDefault ? null : option.value)} />
            {option.label}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
