// Inspection hooks for the end-to-end tests, the benchmark and `npm run data:layout`, and for no one
// else. A page asks for them by setting `window.tielineInspect` before the app starts (Playwright's
// `addInitScript`); without that, nothing here records or exposes anything, and the app leaves no
// entries in the Performance timeline. Everything a hook records is bounded.

export interface InspectRequest {
  /** The drawn Cytoscape instance as `window.cy` (read-only), from "ready" until teardown. */
  readonly graph?: boolean;
  /** Load phases and per-step work, in milliseconds, in `window.tielineTimings`. */
  readonly timings?: boolean;
  /** Draw with Cytoscape's WebGL renderer, a preview the app does not ship, for the benchmark's comparison. */
  readonly webgl?: boolean;
  /**
   * More frames the force layout must keep names legible in, besides the graph's own (for
   * `npm run data:layout`, which lays the bundled dataset out for a desktop and a phone).
   */
  readonly layoutViewports?: ReadonlyArray<{ readonly width: number; readonly height: number; readonly names: 'all' | 'states-and-groups' }>;
}

/** What the timings hook measures. */
export type TimingName =
  | 'load:fetch'
  | 'load:validate'
  | 'load:model'
  | 'load:create-graph'
  | 'load:first-frame'
  | 'load:layout'
  /** From a new filter to the end of the Cytoscape batch that shows it. */
  | 'step'
  /** The part of a step that asks the interval index which ties crossed a bound of the range. */
  | 'step:find-changes';

declare global {
  interface Window {
    tielineInspect?: InspectRequest;
    tielineTimings?: Partial<Record<TimingName, number[]>>;
  }
}

/** Past this many figures of one name, the oldest half is dropped: a long session never grows it without bound. */
const MAX_FIGURES = 20_000;

export function inspectRequest(): InspectRequest {
  return (typeof window === 'undefined' ? undefined : window.tielineInspect) ?? {};
}

/** A start time for `recordTiming`, or 0 when no one asked for timings (no clock read). */
export function timingStart(): number {
  return inspectRequest().timings === true ? performance.now() : 0;
}

export function recordTiming(name: TimingName, startedAt: number): void {
  if (startedAt === 0 || inspectRequest().timings !== true) return;
  const timings = (window.tielineTimings ??= {});
  const figures = (timings[name] ??= []);
  if (figures.length >= MAX_FIGURES) figures.splice(0, MAX_FIGURES / 2);
  figures.push(performance.now() - startedAt);
}
