// The embedded page's side of the host-page API: posts its height and the reader's actions to the
// parent, and applies the parent's documented commands. Only messages whose source is the parent
// window (and, when an allow-list is given, whose origin is on it) are read at all.
import type { DatasetModel } from '../../domain/dataset-model';
import { isAllowedOrigin, type EmbedEvent } from '../../domain/embed-messages';
import { parseHostMessage } from '../../domain/host-messages';
import { dayToIso } from '../../domain/partial-date';
import { effectiveRange, useViewStore } from '../../state/view-store';

export interface EmbedBridgeOptions {
  readonly model: DatasetModel;
  readonly allowedOrigins: readonly string[];
}

export function startEmbedBridge({ model, allowedOrigins }: EmbedBridgeOptions): () => void {
  const parent = window.parent;
  if (parent === window) return () => undefined;
  // Height and events carry nothing private, but with an allow-list they go only to the listed origin.
  const targetOrigin = allowedOrigins.length === 1 ? allowedOrigins[0]! : '*';
  const post = (message: EmbedEvent) => parent.postMessage(message, targetOrigin);

  let lastHeight = -1;
  const postHeight = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    post({ type: 'tieline:resize', height });
  };
  const observer = new ResizeObserver(postHeight);
  observer.observe(document.documentElement);
  postHeight();

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

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent || !isAllowedOrigin(event.origin, allowedOrigins)) return;
    const command = parseHostMessage(event.data);
    if (command === null) return;
    if (command.type === 'set-time') {
      const { first, last } = model.extents[useViewStore.getState().basis];
      const clamp = (day: number) => Math.min(last, Math.max(first, day));
      useViewStore.setState({
        to: clamp(command.to),
        ...(command.from === undefined ? {} : { from: clamp(command.from) }),
        ...(command.mode === undefined ? {} : { mode: command.mode }),
      });
      return;
    }
    const { selection } = command;
    if (selection === null) useViewStore.setState({ selection: null });
    else if (selection.kind === 'actor' ? model.actorById.has(selection.id) : model.eventById.has(selection.id)) {
      useViewStore.setState({ selection });
    }
  };
  window.addEventListener('message', onMessage);
  post({ type: 'tieline:ready' });

  return () => {
    observer.disconnect();
    unsubscribe();
    window.removeEventListener('message', onMessage);
  };
}
