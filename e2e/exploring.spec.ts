// Exploring ties through time: the time bar's handles, modes, play and steps, the histogram, search,
// the state-level view, the legend filter, reading a quote in its article, the table, and the state of
// a relationship that was severed and resumed. Expected figures come from the dataset on disk.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { buildModel } from '../src/domain/dataset-model';
import { dayRangeOf, formatDay } from '../src/domain/partial-date';
import { normaliseWhitespace } from '../src/domain/quote-match';
import { drawnAsFor, groupTies } from '../src/domain/tie-groups';
import { bundledDataset, expectedEdgesInWindow, expectedVisibleEdgeCount, tieCount } from './support/dataset';
import { nodeCentreOnPage, openApp, visibleEdgeCount } from './support/graph';

const dataset = bundledDataset();
const model = buildModel(dataset);
const eventStartDays = [...new Set(dataset.events.map((event) => dayRangeOf(event.date).start))].sort((a, b) => a - b);
const lastDay = eventStartDays.at(-1)!;

async function valueOf(slider: Locator): Promise<number> {
  return Number(await slider.getAttribute('aria-valuenow'));
}

async function dragHandle(page: Page, handle: Locator, toFraction: number): Promise<void> {
  const track = await page.getByTestId('time-track').boundingBox();
  const box = await handle.boundingBox();
  if (!track || !box) throw new Error('The time bar has no box');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(track.x + track.width * toFraction, y, { steps: 6 });
  await page.mouse.up();
}

test('in window mode both handles drag, and the graph shows exactly the ties overlapping the window', async ({ page }) => {
  await openApp(page);
  const positions = () => page.evaluate(() => window.cy!.nodes().map((node) => ({ id: node.id(), ...node.position() })));
  const before = await positions();
  await page.getByRole('radio', { name: 'Window' }).check();
  const from = page.getByRole('slider', { name: 'From' });
  const to = page.getByRole('slider', { name: 'To' });

  await dragHandle(page, from, 0.5);
  await dragHandle(page, to, 0.85);
  // Nothing jumps while time moves: every node keeps its place.
  expect(await positions()).toEqual(before);
  const fromDay = await valueOf(from);
  const toDay = await valueOf(to);
  expect(fromDay).toBeGreaterThan(dayRangeOf('2012').start);
  expect(toDay).toBeLessThan(lastDay);
  expect(fromDay).toBeLessThan(toDay);
  await expect(page.getByTestId('time-range-words')).toHaveText(`${formatDay(fromDay)} to ${formatDay(toDay)}`);
  await expect.poll(() => visibleEdgeCount(page)).toBe(expectedEdgesInWindow(dataset, fromDay, toDay));

  // The handles never cross: "From" stops at "To".
  await from.focus();
  await page.keyboard.press('End');
  expect(await valueOf(from)).toBe(toDay);
});

test('the step buttons jump from event to event, and play runs to the last event and stops', async ({ page }) => {
  await openApp(page);
  const to = page.getByRole('slider', { name: 'To' });
  const previous = page.getByRole('button', { name: 'Previous event' });
  for (let back = 1; back <= 3; back += 1) {
    await previous.click();
    const expectedDay = eventStartDays.at(-1 - back)!;
    await expect(to).toHaveAttribute('aria-valuenow', String(expectedDay));
    await expect.poll(() => visibleEdgeCount(page)).toBe(expectedVisibleEdgeCount(dataset, expectedDay));
  }
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(to).toHaveAttribute('aria-valuenow', String(eventStartDays.at(-3)));

  const play = page.getByRole('button', { name: 'Play' });
  await play.click();
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
  await expect(to).toHaveAttribute('aria-valuenow', String(lastDay), { timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => visibleEdgeCount(page)).toBe(expectedVisibleEdgeCount(dataset, lastDay));
});

test('the histogram counts events per year and follows the kind filter', async ({ page }) => {
  await openApp(page);
  const bars = page.getByTestId('histogram').locator('.histogram-bar');
  const countsByYear = async () =>
    Object.fromEntries(
      await bars.evaluateAll((elements) =>
        elements.map((element) => [element.getAttribute('data-label'), Number(element.getAttribute('data-count'))]),
      ),
    ) as Record<string, number>;
  const expectedByYear = (events: typeof dataset.events) => {
    const counts: Record<string, number> = {};
    for (let year = 2012; year <= 2025; year += 1) counts[String(year)] = 0;
    for (const event of events) counts[event.date.slice(0, 4)]! += 1;
    return counts;
  };
  expect(await countsByYear()).toEqual(expectedByYear(dataset.events));

  await page.getByRole('button', { name: /^Phone call/ }).click();
  await expect.poll(countsByYear).toEqual(expectedByYear(dataset.events.filter((event) => event.kind !== 'call')));
});

test('the legend hides and shows a kind of tie', async ({ page }) => {
  await openApp(page);
  const all = expectedVisibleEdgeCount(dataset, lastDay);
  const meetingEdges = model.edges.filter((edge) => edge.kind === 'meeting').length;
  expect(meetingEdges).toBeGreaterThan(0);
  const toggle = page.getByRole('button', { name: /^Meeting/ });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => visibleEdgeCount(page)).toBe(all - meetingEdges);
  expect(await page.evaluate(() => window.cy!.edges('[kind = "meeting"]:visible').length)).toBe(0);
  await page.getByRole('button', { name: 'Show all kinds' }).click();
  await expect.poll(() => visibleEdgeCount(page)).toBe(all);
});

