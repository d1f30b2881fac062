// View state only: what the reader has chosen, never what can be derived from it. The dataset
// itself lives in TanStack Query's cache; the visible edges are computed from (dataset, choices).
// Actions are plain module functions, so non-React code (the graph view's handlers) calls them too.
import { create } from 'zustand';
import type { DatasetModel } from '../domain/dataset-model';
import type { EventKind } from '../domain/dataset-schema';
import type { DateBasis, TimeMode, TimeRange } from '../domain/time-range';
import { viewFilterOf } from '../domain/view-filter';
import {
  DEFAULT_VIEW_PARAMS,
  type GraphLevel,
  type LineChoice,
  type MainView,
  type Selection,
  type ViewParams,
} from '../domain/view-params';

export type { GraphLevel, MainView, Selection } from '../domain/view-params';

/** The store holds exactly the view parameters: what the reader chose, nothing derived. */
export type ViewState = ViewParams;
export const DEFAULT_VIEW_STATE: ViewState = DEFAULT_VIEW_PARAMS;

export const useViewStore = create<ViewState>()(() => DEFAULT_VIEW_STATE);

export function setTimeTo(day: number): void {
  useViewStore.setState({ to: day });
}

export function setTimeRange(from: number, to: number): void {
  useViewStore.setState({ from, to });
}

export function setTimeMode(mode: TimeMode): void {
  useViewStore.setState({ mode });
}

export function setDateBasis(basis: DateBasis): void {
  // Each basis has its own track, so a range chosen on one makes no sense on the other.
  useViewStore.setState({ basis, from: null, to: null });
}

export function selectActor(actorId: string | null): void {
  useViewStore.setState({ selection: actorId === null ? null : { kind: 'actor', id: actorId } });
}

export function selectEvent(eventId: string | null): void {
  useViewStore.setState({ selection: eventId === null ? null : { kind: 'event', id: eventId } });
}

export function clearSelection(): void {
  useViewStore.setState({ selection: null });
}

export function toggleKind(kind: EventKind): void {
  const hidden = useViewStore.getState().hiddenKinds;
  useViewStore.setState({
    hiddenKinds: hidden.includes(kind) ? hidden.filter((entry) => entry !== kind) : [...hidden, kind],
  });
}

export function showAllKinds(): void {
  useViewStore.setState({ hiddenKinds: [] });
}

/** Null: the dataset's default level (see `effectiveLevel`). */
export function setGraphLevel(level: GraphLevel | null): void {
  useViewStore.setState({ level });
}

/** Above the line budget: draw the strongest lines only, or every line. */
export function setLineChoice(lines: LineChoice): void {
  useViewStore.setState({ lines });
}

/** Shows the actors inside an outer actor in the states-only view, or folds them again. */
export function toggleExpanded(actorId: string): void {
  const { expanded } = useViewStore.getState();
  useViewStore.setState({ expanded: expanded.includes(actorId) ? expanded.filter((id) => id !== actorId) : [...expanded, actorId] });
}

export function setMainView(view: MainView): void {
  useViewStore.setState({ view });
}

/** The range the view shows for this dataset: the chosen one, kept inside the track. */
export function effectiveRange(state: ViewState, model: DatasetModel): TimeRange {
  return viewFilterOf(state, model.extents).range;
}

export const selectSelection = (state: ViewState): Selection => state.selection;

export const selectSelectedActorId = (state: ViewState): string | null =>
  state.selection?.kind === 'actor' ? state.selection.id : null;
