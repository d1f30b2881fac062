// Derived view values as hooks. Each selects primitives from the store (so components re-render
// only when an input changes) and derives the rest with useMemo: nothing derived is stored.
import { useMemo } from 'react';
import type { DatasetModel } from '../domain/dataset-model';
import type { TimeRange } from '../domain/time-range';
import { effectiveRange, useViewStore } from './view-store';

export function useEffectiveRange(model: DatasetModel): TimeRange {
  const from = useViewStore((state) => state.from);
  const to = useViewStore((state) => state.to);
  const mode = useViewStore((state) => state.mode);
  const basis = useViewStore((state) => state.basis);
  return useMemo(() => effectiveRange({ ...useViewStore.getState(), from, to, mode, basis }, model), [from, to, mode, basis, model]);
}
