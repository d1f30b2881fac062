// The graph as a PNG, captioned with what it shows and where it comes from, so a picture that
// leaves Tieline still names its sources and its time range.
import { PICTURE_SCALE } from './drawn-graph';

export interface GraphCaption {
  readonly title: string;
  /** e.g. "Ties up to 14 May 2025". */
  readonly range: string;
  /** One line per article: "Title — Publisher, date". */
  readonly sources: readonly string[];
}

const SCALE = PICTURE_SCALE;
const PADDING = 16 * SCALE;
const LINE = 18 * SCALE;

/** `picture` is the drawn graph, at `PICTURE_SCALE` (from `drawnGraphPicture`). */
export async function graphPng(picture: Blob, caption: GraphCaption): Promise<Blob> {
  const bitmap = await createImageBitmap(picture);
  const lines = [caption.range, 'Sources:', ...caption.sources.map((line) => `• ${line}`), 'Made with Tieline: every tie is backed by a verbatim quote.'];
  const width = Math.max(bitmap.width, 900 * SCALE);
  const height = PADDING + LINE * 1.4 + bitmap.height + PADDING + lines.length * LINE + PADDING;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = Math.ceil(height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw an image to export');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#1d2433';
  context.textBaseline = 'top';
  context.font = `bold ${15 * SCALE}px system-ui, sans-serif`;
  context.fillText(caption.title, PADDING, PADDING);
  const top = PADDING + LINE * 1.4;
  context.drawImage(bitmap, Math.round((width - bitmap.width) / 2), top);
  context.font = `${11 * SCALE}px system-ui, sans-serif`;
  lines.forEach((line, index) => {
    context.fillText(line, PADDING, top + bitmap.height + PADDING + index * LINE, width - 2 * PADDING);
  });
  bitmap.close();
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded'))), 'image/png'),
  );
}
