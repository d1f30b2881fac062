// The force layout off the main thread: the page stays responsive, and the time bar, search and
// table work, while a large dataset without positions is laid out.
import { computeLayout, type LayoutRequest } from './force-layout';
import type { LayoutReply } from './layout-client';

self.onmessage = (message: MessageEvent<LayoutRequest>) => {
  let reply: LayoutReply;
  try {
    reply = { ok: true, positions: computeLayout(message.data) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
