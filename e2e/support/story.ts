// What a chapter of the bundled story must show, worked out from the dataset on disk: its time
// range on the track, its selection, and how many lines of the graph stand for its events.
import { expect, type Page } from '@playwright/test';
import { rootOf } from '../../src/domain/actor-tree';
import type { Chapter, Dataset } from '../../src/domain/dataset-schema';
import { edgeEndsOf } from '../../src/domain/event-edges';
import { dayRangeOf } from '../../src/domain/partial-date';

/** The time bar's track on the event basis: the first and last day any event may start. */
export function trackOf(dataset: Dataset): { first: number; last: number } {
  const starts = dataset.events.map((event) => dayRangeOf(event.date).start);
  return { first: Math.min(...starts), last: Math.max(...starts) };
}

/** The "To" (and, in a window, "From") a chapter sets, kept on the track as the app keeps it. */
export function chapterRange(dataset: Dataset, chapter: Chapter): { from: number | null; to: number } {
  const { first, last } = trackOf(dataset);
  const clamp = (day: number) => Math.min(last, Math.max(first, day));
  const to = clamp(chapter.view.to === undefined ? last : dayRangeOf(chapter.view.to).start);
  const from = chapter.view.mode === 'window' && chapter.view.from !== undefined ? Math.min(to, clamp(dayRangeOf(chapter.view.from).start)) : null;
  return { from, to };
}

/**
 * How many lines stand for the chapter's events: ties between the same two drawn actors (an actor
 * itself, or its outermost actor at the state level) that look alike (kind, direction, status, dated
 * to the day or not) share a line; ties that fold into one actor draw nothing.
 */
export function expectedChapterLines(dataset: Dataset, chapter: Chapter): number {
  return expectedLines(dataset, chapter.events, chapter.view.level ?? 'actor');
}

/** How many lines stand for these events at a level of detail (see above). */
export function expectedLines(dataset: Dataset, eventIds: readonly string[], level: 'actor' | 'state'): number {
  const actorById = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const drawnAs = (id: string) => (level === 'state' ? rootOf(id, actorById) : id);
  const lines = new Set<string>();
  for (const event of dataset.events.filter((candidate) => eventIds.includes(candidate.id))) {
    for (const ends of edgeEndsOf(event)) {
      let [source, target] = [drawnAs(ends.source), drawnAs(ends.target)];
      if (source === target) continue;
      if (!ends.directed && target < source) [source, target] = [target, source];
      const approximate = dayRangeOf(event.date).precision !== 'day';
      lines.add(`${source}:${target}:${event.kind}:${ends.directed ? 'd' : 'u'}:${event.status ?? 'occurred'}:${approximate}`);
    }
  }
  return lines.size;
}

/** The lines the graph shows highlighted for the chapter, read from the graph itself. */
export function highlightedLines(page: Page): Promise<number> {
  return page.evaluate(() => window.cy?.edges('.chapter:visible').length ?? -1);
}

/** The selection the address holds: "actor:qatar", "event:…" or null. */
export async function selectionInAddress(page: Page): Promise<string | null> {
  const query = new URL(page.url()).searchParams;
  const actor = query.get('actor');
  const event = query.get('event');
  return actor !== null ? `actor:${actor}` : event !== null ? `event:${event}` : null;
}

/** The chapter's selection, in the same form. */
export function chapterSelection(chapter: Chapter): string | null {
  return chapter.view.actor !== undefined ? `actor:${chapter.view.actor}` : chapter.view.event !== undefined ? `event:${chapter.view.event}` : null;
}

/** Waits until the page shows chapter `number` of the story: card, time bar, selection and graph. */
export async function expectChapter(page: Page, dataset: Dataset, number: number): Promise<void> {
  const chapter = dataset.story!.chapters[number - 1]!;
  const card = page.getByRole('region', { name: chapter.title });
  await expect(card).toBeVisible();
  await expect(card.getByTestId('chapter-position')).toHaveText(`Chapter ${number} of ${dataset.story!.chapters.length}`);
  const { from, to } = chapterRange(dataset, chapter);
  await expect(page.getByRole('slider', { name: 'To' })).toHaveAttribute('aria-valuenow', String(to));
  if (from === null) await expect(page.getByRole('slider', { name: 'From' })).toHaveCount(0);
  else await expect(page.getByRole('slider', { name: 'From' })).toHaveAttribute('aria-valuenow', String(from));
  await expect.poll(() => selectionInAddress(page)).toBe(chapterSelection(chapter));
  await expect.poll(() => highlightedLines(page)).toBe(expectedChapterLines(dataset, chapter));
}
