// What the PNG export draws, bounded: the graph at a scale that keeps the picture within what a
// browser can encode, and a caption of bounded length (the title, the range, the sources, the
// credit). A label of a hundred thousand characters or two thousand sources once made an image too
// big to encode, and the export failed without a word.

/** The scale of a picture when nothing limits it: sharp on a high-density screen and in print. */
export const PREFERRED_SCALE = 2;
/** The longest side of an exported image, in pixels (browsers refuse canvases not far beyond). */
export const MAX_IMAGE_SIDE = 8_000;
/** The most pixels an exported image has (8,000 × 4,000): encoding more takes long and may fail. */
export const MAX_IMAGE_PIXELS = 32_000_000;
/** Sources named in the caption; the rest are counted (the CSV and JSON exports list them all). */
export const MAX_CAPTION_SOURCES = 25;
/** Characters of one caption line (the title, a source). */
export const MAX_CAPTION_LINE = 160;

export interface GraphCaption {
  readonly title: string;
  /** e.g. "Ties up to 14 May 2025". */
  readonly range: string;
  /** One line per article: "Title — Publisher, date". */
  readonly sources: readonly string[];
}

/** The caption as it is drawn: a title line and the lines below the picture. */
export interface CaptionLines {
  readonly title: string;
  readonly lines: readonly string[];
}

export function clampLine(text: string, limit = MAX_CAPTION_LINE): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= limit ? chars.join('') : `${chars.slice(0, limit - 1).join('')}…`;
}

export function captionLines(caption: GraphCaption): CaptionLines {
  const named = caption.sources.slice(0, MAX_CAPTION_SOURCES).map((source) => `• ${clampLine(source)}`);
  const rest = caption.sources.length - named.length;
  if (rest > 0) named.push(`• … and ${rest.toLocaleString('en')} more source${rest === 1 ? '' : 's'} (all are listed in the CSV and JSON exports)`);
  return {
    title: clampLine(caption.title),
    lines: [clampLine(caption.range), 'Sources:', ...named, 'Made with Tieline: every tie is backed by a verbatim quote.'],
  };
}

/**
 * The scale at which to draw a graph whose full extent is `width` × `height` (graph units): the
 * preferred scale, or less so that the picture fits MAX_IMAGE_SIDE (with `captionHeight` pixels
 * below it) and half of MAX_IMAGE_PIXELS (the other half is room for the caption's width).
 */
export function graphImageScale(width: number, height: number, captionHeight = 0): number {
  if (!(width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height))) return PREFERRED_SCALE;
  const fits = Math.min(
    MAX_IMAGE_SIDE / width,
    Math.max(1, MAX_IMAGE_SIDE - captionHeight) / height,
    Math.sqrt(MAX_IMAGE_PIXELS / 2 / (width * height)),
  );
  // A hair under the limit, so rounding never takes a side one pixel over it.
  return Math.min(PREFERRED_SCALE, fits * (1 - 1e-9));
}

/** Why an image of this size cannot be made, or null when it can. */
export function imageSizeProblem(width: number, height: number): string | null {
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS) {
    return `it would be ${Math.round(width).toLocaleString('en')} × ${Math.round(height).toLocaleString('en')} pixels, more than an image Tieline makes (${MAX_IMAGE_SIDE.toLocaleString('en')} pixels a side)`;
  }
  return null;
}
