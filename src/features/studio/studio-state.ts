// The Studio's session: the project's history (see studio-project.ts) and what the author has in
// hand (which source, tie or actor is open, the passage selected). Actions are module functions so
// handlers read the latest state and never go stale. Every change is kept in IndexedDB shortly after.
import { create } from 'zustand';
import { keepProject, loadKeptProject } from './studio-store';
import {
  edit,
  emptyProject,
  redo as redoHistory,
  startHistory,
  undo as undoHistory,
  type StudioAction,
  type StudioHistory,
  type StudioProject,
} from './studio-project';

export interface PassageSelection {
  readonly sourceId: string;
  readonly start: number;
  readonly end: number;
}

export type KeepState = 'loading' | 'kept' | 'keeping' | 'not-kept';

export interface StudioState {
  readonly history: StudioHistory;
  readonly selectedSourceId: string | null;
  readonly selectedEventId: string | null;
  readonly selectedActorId: string | null;
  readonly selection: PassageSelection | null;
  readonly keep: KeepState;
}

export const useStudio = create<StudioState>()(() => ({
  history: startHistory(emptyProject()),
  selectedSourceId: null,
  selectedEventId: null,
  selectedActorId: null,
  selection: null,
  keep: 'loading',
}));

export const selectProject = (state: StudioState): StudioProject => state.history.present;

let keepTimer: ReturnType<typeof setTimeout> | undefined;

function scheduleKeep(): void {
  clearTimeout(keepTimer);
  useStudio.setState({ keep: 'keeping' });
  keepTimer = setTimeout(() => void keepNow(), 250);
}

async function keepNow(): Promise<void> {
  const project = useStudio.getState().history.present;
  const ok = await keepProject(project);
  // Only "kept" if nothing changed meanwhile; otherwise the next save is already scheduled.
  if (useStudio.getState().history.present === project) useStudio.setState({ keep: ok ? 'kept' : 'not-kept' });
}

/** Applies one edit; `typingIn` names the field typed into, so a run of keystrokes is one undo step. */
export function dispatch(action: StudioAction, typingIn: string | null = null): void {
  const { history } = useStudio.getState();
  const next = edit(history, action, typingIn);
  if (next === history) return;
  useStudio.setState({ history: next });
  scheduleKeep();
}

export function undo(): void {
  const { history } = useStudio.getState();
  const next = undoHistory(history);
  if (next === history) return;
  useStudio.setState({ history: next, ...keepSelectionsValid(next.present) });
  scheduleKeep();
}

export function redo(): void {
  const { history } = useStudio.getState();
  const next = redoHistory(history);
  if (next === history) return;
  useStudio.setState({ history: next, ...keepSelectionsValid(next.present) });
  scheduleKeep();
}

function keepSelectionsValid(project: StudioProject): Partial<StudioState> {
  const state = useStudio.getState();
  const { sources, events, actors } = project.dataset;
  return {
    selectedSourceId: sources.some((source) => source.id === state.selectedSourceId) ? state.selectedSourceId : (sources[0]?.id ?? null),
    selectedEventId: events.some((event) => event.id === state.selectedEventId) ? state.selectedEventId : null,
    selectedActorId: actors.some((actor) => actor.id === state.selectedActorId) ? state.selectedActorId : null,
  };
}

/** Starts over with another project (a new one, an opened dataset); undo can still go back. */
export function replaceProject(project: StudioProject): void {
  dispatch({ type: 'replace', project });
  useStudio.setState({
    selectedSourceId: project.dataset.sources[0]?.id ?? null,
    selectedEventId: null,
    selectedActorId: null,
    selection: null,
  });
}

export function selectSource(id: string | null): void {
  useStudio.setState({ selectedSourceId: id, selection: null });
}

export function selectEvent(id: string | null): void {
  useStudio.setState({ selectedEventId: id });
}

export function selectActor(id: string | null): void {
  useStudio.setState({ selectedActorId: id });
}

export function setPassageSelection(selection: PassageSelection | null): void {
  const current = useStudio.getState().selection;
  if (current?.sourceId === selection?.sourceId && current?.start === selection?.start && current?.end === selection?.end) return;
  useStudio.setState({ selection });
}

/**
 * Restores the kept project, once, when the Studio opens. Kept data it cannot read is offered back
 * as a file (the caller's `onUnreadable`) before anything overwrites it.
 */
export async function restoreKeptProject(onUnreadable: (raw: unknown) => void): Promise<void> {
  const kept = await loadKeptProject();
  if (kept.kind === 'kept') {
    useStudio.setState({
      history: startHistory(kept.project),
      selectedSourceId: kept.project.dataset.sources[0]?.id ?? null,
      keep: 'kept',
    });
    return;
  }
  if (kept.kind === 'unreadable') onUnreadable(kept.raw);
  useStudio.setState({ keep: 'kept' });
}
