// The string protocols of the two embedding tools newsrooms use most, as pure functions, so the
// embed can size its frame under them with no change on the story page:
//
// - Pym.js (NPR): the parent creates the frame with `childId` in its address; the child posts
//   `pym` xPYMx id xPYMx type xPYMx value (types `height`, `scrollToChildPos`); the parent posts
//   `width` when its window resizes. (Pym's src/pym.js: `_makeMessage`, `Child.sendHeight`.)
// - iframe-resizer v4 (`iFrameResize()` on the parent): the parent posts `[iFrameSizer]` + its
//   settings (`id:bodyMargin:sizeWidth:log:…`) when the frame loads, and again to every frame that
//   posts `[iFrameResizerChild]Ready`; the child answers `[iFrameSizer]id:height:width:init`, then
//   the same with another trigger word on each change; `scrollToOffset` asks the parent to scroll.
//   The parent may also post `resize` and `reset` (asking for the size again).
//   (iframe-resizer 4.3's js/iframeResizer.js `iFrameListener`, js/iframeResizer.contentWindow.js `receiver`.)

const PYM_DELIMITER = 'xPYMx';

/** A Pym child id as Pym's parent can match it: an element id without the delimiter or spaces. */
export function pymChildIdFrom(value: string | null): string | null {
  if (value === null || value === '' || value.length > 200) return null;
  if (value.includes(PYM_DELIMITER) || /\s/.test(value)) return null;
  return value;
}

export function pymMessage(childId: string, type: 'height' | 'scrollToChildPos', value: number): string {
  return ['pym', childId, type, String(Math.round(value))].join(PYM_DELIMITER);
}

/** A message from a Pym parent to this child, or null when it is not one. */
export function parsePymMessage(childId: string, data: unknown): { type: string; value: string } | null {
  if (typeof data !== 'string') return null;
  const prefix = `pym${PYM_DELIMITER}${childId}${PYM_DELIMITER}`;
  if (!data.startsWith(prefix)) return null;
  const rest = data.slice(prefix.length);
  const split = rest.indexOf(PYM_DELIMITER);
  if (split <= 0) return null;
  const type = rest.slice(0, split);
  if (/\s/.test(type)) return null;
  return { type, value: rest.slice(split + PYM_DELIMITER.length) };
}

const RESIZER_PREFIX = '[iFrameSizer]';

/** What an iframe-resizer child posts when it starts after the parent has already said hello. */
export const IFRAME_RESIZER_CHILD_READY = '[iFrameResizerChild]Ready';

export type IframeResizerRequest =
  | { readonly kind: 'init'; readonly id: string }
  | { readonly kind: 'size' }
  | { readonly kind: 'other' };

/**
 * A message from an iframe-resizer parent: its settings (`init`, which names the frame's id), a
 * request for the size (`resize`, `reset`), or another of its messages; null when it is not one.
 */
export function parseIframeResizerMessage(data: unknown): IframeResizerRequest | null {
  if (typeof data !== 'string' || !data.startsWith(RESIZER_PREFIX)) return null;
  const fields = data.slice(RESIZER_PREFIX.length).split(':');
  // The settings message is told apart as the library does: its third field is a boolean.
  if (fields.length > 2 && (fields[2] === 'true' || fields[2] === 'false')) {
    const id = fields[0]!;
    if (id === '' || id.length > 200 || /[\s[\]]/.test(id)) return null;
    return { kind: 'init', id };
  }
  const type = fields[0];
  if (type === 'resize' || type === 'reset') return { kind: 'size' };
  return { kind: 'other' };
}

/**
 * The child's answer: its size with the word for what triggered it. `init` answers the settings;
 * any other word (the library's child uses `resizeObserver`, `mutationObserver` …) makes the parent
 * resize the frame; `scrollToOffset` makes it scroll its window to the frame's top plus (x, y).
 */
export function iframeResizerMessage(id: string, height: number, width: number, trigger: 'init' | 'resizeObserver' | 'resizeParent' | 'scrollToOffset'): string {
  return `${RESIZER_PREFIX}${id}:${Math.round(height)}:${Math.round(width)}:${trigger}`;
}

/**
 * The host script's greeting (`{ type: 'tieline:hello' }`, nothing else): a Tieline host script is
 * on the page and sizes this frame to its content. Checked without zod (which only the command bridge loads): it arrives before commands.
 */
export function isHostHello(data: unknown): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const keys = Object.keys(data);
  return keys.length === 1 && keys[0] === 'type' && (data as { type: unknown }).type === 'tieline:hello';
}
