// The embedded page's side of the host-page API: posts the reader's actions to the parent, and
// applies the parent's documented commands. Only messages whose source is the parent window (and,
// when an allow-list is given, whose origin is on it) are read at all. The frame's height is
// frame-sizing.ts's, which starts with the page.
//
// Commands are applied at most once per animation frame: a parent that posts thousands of
// commands a second (a scroll handler gone wild, or a hostile page) gets the latest time and the
// latest selection applied once a frame, and everything they superseded is dropped unapplied, so
// the reader's own input is never queued behind them.
import type { DatasetModel } from '../../domain/dataset-model';
import { isAllowedOrigin, targetOriginFor, type EmbedEvent, type OriginPolicy } from '../../domain/embed-messages';
import { parseHostMessage, type HostCommand } from '../../domain/host-messages';
import { dayToIso } from '../../domain/partial-date';
import { effectiveRange, useViewStore } from '../../state/view-store';
import { useFrameSizing } from './frame-sizing';

export interface EmbedBridgeOptions {
  readonly model: DatasetModel;
  readonly allowedOrigins: OriginPolicy;
}

/** When no animation frame comes (a hidden frame), commands are applied after this long. */
const FALLBACK_DELAY_MS = 100;

type SetTime = Extract<HostCommand, { type: 'set-time' }>;
type Select = Extract<HostCommand, { type: 'select' }>;

export function startEmbedBridge({ model, allowedOrigins }: EmbedBridgeOptions): () => void {
  const parent = window.parent;
  if (parent === window) return () => undefined;
  if (allowedOrigins.kind === 'invalid') {
    console.error(`Tieline embed: ${allowedOrigins.reason} in the “origin” parameter; every command from the host page is ignored until it is fixed.`);
  }
  // Events carry nothing private, but with an allow-list of one they go only to it.
  const targetOrigin = targetOriginFor(allowedOrigins);
  const post = (message: EmbedEvent) => parent.postMessage(message, targetOrigin);

  const unsubscribe = useViewStore.subscribe((state, previous) => {
    if (state.selection !== previous.selection) {
      post({
        type: 'tieline:select',
        actor: state.selection?.kind === 'actor' ? state.selection.id : null,
        event: state.selection?.kind === 'event' ? state.selection.id : null,
      });
    }
    if (state.from !== previous.from || state.to !== previous.to || state.mode !== previous.mode || state.basis !== previous.basis) {
      const range = effectiveRange(state, model);
      post({ type: 'tieline:timechange', from: range.mode === 'window' ? dayToIso(range.from) : null, to: dayToIso(range.to), mode: range.mode });
    }
  });

  // What the frame will apply: each later command overwrites what it supersedes.
  let pendingTime: SetTime | null = null;
  let pendingSelect: Select | null = null;
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancelScheduled = () => {
    if (frame !== null) cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
    frame = null;
    timer = null;
  };

  const applyPending = () => {
    cancelScheduled();
    const time = pendingTime;
    const select = pendingSelect;
    pendingTime = null;
    pendingSelect = null;
    if (time !== null) {
      const { first, last } = model.extents[useViewStore.getState().basis];
      const clamp = (day: number) => Math.min(last, Math.max(first, day));
      useViewStore.setState({
        to: clamp(time.to),
        ...(time.from === undefined ? {} : { from: clamp(time.from) }),
        ...(time.mode === undefined ? {} : { mode: time.mode }),
      });
    }
    if (select !== null) useViewStore.setState({ selection: select.selection });
  };

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent || !isAllowedOrigin(event.origin, allowedOrigins)) return;
    const command = parseHostMessage(event.data);
    if (command === null) return;
    if (command.type === 'set-time') {
      // Fields a later command leaves out keep the earlier one's value, as if both were applied.
      pendingTime = pendingTime === null ? command : { ...pendingTime, ...command };
    } else {
      const { selection } = command;
      // A selection the dataset lacks is ignored, as if it had not been sent.
      if (selection !== null && !(selection.kind === 'actor' ? model.actorById.has(selection.id) : model.eventById.has(selection.id))) return;
      pendingSelect = command;
    }
    if (frame === null) {
      frame = requestAnimationFrame(applyPending);
      // Browsers pause frames in a hidden or off-screen frame; the page's commands still apply.
      timer = setTimeout(applyPending, FALLBACK_DELAY_MS);
    }
  };
  window.addEventListener('message', onMessage);
  // Ready for commands: now, and again to each host script that greets the frame later (one that
  // loaded after this said it), so that it sends the commands it kept.
  post({ type: 'tieline:ready' });
  const unsubscribeGreetings = useFrameSizing.subscribe((state, previous) => {
    if (state.hostGreetings !== previous.hostGreetings) post({ type: 'tieline:ready' });
  });

  return () => {
    unsubscribe();
    window.removeEventListener('message', onMessage);
    cancelScheduled();
    unsubscribeGreetings();
  };
}
