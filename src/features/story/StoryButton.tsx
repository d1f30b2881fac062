// The door into a dataset's story, in the header: "Read the story", or, once the reader has left it
// to explore, "Back to the story" at the chapter they left. Nothing when the dataset has no story or
// while the reader is in it (the chapter card has the way out).
import type { DatasetModel } from '../../domain/dataset-model';
import { openChapter, useViewStore } from '../../state/view-store';

export function StoryButton({ model }: { model: DatasetModel }) {
  const { story } = model.dataset;
  const reading = useViewStore((state) => state.story);
  const left = useViewStore((state) => state.chapter);
  if (story === undefined || reading) return null;
  const chapter = left !== null && left <= story.chapters.length ? left : null;
  const open = () => {
    openChapter(story, chapter ?? 1);
    // The reader lands in the card, which they read next.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="story-card"]')?.focus());
  };
  return (
    <button type="button" className="story-button" onClick={open} data-story-return="" title={story.title}>
      {/* In a narrow embed only "Story" is printed; the whole name is still the button's. */}
      {chapter === null ? (
        <>
          <span className="story-button-lead">Read the </span>
          <span className="story-button-word">story</span>
        </>
      ) : (
        <>
          <span className="story-button-lead">Back to the </span>
          <span className="story-button-word">story</span>
          <span className="story-button-chapter">: chapter {chapter} of {story.chapters.length}</span>
        </>
      )}
    </button>
  );
}
