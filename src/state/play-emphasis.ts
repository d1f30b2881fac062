// The events whose ties the last step of Play brought into view, for the graph to emphasise briefly.
// Passing state between the time bar and the graph, not a choice of the reader's: it is not in the
// view store or the address.
import { create } from 'zustand';

export interface PlayEmphasis {
  readonly eventIds: readonly string[];
  /** Counts the steps, so the same events brought twice (play, rewind, play) are emphasised twice. */
  readonly step: number;
}

export const usePlayEmphasis = create<PlayEmphasis>()(() => ({ eventIds: [], step: 0 }));

export function emphasiseStep(eventIds: readonly string[]): void {
  usePlayEmphasis.setState((state) => ({ eventIds, step: state.step + 1 }));
}
