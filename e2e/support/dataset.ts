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

/**
 * Lines an up-to-`day` view of persons inside states must show: every tie of every event starting on
 * or before it, where ties between the same two actors with the same kind, direction, status and
 * date precision share one line.
 */
export function expectedVisibleEdgeCount(dataset: Dataset, day: number): number {
  return expectedEdgesInWindow(dataset, Number.NEGATIVE_INFINITY, day);
}

/** Lines a window view must show: those of the ties of every event whose days overlap [from, to]. */
export function expectedEdgesInWindow(dataset: Dataset, from: number, to: number): number {
  const lines = new Set<string>();
  for (const event of dataset.events) {
    const days = dayRangeOf(event.date);
    if (days.start > to || days.end < from) continue;
    for (const ends of edgeEndsOf(event)) {
      const [a, b] = ends.directed ? [ends.source, ends.target] : [ends.source, ends.target].sort();
      lines.add([a, b, event.kind, ends.directed, event.status ?? 'occurred', days.precision === 'day' ? 'day' : 'approximate'].join('|'));
    }
  }
  return lines.size;
}

/** The ties (pairwise edges of events) of the events starting on or before `day`: the "N" of "N of M ties". */
export function expectedTieCount(dataset: Dataset, day: number): number {
  return dataset.events.filter((event) => dayRangeOf(event.date).start <= day).reduce((count, event) => count + edgeEndsOf(event).length, 0);
}

/** The ties (pairwise edges of events) of the whole dataset: the "M" of "N of M ties". */
export function tieCount(dataset: Dataset): number {
  return dataset.events.reduce((count, event) => count + edgeEndsOf(event).length, 0);
}

export function sourceText(dataset: Dataset, sourceId: string): string {
  const source = dataset.sources.find((candidate) => candidate.id === sourceId);
  if (!source?.text) throw new Error(`No source ${sourceId} with a full text`);
  return source.text;
}
