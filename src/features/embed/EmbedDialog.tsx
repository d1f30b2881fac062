// "Embed": the ready-to-paste snippet of the current view, for a newsroom's CMS.
import { useRef, useState } from 'react';
import { EMBED_CONTENT_HEIGHT, embedSnippet, embedUrlFor } from '../../domain/embed-messages';
import { THEMES, type Theme } from '../../domain/page-params';

const THEME_LABELS: Record<Theme, string> = {
  light: 'Light',
  dark: 'Dark',
  auto: 'Follow the reader’s setting',
};

export function EmbedButton({ title }: { title: string }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [copied, setCopied] = useState(false);
  // Made when the dialog opens, from the address at that moment: the view on screen. Not kept in
  // step with the store, so moving the slider never re-renders this button.
  const [snippet, setSnippet] = useState('');
  const [theme, setTheme] = useState<Theme>('light');
  const makeSnippet = (chosen: Theme) =>
    embedSnippet({
      embedUrl: embedUrlFor(window.location.href, chosen),
      title: `Tieline: ${title}`,
      hostScriptUrl: new URL('tieline-host.js', window.location.href).toString(),
      height: EMBED_CONTENT_HEIGHT,
    });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(true);
    } catch {
      // Clipboard refused (permissions, insecure context): the text stays selectable in the box.
      setCopied(false);
    }
  };
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setCopied(false);
          setSnippet(makeSnippet(theme));
          dialogRef.current?.showModal();
        }}
      >
        Embed
      </button>
      <dialog ref={dialogRef} className="embed-dialog" aria-labelledby="embed-title">
        <h2 id="embed-title">Embed this view</h2>
        <p>Paste this into your page. The frame shows this exact view (time range, filters, selection) and resizes to its content when the script is included (Pym.js and iframe-resizer also work). Without a script, it fits the frame’s height.</p>
        <fieldset className="segmented embed-theme">
          <legend>Colours</legend>
          {THEMES.map((option) => (
            <label key={option}>
              <input
                type="radio"
                name="embed-theme"
                value={option}
                checked={theme === option}
                onChange={() => {
                  setTheme(option);
                  setSnippet(makeSnippet(option));
                  setCopied(false);
                }}
              />
              {THEME_LABELS[option]}
            </label>
          ))}
        </fieldset>
        <label htmlFor="embed-snippet">Embed code</label>
        <textarea id="embed-snippet" readOnly rows={6} value={snippet} onFocus={(event) => event.currentTarget.select()} data-testid="embed-snippet" />
        <p role="status" className="embed-copied">{copied ? 'Copied to the clipboard.' : ''}</p>
        <div className="embed-actions">
          <button type="button" onClick={() => void copy()}>
            Copy code
          </button>
          <button type="button" onClick={() => dialogRef.current?.close()}>
            Close
          </button>
        </div>
      </dialog>
    </>
  );
}
