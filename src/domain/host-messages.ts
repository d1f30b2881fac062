// Commands a host page sends to an embedded Tieline. Messages from a page are untrusted: only the
// documented shapes pass, anything else is dropped without a trace of effect.
import './zod-jitless';
import { z } from 'zod';
import { MAX_CHAPTERS } from './dataset-limits';
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

/** Opens the story at a chapter (from 1, as readers count), or, with null, leaves it. */
const setChapterSchema = z
  .object({
    type: z.literal('tieline:set-chapter'),
    chapter: z.number().int().min(1).max(MAX_CHAPTERS).nullable(),
  })
  .strict();

const hostMessageSchema = z.union([setTimeSchema, selectSchema, setChapterSchema]);

export type HostCommand =
  | { readonly type: 'set-time'; readonly to: number; readonly from?: number; readonly mode?: 'cumulative' | 'window' }
  | { readonly type: 'select'; readonly selection: { kind: 'actor' | 'event'; id: string } | null }
  | { readonly type: 'set-chapter'; readonly chapter: number | null };

/** The command a message carries, or null for anything that is not exactly a documented message. */
export function parseHostMessage(data: unknown): HostCommand | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  // Own properties only: nothing inherited through a prototype may carry a command.
  const parsed = hostMessageSchema.safeParse(Object.fromEntries(Object.entries(data)));
  if (!parsed.success) return null;
  const message = parsed.data;
  if (message.type === 'tieline:set-chapter') return { type: 'set-chapter', chapter: message.chapter };
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

