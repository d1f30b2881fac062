// Story mode as a reader meets it: stepping through the bundled story (buttons, keys, a swipe), the
// time bar, the selection and the graph's highlighted ties following each chapter; leaving and coming
// back; a story page driving the chapters by scrolling; and the time bar's new marks (the
// selection's events, eras, chapters) and what Play says and emphasises.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { datasetToCsv } from '../src/domain/csv-dataset';
import { edgeEndsOf } from '../src/domain/event-edges';
import { dayRangeOf } from '../src/domain/partial-date';
import { E2E_APP_ORIGIN, E2E_HOST_ORIGIN } from '../scripts/lib/ports';
import { bundledDataset } from './support/dataset';
import { expect, test } from './support/test';
import { openApp } from './support/graph';
import { chooseFiles, jsonFile } from './support/own-data';
import { chapterRange, expectChapter, expectedLines, highlightedLines, trackOf } from './support/story';

const dataset = bundledDataset();
const story = dataset.story!;

/** A context of its own (a phone, reduced motion) whose pages ask for the graph as the fixture's do. */
async function contextWith(browser: Browser, options: Parameters<Browser['newContext']>[0]) {
  const context = await browser.newContext(options);
  await context.addInitScript(() => {
    window.tielineInspect = { graph: true };
  });
  return context;
}
const chapters = story.chapters.length;

test('the bundled story, step by step with the buttons: the time bar, the selection and the highlighted ties follow each chapter', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Read the story' }).click();
  // The reader lands in the card.
  await expect(page.getByTestId('story-card')).toBeFocused();
  for (let number = 1; number <= chapters; number += 1) {
    await expectChapter(page, dataset, number);
    expect(new URL(page.url()).searchParams.get('chapter')).toBe(String(number));
    // The rest of the graph is faded: every line that is not the chapter's.
    const { shown, faded } = await page.evaluate(() => ({
      shown: window.cy!.edges(':visible').filter((edge) => edge.data('relation') !== true).length,
      faded: window.cy!.edges('.story-faded:visible').filter((edge) => edge.data('relation') !== true).length,
    }));
    expect(faded).toBe(shown - (await highlightedLines(page)));
    if (number < chapters) await page.getByRole('button', { name: 'Next →' }).click();
  }
  await expect(page.getByRole('button', { name: 'Next →' })).toBeDisabled();
  // Back in the browser goes back a chapter.
  await page.goBack();
  await expectChapter(page, dataset, chapters - 1);
  await page.getByRole('button', { name: '← Previous' }).click();
  await expectChapter(page, dataset, chapters - 2);
});

test('the arrow keys turn the pages in the card, and leave a focused slider alone', async ({ page }) => {
  await openApp(page, './?story=1&chapter=3');
  await expectChapter(page, dataset, 3);
  await page.getByTestId('story-card').focus();
  await page.keyboard.press('ArrowRight');
  await expectChapter(page, dataset, 4);
  await page.keyboard.press('ArrowRight');
  await expectChapter(page, dataset, 5);
  await page.keyboard.press('ArrowLeft');
  await expectChapter(page, dataset, 4);
  // With focus on the time bar's handle, the arrows move time, not chapters.
  const to = page.getByRole('slider', { name: 'To' });
  const before = Number(await to.getAttribute('aria-valuenow'));
  await to.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(to).not.toHaveAttribute('aria-valuenow', String(before));
  await expect(page.getByTestId('story-card')).toHaveAttribute('data-chapter', '4');
  // The card offers the chapter's view again after the reader moved away from it.
  await page.getByRole('button', { name: "This chapter's view again" }).click();
  await expectChapter(page, dataset, 4);
  await expect(page.getByRole('button', { name: "This chapter's view again" })).toHaveCount(0);
});

