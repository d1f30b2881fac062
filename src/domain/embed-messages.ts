// The host-page API of an embedded Tieline, as data. A story page can drive the view (time range,
// selection) and hear what the reader does. Messages from a page are untrusted: only the documented
// shapes pass, anything else is dropped without a trace of effect.
import { z } from 'zod';
import { toDayRange } from './partial-date';

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => toDayRange(value) !== null);
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/).max(200);

const setTimeSchema = z
  .object({
    type: z.literal('tieline:set-time'),
    to: isoDay,
    from: isoDay.optional(),
    mode: z.enum(['cumulative', 'window']).optional(),
  })
  .strict();

const selectSchema = z
  .object({
    type: z.literal('tieline:select'),
    actor: id.optional(),
    event: id.optional(),
  })
  .strict()
  .refine((message) => !(message.actor !== undefined && message.event !== undefined));

const hostMessageSchema = z.union([setTimeSchema, selectSchema]);

export type HostCommand =
  | { readonly type: 'set-time'; readonly to: number; readonly from?: number; readonly mode?: 'cumulative' | 'window' }
  | { readonly type: 'select'; readonly selection: { kind: 'actor' | 'event'; id: string } | null };

/** The command a message carries, or null for anything that is not exactly a documented message. */
export function parseHostMessage(data: unknown): HostCommand | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  // Own properties only: nothing inherited through a prototype may carry a command.
  const parsed = hostMessageSchema.safeParse(Object.fromEntries(Object.entries(data)));
  if (!parsed.success) return null;
  const message = parsed.data;
  if (message.type === 'tieline:set-time') {
    const to = toDayRange(message.to)!.start;
    const from = message.from === undefined ? undefined : toDayRange(message.from)!.start;
    if (from !== undefined && from > to) return null;
    return { type: 'set-time', to, ...(from === undefined ? {} : { from }), ...(message.mode === undefined ? {} : { mode: message.mode }) };
  }
  if (message.actor !== undefined) return { type: 'select', selection: { kind: 'actor', id: message.actor } };
  if (message.event !== undefined) return { type: 'select', selection: { kind: 'event', id: message.event } };
  return { type: 'select', selection: null };
}

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
  return url.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}

/** The full app at the same state: the embed address without `embed` and `origin`. */
export function fullAppUrlFor(pageUrl: string): string {
  const url = new URL(pageUrl);
  url.searchParams.delete('embed');
  url.searchParams.delete('origin');
  return url.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}
