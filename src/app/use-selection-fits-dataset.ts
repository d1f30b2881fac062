// A selection the address names but the dataset on screen lacks is dropped, with a notice. Asked
// only of the dataset that is really showing (never of the bundled one while a kept file is being
// restored), so `?actor=` survives a reload onto a kept file.
import { useEffect } from 'react';
import type { DatasetModel } from '../domain/dataset-model';
import { reconcileWithDataset } from '../domain/view-params';
import { addNotices } from '../state/notice-store';
import { useViewStore } from '../state/view-store';

export function useSelectionFitsDataset(model: DatasetModel | null): void {
  useEffect(() => {
    if (model === null) return;
    const { params, notices } = reconcileWithDataset(useViewStore.getState(), {
      actor: (id) => model.actorById.has(id),
      event: (id) => model.eventById.has(id),
    });
    if (notices.length > 0) {
      useViewStore.setState(params);
      addNotices(notices);
    }
  }, [model]);
}
