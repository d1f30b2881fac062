// The source line of an embedded view and the way out to the full app at the same state.
import { fullAppUrlFor } from '../../domain/embed-messages';
import { useViewStore } from '../../state/view-store';

export function EmbedFooter({ sourceCount }: { sourceCount: number }) {
  useViewStore((state) => state);
  return (
    <p className="embed-source-line">
      Data: {sourceCount} article{sourceCount === 1 ? '' : 's'} · Tieline ·{' '}
      <a href={fullAppUrlFor(window.location.href)} target="_blank" rel="noopener noreferrer">
        Open the full view<span className="visually-hidden"> (opens in a new tab)</span> ↗
      </a>
    </p>
  );
}