test('searching by an alias finds the actor, selects it and fades the rest of the graph', async ({ page }) => {
  await openApp(page);
  const search = page.getByRole('combobox', { name: 'Find an actor' });
  await search.fill('Julani');
  const option = page.getByRole('option', { name: /Ahmad al-Sharaa/ });
  await expect(option).toContainText('Julani');
  await search.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Ahmad al-Sharaa' })).toBeVisible();
  const state = await page.evaluate(() => ({
    selected: window.cy!.$('.selected').map((node) => node.id()),
    fadedNodes: window.cy!.nodes('.faded').length,
    hamasFaded: window.cy!.getElementById('hamas').hasClass('faded'),
  }));
  expect(state.selected).toEqual(['ahmad-al-sharaa']);
  expect(state.fadedNodes).toBeGreaterThan(0);
  expect(state.hamasFaded).toBe(true);
});

test('the state-level view folds persons into their states and merges their ties', async ({ page }) => {
  await openApp(page);
  await page.getByRole('radio', { name: 'States only' }).check();
  const roots = dataset.actors.filter((actor) => actor.parent === undefined).length;
  const merged = groupTies(model.edges, drawnAsFor('state', model.actorById)).groups.length;
  await expect.poll(() => page.evaluate(() => window.cy!.nodes(':visible').length)).toBe(roots);
  await expect.poll(() => visibleEdgeCount(page)).toBe(merged);
  expect(merged).toBeLessThan(tieCount(dataset));

  await page.getByRole('radio', { name: 'Persons inside states' }).check();
  await expect.poll(() => page.evaluate(() => window.cy!.nodes(':visible').length)).toBe(dataset.actors.length);
  await expect.poll(() => visibleEdgeCount(page)).toBe(expectedVisibleEdgeCount(dataset, lastDay));
});

test('"Read in context" opens the article with the quote highlighted and in view', async ({ page }) => {
  const event = dataset.events.find((candidate) => candidate.id === 'qatar-contacts-hts-2024')!;
  await openApp(page, `./?event=${event.id}`);
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('Contact');
  await panel.getByRole('button', { name: 'Read in context' }).first().click();
  const reader = page.getByRole('dialog');
  const source = dataset.sources.find((candidate) => candidate.id === event.evidence[0]!.source)!;
  await expect(reader.getByRole('heading', { level: 2 })).toHaveText(source.title);
  const mark = reader.getByTestId('quote-highlight');
  expect(normaliseWhitespace(await mark.innerText())).toBe(normaliseWhitespace(event.evidence[0]!.quote));
  await expect(mark).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(reader).toBeHidden();
});

test('the table lists the events in range, sorts by column and selects an event', async ({ page }) => {
  await openApp(page);
  await page.getByRole('radio', { name: 'Table' }).check();
  const table = page.getByRole('table');
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(dataset.events.length);

  const dateHeader = table.getByRole('columnheader', { name: /Date/ });
  await expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
  const firstIds = async () => rows.evaluateAll((elements) => elements.map((row) => row.getAttribute('data-event-id')));
  const ascending = await firstIds();
  expect(dayRangeOf(dataset.events.find((e) => e.id === ascending[0])!.date).start).toBe(eventStartDays[0]);
  await dateHeader.getByRole('button').click();
  await expect(dateHeader).toHaveAttribute('aria-sort', 'descending');
  const descending = await firstIds();
  expect(dayRangeOf(dataset.events.find((e) => e.id === descending[0])!.date).start).toBe(lastDay);

  const kindHeader = table.getByRole('columnheader', { name: /Kind/ });
  await kindHeader.getByRole('button').click();
  await expect(kindHeader).toHaveAttribute('aria-sort', 'ascending');

  const row = rows.filter({ hasText: 'Qatari diplomats spoke with HTS' });
  await row.getByRole('button').first().click();
  await expect(row).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toContainText('Contact');
  await expect(page).toHaveURL(/event=qatar-contacts-hts-2024/);
});

