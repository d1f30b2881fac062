// Who sizes this embed's frame, which decides its layout:
//
// - nobody (a fixed-height frame, what a CMS block gives when it strips scripts, or the page opened
//   on its own): the embed fits the frame, the graph takes what is left, and the time bar and the
//   source line are always in view;
// - a sizing script on the story page: the embed takes its natural height, and tells the page.
//
// Three scripts are understood, with no change on the story page: Tieline's host script (each side
// says `tieline:hello` when it arrives, and the host answers a frame's hello), Pym.js (`childId` in
// the address) and iframe-resizer v4 (its settings message, `[iFrameSizer]…`). This starts with the
// page, before the dataset loads, so the layout is settled before the graph is first drawn; the
// command bridge (embed-bridge.ts) loads later. Sizing greetings are read from the parent window
// whatever its origin: they change only the layout, never the view.
import { create } from 'zustand';
import { targetOriginFor } from '../../domain/embed-messages';
import {
  IFRAME_RESIZER_CHILD_READY,
  isHostHello,
  iframeResizerMessage,
  parseIframeResizerMessage,
  parsePymMessage,
  pymMessage,
} from '../../domain/frame-protocols';
import { EMBED_ALLOWED_ORIGINS, PYM_CHILD_ID } from './embed-mode';

export type FrameSizer = 'none' | 'tieline' | 'pym' | 'iframe-resizer';

interface FrameSizingState {
  readonly sizer: FrameSizer;
  /** How many times a Tieline host script has greeted this frame (the command bridge answers each). */
  readonly hostGreetings: number;
  /**
   * Asks the story page to scroll so that this part of the frame (CSS px from the frame's top) is
   * in view, through the sizing protocol in use; null when there is none (the frame is its window).
   */
  readonly scrollHostTo: ((top: number, height: number) => void) | null;
}

export const useFrameSizing = create<FrameSizingState>()(() => ({
  sizer: PYM_CHILD_ID === null ? 'none' : 'pym',
  hostGreetings: 0,
  scrollHostTo: null,
}));

/** Whether the frame follows the content's height (a sizing script), rather than the other way. */
export const selectSizedByHost = (state: FrameSizingState): boolean => state.sizer !== 'none';

/** Starts the sizing protocols of an embed in a frame. Returns a stop function. */
export function startFrameSizing(): () => void {
  const parent = window.parent;
  if (parent === window) return () => undefined;
  // With an allow-list of one origin, even the height goes only to it.
  const targetOrigin = targetOriginFor(EMBED_ALLOWED_ORIGINS);
  const post = (message: unknown) => parent.postMessage(message, targetOrigin);
  const pymChildId = PYM_CHILD_ID;

  // The protocols the page has shown it speaks; each gets every height.
  let tielineHost = false;
  let resizerId: string | null = null;

  let lastHeight = -1;
  const postHeight = ({ force = false, trigger = 'resizeObserver' }: { force?: boolean; trigger?: 'init' | 'resizeObserver' | 'resizeParent' } = {}) => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight && !force) return;
    lastHeight = height;
    if (tielineHost) post({ type: 'tieline:resize', height });
    if (pymChildId !== null) post(pymMessage(pymChildId, 'height', height));
    if (resizerId !== null) post(iframeResizerMessage(resizerId, height, document.documentElement.scrollWidth, trigger));
  };
  const scrollHostTo = (top: number, height: number) => {
    if (tielineHost) post({ type: 'tieline:scroll-into-view', top: Math.round(top), height: Math.round(height) });
    if (pymChildId !== null) post(pymMessage(pymChildId, 'scrollToChildPos', top));
    if (resizerId !== null) post(iframeResizerMessage(resizerId, top, 0, 'scrollToOffset'));
  };
  const publish = () => {
    const sizer: FrameSizer = tielineHost ? 'tieline' : pymChildId !== null ? 'pym' : resizerId !== null ? 'iframe-resizer' : 'none';
    useFrameSizing.setState({ sizer, scrollHostTo: sizer === 'none' ? null : scrollHostTo });
  };
  publish();

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent) return;
    const data: unknown = event.data;
    if (isHostHello(data)) {
      if (!tielineHost) {
        tielineHost = true;
        publish();
      }
      postHeight({ force: true });
      useFrameSizing.setState((state) => ({ hostGreetings: state.hostGreetings + 1 }));
      return;
    }
    if (pymChildId !== null) {
      const pym = parsePymMessage(pymChildId, data);
      // Pym's parent says its width when its window resizes; the answer is the height.
      if (pym !== null && pym.type === 'width') postHeight({ force: true });
      if (pym !== null) return;
    }
    const resizer = parseIframeResizerMessage(data);
    if (resizer?.kind === 'init') {
      resizerId = resizer.id;
      publish();
      postHeight({ force: true, trigger: 'init' });
    } else if (resizer?.kind === 'size' && resizerId !== null) {
      postHeight({ force: true, trigger: 'resizeParent' });
    }
  };
  window.addEventListener('message', onMessage);

  const observer = new ResizeObserver(() => postHeight());
  observer.observe(document.documentElement);

  // Hello to a Tieline host script already on the page (it answers with its own); Pym's first
  // height; and, for an iframe-resizer parent that said hello before this page listened, what its
  // own child script says when it loads late, so it says it again.
  post({ type: 'tieline:hello' });
  if (pymChildId !== null) postHeight({ force: true });
  post(IFRAME_RESIZER_CHILD_READY);

  return () => {
    observer.disconnect();
    window.removeEventListener('message', onMessage);
  };
}
