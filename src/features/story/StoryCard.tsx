// The chapter card: while the reader is in the dataset's story, the chapter's title, its text (whose
// links select an event and show its quote here), "3 of 7", and the way on: Previous / Next buttons,
// the arrow keys, a swipe on a touch screen. The reader can leave to explore and come back.
import { useEffect, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { DatasetModel } from '../../domain/dataset-model';
import { formatPartialDate } from '../../domain/partial-date';
import { chapterTextParts, showsChapterView } from '../../domain/story';
import { urlFor } from '../../state/url-sync';
import { leaveStory, openChapter, selectEvent, useViewStore } from '../../state/view-store';

/** A horizontal swipe of at least this many CSS pixels turns the page. */
const SWIPE_PX = 50;

/** Keys that turn the page unless the reader is typing or moving a control that uses them. */
function usesArrowKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  const role = target.getAttribute('role');
  return role === 'slider' || role === 'combobox' || role === 'listbox' || role === 'tab';
}

export function StoryCard({ model }: { model: DatasetModel }) {
  const { story } = model.dataset;
  const reading = useViewStore((state) => state.story);
  const number = useViewStore((state) => state.chapter);
  const selection = useViewStore((state) => state.selection);
  const onChapterView = useViewStore((state) => {
    const chapter = number === null ? undefined : story?.chapters[number - 1];
    return chapter !== undefined && showsChapterView(state, chapter);
  });
  const cardRef = useRef<HTMLElement>(null);
  const swipe = useRef<{ id: number; x: number; y: number } | null>(null);

  const chapters = story?.chapters.length ?? 0;
  const chapter = number === null ? undefined : story?.chapters[number - 1];
  const go = (to: number) => {
    if (to >= 1 && to <= chapters) openChapter(story, to);
  };

  // With nothing focused (the page itself), the arrow keys turn the page too.
  useEffect(() => {
    if (!reading || number === null) return undefined;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (document.activeElement !== document.body && document.activeElement !== null) return;
      if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        event.preventDefault();
        openChapter(story, event.key === 'ArrowRight' ? Math.min(chapters, number + 1) : Math.max(1, number - 1));
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [reading, number, story, chapters]);

  // A page turn that disables the button pressed (the last chapter's Next) would drop focus on the
  // page; it goes to the card instead. The first chapter shown takes no focus: the reader may be
  // anywhere on the page.
  const shownBefore = useRef(false);
  useEffect(() => {
    if (!reading || number === null) {
      shownBefore.current = false;
      return;
    }
    if (shownBefore.current && (document.activeElement === document.body || document.activeElement === null)) cardRef.current?.focus();
    shownBefore.current = true;
  }, [reading, number]);

  if (!reading || story === undefined || chapter === undefined || number === null) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || usesArrowKeys(event.target)) return;
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      go(event.key === 'ArrowRight' ? number + 1 : number - 1);
    }
  };
  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (event.pointerType === 'touch') swipe.current = { id: event.pointerId, x: event.clientX, y: event.clientY };
  };
  const onPointerUp = (event: PointerEvent<HTMLElement>) => {
    const start = swipe.current;
    swipe.current = null;
    if (start === null || start.id !== event.pointerId) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    // A swipe to the left brings the next chapter, as a page turns.
    if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > 2 * Math.abs(dy)) go(dx < 0 ? number + 1 : number - 1);
  };
  const leave = () => {
    leaveStory();
    // The way back is the story button in the header; the reader lands on it.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-story-return]')?.focus());
  };

  const linked = new Set(chapterTextParts(chapter.text).flatMap((part) => (part.kind === 'link' ? [part.target] : [])));
  const quoted = selection?.kind === 'event' && chapter.events.includes(selection.id) ? model.eventById.get(selection.id) : undefined;
  const evidence = quoted?.evidence[0];
  const source = evidence === undefined ? undefined : model.sourceById.get(evidence.source);

  return (
    <section
      ref={cardRef}
      className="story-card"
      aria-labelledby="story-chapter-title"
      aria-describedby="story-chapter-position"
      data-testid="story-card"
      data-chapter={number}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerUp={onPointerUp}
      onPointerCancel={() => (swipe.current = null)}
    >
      <p className="story-card-story">
        <span className="story-card-title">{story.title}</span>
        <span id="story-chapter-position" className="story-card-position" data-testid="chapter-position">
          <span className="visually-hidden">Chapter </span>
          {number} of {chapters}
        </span>
      </p>
      <h2 id="story-chapter-title" className="story-card-heading">
        {chapter.title}
      </h2>
      <p className="story-card-text">
        {chapterTextParts(chapter.text).map((part, index) =>
          part.kind === 'text' ? (
            <span key={index}>{part.text}</span>
          ) : (
            // A real link (to the same view with the event selected), so it flows and wraps with the
            // sentence and opens in a new tab on request; a plain click selects in place.
            <a
              key={index}
              className="story-link"
              href={urlFor({ ...useViewStore.getState(), selection: { kind: 'event', id: part.target } })}
              aria-current={selection?.kind === 'event' && selection.id === part.target ? 'true' : undefined}
              data-event-id={part.target}
              onClick={(event) => {
                if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                event.preventDefault();
                selectEvent(part.target);
              }}
            >
              {part.text}
            </a>
          ),
        )}
      </p>
      {quoted !== undefined && evidence !== undefined && (
        <figure className="story-quote" data-testid="story-quote" aria-label={linked.has(quoted.id) ? 'The quote behind the selected words' : 'The quote behind the selected tie'}>
          <blockquote>{evidence.quote}</blockquote>
          <figcaption>
            — <cite>{source?.title ?? evidence.source}</cite>
            {source?.publisher != null && <>, {source.publisher}</>}
            {source?.published != null && <>, {formatPartialDate(source.published)}</>}
            {quoted.evidence.length > 1 && <> · {quoted.evidence.length - 1} more in the details</>}
          </figcaption>
        </figure>
      )}
      <div className="story-card-nav">
        <button type="button" onClick={() => go(number - 1)} disabled={number <= 1} aria-keyshortcuts="ArrowLeft">
          ← Previous
        </button>
        <button type="button" onClick={() => go(number + 1)} disabled={number >= chapters} aria-keyshortcuts="ArrowRight">
          Next →
        </button>
        {!onChapterView && (
          <button type="button" className="link-button" onClick={() => go(number)}>
            This chapter's view again
          </button>
        )}
        <button type="button" className="link-button story-leave" onClick={leave}>
          Explore on your own
        </button>
      </div>
    </section>
  );
}
