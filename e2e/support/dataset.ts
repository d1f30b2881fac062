// What the tests expect, worked out from the bundled dataset on disk by a plain full scan, so the
// app's indexed answers are checked against an independent computation.
import { loadAuthoredDataset } from '../../scripts/lib/authored-dataset';
import { BUNDLED_DATASETS } from '../../scripts/lib/bundled-datasets';
import type { Dataset } from '../../src/domain/dataset-schema';
import { edgeEndsOf } from '../../src/domain/event-edges';
import { dayRangeOf } from '../../src/domain/partial-date';

export function bundledDataset(): Dataset {
  const result = loadAuthoredDataset(BUNDLED_DATASETS[0]!.file);
  if (!result.ok) throw new Error('The bundled dataset is invalid; run `npm run data:check`.');
  return result.dataset;
}

/** Edges an up-to-`day` view must show: every edge of every event starting on or before it. */
export function expectedVisibleEdgeCount(dataset: Dataset, day: number): number {
  return expectedEdgesInWindow(dataset, Number.NEGATIVE_INFINITY, day);
}

/** Edges a window view must show: every edge of every event whose days overlap [from, to]. */
export function expectedEdgesInWindow(dataset: Dataset, from: number, to: number): number {
  return dataset.events
    .filter((event) => {
      const days = dayRangeOf(event.date);
      return days.start <= to && days.end >= from;
    })
    .reduce((count, event) => count + edgeEndsOf(event).length, 0);
}

export function sourceText(dataset: Dataset, sourceId: string): string {
  const source = dataset.sources.find((candidate) => candidate.id === sourceId);
  if (!source?.text) throw new Error(`No source ${sourceId} with a full text`);
  return source.text;
}
