// Where a framing will land, guessed before Cytoscape has styled or measured anything. Names keep one
// size on screen (label-scale.ts), so their size in graph units depends on the zoom the framing picks,
// and the framing measures them at a first zoom, then again at the zoom that gives, until the two agree
// (graph-view.ts). Each round restyles every drawn node: the first graph of a page paid for a round
// at zoom 1 that its own zoom then threw away. Starting from this guess, the names are styled once,
// for the zoom the framing keeps, and the framing still measures what Cytoscape draws: a wrong guess
// costs a round, never a different picture. The guess is the layout's own arithmetic
// (layout-legibility.ts) on shapes sized as the stylesheet sizes them and names measured with the
// font they are drawn in, wrapped as Cytoscape wraps them.
import { LABEL_FONT_FAMILY, shapeSizeOf } from './graph-style';
import { framingZoomOf, type FramingLimits, type LegibilityNode } from './layout-legibility';
import { LABEL_MAX_WIDTH_NARROW_PX, LABEL_MAX_WIDTH_PX, LABEL_PLATE_PX, LABEL_PX } from './label-scale';
import { isNarrowCanvas } from './framing';
import { isStateOrGroup } from '../domain/label-priority';
import type { Actor } from '../domain/dataset-schema';

/** A text's width in CSS pixels at LABEL_PX. */
export type TextWidth = (text: string, bold: boolean) => number;

/** A drawn node as the guess needs it. */
export interface FramedNode {
  readonly id: string;
  readonly type: Actor['type'];
  readonly label: string;
  /** The drawn node it is drawn inside, if any. */
  readonly parent?: string;
  readonly x: number;
  readonly y: number;
}

/** A name's size on screen: its words wrapped at `maxWidth`, each line LABEL_PX high, on its plate. */
export function wrappedNameSize(text: string, maxWidth: number, bold: boolean, widthOf: TextWidth): { width: number; height: number } {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    const longer = line === '' ? word : `${line} ${word}`;
    if (line !== '' && widthOf(longer, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  if (line !== '') lines.push(line);
  const width = Math.max(0, ...lines.map((each) => Math.ceil(widthOf(each, bold))));
  return { width: width + 2 * LABEL_PLATE_PX, height: lines.length * LABEL_PX + 2 * LABEL_PLATE_PX };
}

/** The zoom a framing of these nodes in a canvas of this size will most likely keep; null when nothing is drawn. */
export function estimatedFramingZoom(nodes: readonly FramedNode[], canvas: { width: number; height: number }, widthOf: TextWidth, limits?: FramingLimits): number | null {
  const ids = new Set(nodes.map((node) => node.id));
  const withMembers = new Set(nodes.flatMap((node) => (node.parent !== undefined && ids.has(node.parent) ? [node.parent] : [])));
  const maxWidth = isNarrowCanvas(canvas.width) ? LABEL_MAX_WIDTH_NARROW_PX : LABEL_MAX_WIDTH_PX;
  const centres: Record<string, { x: number; y: number }> = {};
  const legible: LegibilityNode[] = nodes.map((node) => {
    centres[node.id] = { x: node.x, y: node.y };
    const size = shapeSizeOf(node.type);
    // A box around members has a bold name (graph-style.ts).
    const box = withMembers.has(node.id);
    return {
      id: node.id,
      width: size,
      height: size,
      ...(node.parent !== undefined && ids.has(node.parent) ? { parent: node.parent } : {}),
      ...(node.label === '' ? {} : { label: wrappedNameSize(node.label, maxWidth, box, widthOf) }),
      stateOrGroup: isStateOrGroup({ type: node.type }),
    };
  });
  return framingZoomOf(legible, centres, canvas, limits);
}

/** Text widths from the browser's own font measure, as Cytoscape takes them; null where there is no canvas. */
export function canvasTextWidth(): TextWidth | null {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (context === null) return null;
  return (text, bold) => {
    context.font = `normal ${bold ? 'bold' : 'normal'} ${LABEL_PX}px ${LABEL_FONT_FAMILY}`;
    return context.measureText(text).width;
  };
}