test('a swipe on a phone turns the page', async ({ browser }) => {
  const context = await contextWith(browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${E2E_APP_ORIGIN}/?embed=1&story=1&chapter=2`);
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
  await expectChapter(page, dataset, 2);
  const client = await context.newCDPSession(page);
  const swipe = async (dx: number) => {
    const box = (await page.getByTestId('story-card').getByRole('heading').boundingBox())!;
    const y = box.y + box.height / 2;
    const x = dx < 0 ? box.x + box.width - 10 : box.x + 10;
    await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let step = 1; step <= 5; step += 1) await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * step) / 5, y }] });
    await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  await swipe(-160);
  await expectChapter(page, dataset, 3);
  await swipe(160);
  await expectChapter(page, dataset, 2);
  await context.close();
});

test('the reader leaves the story to explore and comes back to the chapter they left', async ({ page }) => {
  await openApp(page, './?story=1&chapter=3');
  await expectChapter(page, dataset, 3);
  await page.getByRole('button', { name: 'Explore on your own' }).click();
  await expect(page.getByTestId('story-card')).toHaveCount(0);
  // Nothing is highlighted any more, and the address remembers the chapter.
  await expect.poll(() => highlightedLines(page)).toBe(0);
  await expect.poll(() => page.evaluate(() => window.cy!.elements('.story-faded').length)).toBe(0);
  expect(new URL(page.url()).searchParams.get('story')).toBeNull();
  expect(new URL(page.url()).searchParams.get('chapter')).toBe('3');
  const back = page.getByRole('button', { name: 'Back to the story: chapter 3 of 7' });
  await expect(back).toBeFocused();

  // Exploring: the reader moves to the end of time and selects another actor.
  await page.getByRole('slider', { name: 'To' }).focus();
  await page.keyboard.press('End');
  await expect(page.getByRole('slider', { name: 'To' })).toHaveAttribute('aria-valuenow', String(trackOf(dataset).last));
  await page.goto(page.url().replace(/event=[^&]+/, 'actor=russia'));
  await expect(page.getByRole('complementary', { name: 'Russia' })).toBeVisible();

  await page.getByRole('button', { name: 'Back to the story: chapter 3 of 7' }).click();
  await expectChapter(page, dataset, 3);
  await expect(page.getByTestId('story-card')).toBeFocused();
});

test('a link in the chapter selects its event and shows the quote it rests on', async ({ page }) => {
  await openApp(page, './?story=1&chapter=4');
  await expectChapter(page, dataset, 4);
  const card = page.getByTestId('story-card');
  const link = card.getByRole('link', { name: 'Qatar’s prime minister and Türkiye’s foreign minister discussed Gaza and Syria by phone' });
  await link.click();
  await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe('qatar-turkiye-call-2024');
  const call = dataset.events.find((event) => event.id === 'qatar-turkiye-call-2024')!;
  await expect(card.getByTestId('story-quote').getByRole('blockquote')).toHaveText(call.evidence[0]!.quote);
  await expect(link).toHaveAttribute('aria-current', 'true');
  // The details panel has every quote, and the story is still open.
  await expect(page.getByRole('complementary').getByText(call.evidence[1]!.quote)).toBeVisible();
  await expect(card).toHaveAttribute('data-chapter', '4');
});

test('an address opens the story at a chapter, with its view, in one history entry', async ({ page }) => {
  // A chapter the story lacks opens the last one, and says so.
  await openApp(page, './?story=1&chapter=42');
  await expectChapter(page, dataset, chapters);
  await expect(page.getByRole('status').filter({ hasText: `has ${chapters} chapters, so chapter 42 opens as chapter ${chapters}` })).toBeVisible();

  await openApp(page, './?story=1&chapter=6');
  await expectChapter(page, dataset, 6);
  const query = new URL(page.url()).searchParams;
  expect(query.get('story')).toBe('1');
  expect(query.get('mode')).toBe('window');
  // The chapter's view replaced the address it opened with: Back leaves the page.
  await page.goBack();
  await expect.poll(() => new URL(page.url()).searchParams.get('chapter')).toBe(String(chapters));
});

test('the table follows the chapter, marking its events', async ({ page }) => {
  await openApp(page, './?story=1&chapter=5&view=table');
  const table = page.getByTestId('event-table');
  const chapter = story.chapters[4]!;
  await expect(table.locator('tr[data-in-chapter]')).toHaveCount(chapter.events.length);
  await expect(table.locator('caption')).toContainText(`${chapter.events.length} of them in chapter 5`);
  await page.getByRole('button', { name: 'Next →' }).click();
  const next = story.chapters[5]!;
  await expect(table.locator('tr[data-in-chapter]')).toHaveCount(next.events.length);
  const marked = await table.locator('tr[data-in-chapter]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-event-id')));
  expect(marked.sort()).toEqual([...next.events].sort());
});

test('chapter changes are announced in the polite live region', async ({ page }) => {
  await openApp(page, './?story=1&chapter=1');
  await page.getByRole('button', { name: 'Next →' }).click();
  await expect(page.getByTestId('announcer')).toContainText(`Chapter 2 of ${chapters}: ${story.chapters[1]!.title}.`);
  await page.getByRole('button', { name: 'Explore on your own' }).click();
  await expect(page.getByTestId('announcer')).toContainText('Left the story at chapter 2');
});

test('chapter markers on the time axis open their chapter', async ({ page }) => {
  await openApp(page);
  const markers = page.getByTestId('chapter-marker');
  const numbers = (await markers.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-chapters')!.split(',')))).flat();
  expect(numbers.map(Number).sort((a, b) => a - b)).toEqual(story.chapters.map((_, index) => index + 1));
  await page.getByRole('button', { name: `Chapter 3: ${story.chapters[2]!.title}` }).click();
  await expectChapter(page, dataset, 3);
  await expect(page.getByRole('button', { name: `Chapter 3: ${story.chapters[2]!.title}` })).toHaveAttribute('aria-current', 'step');
  // Each marker stands where its chapter's "To" is on the track.
  const track = (await page.getByTestId('time-track').boundingBox())!;
  const marker = (await page.getByRole('button', { name: `Chapter 3: ${story.chapters[2]!.title}` }).boundingBox())!;
  const { first, last } = trackOf(dataset);
  const expected = track.x + ((chapterRange(dataset, story.chapters[2]!).to - first) / (last - first)) * track.width;
  expect(Math.abs(marker.x + marker.width / 2 - expected)).toBeLessThan(2);
});

test('selecting an actor or a tie marks its events under the histogram', async ({ page }) => {
  await openApp(page, './?actor=qatar');
  const ticks = page.getByTestId('selection-ticks').locator('.time-bar-tick');
  const own = dataset.events.filter((event) => event.participants.some((participant) => participant.actor === 'qatar'));
  await expect(ticks).toHaveCount(own.length);
  const track = (await page.getByTestId('time-track').boundingBox())!;
  const { first, last } = trackOf(dataset);
  for (const event of own) {
    const tick = (await page.locator(`.time-bar-tick[data-event-id="${event.id}"]`).boundingBox())!;
    const expected = track.x + ((dayRangeOf(event.date).start - first) / (last - first)) * track.width;
    // A day is a line centred on it; a month or a year is a bar that starts on its first day.
    const start = dayRangeOf(event.date).precision === 'day' ? tick.x + tick.width / 2 : tick.x;
    expect(Math.abs(start - expected), event.id).toBeLessThan(2);
  }
  // Ticks of events in range stand out from the others.
  await page.getByRole('slider', { name: 'To' }).focus();
  await page.keyboard.press('Home');
  const inRange = own.filter((event) => dayRangeOf(event.date).start <= first).length;
  await expect(page.locator('.time-bar-tick.in-range')).toHaveCount(inRange);

  // A tie: one tick, a bar as long as its year.
  await page.goto('./?event=qatar-severs-ties-2012');
  await expect(ticks).toHaveCount(1);
  const bar = (await ticks.first().boundingBox())!;
  const year = dayRangeOf('2012');
  expect(Math.abs(bar.width - ((year.end + 1 - year.start) / (last - first)) * track.width)).toBeLessThan(2);
  await expect(page.getByTestId('selection-ticks')).toHaveAttribute('aria-label', /When the selected tie was active: 1 event/);
});

test('eras are drawn as labelled bands behind the histogram, where their dates are', async ({ page }) => {
  await openApp(page);
  const eras = page.getByTestId('era');
  await expect(eras).toHaveCount(dataset.eras!.length);
  await expect(eras.nth(0)).toContainText('Assad government');
  await expect(eras.nth(1)).toContainText('Transitional government');
  await expect(eras.nth(0)).toHaveAccessibleName(/Assad government, until 7 December 2024/);
  const track = (await page.getByTestId('time-track').boundingBox())!;
  const { first, last } = trackOf(dataset);
  const boundary = track.x + ((dayRangeOf('2024-12-08').start - first) / (last - first)) * track.width;
  const assad = (await eras.nth(0).boundingBox())!;
  const after = (await eras.nth(1).boundingBox())!;
  expect(Math.abs(assad.x - track.x)).toBeLessThan(2);
  expect(Math.abs(assad.x + assad.width - boundary)).toBeLessThan(2);
  expect(Math.abs(after.x - boundary)).toBeLessThan(2);
  expect(Math.abs(after.x + after.width - (track.x + track.width))).toBeLessThan(2);
  // As tall as the histogram, shading the periods behind its bars; the first era's label is printed whole.
  const histogram = (await page.getByTestId('histogram').boundingBox())!;
  for (const band of [assad, after]) {
    expect(Math.abs(band.y - histogram.y)).toBeLessThan(1);
    expect(Math.abs(band.height - histogram.height)).toBeLessThan(1);
  }
  const label = eras.nth(0).locator('.time-bar-era-label');
  expect(await label.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
});

/** The boxes of the axis's printed dates and of the chapter markers, on the page. */
async function axisBoxes(page: Page) {
  return page.evaluate(() => {
    const box = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return { left: rect.left, right: rect.right, text: element.textContent ?? '' };
    };
    const dates = [...document.querySelectorAll('[data-testid="axis-start"], [data-testid="axis-end"]')].filter((element) => element.textContent !== '').map(box);
    const markers = [...document.querySelectorAll('[data-testid="chapter-marker"]')].map(box);
    return { dates, markers };
  });
}

test('the time bar’s marks cost the graph no height, and the axis’s dates give way to the markers', async ({ page }) => {
  await openApp(page, './?to=2024-11-29');
  const timeBar = page.getByRole('region', { name: 'Time' });
  const canvas = page.getByTestId('graph-canvas');
  const barHeight = (await timeBar.boundingBox())!.height;
  const graphHeight = (await canvas.boundingBox())!.height;
  await expect(page.getByTestId('era')).toHaveCount(2);
  await expect(page.getByTestId('chapter-marker').first()).toBeVisible();
  // Every date printed at an end of the axis clears every marker; the first chapter (2012) leaves
  // room for the year.
  const { dates, markers } = await axisBoxes(page);
  for (const date of dates) for (const marker of markers) expect(date.right <= marker.left || date.left >= marker.right, `“${date.text}” and marker ${marker.text}`).toBe(true);
  await expect(page.getByTestId('axis-start')).toHaveText('2012');
  // However many dates give way (none at all on a narrow screen), the markers stay clear of the track.
  const axisHeight = (await page.getByTestId('time-axis').boundingBox())!.height;
  for (const width of [1280, 480]) {
    await page.setViewportSize({ width, height: 800 });
    await expect(page.getByTestId('axis-end')).toBeEmpty();
    // Measured in one go, once the page has settled at its new width (a narrow page moves the time
    // bar below the graph, in a render of its own): the highest marker's top against the track's foot.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const track = document.querySelector('[data-testid="time-track"]')!.getBoundingClientRect();
            const tops = [...document.querySelectorAll('[data-testid="chapter-marker"]')].map((marker) => marker.getBoundingClientRect().top);
            return tops.length > 0 && Math.min(...tops) >= track.bottom;
          }),
        { message: `markers below the track at ${width} px` },
      )
      .toBe(true);
    // (No box for the moment the narrow page re-renders the time bar in its new place.)
    await expect.poll(async () => (await page.getByTestId('time-axis').boundingBox())?.height ?? null).toBe(axisHeight);
  }
  await expect(page.getByTestId('axis-start')).toBeEmpty();
  await page.setViewportSize({ width: 1280, height: 800 });

  // Play's line floats over the foot of the stage: the graph does not shrink when it appears.
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByTestId('play-status')).toBeVisible();
  await page.getByRole('button', { name: 'Pause' }).click();
  expect((await canvas.boundingBox())!.height).toBe(graphHeight);
  expect((await timeBar.boundingBox())!.height).toBe(barHeight);

  // The same data without a story or eras: a time bar of the same height, with both dates in full.
  await chooseFiles(page, [jsonFile('plain.json', { ...dataset, story: undefined, eras: undefined })]);
  await expect(page.getByRole('button', { name: 'Read the story' })).toHaveCount(0);
  await expect(page.getByTestId('chapter-marker')).toHaveCount(0);
  await expect(page.getByTestId('era')).toHaveCount(0);
  await expect(page.getByTestId('axis-start')).toHaveText('1 January 2012');
  await expect(page.getByTestId('axis-end')).toHaveText('14 May 2025');
  expect((await timeBar.boundingBox())!.height).toBe(barHeight);
});

/** What Play's last step brought, by the status line and by the graph (its emphasised lines). */
async function playStep(page: Page): Promise<{ status: string; emphasised: number }> {
  return page.evaluate(() => ({
    status: document.querySelector('[data-testid="play-status"]')?.textContent ?? '',
    emphasised: window.cy!.edges('.appeared:visible').length,
  }));
}

test('during Play each step says what it brought and the graph emphasises those ties', async ({ page }) => {
  // Up to the eve of the offensive: the next steps are the weekend of 30 November, then 1 December.
  await openApp(page, './?to=2024-11-29');
  await page.getByRole('button', { name: 'Play' }).click();
  const saturday = dataset.events.filter((event) => event.date === '2024-11-30');
  const ties = saturday.reduce((count, event) => count + edgeEndsOf(event).length, 0);
  await expect(page.getByTestId('play-status')).toContainText(`+${ties} tie${ties === 1 ? '' : 's'}: Military action (Hayat Tahrir al-Sham, Syrian National Army and Assad government)`);
  // The graph emphasises exactly the lines of the events the line names, for that step.
  await expect
    .poll(async () => {
      const step = await playStep(page);
      return step.status.startsWith(`+${ties} `) ? step.emphasised : null;
    })
    .toBe(expectedLines(dataset, saturday.map((event) => event.id), 'actor'));
  await page.getByRole('button', { name: 'Pause' }).click();
});

test('under reduced motion Play says what each step brought, and nothing is emphasised', async ({ browser }) => {
  const context = await contextWith(browser, { reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${E2E_APP_ORIGIN}/?to=2024-11-29`);
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: 'Play' }).click();
  const status = page.getByTestId('play-status');
  await expect(status).toContainText('Military action (Hayat Tahrir al-Sham');
  // The next step (1 December) has come, and the graph has emphasised nothing of either.
  await expect(status).not.toContainText('Military action (Hayat Tahrir al-Sham');
  await expect(status).toContainText(/^\+\d+ ties: /);
  expect((await playStep(page)).emphasised).toBe(0);
  await page.getByRole('button', { name: 'Pause' }).click();
  await context.close();
});

