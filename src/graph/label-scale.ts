// Names are drawn at a readable size on screen whatever the zoom, as a map draws its place names:
// the label's size in graph units is its screen size divided by the zoom. The zoom is taken in steps
// (twelve to a doubling), so the labels are restyled when the zoom crosses a step, not on every frame of
// a pinch; within a step a label is drawn between LABEL_PX and 6 % larger.

/** The smallest size an actor's name is drawn at on screen, in CSS pixels. */
export const LABEL_PX = 12;
/** A relationship band's words ("relations severed"). */
export const BAND_LABEL_PX = 11;
/** Longer names wrap at this width on screen. */
export const LABEL_MAX_WIDTH_PX = 120;
/** On a phone-sized canvas, at this one: a narrower name finds room beside its actor more often. */
export const LABEL_MAX_WIDTH_NARROW_PX = 80;
/** Between a node and its name. */
export const LABEL_GAP_PX = 3;
/** The white plate behind a name. */
export const LABEL_PLATE_PX = 1;

const STEPS_PER_DOUBLING = 12;
/** The most a name's drawn size exceeds LABEL_PX: one step of zoom. */
export const LABEL_STEP_RATIO = 2 ** (1 / STEPS_PER_DOUBLING);

/** The step a zoom falls in; the step's zoom is never above the zoom itself. */
export function labelStepOf(zoom: number): number {
  // A hair below, so a zoom that is exactly a step's never rounds up into the next one (which would
  // draw labels a hair under LABEL_PX).
  return Math.floor(Math.log2(zoom) * STEPS_PER_DOUBLING - 1e-9);
}

export function zoomOfStep(step: number): number {
  return 2 ** (step / STEPS_PER_DOUBLING);
}

/** What the stylesheet reads from each node's data (`data(labelSize)` …), in graph units. */
export interface LabelMetrics {
  readonly labelSize: number;
  readonly labelWidth: number;
  readonly labelGap: number;
  /** The same gap, upwards or leftwards: a box's name sits above it, a shape's may sit above or left of it. */
  readonly labelGapAbove: number;
  readonly labelPlate: number;
  readonly bandLabelSize: number;
}

export function labelMetricsOf(step: number, narrow = false): LabelMetrics {
  const scale = 1 / zoomOfStep(step);
  return {
    labelSize: LABEL_PX * scale,
    labelWidth: (narrow ? LABEL_MAX_WIDTH_NARROW_PX : LABEL_MAX_WIDTH_PX) * scale,
    labelGap: LABEL_GAP_PX * scale,
    labelGapAbove: -LABEL_GAP_PX * scale,
    labelPlate: LABEL_PLATE_PX * scale,
    bandLabelSize: BAND_LABEL_PX * scale,
  };
}
