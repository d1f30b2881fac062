// An address that opens the story (`?story=1&chapter=3`) and says nothing else of the view gets that
// chapter's view once the dataset is known; an address that also names a view (a reader's shared
// link, after moving the time within a chapter) keeps it. Runs after the selection and the chapter
// have been checked against the dataset (useSelectionFitsDataset).
import { useEffect } from 'react';
import type { DatasetModel } from '../domain/dataset-model';
import { paramsAtChapter } from '../domain/story';
import { isDefaultView } from '../domain/view-params';
import { correctView } from '../state/url-sync';
import { useViewStore } from '../state/view-store';

export function useStoryOpensAtChapter(model: DatasetModel | null): void {
  useEffect(() => {
    if (model === null) return;
    const state = useViewStore.getState();
    if (!state.story || state.chapter === null || !isDefaultView(state)) return;
    const next = paramsAtChapter(model.dataset.story, state.chapter, state);
    // Replaces the entry the address opened with: the chapter's view is what that address means.
    if (next !== null) correctView(next);
  }, [model]);
}
