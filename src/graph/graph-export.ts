// The graph as a PNG, captioned with what it shows and where it comes from, so a picture that
// leaves Tieline still names its sources and its time range. What is drawn is bounded (see
// src/domain/export-image.ts); an image that still cannot be made fails with a reason in words.
import { captionLines, graphImageScale, imageSizeProblem, PREFERRED_SCALE, type GraphCaption } from '../domain/export-image';
import type { DrawnGraph } from './drawn-graph';

export type { GraphCaption } from '../domain/export-image';

const PADDING = 16 * PREFERRED_SCALE;
const LINE = 18 * PREFERRED_SCALE;
const TITLE_LINE = LINE * 1.4;

/** `graph` is the graph on screen (from `drawnGraph`), which gives its extent and its picture. */
export async function graphPng(graph: DrawnGraph, caption: GraphCaption): Promise<Blob> {
  const { title, lines } = captionLines(caption);
  const captionHeight = PADDING + TITLE_LINE + PADDING + lines.length * LINE + PADDING;
  const extent = graph.extent();
  const scale = graphImageScale(extent.w, extent.h, captionHeight);
  const picture = await graph.picture(scale);
  const bitmap = await createImageBitmap(picture);
  const width = Math.max(bitmap.width, 900 * PREFERRED_SCALE);
  const height = Math.ceil(captionHeight + bitmap.height);
  const tooBig = imageSizeProblem(width, height);
  if (tooBig !== null) {
    bitmap.close();
    throw new Error(tooBig);
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw an image to export');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#1d2433';
  context.textBaseline = 'top';
  context.font = `bold ${15 * PREFERRED_SCALE}px system-ui, sans-serif`;
  context.fillText(title, PADDING, PADDING, width - 2 * PADDING);
  const top = PADDING + TITLE_LINE;
  context.drawImage(bitmap, Math.round((width - bitmap.width) / 2), top);
  context.font = `${11 * PREFERRED_SCALE}px system-ui, sans-serif`;
  lines.forEach((line, index) => {
    context.fillText(line, PADDING, top + bitmap.height + PADDING + index * LINE, width - 2 * PADDING);
  });
  bitmap.close();
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error(`the browser could not encode an image of ${width.toLocaleString('en')} × ${height.toLocaleString('en')} pixels`))),
      'image/png',
    ),
  );
}