test('a story page drives the embed chapter by chapter as its reader scrolls', async ({ page }) => {
  await page.goto(`${E2E_HOST_ORIGIN}/scrolly.html?${new URLSearchParams({ app: `${E2E_APP_ORIGIN}/` }).toString()}`);
  const frame = page.frameLocator('#tieline');
  await expect(frame.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
  const app = page.frame({ url: (url) => url.href.startsWith(E2E_APP_ORIGIN) })!;
  for (const number of [1, 3, 6, 2]) {
    await page.locator(`.step[data-chapter="${number}"]`).scrollIntoViewIfNeeded();
    // Into the middle of the window, where Scrollama-style steps trigger.
    await page.evaluate((n) => {
      const step = document.querySelector(`.step[data-chapter="${n}"]`)!;
      const box = step.getBoundingClientRect();
      window.scrollBy(0, box.top + Math.min(box.height, 200) - window.innerHeight / 2);
    }, number);
    const chapter = story.chapters[number - 1]!;
    await expect(frame.getByRole('region', { name: chapter.title })).toBeVisible();
    await expect(frame.getByRole('slider', { name: 'To' })).toHaveAttribute('aria-valuenow', String(chapterRange(dataset, chapter).to));
    // The page hears which chapter shows, and marks its step.
    await expect(page.locator('.step.is-active')).toHaveAttribute('data-chapter', String(number));
    await expect.poll(() => app.evaluate(() => window.cy!.edges('.chapter:visible').length)).toBeGreaterThan(0);
  }
  // Past the last step, the story ends and the reader explores.
  await page.evaluate(() => {
    const step = document.querySelector('.step[data-chapter=""]')!;
    window.scrollBy(0, step.getBoundingClientRect().top + 100 - window.innerHeight / 2);
  });
  await expect(frame.getByTestId('story-card')).toHaveCount(0);
  await expect(frame.getByRole('button', { name: /Back to the story: chapter 2/ })).toBeVisible();
  const log = await page.evaluate(() => (window as unknown as { chapterLog: Array<number | null> }).chapterLog);
  expect(log[log.length - 1]).toBeNull();
  expect(log).toEqual(expect.arrayContaining([1, 3, 6, 2]));
});

test('the host page API: setChapter and chapterchange, and a chapter the story lacks is ignored', async ({ page }) => {
  const own = new URLSearchParams({ app: `${E2E_APP_ORIGIN}/`, query: '', width: '100%' });
  await page.goto(`${E2E_HOST_ORIGIN}/story.html?${own.toString()}`);
  const frame = page.frameLocator('#tieline');
  await expect(frame.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
  await page.waitForFunction(() => 'view' in window);
  type Host = { view: { setChapter(n: number | null): void; on(name: string, callback: (m: unknown) => void): void }; heard: unknown[] };
  await page.evaluate(() => {
    const host = window as unknown as Host;
    host.heard = [];
    host.view.on('chapterchange', (message) => host.heard.push(message));
    host.view.setChapter(5);
  });
  await expect(frame.getByRole('region', { name: story.chapters[4]!.title })).toBeVisible();
  await expect.poll(() => page.evaluate(() => (window as unknown as Host).heard)).toEqual([{ type: 'tieline:chapterchange', chapter: 5, chapters, title: story.chapters[4]!.title }]);
  // The reader turns the page inside the frame; the page hears it.
  await frame.getByRole('button', { name: 'Next →' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as Host).heard.length)).toBe(2);
  // A chapter past the end changes nothing; null leaves the story.
  await page.evaluate(() => (window as unknown as Host).view.setChapter(99));
  await page.evaluate(() => (window as unknown as Host).view.setChapter(null));
  await expect(frame.getByTestId('story-card')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => (window as unknown as Host).heard.at(-1))).toEqual({ type: 'tieline:chapterchange', chapter: null, chapters, title: null });
});

