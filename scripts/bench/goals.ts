// The goals for the work per slider step, and the two figures judged against them, shared by
// the printed report and the README table so both judge a run the same way.
import type { TargetResult } from './run';

/** Work per slider step, p95, in ms (the many-ties pair held to M's goal: it has about 2,000 ties). */
export const WORK_GOAL_MS = { bundled: 1, S: 2, pair: 2, M: 2, L: 8 } as const;

/** First painted graph of the default view, in ms, where the issue sets a goal. */
export const FIRST_PAINT_GOAL_MS: Partial<Record<keyof typeof WORK_GOAL_MS, number>> = { bundled: 600, M: 1500, L: 4000 };

/** Keyboard input to painted frame, p50, in ms, where the issue sets a goal (software-rendered Chromium). */
export const INPUT_TO_FRAME_GOAL_MS: Partial<Record<keyof typeof WORK_GOAL_MS, number>> = { L: 1000 };

/**
 * Every way of moving the slider counts: keys, the pointer drag, both handles in window mode, and
 * play. End-to-end jumps change nearly every tie and are judged by the growth figures instead.
 */
export function sliderStepFigures(result: TargetResult) {
  return { keys: result.keyboard, drag: result.drag, window: result.windowMode, play: result.play };
}

export function worstSliderStepP95(result: TargetResult): number {
  return Math.max(...Object.values(sliderStepFigures(result)).map((figures) => figures.work.p95));
}

/** How many times the naive baseline's keyboard step p95 is ours. */
export function naiveRatio(result: TargetResult): number {
  return result.naive.work.p95 / Math.max(result.keyboard.work.p95, 1e-3);
}
