// How each kind of tie looks, as data shared by the graph stylesheet and the legend, so the two
// can never disagree. Colours pass 3:1 against the graph's white stage (WCAG non-text contrast) and
// are never the only signal: kinds that share a colour family differ by width or by a mark drawn
// at the middle of the line, and the legend names every kind.
//
// Dashes and dots are not used to tell kinds apart: they already say how sure a tie is (dotted:
// dated to a month or a year; dashed: planned, or from an unnamed source). A kind's own pattern is
// its mark, which shows whatever the dash.
import type { EventKind } from './dataset-schema';

export type LinePattern = 'solid' | 'dashed' | 'dotted';

/**
 * A glyph at the middle of the line (Cytoscape's mid-target arrow shapes). It points at the target
 * where the tie has a direction. `none` for the plain kinds.
 */
export type KindMark = 'none' | 'chevron' | 'diamond' | 'circle' | 'square' | 'tee';

export interface KindStyle {
  readonly colour: string;
  /** Line width in model pixels. */
  readonly width: number;
  readonly mark: KindMark;
}

/** The graph's stage is white in both colour schemes (see styles.css), so contrast is judged on white. */
export const GRAPH_STAGE_COLOUR = '#ffffff';

export const EVENT_KIND_STYLES: Record<EventKind, KindStyle> = {
  call: { colour: '#1f5fbf', width: 2, mark: 'none' },
  meeting: { colour: '#0b7a75', width: 3, mark: 'none' },
  visit: { colour: '#0b7a75', width: 2, mark: 'none' },
  contact: { colour: '#4b6fa8', width: 2, mark: 'none' },
  statement: { colour: '#6b6f7b', width: 1.5, mark: 'none' },
  'severed-ties': { colour: '#b42318', width: 3, mark: 'none' },
  'embassy-closed': { colour: '#b42318', width: 2, mark: 'none' },
  'restored-ties': { colour: '#2e7d32', width: 3, mark: 'none' },
  'embassy-reopened': { colour: '#2e7d32', width: 2, mark: 'none' },
  normalisation: { colour: '#2e7d32', width: 2, mark: 'diamond' },
  mediation: { colour: '#8e44ad', width: 3, mark: 'none' },
  hosting: { colour: '#8e44ad', width: 2, mark: 'none' },
  support: { colour: '#a35200', width: 2, mark: 'none' },
  alliance: { colour: '#a35200', width: 3, mark: 'none' },
  'terrorist-designation': { colour: '#7a1f1f', width: 2, mark: 'none' },
  'military-action': { colour: '#c2410c', width: 3, mark: 'none' },
  aid: { colour: '#2563eb', width: 2, mark: 'none' },
  agreement: { colour: '#2e7d32', width: 2, mark: 'square' },
  flight: { colour: '#be185d', width: 2, mark: 'chevron' },
  appointment: { colour: '#6d28d9', width: 2, mark: 'diamond' },
  offer: { colour: '#0e7490', width: 2, mark: 'circle' },
  request: { colour: '#854d0e', width: 2, mark: 'square' },
  'agreement-ended': { colour: '#475569', width: 2, mark: 'tee' },
};

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(foreground: string, background: string): number {
  const [lighter, darker] = [relativeLuminance(foreground), relativeLuminance(background)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
