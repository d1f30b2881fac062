// The embedded page's side of the host-page API: posts the reader's actions to the parent, and
// applies the parent's documented commands. Only messages whose source is the parent window (and,
// when an allow-list is given, whose origin is on it) are read at all. The frame's height is
// frame-sizing.ts's, which starts with the page.
//
// Commands are applied at most once per animation frame: a parent that posts thousands of
// commands a second (a scroll handler gone wild, or a hostile page) gets the latest time and the
// latest selection applied once a frame, and everything they superseded is dropped unapplied, so
// the reader's own input is never queued behind them. A chapter sets the whole view, so it
// supersedes the time and selection sent before it; those sent after it refine it.
import type { DatasetModel } from '../../domain/dataset-model';
import { isAllowedOrigin, targetOriginFor, type EmbedEvent, type OriginPolicy } from '../../domain/embed-messages';
import type { HostCommand } from '../../domain/host-messages';
import { dayToIso } from '../../domain/partial-date';
import { effectiveRange, leaveStory, openChapter, useViewStore } from '../../state/view-store';
import { useFrameSizing } from './frame-sizing';

export interface EmbedBridgeOptions {
  readonly model: DatasetModel;
  readonly allowedOrigins: OriginPolicy;
}

/** When no animation frame comes (a hidden frame), commands are applied after this long. */
const FALLBACK_DELAY_MS = 100;

type SetTime = Extract<HostCommand, { type: 'set-time' }>;
type Select = Extract<HostCommand, { type: 'select' }>;
type SetChapter = Extract<HostCommand, { type: 'set-chapter' }>;

export function startEmbedBridge({ model, allowedOrigins }: EmbedBridgeOptions): () => void {
  const parent = window.parent;
  if (parent === window) return () => undefined;
  if (allowedOrigins.kind === 'invalid') {
    console.error(`Tieline embed: ${allowedOrigins.reason} in the “origin” parameter; every command from the host page is ignored until it is fixed.`);
  }
  // Events carry nothing private, but with an allow-list of one they go only to it.
  const targetOrigin = targetOriginFor(allowedOrigins);
  const post = (message: EmbedEvent) => parent.postMessage(message, targetOrigin);

  const chapters = model.dataset.story?.chapters ?? [];
  const postChapter = (reading: boolean, chapter: number | null) => {
    const current = reading ? chapter : null;
    post({ type: 'tieline:chapterchange', chapter: current, chapters: chapters.length, title: current === null ? null : (chapters[current - 1]?.title ?? null) });
  };

  const unsubscribe = useViewStore.subscribe((state, previous) => {
    if (state.story !== previous.story || (state.story && state.chapter !== previous.chapter)) postChapter(state.story, state.chapter);
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
  let pendingChapter: SetChapter | null = null;
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
    const chapter = pendingChapter;
    const time = pendingTime;
    const select = pendingSelect;
    pendingChapter = null;
    pendingTime = null;
    pendingSelect = null;
    if (chapter !== null) {
      if (chapter.chapter === null) leaveStory();
      else openChapter(model.dataset.story, chapter.chapter);
    }
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

  // The host's messages are read with zod, loaded with the first one: an embed whose page sends no
  // command never loads or builds those schemas while it starts. Messages that come while it loads
  // wait, in order; after that each is read at once.
  let parse: ((data: unknown) => HostCommand | null) | null = null;
  let waiting: unknown[] | null = null;
  let stopped = false;
  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent || !isAllowedOrigin(event.origin, allowedOrigins)) return;
    if (parse !== null) {
      take(parse(event.data));
      return;
    }
    if (waiting !== null) {
      waiting.push(event.data);
      return;
    }
    waiting = [event.data];
    import('../../domain/host-messages').then(
      ({ parseHostMessage }) => {
        parse = parseHostMessage;
        const queued = waiting ?? [];
        waiting = null;
        if (!stopped) for (const data of queued) take(parseHostMessage(data));
      },
      (error: unknown) => {
        // Tried again with the next message.
        waiting = null;
        console.error('Tieline could not load the reader of its page’s messages:', error);
      },
    );
  };
  const take = (command: HostCommand | null) => {
    if (command === null) return;
    if (command.type === 'set-chapter') {
      // A chapter the story lacks is ignored, as if it had not been sent.
      if (command.chapter !== null && command.chapter > chapters.length) return;
      pendingChapter = command;
      pendingTime = null;
      pendingSelect = null;
    } else if (command.type === 'set-time') {
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
  // A page that opened the embed at a chapter hears which one, as if the reader had turned to it.
  const opening = useViewStore.getState();
  if (opening.story) postChapter(true, opening.chapter);
  const unsubscribeGreetings = useFrameSizing.subscribe((state, previous) => {
    if (state.hostGreetings !== previous.hostGreetings) post({ type: 'tieline:ready' });
  });

  return () => {
    stopped = true;
    unsubscribe();
    window.removeEventListener('message', onMessage);
    cancelScheduled();
    unsubscribeGreetings();
  };
}
