// The host-page API of an embedded Tieline, as data: addresses, the snippet, allowed origins and the
// messages the embed sends. Reading the host's messages is in host-messages.ts (it needs zod, which
// only an embed loads).
import { EMBEDDING_PARAMS, isSilentParam } from './page-params';
import { readableQuery } from './view-params';

/**
 * Whom an embed takes commands from, read from its `origin` parameter. Without the parameter: the
 * parent window, whatever its origin. With it: only the listed origins, and the list fails closed:
 * if any entry is not an origin, no command is accepted at all until the address is fixed (a typo
 * must never turn a restriction into "anyone").
 */
export type OriginPolicy =
  | { readonly kind: 'any' }
  | { readonly kind: 'listed'; readonly origins: readonly string[] }
  | { readonly kind: 'invalid'; readonly entries: readonly string[]; readonly reason: string };

/**
 * An origin as written by a person, in the form browsers report (`event.origin`): scheme and host
 * in lower case, one trailing slash dropped, a default port dropped. Anything more (a path, a query,
 * credentials, another scheme than http or https) is not an origin, and gives null.
 */
export function normaliseOrigin(entry: string): string | null {
  // Scheme, "://", a host (and port) without credentials, and at most one slash: nothing else.
  if (!/^https?:\/\/[^/?#@\\\s]+\/?$/i.test(entry)) return null;
  try {
    // The URL parser lower-cases the scheme and host, encodes international names as browsers
    // report them, and drops a default port.
    return new URL(entry).origin;
  } catch {
    return null;
  }
}

export function parseOriginPolicy(value: string | null): OriginPolicy {
  if (value === null) return { kind: 'any' };
  // Empty entries (a trailing comma) are skipped; an empty list is an error, not "anyone".
  const entries = value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  if (entries.length === 0) {
    return { kind: 'invalid', entries: [], reason: 'the “origin” parameter is empty' };
  }
  const origins: string[] = [];
  const invalid: string[] = [];
  for (const entry of entries) {
    const origin = normaliseOrigin(entry);
    if (origin === null) invalid.push(entry);
    else if (!origins.includes(origin)) origins.push(origin);
  }
  if (invalid.length > 0) {
    const named = invalid.slice(0, 3).map((entry) => `“${entry.length > 60 ? `${entry.slice(0, 60)}…` : entry}”`).join(', ');
    const more = invalid.length > 3 ? ` and ${invalid.length - 3} more` : '';
    return {
      kind: 'invalid',
      entries: invalid,
      reason: `${named}${more} ${invalid.length === 1 ? 'is not an origin' : 'are not origins'}`,
    };
  }
  return { kind: 'listed', origins };
}

/** Whether a command from `origin` (the browser's `event.origin`) may be obeyed. */
export function isAllowedOrigin(origin: string, policy: OriginPolicy): boolean {
  if (policy.kind === 'any') return true;
  if (policy.kind === 'invalid') return false;
  return policy.origins.includes(origin);
}

/** Where the embed's own messages may go: the one listed origin, or any (they carry nothing private). */
export function targetOriginFor(policy: OriginPolicy): string {
  return policy.kind === 'listed' && policy.origins.length === 1 ? policy.origins[0]! : '*';
}

export type EmbedEvent =
  /** The frame has arrived (its sizing starts with the page); a host script answers with its own. */
  | { readonly type: 'tieline:hello' }
  /** The frame takes commands (sent once the dataset is on screen, and to each later greeting). */
  | { readonly type: 'tieline:ready' }
  | { readonly type: 'tieline:resize'; readonly height: number }
  /** Asks the host page to scroll so that this part of the frame (CSS px from its top) is in view. */
  | { readonly type: 'tieline:scroll-into-view'; readonly top: number; readonly height: number }
  | { readonly type: 'tieline:select'; readonly actor: string | null; readonly event: string | null }
  | { readonly type: 'tieline:timechange'; readonly from: string | null; readonly to: string; readonly mode: 'cumulative' | 'window' }
  /** The reader (or the page) opened a chapter of the story, or left the story (`chapter: null`). */
  | { readonly type: 'tieline:chapterchange'; readonly chapter: number | null; readonly chapters: number; readonly title: string | null };

/**
 * The height an embed's content takes at the widths of a story's column (about 600 to 1,200 px), so
 * that a frame without any sizing script shows the whole embed, with nothing cut and no empty band.
 * `e2e/embed-frames.spec.ts` measures the real content and fails when this drifts from it.
 */
export const EMBED_CONTENT_HEIGHT = 698;

/** The `<iframe>` (and optional host script) a newsroom pastes into a story. */
export function embedSnippet(options: { embedUrl: string; title: string; hostScriptUrl: string; height: number }): string {
  const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return [
    `<iframe src="${attribute(options.embedUrl)}" title="${attribute(options.title)}" loading="lazy" data-tieline`,
    `  style="width:100%;height:${options.height}px;border:0" allow="fullscreen"></iframe>`,
    `<!-- Optional: resizes the frame to its content and gives the page an API (window.Tieline). -->`,
    `<script src="${attribute(options.hostScriptUrl)}" async></script>`,
  ].join('\n');
}

/**
 * The embed address of a view: the same state, with `embed=1` and the chosen theme (light, the
 * embed's default, is left out). A link tracker's or an embedding tool's parameters of the page it
 * was made from are not part of the view, and are left out.
 */
export function embedUrlFor(pageUrl: string, theme: 'light' | 'dark' | 'auto' = 'light'): string {
  const url = new URL(pageUrl);
  for (const name of [...url.searchParams.keys()]) {
    if (isSilentParam(name) || name === 'theme') url.searchParams.delete(name);
  }
  url.searchParams.set('embed', '1');
  if (theme !== 'light') url.searchParams.set('theme', theme);
  return addressOf(url);
}

/**
 * The full app at the same state: the embed address without what belongs to the frame (`embed`,
 * `origin`, `theme`, and what Pym.js added). Link trackers' parameters stay: a newsroom that tags
 * its embed's address wants to see the readers it sends to the full view.
 */
export function fullAppUrlFor(pageUrl: string): string {
  const url = new URL(pageUrl);
  for (const name of ['embed', 'origin', 'theme', ...EMBEDDING_PARAMS]) url.searchParams.delete(name);
  return addressOf(url);
}

function addressOf(url: URL): string {
  const query = readableQuery(url.searchParams);
  return `${url.origin}${url.pathname}${query === '' ? '' : `?${query}`}${url.hash}`;
}
