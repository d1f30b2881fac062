// The first vertical slice, as a reader uses it: the graph, the time bar, the details panel.
import { expect, test } from './support/test';
import { normaliseWhitespace } from '../src/domain/quote-match';
import { dayRangeOf, formatDay } from '../src/domain/partial-date';
import { addCalendar } from '../src/domain/time-steps';
import { bundledDataset, expectedEdgesInWindow, expectedTieCount, expectedVisibleEdgeCount, sourceText, tieCount } from './support/dataset';
import { nodeCentreOnPage, nodeCount, openApp, visibleEdgeCount } from './support/graph';

const dataset = bundledDataset();
const eventStarts = dataset.events.map((event) => dayRangeOf(event.date).start);
const firstDay = Math.min(...eventStarts);
const lastDay = Math.max(...eventStarts);

async function sliderDay(slider: import('@playwright/test').Locator): Promise<number> {
  return Number(await slider.getAttribute('aria-valuenow'));
}

test('the graph shows every actor, and every tie up to the latest event', async ({ page }) => {
  await openApp(page);
  expect(await nodeCount(page)).toBe(dataset.actors.length);
  expect(await visibleEdgeCount(page)).toBe(expectedVisibleEdgeCount(dataset, lastDay));
  await expect(page.getByTestId('time-range-words')).toHaveText(`up to ${formatDay(lastDay)}`);
});

test('the keyboard moves the "To" handle and the edges follow the date exactly', async ({ page }) => {
  await openApp(page);
  const slider = page.getByRole('slider', { name: 'To' });
  await slider.focus();

  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuetext', formatDay(firstDay));
  await expect(page.getByTestId('time-range-words')).toHaveText(`up to ${formatDay(firstDay)}`);
  await expect.poll(() => visibleEdgeCount(page)).toBe(expectedVisibleEdgeCount(dataset, firstDay));

  // The track spans years, so arrows step by a month: the count must track each step exactly.
  let day = firstDay;
  for (let step = 1; step <= 3; step += 1) {
    await page.keyboard.press('ArrowRight');
    day = addCalendar(day, 'month', 1);
    await expect(slider).toHaveAttribute('aria-valuenow', String(day));
    await expect.poll(() => visibleEdgeCount(page)).toBe(expectedVisibleEdgeCount(dataset, day));
  }

  // Page Up steps a year; the 2012–2015 span must add the 2015 intervention after enough presses.
  for (let step = 1; step <= 3; step += 1) await page.keyboard.press('PageUp');
  day = addCalendar(day, 'year', 3);
  await expect(slider).toHaveAttribute('aria-valuenow', String(day));
  await expect(slider).toHaveAttribute('aria-valuetext', formatDay(day));
  await expect.poll(() => visibleEdgeCount(page)).toBe(expectedVisibleEdgeCount(dataset, day));
  expect(expectedVisibleEdgeCount(dataset, day)).toBeGreaterThan(expectedVisibleEdgeCount(dataset, firstDay));

  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', formatDay(lastDay));
  await expect.poll(() => visibleEdgeCount(page)).toBe(expectedVisibleEdgeCount(dataset, lastDay));
});

test('dragging the "To" handle with the mouse shows exactly the ties up to the chosen date', async ({ page }) => {
  await openApp(page);
  const slider = page.getByRole('slider', { name: 'To' });
  const track = await page.getByTestId('time-track').boundingBox();
  const handle = await slider.boundingBox();
  if (!track || !handle) throw new Error('The time bar has no box');
  const y = handle.y + handle.height / 2;

  await page.mouse.move(handle.x + handle.width / 2, y);
  await page.mouse.down();
  for (const fraction of [0.95, 0.9, 0.85]) {
    await page.mouse.move(track.x + track.width * fraction, y, { steps: 4 });
  }
  await page.mouse.up();

  const chosen = await sliderDay(slider);
  expect(chosen).toBeLessThan(lastDay);
  expect(chosen).toBeGreaterThan(firstDay);
  await expect(page.getByTestId('time-range-words')).toHaveText(`up to ${formatDay(chosen)}`);
  const expected = expectedVisibleEdgeCount(dataset, chosen);
  expect(expected).toBeLessThan(expectedVisibleEdgeCount(dataset, lastDay));
  await expect.poll(() => visibleEdgeCount(page)).toBe(expected);
  await expect(page.getByTestId('visible-tie-count')).toHaveText(`${expectedTieCount(dataset, chosen)} of ${tieCount(dataset)} ties`);
});

test('window mode shows only the ties whose dates overlap the window', async ({ page }) => {
  await openApp(page);
  await page.getByRole('radio', { name: 'Window' }).check();
  const from = page.getByRole('slider', { name: 'From' });
  const to = page.getByRole('slider', { name: 'To' });
  await expect(from).toBeVisible();

  // Narrow the window to the last year of the track: from End, back one year.
  await from.focus();
  await page.keyboard.press('End');
  const fromDay = await sliderDay(from);
  expect(fromDay).toBe(lastDay);
  await page.keyboard.press('PageDown');
  const windowStart = addCalendar(lastDay, 'year', -1);
  await expect(from).toHaveAttribute('aria-valuenow', String(windowStart));
  expect(await sliderDay(to)).toBe(lastDay);

  const expected = expectedEdgesInWindow(dataset, windowStart, lastDay);
  expect(expected).toBeLessThan(expectedVisibleEdgeCount(dataset, lastDay));
  await expect.poll(() => visibleEdgeCount(page)).toBe(expected);
  await expect(page.getByTestId('time-range-words')).toHaveText(`${formatDay(windowStart)} to ${formatDay(lastDay)}`);
});

test('clicking a node opens its details with verbatim, attributed quotes', async ({ page }) => {
  await openApp(page);
  // The person with the most events: persons are leaf nodes, never hidden behind a compound box.
  const persons = new Set(dataset.actors.filter((actor) => actor.type === 'person').map((actor) => actor.id));
  const counts = new Map<string, number>();
  for (const event of dataset.events) {
    for (const { actor } of event.participants) {
      if (persons.has(actor)) counts.set(actor, (counts.get(actor) ?? 0) + 1);
    }
  }
  const [actorId] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  const actor = dataset.actors.find((candidate) => candidate.id === actorId)!;

  const centre = await nodeCentreOnPage(page, actorId);
  await page.mouse.click(centre.x, centre.y);

  const panel = page.getByRole('complementary', { name: actor.label });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(actor.label);
  const items = panel.locator('.event');
  await expect(items).toHaveCount(counts.get(actorId)!);

  const firstItem = items.first();
  const eventId = await firstItem.getAttribute('data-event-id');
  const event = dataset.events.find((candidate) => candidate.id === eventId)!;
  const shownQuote = normaliseWhitespace(await firstItem.locator('.evidence-quote').first().innerText());
  const source = dataset.sources.find((candidate) => candidate.id === event.evidence[0]!.source)!;
  expect(normaliseWhitespace(sourceText(dataset, source.id))).toContain(shownQuote);
  await expect(firstItem.locator('.evidence-source').first()).toContainText(source.title);
});
