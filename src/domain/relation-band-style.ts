// How the band of a relationship's state looks, as data shared by the graph stylesheet and the
// legend, so the two can never disagree (they once did: a 10-6 dash on the graph, 8-4 in the key).
import type { RelationState } from './relationship-state';

export interface RelationBandStyle {
  readonly colour: string;
  /** Dash and gap lengths in pixels; empty for a solid band. */
  readonly dash: readonly number[];
  /** The band's words on the graph: colour is never the only signal. */
  readonly label: string;
}

export const RELATION_BAND_STYLES: Record<RelationState, RelationBandStyle> = {
  severed: { colour: '#b42318', dash: [10, 6], label: 'relations severed' },
  active: { colour: '#2e7d32', dash: [], label: 'relations resumed' },
};

/** The band's width and opacity: broad and faint, under the ties it explains. */
export const RELATION_BAND_WIDTH = 9;
export const RELATION_BAND_OPACITY = 0.3;
