// The one record of a dataset that is looked up by id, `layout.positions`, gets no prototype, so even
// code that indexes it directly (`positions[id]`) finds only what the file holds. Applied by the
// validator, and again to a dataset validated in a worker: a copy between threads gives every object
// a prototype back.
import type { Dataset } from './dataset-schema';

export function withSafeLookups(dataset: Dataset): Dataset {
  if (dataset.layout === undefined) return dataset;
  const positions = Object.assign(Object.create(null) as Record<string, { x: number; y: number }>, dataset.layout.positions);
  return { ...dataset, layout: { ...dataset.layout, positions } };
}
