// In an embed, the host-page bridge (and the message validator it needs) loads and talks about the
// dataset on screen; it restarts when that dataset changes.
import { useEffect } from 'react';
import type { DatasetModel } from '../domain/dataset-model';
import { EMBED_ALLOWED_ORIGINS, IS_EMBED } from '../features/embed/embed-mode';

export function useEmbedBridge(model: DatasetModel | null): void {
  useEffect(() => {
    if (!IS_EMBED || model === null) return undefined;
    let stop: (() => void) | null = null;
    let cancelled = false;
    void import('../features/embed/embed-bridge').then(({ startEmbedBridge }) => {
      if (!cancelled) stop = startEmbedBridge({ model, allowedOrigins: EMBED_ALLOWED_ORIGINS });
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [model]);
}
