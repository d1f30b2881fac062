// A mistake in the embed code, said where the newsroom that pasted it will see it: in the frame,
// above the graph. Addressed to whoever set up the page; the reader can still use the graph.
import { EMBED_ALLOWED_ORIGINS } from './embed-mode';

export function EmbedSetupError() {
  const policy = EMBED_ALLOWED_ORIGINS;
  if (policy.kind !== 'invalid') return null;
  return (
    <div className="embed-setup-error" role="alert" data-testid="embed-setup-error">
      <strong>Embed code error (for the page’s editors):</strong> {policy.reason} in this frame’s{' '}
      <code>origin=</code> parameter, so it ignores every command from the page until that is fixed.
      Write each origin as <code>https://news.example</code>: scheme and host, no path; separate
      several with commas.
    </div>
  );
}
