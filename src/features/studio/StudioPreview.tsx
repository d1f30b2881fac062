// The live preview: the app's own graph and time bar on the dataset being built. The only place the
// Studio touches the graph, through GraphCanvas's and TimeBar's props. It follows the last valid
// version, a moment after the edits stop, so the graph is not rebuilt at every keystroke.
import { useEffect, useState } from 'react';
import { buildModel, type DatasetModel } from '../../domain/dataset-model';
import type { Dataset } from '../../domain/dataset-schema';
import { GraphCanvas } from '../../graph/GraphCanvas';
import { TimeBar } from '../time-bar/TimeBar';

const SETTLE_MS = 600;

export function StudioPreview({ dataset, problemCount }: { dataset: Dataset | null; problemCount: number }) {
  const [model, setModel] = useState<DatasetModel | null>(null);
  useEffect(() => {
    if (dataset === null) return undefined;
    const timer = setTimeout(() => setModel(buildModel(dataset)), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [dataset]);
  return (
    <section className="studio-preview" aria-labelledby="studio-preview-heading">
      <h2 id="studio-preview-heading">Preview</h2>
      {model === null ? (
        <p className="studio-help">The graph appears here once the dataset is valid: a source, two actors and a tie with its quote.</p>
      ) : (
        <>
          {problemCount > 0 && <p className="studio-help">Showing the last valid version; fix the checks above to see the latest.</p>}
          <div className="studio-preview-stage" data-testid="studio-preview">
            <GraphCanvas model={model} visible />
          </div>
          <TimeBar model={model} />
        </>
      )}
    </section>
  );
}