test('the story view has no axe violations, full page and embed, light and dark', async ({ page }) => {
  const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const address of ['./?story=1&chapter=5&actor=qatar', './?story=1&chapter=4&embed=1']) {
      await openApp(page, address);
      await expect(page.getByTestId('story-card')).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.passes.length).toBeGreaterThan(10);
      expect(results.violations.map((violation) => ({ rule: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5) })), `${scheme} ${address}`).toEqual([]);
    }
  }
});

test('focus goes from the chapter card to the graph controls', async ({ page }) => {
  await openApp(page, './?story=1&chapter=2');
  await page.getByTestId('story-card').focus();
  const order: { text: string; onGraph: boolean }[] = [];
  for (let step = 0; step < 8; step += 1) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => ({ text: document.activeElement?.textContent?.trim() ?? '', onGraph: document.activeElement?.closest('.app-stage') != null })));
  }
  const leave = order.findIndex((stop) => stop.text === 'Explore on your own');
  expect(leave).toBeGreaterThan(0);
  // Straight after the card's last control: the graph's own (the chapter moved the view, so "Reset
  // view" is offered first, then "Re-layout").
  expect(order.slice(leave + 1, leave + 3)).toEqual([
    { text: 'Reset view', onGraph: true },
    { text: 'Re-layout', onGraph: true },
  ]);
});

test('a story in CSV: the four files open, the story reads, and a broken chapter is pointed at by row and column', async ({ page }) => {
  const csv = datasetToCsv({ ...dataset, layout: undefined });
  const file = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await openApp(page);
  await chooseFiles(page, [file('qs-sources.csv', csv.sources), file('qs-actors.csv', csv.actors), file('qs-events.csv', csv.events), file('qs-story.csv', csv.story!)]);
  await expect(page.getByRole('button', { name: 'Read the story' })).toBeVisible();
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: 'Read the story' }).click();
  await expectChapter(page, { ...dataset, eras: undefined }, 1);
  await page.getByRole('button', { name: 'Next →' }).click();
  await expectChapter(page, dataset, 2);

  const broken = csv.story!.replace(',2020-12-31,', ',2020,');
  await chooseFiles(page, [file('qs-sources.csv', csv.sources), file('qs-actors.csv', csv.actors), file('qs-events.csv', csv.events), file('qs-story.csv', broken)]);
  await expect(page.getByRole('alert').getByRole('listitem').filter({ hasText: 'story.csv, row 3, column “to”' })).toContainText('a year, which the address cannot express');
});