test('the Qatar–Syria relationship reads "severed" after 2012 and "resumed" after the 2023 call', async ({ page }) => {
  const relationState = () =>
    page.evaluate(() => {
      const band = window.cy!.getElementById('relation:qatar:syria');
      return band.visible() ? (band.data('state') as string) : 'none';
    });
  await openApp(page, './?to=2015-06-01');
  await expect.poll(relationState).toBe('severed');
  await openApp(page, './?to=2023-02-24');
  await expect.poll(relationState).toBe('active');
  // The day before the call, it was still severed.
  await openApp(page, './?to=2023-02-23');
  await expect.poll(relationState).toBe('severed');
});

test('hovering a node shows its name and ties in range; clicking an edge opens that event', async ({ page }) => {
  await openApp(page);
  const centre = await nodeCentreOnPage(page, 'hakan-fidan');
  await page.mouse.move(centre.x, centre.y);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText('Hakan Fidan');
  const fidanEvents = model.eventsByActor.get('hakan-fidan')!.length;
  await expect(tooltip).toContainText(`${fidanEvents} ties in range`);

  // The midpoint of the line of the Araghchi → Fidan visit, zoomed so that it dominates the canvas.
  const tie = model.edgesByEvent.get('araghchi-visits-turkiye-2024')![0]!;
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  const mid = await page.evaluate(({ source, target, kind }) => {
    const line = window.cy!.edges(`[source = "${source}"][target = "${target}"][kind = "${kind}"]`);
    if (line.length !== 1) throw new Error(`${line.length} lines for the visit`);
    window.cy!.fit(line, 120);
    return line.first().renderedMidpoint();
  }, tie);
  await page.mouse.click(box.x + mid.x, box.y + mid.y);
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toContainText('Visit');
});

test('filtering by article date shows what had been reported by then', async ({ page }) => {
  await openApp(page);
  await page.getByRole('combobox', { name: /Filter by/ }).selectOption('publication');
  const to = page.getByRole('slider', { name: 'To' });
  const publicationDay = (event: (typeof dataset.events)[number]) =>
    Math.min(...event.evidence.map((evidence) => dayRangeOf(dataset.sources.find((source) => source.id === evidence.source)!.published!).start));
  const expectedAt = (day: number) =>
    dataset.events.filter((event) => publicationDay(event) <= day).reduce((total, event) => total + model.edgesByEvent.get(event.id)!.length, 0);
  // The 2012 severance was first reported in the article of 28 December 2023: with the article-date
  // basis, "to" at the end of 2023 shows it, and the earliest reachable day does not.
  await to.focus();
  await page.keyboard.press('Home');
  const first = await valueOf(to);
  await expect.poll(() => visibleEdgeCount(page)).toBe(expectedAt(first));
  const endOf2023 = dayRangeOf('2023-12-28').start;
  expect(first).toBeLessThanOrEqual(endOf2023);
  await expect(page).toHaveURL(/basis=publication/);
  for (let step = 0; step < 24 && (await valueOf(to)) < endOf2023; step += 1) await page.keyboard.press('ArrowRight');
  const reached = await valueOf(to);
  await expect.poll(() => visibleEdgeCount(page)).toBe(expectedAt(reached));
  expect(expectedAt(reached)).not.toBe(expectedVisibleEdgeCount(dataset, reached));
});

test('selecting a state keeps the persons inside it in focus', async ({ page }) => {
  await openApp(page, './?actor=qatar');
  await expect(page.getByRole('complementary', { name: 'Qatar' })).toBeVisible();
  const faded = await page.evaluate(() => ({
    amir: window.cy!.getElementById('tamim-bin-hamad').hasClass('faded'),
    minister: window.cy!.getElementById('mohammed-bin-abdulrahman').hasClass('faded'),
    bahrain: window.cy!.getElementById('bahrain').hasClass('faded'),
  }));
  expect(faded).toEqual({ amir: false, minister: false, bahrain: true });
});
