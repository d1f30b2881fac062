// "Read in context": the article in a modal dialog, the quoted passage highlighted and scrolled
// into view. A native <dialog> gives the focus trap, Escape and focus return for free. An article
// is shown whole; a source of megabytes only around the quote, with buttons that show more of it
// (see reader-window.ts), so opening it never lays out megabytes of text at once. A source given
// only as excerpts shows its excerpts.
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Source } from '../../domain/dataset-schema';
import { formatPartialDate } from '../../domain/partial-date';
import { locateQuote, readerText } from '../../domain/quote-match';
import { initialReaderWindow, widenReaderWindow } from '../../domain/reader-window';
import { CaveatList } from './CaveatList';

interface SourceReaderProps {
  readonly source: Source;
  readonly quote: string;
  readonly onClose: () => void;
}

export function SourceReader({ source, quote, onClose }: SourceReaderProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const markRef = useRef<HTMLElement>(null);
  // Shown in NFC, the form quotes are matched in, so the highlight falls where the match is.
  const text = useMemo(() => (source.text === undefined ? null : readerText(source.text)), [source.text]);
  const found = useMemo(() => (text === null ? null : locateQuote(quote, text)), [quote, text]);
  const [shown, setShown] = useState(() => initialReaderWindow(text ?? '', found));

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    // Only the reader scrolls (its text box, then the dialog): scrollIntoView would also scroll
    // every page around it, up to the story that embeds this frame.
    const mark = markRef.current;
    const box = mark?.closest<HTMLElement>('.source-text');
    if (mark && box) {
      centreWithin(mark, box);
      centreWithin(mark, dialog);
    }
  }, []);

  return (
    <dialog ref={dialogRef} className="source-reader" aria-labelledby="source-reader-title" onClose={onClose}>
      <header className="source-reader-header">
        <h2 id="source-reader-title">{source.title}</h2>
        <button type="button" onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </header>
      <p className="source-meta">
        {source.publisher ?? 'Publisher not named in the text'}
        {' · '}
        {source.published === null ? 'publication date unknown' : `published ${formatPartialDate(source.published)}`}
        {source.publishedBasis === 'inferred' && source.publishedNote !== undefined && <> (inferred: {source.publishedNote})</>}
        {source.url !== undefined && (
          <>
            {' · '}
            {/* The schema admits only http(s) addresses; the page opened cannot reach back into this one. */}
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              Original article<span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </>
        )}
      </p>
      <CaveatList caveats={source.caveats} />
      {text === null ? (
        <ExcerptsOnly source={source} quote={quote} markRef={markRef} />
      ) : (
        <>
          {shown.start > 0 && (
            <p className="source-more">
              {shown.start.toLocaleString('en')} characters come before this part.{' '}
              <button type="button" onClick={() => setShown(widenReaderWindow(text, shown, 'before'))}>
                Show earlier text
              </button>
            </p>
          )}
          <div className="source-text" tabIndex={0} aria-label="Article text">
            {found === null || found.start < shown.start || found.end > shown.end ? (
              text.slice(shown.start, shown.end)
            ) : (
              <>
                {text.slice(shown.start, found.start)}
                <mark ref={markRef} data-testid="quote-highlight">
                  {text.slice(found.start, found.end)}
                </mark>
                {text.slice(found.end, shown.end)}
              </>
            )}
          </div>
          {shown.end < text.length && (
            <p className="source-more">
              {(text.length - shown.end).toLocaleString('en')} characters come after this part.{' '}
              <button type="button" onClick={() => setShown(widenReaderWindow(text, shown, 'after'))}>
                Show later text
              </button>
            </p>
          )}
        </>
      )}
    </dialog>
  );
}

/** A source whose full text may not be republished: its excerpts, the quote highlighted in its own. */
function ExcerptsOnly({ source, quote, markRef }: { source: Source; quote: string; markRef: RefObject<HTMLElement | null> }) {
  const excerpts = (source.excerpts ?? []).map(readerText);
  const holder = excerpts.findIndex((excerpt) => locateQuote(quote, excerpt) !== null);
  return (
    <>
      <p className="excerpts-only-note" data-testid="excerpts-only">
        <strong>Excerpts only.</strong> The full text of this article is not republished here: below are
        the passages Tieline quotes, each with its sentence.{' '}
        {source.url !== undefined ? (
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            Read the original article<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        ) : (
          'The dataset gives no address for the original.'
        )}
      </p>
      <div className="source-text source-excerpts" tabIndex={0} aria-label="Excerpts of the article">
        {excerpts.map((excerpt, index) => {
          const found = index === holder ? locateQuote(quote, excerpt) : null;
          return (
            <p key={index} className="source-excerpt">
              {found === null ? (
                excerpt
              ) : (
                <>
                  {excerpt.slice(0, found.start)}
                  <mark ref={markRef} data-testid="quote-highlight">
                    {excerpt.slice(found.start, found.end)}
                  </mark>
                  {excerpt.slice(found.end)}
                </>
              )}
            </p>
          );
        })}
      </div>
    </>
  );
}

/** Scrolls `container` (and nothing else) so that `element` is in the middle of what it shows. */
function centreWithin(element: HTMLElement, container: HTMLElement): void {
  const offset = element.getBoundingClientRect().top - container.getBoundingClientRect().top + container.scrollTop;
  container.scrollTop = Math.max(0, offset - (container.clientHeight - element.getBoundingClientRect().height) / 2);
}
