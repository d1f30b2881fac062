// The Cytoscape stylesheet as data. Plain values only (no function mappers): Cytoscape caches
// plain styles, which keeps redraws cheap while the slider moves.
import type { StylesheetJson } from 'cytoscape';
import { EVENT_KINDS } from '../domain/dataset-vocabulary';
import { EVENT_KIND_STYLES } from '../domain/edge-kind-style';
import { RELATION_BAND_OPACITY, RELATION_BAND_STYLES, RELATION_BAND_WIDTH } from '../domain/relation-band-style';

/** The padding of a compound node (a state around its persons); the force layout leaves room for it. */
export const COMPOUND_PADDING_PX = 14;

/** The names' typeface. */
export const LABEL_FONT_FAMILY = 'system-ui, sans-serif';
/** A shape's size by the actor's type, in graph units, and its white rim. */
export const SHAPE_SIZE = { default: 22, state: 30, person: 16 } as const;
export const SHAPE_BORDER = 2;

/** The size a node's shape is drawn at, rim included (as Cytoscape's bounding box measures it). */
export function shapeSizeOf(type: string): number {
  return (type === 'state' ? SHAPE_SIZE.state : type === 'person' ? SHAPE_SIZE.person : SHAPE_SIZE.default) + SHAPE_BORDER;
}

/**
 * A property read from the element's data. Cytoscape maps any style property to data (`data(field)`),
 * but its type declarations allow that only for some properties.
 */
const fromData = (field: string) => `data(${field})` as unknown as number;

const kindRules: StylesheetJson = EVENT_KINDS.map((kind) => ({
  selector: `edge[kind = "${kind}"]`,
  style: {
    'line-color': EVENT_KIND_STYLES[kind].colour,
    'target-arrow-color': EVENT_KIND_STYLES[kind].colour,
    width: EVENT_KIND_STYLES[kind].width,
    // The kind's own pattern: a glyph at the middle of the line (see edge-kind-style.ts).
    'mid-target-arrow-shape': EVENT_KIND_STYLES[kind].mark,
    'mid-target-arrow-color': EVENT_KIND_STYLES[kind].colour,
  },
}));

