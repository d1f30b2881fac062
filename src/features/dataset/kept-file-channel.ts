// Tells the other tabs of this browser when the kept file changes, so a tab never goes on claiming
// to show the kept file after another tab replaced or forgot it. Where BroadcastChannel is missing,
// the version check when a tab comes back into view still catches it.
import type { KeptFileChannel } from './dataset-source';
import type { KeptFileMeta } from './kept-file-store';

const CHANNEL = 'tieline:kept-file';

interface KeptFileMessage {
  readonly type: 'tieline:kept-file';
  readonly meta: KeptFileMeta | null;
}

function isMessage(data: unknown): data is KeptFileMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  if (message.type !== 'tieline:kept-file') return false;
  if (message.meta === null) return true;
  const meta = message.meta as Record<string, unknown> | undefined;
  return typeof meta === 'object' && typeof meta.version === 'string' && typeof meta.name === 'string';
}

export function createKeptFileChannel(): KeptFileChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(CHANNEL);
  return {
    post(meta) {
      channel.postMessage({ type: 'tieline:kept-file', meta } satisfies KeptFileMessage);
    },
    listen(onChange) {
      const onMessage = (event: MessageEvent<unknown>) => {
        if (isMessage(event.data)) onChange(event.data.meta);
      };
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
  };
}
