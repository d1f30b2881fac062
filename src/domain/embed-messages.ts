// The host-page API of an embedded Tieline, as data: addresses, the snippet, allowed origins and the
// messages the embed sends. Reading the host's messages is in host-messages.ts (it needs zod, which
// only an embed loads).
import { readableQuery } from './view-params';

/**
 * The origins an embed accepts commands from, from its `origin` parameter (comma-separated). Empty
 * means any origin, as long as the message comes from the parent window itself.
 */
export function parseAllowedOrigins(value: string | null): string[] {
  if (value === null || value.trim() === '') return [];
  return value
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => {
      try {
        return new URL(origin).origin === origin;
      } catch {
        return false;
      }
    });
}

export function isAllowedOrigin(origin: string, allowed: readonly string[]): boolean {
  return allowed.length === 0 || allowed.includes(origin);
}

export type EmbedEvent =
  | { readonly type: 'tieline:ready' }
  | { readonly type: 'tieline:resize'; readonly height: number }
  | { readonly type: 'tieline:select'; readonly actor: string | null; readonly event: string | null }
  | { readonly type: 'tieline:timechange'; readonly from: string | null; readonly to: string; readonly mode: 'cumulative' | 'window' };

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

/** The embed address of a view: the same state, with `embed=1`. */
export function embedUrlFor(pageUrl: string): string {
  const url = new URL(pageUrl);
  url.searchParams.set('embed', '1');
  return addressOf(url);
}

/** The full app at the same state: the embed address without `embed` and `origin`. */
export function fullAppUrlFor(pageUrl: string): string {
  const url = new URL(pageUrl);
  url.searchParams.delete('embed');
  url.searchParams.delete('origin');
  return addressOf(url);
}

function addressOf(url: URL): string {
  const query = readableQuery(url.searchParams);
  return `${url.origin}${url.pathname}${query === '' ? '' : `?${query}`}${url.hash}`;
}