const baseStylesheet: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(name)',
      // Sizes in graph units that the view keeps at a constant size on screen (label-scale.ts):
      // a name is never drawn under LABEL_PX, whatever the zoom or the frame.
      'font-size': 'data(labelSize)',
      'font-family': LABEL_FONT_FAMILY,
      color: '#1d2433',
      'text-valign': 'bottom',
      'text-margin-y': fromData('labelGap'),
      'text-wrap': 'wrap',
      'text-max-width': 'data(labelWidth)',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': 'data(labelPlate)',
      width: SHAPE_SIZE.default,
      height: SHAPE_SIZE.default,
      'background-color': '#6b7280',
      'border-width': SHAPE_BORDER,
      'border-color': '#ffffff',
      // No images, said as an empty list: with the default ('none') Cytoscape's node drawing flips
      // the node's "backgrounding" flag twice per draw and restyles the node, its state and every
      // person inside it each time, so one redrawn node made whole compounds restyle every frame.
      'background-image': [],
    },
  },
  { selector: 'node[type = "state"]', style: { 'background-color': '#1f5fbf', width: SHAPE_SIZE.state, height: SHAPE_SIZE.state } },
  { selector: 'node[type = "government"]', style: { 'background-color': '#3b82c4', shape: 'round-rectangle' } },
  { selector: 'node[type = "organisation"]', style: { 'background-color': '#7c4dbd', shape: 'diamond' } },
  { selector: 'node[type = "armed-group"]', style: { 'background-color': '#b4412f', shape: 'hexagon' } },
  { selector: 'node[type = "person"]', style: { 'background-color': '#b45309', width: SHAPE_SIZE.person, height: SHAPE_SIZE.person } },
  {
    // A state or group drawn around the persons who act for it.
    selector: ':parent',
    style: {
      'background-opacity': 0.07,
      'border-width': 1.5,
      'border-color': '#8a94a6',
      'border-style': 'solid',
      shape: 'round-rectangle',
      'text-valign': 'top',
      'text-margin-y': fromData('labelGapAbove'),
      'font-weight': 'bold',
      padding: `${COMPOUND_PADDING_PX}px`,
      // A box is as big as its members, not their names: names keep one size on screen, so a box
      // sized by them would grow as the reader zooms out, onto its neighbours.
      'compound-sizing-wrt-labels': 'exclude',
    },
  },
  {
    // In the state-level view a former compound shows as a plain node again.
    selector: ':parent.folded',
    style: { 'background-opacity': 1, 'border-width': SHAPE_BORDER, 'border-color': '#ffffff', 'text-valign': 'bottom', 'text-margin-y': fromData('labelGap'), padding: '0px' },
  },
  {
    // A folded state with actors inside looks the same whether or not their nodes were ever made.
    selector: 'node.folded[members > 0]',
    style: { shape: 'round-rectangle', 'font-weight': 'bold' },
  },
  // Where its usual place is taken, a shape's name moves to another place round it (graph-labels.ts).
  { selector: 'node.label-above', style: { 'text-valign': 'top', 'text-margin-y': fromData('labelGapAbove') } },
  { selector: 'node.label-right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': fromData('labelGap'), 'text-justification': 'left' } },
  { selector: 'node.label-left', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': fromData('labelGapAbove'), 'text-justification': 'right' } },
  { selector: 'node.label-below-right', style: { 'text-valign': 'bottom', 'text-halign': 'right', 'text-margin-y': fromData('labelGap'), 'text-margin-x': fromData('labelGap'), 'text-justification': 'left' } },
  { selector: 'node.label-below-left', style: { 'text-valign': 'bottom', 'text-halign': 'left', 'text-margin-y': fromData('labelGap'), 'text-margin-x': fromData('labelGapAbove'), 'text-justification': 'right' } },
  { selector: 'node.label-above-right', style: { 'text-valign': 'top', 'text-halign': 'right', 'text-margin-y': fromData('labelGapAbove'), 'text-margin-x': fromData('labelGap'), 'text-justification': 'left' } },
  { selector: 'node.label-above-left', style: { 'text-valign': 'top', 'text-halign': 'left', 'text-margin-y': fromData('labelGapAbove'), 'text-margin-x': fromData('labelGapAbove'), 'text-justification': 'right' } },
  { selector: ':parent.label-below-box', style: { 'text-valign': 'bottom', 'text-margin-y': fromData('labelGap') } },
  { selector: ':parent.label-right-box', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': fromData('labelGap'), 'text-justification': 'left' } },
  { selector: ':parent.label-left-box', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': fromData('labelGapAbove'), 'text-justification': 'right' } },
  // Slid along a side, the name still touching it: the slide, in graph units, is node data (labelSlide).
  { selector: 'node.label-below-slide', style: { 'text-valign': 'bottom', 'text-margin-y': fromData('labelGap'), 'text-margin-x': fromData('labelSlide') } },
  { selector: 'node.label-above-slide', style: { 'text-valign': 'top', 'text-margin-y': fromData('labelGapAbove'), 'text-margin-x': fromData('labelSlide') } },
  { selector: 'node.label-right-slide', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': fromData('labelGap'), 'text-margin-y': fromData('labelSlide'), 'text-justification': 'left' } },
  { selector: 'node.label-left-slide', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-x': fromData('labelGapAbove'), 'text-margin-y': fromData('labelSlide'), 'text-justification': 'right' } },
  {
    selector: 'edge',
    style: {
      width: 2,
      'line-color': '#8a94a6',
      'target-arrow-color': '#8a94a6',
      'curve-style': 'bezier',
      'arrow-scale': 0.9,
      opacity: 0.85,
    },
  },
  ...kindRules,
  { selector: 'edge[?directed]', style: { 'target-arrow-shape': 'triangle' } },
  // Dated only to a month or a year: drawn dotted, so a reader never mistakes it for a known day.
  { selector: 'edge[?approximate]', style: { 'line-style': 'dotted' } },
  // Planned, or reported by an unnamed source: dashed.
  { selector: 'edge[status != "occurred"]', style: { 'line-style': 'dashed' } },
  {
    // The state of a relationship that was once severed, at the selected time: a broad band under
    // the ties, labelled in words so colour is never the only signal.
    selector: 'edge.relation',
    style: {
      width: RELATION_BAND_WIDTH,
      opacity: RELATION_BAND_OPACITY,
      'curve-style': 'straight',
      'target-arrow-shape': 'none',
      'line-style': 'solid',
      'mid-target-arrow-shape': 'none',
      'font-size': 'data(bandLabelSize)',
      'font-weight': 'bold',
      color: '#1d2433',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'z-index': 0,
    },
  },
  // Only once the band has a state: a mapping to missing data makes Cytoscape warn.
  { selector: 'edge.relation[stateLabel]', style: { label: 'data(stateLabel)' } },
  ...(['severed', 'active'] as const).map((state) => ({
    selector: `edge.relation[state = "${state}"]`,
    style: {
      'line-color': RELATION_BAND_STYLES[state].colour,
      ...(RELATION_BAND_STYLES[state].dash.length > 0 ? { 'line-style': 'dashed' as const, 'line-dash-pattern': [...RELATION_BAND_STYLES[state].dash] } : {}),
    },
  })),
  { selector: '.hidden', style: { display: 'none' } },
  { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.3 } },
  // A name that does not fit where it would be drawn (it would cover another name or node, or run
  // off the canvas) waits until the reader zooms in, selects or hovers (graph-labels.ts).
  { selector: 'node.label-hidden, edge.relation.label-hidden', style: { 'text-opacity': 0 } },
  // While the export measures and draws the graph: the names not drawn are not there at all.
  { selector: 'node.label-unset', style: { label: '' } },
  {
    selector: 'node.selected',
    style: { 'border-color': '#111827', 'border-width': 4, 'font-weight': 'bold' },
  },
  { selector: 'edge.selected', style: { width: 5, opacity: 1, 'z-index': 10 } },
  { selector: 'edge.neighbourhood', style: { opacity: 1 } },
  // A chapter of the story: its ties and the actors they join stand out, the rest fades; what the
  // reader selected stays readable too.
  { selector: '.story-faded', style: { opacity: 0.15, 'text-opacity': 0.3 } },
  { selector: '.chapter, .chapter-end, .story-faded.neighbourhood, .story-faded.selected', style: { opacity: 1, 'text-opacity': 1 } },
  { selector: 'edge.chapter', style: { width: 4, 'z-index': 9 } },
  // Play: the ties a step brought are underlaid for a moment (never under reduced motion).
  { selector: 'edge.appeared', style: { 'underlay-color': '#f59e0b', 'underlay-opacity': 0.55, 'underlay-padding': 5 } },
];

/**
 * Above this many ties, edges are drawn as plain lines from centre to centre (Cytoscape's `haystack`,
 * its cheapest edge) and without arrowheads. Fanning out parallel edges (bezier) costs Cytoscape work
 * for every tie whenever one of a pair shows or hides, and arrowheads are a large share of a
 * software-drawn frame; at that density neither can be read anyway. The direction of a tie stays in
 * its tooltip, the details panel and the table. Relationship bands stay `straight`: they carry a label.
 */
export const LARGE_GRAPH_TIES = 2_000;

const largeGraphRules: StylesheetJson = [
  { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', 'mid-target-arrow-shape': 'none' } },
  { selector: 'edge.relation', style: { 'curve-style': 'straight' } },
];

export function isLargeGraph(ties: number): boolean {
  return ties > LARGE_GRAPH_TIES;
}

/** The most canvas pixels per CSS pixel a touch screen's graph is drawn with. */
export const TOUCH_MAX_PIXEL_RATIO = 2;

/**
 * Canvas pixels per CSS pixel, as Cytoscape's `pixelRatio` option: one for a large graph (a phone's
 * 3× screen would otherwise draw nine times the pixels); at most two on a touch screen, where a
 * phone's 3× screen then draws 2.25 times fewer pixels, and the graph came a quarter sooner after the
 * reader's tap (1.62 s against 2.15 s on a 390 × 844 page at 3×, main thread slowed four times),
 * with names still sharp at a phone's distance; the screen's own otherwise ('auto', which follows
 * the browser's zoom, so a reader who zooms the page in on a desktop still gets sharp names).
 */
export function canvasPixelRatio(ties: number, screen: { readonly pixelRatio: number; readonly touch: boolean }): number | 'auto' {
  if (isLargeGraph(ties)) return 1;
  return screen.touch && screen.pixelRatio > TOUCH_MAX_PIXEL_RATIO ? TOUCH_MAX_PIXEL_RATIO : 'auto';
}

export function graphStylesheet(ties: number): StylesheetJson {
  return isLargeGraph(ties) ? [...baseStylesheet, ...largeGraphRules] : baseStylesheet;
}
