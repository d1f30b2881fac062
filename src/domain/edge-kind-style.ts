// How each kind of tie looks, as data shared by the graph stylesheet and the legend, so the two
// can never disagree. Colours pass 3:1 against white (WCAG non-text contrast) and are never the
// only signal: each family also has its own line pattern and the legend names it.
import type { EventKind } from './dataset-schema';

export type LinePattern = 'solid' | 'dashed' | 'dotted';

export interface KindStyle {
  readonly colour: string;
  /** Line width in model pixels. */
  readonly width: number;
}

export const EVENT_KIND_STYLES: Record<EventKind, KindStyle> = {
  call: { colour: '#1f5fbf', width: 2 },
  meeting: { colour: '#0b7a75', width: 3 },
  visit: { colour: '#0b7a75', width: 2 },
  contact: { colour: '#4b6fa8', width: 2 },
  statement: { colour: '#6b6f7b', width: 1.5 },
  'severed-ties': { colour: '#b42318', width: 3 },
  'embassy-closed': { colour: '#b42318', width: 2 },
  'restored-ties': { colour: '#2e7d32', width: 3 },
  'embassy-reopened': { colour: '#2e7d32', width: 2 },
  normalisation: { colour: '#2e7d32', width: 2 },
  mediation: { colour: '#8e44ad', width: 3 },
  hosting: { colour: '#8e44ad', width: 2 },
  support: { colour: '#a35200', width: 2 },
  alliance: { colour: '#a35200', width: 3 },
  'terrorist-designation': { colour: '#7a1f1f', width: 2 },
  'military-action': { colour: '#c2410c', width: 3 },
  aid: { colour: '#2563eb', width: 2 },
  agreement: { colour: '#2e7d32', width: 2 },
};
