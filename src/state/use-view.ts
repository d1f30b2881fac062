// Derived view values as hooks. Each selects primitives from the store (so components re-render
// only when an input changes) and derives the rest with useMemo: nothing derived is stored.
import { useMemo } from 'react';
import type { DatasetModel } from '../domain/dataset-model';
import type { TimeRange } from '../domain/time-range';
import { viewFilterOf, type ViewFilter } from '../domain/view-filter';
import { effectiveLevel, type GraphLevel } from '../domain/view-params';
import { useViewStore } from './view-store';

/** The reader's filters on this dataset, as one value that changes only when one of them does. */
export function useViewFilter(model: DatasetModel): ViewFilter {
  const from = useViewStore((state) => state.from);
  const to = useViewStore((state) => state.to);
  const mode = useViewStore((state) => state.mode);
  const basis = useViewStore((state) => state.basis);
  const hiddenKinds = useViewStore((state) => state.hiddenKinds);
  return useMemo(() => viewFilterOf({ from, to, mode, basis, hiddenKinds }, model.extents), [from, to, mode, basis, hiddenKinds, model]);
}

export function useEffectiveRange(model: DatasetModel): TimeRange {
  return useViewFilter(model).range;
}

/** The level of detail the graph shows: the reader's choice, or the dataset's default by its size. */
export function useGraphLevel(model: DatasetModel): GraphLevel {
  const level = useViewStore((state) => state.level);
  return effectiveLevel(level, model.edges.length);
}
