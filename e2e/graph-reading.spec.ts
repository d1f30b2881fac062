// Reading the graph where readers meet it: names measured from the drawn graph on a desktop, on a
// phone and in fixed frames of a story page (drawn at 11 CSS px or more, never overlapping, never off
// the canvas, the important ones first); the page scrolls over an embedded graph (wheel and touch)
// while Ctrl + wheel and two fingers move the graph; "Reset view"; and a graph that refits when its
// frame changes size.
import type { CDPSession, Frame, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { isStateOrGroup, labelRanks } from '../src/domain/label-priority';
import { E2E_APP_ORIGIN, E2E_HOST_ORIGIN } from '../scripts/lib/ports';
import { bundledDataset } from './support/dataset';
import { openApp, startGraph } from './support/graph';
import { namesOffCanvas, overlappingNames, readGraph, settled, type GraphReading } from './support/labels';
import { namesCutAtTheirEdges, settledScreenshot } from './support/pixels';
import { edgeEndsOf } from '../src/domain/event-edges';

const dataset = bundledDataset();
const ranks = labelRanks(
  dataset.actors,
  dataset.events.flatMap((event) => edgeEndsOf(event)),
);
const actorById = new Map(dataset.actors.map((actor) => [actor.id, actor]));
const byRank = [...ranks.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
const MIN_PX = 11;

test.use({ reducedMotion: 'reduce' });

/** A story page with the embed in a frame of a fixed size, in the middle of text to scroll. */
async function openStory(page: Page, frame: { width: number; height: number }, query = ''): Promise<Frame> {
  const own = new URLSearchParams({ app: `${E2E_APP_ORIGIN}/`, width: `${frame.width}px`, height: String(frame.height), query });
  await page.goto(`${E2E_HOST_ORIGIN}/long-story.html?${own.toString()}`);
  await expect.poll(() => page.frame({ url: (url) => url.href.startsWith(`${E2E_APP_ORIGIN}/`) }) !== null).toBe(true);
  const handle = page.frame({ url: (url) => url.href.startsWith(`${E2E_APP_ORIGIN}/`) })!;
  await startGraph(handle);
  return handle;
}

/** What every reading must show: legible, apart, on the canvas, no box or node on another. */
function expectLegible(reading: GraphReading, where: string): void {
  expect(reading.names.length, `${where}: names drawn`).toBeGreaterThan(0);
  for (const name of reading.names) expect(name.px, `${where}: ${name.id} drawn at ${name.px.toFixed(1)} px`).toBeGreaterThanOrEqual(MIN_PX);
  expect(overlappingNames(reading.names), `${where}: overlapping names`).toEqual([]);
  expect(namesOffCanvas(reading), `${where}: names off the canvas`).toEqual([]);
  expect(reading.overlappingNodes, `${where}: boxes or nodes on one another`).toEqual([]);
}

/** The names are chosen by importance: any actor named ranks above some actor left unnamed, or all are named. */
function expectChosenByImportance(reading: GraphReading, where: string): void {
  const named = new Set(reading.names.map((name) => name.id));
  const [mostImportant] = byRank.filter((id) => reading.actors.includes(id));
  expect(named.has(mostImportant!), `${where}: the most important actor, ${mostImportant}, is named`).toBe(true);
}

/** The drawn states and groups (every actor but a person: src/domain/label-priority.ts), named or not. */
function statesAndGroupsOf(reading: GraphReading): { drawn: string[]; unnamed: string[] } {
  const named = new Set(reading.names.map((name) => name.id));
  const drawn = reading.actors.filter((id) => isStateOrGroup(actorById.get(id)!));
  return { drawn, unnamed: drawn.filter((id) => !named.has(id)) };
}

function report(where: string, reading: GraphReading): void {
  const sizes = reading.names.map((name) => name.px);
  const outer = statesAndGroupsOf(reading);
  const figure = `${where}: ${reading.names.length} of ${reading.actors.length} actors named (${outer.drawn.length - outer.unnamed.length} of ${outer.drawn.length} states and groups), at ${Math.min(...sizes).toFixed(1)}–${Math.max(...sizes).toFixed(1)} px (canvas ${reading.canvas.width} × ${reading.canvas.height}, zoom ${reading.zoom.toFixed(3)})`;
  test.info().annotations.push({ type: 'legibility', description: figure });
  console.log(figure);
}

/** Moves the time to its first and then its last day, as a reader stepping through it would. */
async function stepThroughTime(target: Page | Frame): Promise<void> {
  const slider = target.getByRole('slider', { name: 'To' });
  await slider.focus();
  await slider.press('Home');
  await slider.press('End');
  await expect(slider).toHaveAttribute('aria-valuenow', (await slider.getAttribute('aria-valuemax'))!);
}

test.describe('names are legible', () => {
  test('on a 1280 × 800 desktop: at least 90 % of the actors named, at the default view and after time steps', async ({ page }) => {
    await openApp(page);
    const reading = await readGraph(page);
    report('desktop 1280 × 800', reading);
    expectLegible(reading, 'desktop');
    expectChosenByImportance(reading, 'desktop');
    expect(reading.names.length / dataset.actors.length).toBeGreaterThanOrEqual(0.9);

    await stepThroughTime(page);
    const stepped = await readGraph(page);
    expectLegible(stepped, 'desktop after time steps');
    // Names do not come and go with the time.
    expect(stepped.names.map((name) => name.id)).toEqual(reading.names.map((name) => name.id));

    // Full names here; the short ones once the window is as narrow as a phone, and back.
    const drawnNames = () => page.evaluate(() => ['hts', 'uae'].map((id) => window.cy!.getElementById(id).style('label')));
    expect(await drawnNames()).toEqual(['Hayat Tahrir al-Sham', 'United Arab Emirates']);
    await page.setViewportSize({ width: 375, height: 800 });
    await expect.poll(drawnNames).toEqual(['HTS', 'UAE']);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(drawnNames).toEqual(['Hayat Tahrir al-Sham', 'United Arab Emirates']);
  });

  /** Taps an actor's node on the canvas and waits for the details to name it. */
  async function tapActor(page: Page, id: string): Promise<void> {
    const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
    const at = await page.evaluate((actor) => window.cy!.getElementById(actor).renderedPosition(), id);
    await page.touchscreen.tap(canvas.x + at.x, canvas.y + at.y);
    await expect(page.getByRole('heading', { level: 2, name: actorById.get(id)!.label, exact: true })).toBeVisible();
  }

  // States and groups named at the default view, at least (of the 24 drawn): all of them on a
  // 375-px phone; a 320-px one still leaves two out (README, "Names on the graph").
  const STATES_AND_GROUPS_NAMED_AT_LEAST: Record<number, number> = { 375: 24, 320: 22 };

  for (const width of [375, 320]) {
    test.describe(`in a ${width}-px phone embed`, () => {
      test.use({ viewport: { width, height: 667 }, hasTouch: true, isMobile: true });
      test('by importance, states and groups first, every other name one tap away, and the selected actor is always named', async ({ page }) => {
        await openApp(page, './?embed=1');
        const reading = await readGraph(page);
        report(`phone embed ${width} × 667`, reading);
        expectLegible(reading, 'phone');
        expectChosenByImportance(reading, 'phone');
        const outer = statesAndGroupsOf(reading);
        expect(outer.drawn.length - outer.unnamed.length, `phone ${width}: states and groups named (unnamed: ${outer.unnamed.join(', ')})`).toBeGreaterThanOrEqual(STATES_AND_GROUPS_NAMED_AT_LEAST[width]!);
        // A phone draws the short names the dataset gives (the articles' own abbreviations); the
        // details keep the full name.
        expect(await page.evaluate(() => ['hts', 'uae'].map((id) => window.cy!.getElementById(id).style('label')))).toEqual(['HTS', 'UAE']);

        // Keyboard steps on the time handle: the first day (few ties in range), a few months on,
        // and the last day; names stay legible at each stop.
        const slider = page.getByRole('slider', { name: 'To' });
        await slider.focus();
        for (const keys of [['Home'], ['PageUp', 'PageUp', 'PageUp'], ['End']]) {
          for (const key of keys) {
            const before = await slider.getAttribute('aria-valuenow');
            await slider.press(key);
            await expect(slider).not.toHaveAttribute('aria-valuenow', before!);
          }
          const stepped = await readGraph(page);
          report(`phone embed ${width} × 667 after ${keys.join(', ')}`, stepped);
          expectLegible(stepped, `phone after ${keys.join(', ')}`);
        }

        // A name not drawn is one tap away: the lowest-ranked state or group and the lowest-ranked
        // person left unnamed are named in the details when their node is tapped at the default view.
        const unnamed = byRank.filter((id) => reading.actors.includes(id) && !reading.names.some((name) => name.id === id));
        for (const id of [unnamed.filter((actor) => isStateOrGroup(actorById.get(actor)!)).at(-1), unnamed.filter((actor) => !isStateOrGroup(actorById.get(actor)!)).at(-1)]) {
          if (id === undefined) continue;
          await openApp(page, './?embed=1');
          await tapActor(page, id);
        }

        // A person too small to name at this size is named once selected; everything stays legible.
        const person = byRank.filter((id) => !reading.names.some((name) => name.id === id)).at(-1)!;
        await openApp(page, `./?embed=1&actor=${person}`);
        const selected = await readGraph(page);
        expect(selected.names.map((name) => name.id)).toContain(person);
        expectLegible({ ...selected, names: selected.names }, 'phone with a selection');
      });
    });
  }

  for (const frame of [
    { width: 320, height: 560 },
    { width: 600, height: 640 },
    { width: 1200, height: 640 },
  ]) {
    test(`in a fixed ${frame.width} × ${frame.height} frame of a story`, async ({ page }) => {
      const app = await openStory(page, frame);
      const reading = await readGraph(app);
      report(`frame ${frame.width} × ${frame.height}`, reading);
      expectLegible(reading, `frame ${frame.width}`);
      expectChosenByImportance(reading, `frame ${frame.width}`);
      await stepThroughTime(app);
      expectLegible(await readGraph(app), `frame ${frame.width} after time steps`);
    });
  }
});

test.describe('names are drawn whole', () => {
  // A name moved beside its actor (left of it, above it …) was once drawn from a texture cut to the
  // box of its previous place: its first letters or its top were missing (the preview picture's
  // "Military Operations Administration"). Each name's text must lie inside its box, as drawn.
  async function expectNoNameCut(page: Page, where: string): Promise<void> {
    await page.mouse.move(0, 0);
    const picture = await settledScreenshot(page, page.getByTestId('graph-canvas'));
    const reading = await readGraph(page);
    expect(reading.names.length, `${where}: names drawn`).toBeGreaterThan(0);
    expect(await namesCutAtTheirEdges(page, picture, reading.names), `${where}: names cut at an edge of their box`).toEqual([]);
  }

  for (const view of [
    { where: 'the full app, 1280 × 800', viewport: { width: 1280, height: 800 }, path: './' },
    { where: 'the preview picture’s embed, 1200 × 630', viewport: { width: 1200, height: 630 }, path: './?embed=1' },
    { where: 'a 375-px phone embed', viewport: { width: 375, height: 667 }, path: './?embed=1' },
  ]) {
    test.describe(view.where, () => {
      test.use({ viewport: view.viewport, deviceScaleFactor: 1, colorScheme: 'light' });
      test('at the default view and after time steps', async ({ page }) => {
        await openApp(page, view.path);
        await expectNoNameCut(page, view.where);
        await stepThroughTime(page);
        await expectNoNameCut(page, `${view.where}, after time steps`);
      });
    });
  }
});

const zoomOf = (target: Page | Frame) => target.evaluate(() => window.cy!.zoom());
const scrollOf = (page: Page) => page.evaluate(() => window.scrollY);

/** The middle of the graph canvas, in the top page's coordinates. */
async function graphMiddle(target: Page | Frame): Promise<{ x: number; y: number }> {
  const box = await target.getByTestId('graph-canvas').boundingBox();
  if (!box) throw new Error('The graph canvas has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test.describe('the page scrolls over an embedded graph', () => {
  test('the wheel scrolls the story and says how to zoom; Ctrl + wheel zooms the graph; Reset view frames it again', async ({ page }) => {
    // A frame as tall as the embed's content, so the frame itself has nothing to scroll.
    const app = await openStory(page, { width: 600, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 400));
    await settled(page);
    const fitted = await zoomOf(app);
    const middle = await graphMiddle(app);
    await page.mouse.move(middle.x, middle.y);

    const before = await scrollOf(page);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => scrollOf(page)).toBeGreaterThan(before);
    expect(await zoomOf(app)).toBe(fitted);
    await expect(app.getByTestId('gesture-hint')).toHaveText(/Use (Ctrl|⌘) \+ scroll to zoom the graph/);
    await expect(app.getByRole('button', { name: /Reset view/ })).toHaveCount(0);

    const scrolled = await scrollOf(page);
    const atGraph = await graphMiddle(app);
    await page.mouse.move(atGraph.x, atGraph.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(() => zoomOf(app)).toBeGreaterThan(fitted);
    expect(await scrollOf(page)).toBe(scrolled);

    // Zoomed in, names are still legible; the view can be reset, by keyboard too.
    expectLegible(await readGraph(app), 'after Ctrl + wheel');
    const reset = app.getByRole('button', { name: /Reset view/ });
    await expect(reset).toBeVisible();
    const size = await reset.boundingBox();
    expect(Math.min(size!.width, size!.height)).toBeGreaterThanOrEqual(44);
    await reset.focus();
    await reset.press('Enter');
    await expect.poll(() => zoomOf(app)).toBeCloseTo(fitted, 6);
    await expect(reset).toHaveCount(0);
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 667 } });

    async function touch(cdp: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd', points: Array<{ x: number; y: number }>) {
      await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((point, id) => ({ ...point, id })) });
    }

    test('one finger scrolls the story and says how to move the graph; two fingers zoom it; a tap still selects', async ({ page }) => {
      const app = await openStory(page, { width: 375, height: 900 });
      await page.evaluate(() => window.scrollTo(0, 300));
      await settled(page);
      const cdp = await page.context().newCDPSession(page);
      const fitted = await zoomOf(app);

      // One finger, upwards: the story scrolls down; the graph stays as it was.
      const start = await graphMiddle(app);
      const before = await scrollOf(page);
      await touch(cdp, 'touchStart', [start]);
      for (let step = 1; step <= 10; step += 1) await touch(cdp, 'touchMove', [{ x: start.x, y: start.y - step * 20 }]);
      await touch(cdp, 'touchEnd', []);
      await expect.poll(() => scrollOf(page)).toBeGreaterThan(before + 50);
      expect(await zoomOf(app)).toBe(fitted);
      await expect(app.getByTestId('gesture-hint')).toHaveText('Use two fingers to move the graph');

      // Two fingers spreading apart: the graph zooms in.
      const middle = await graphMiddle(app);
      await touch(cdp, 'touchStart', [
        { x: middle.x - 20, y: middle.y },
        { x: middle.x + 20, y: middle.y },
      ]);
      for (let step = 1; step <= 8; step += 1) {
        await touch(cdp, 'touchMove', [
          { x: middle.x - 20 - step * 10, y: middle.y },
          { x: middle.x + 20 + step * 10, y: middle.y },
        ]);
      }
      await touch(cdp, 'touchEnd', []);
      await expect.poll(() => zoomOf(app)).toBeGreaterThan(fitted);
      await expect(app.getByRole('button', { name: /Reset view/ })).toBeVisible();

      // A tap on an actor selects it.
      await app.getByRole('button', { name: /Reset view/ }).tap();
      await expect.poll(() => zoomOf(app)).toBeCloseTo(fitted, 6);
      const canvas = (await app.getByTestId('graph-canvas').boundingBox())!;
      const russia = await app.evaluate(() => window.cy!.getElementById('russia').renderedPosition());
      await page.touchscreen.tap(canvas.x + russia.x, canvas.y + russia.y);
      await expect(app.getByRole('heading', { level: 2, name: 'Russia' })).toBeVisible();
    });
  });
});

test.describe('the graph refits when its frame changes size', () => {
  /** The drawn graph's box (shapes and boxes) lies on the canvas. */
  async function expectGraphOnCanvas(target: Page | Frame, where: string) {
    await settled(target);
    const { box, width, height } = await target.evaluate(() => {
      const cy = window.cy!;
      const drawn = cy.nodes(':visible').renderedBoundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false });
      return { box: { x1: drawn.x1, y1: drawn.y1, x2: drawn.x2, y2: drawn.y2 }, width: cy.width(), height: cy.height() };
    });
    expect(box.x1, where).toBeGreaterThanOrEqual(0);
    expect(box.y1, where).toBeGreaterThanOrEqual(0);
    expect(box.x2, where).toBeLessThanOrEqual(width);
    expect(box.y2, where).toBeLessThanOrEqual(height);
    // Framed, not lost in a corner: it takes most of the canvas one way or the other.
    expect(Math.max((box.x2 - box.x1) / width, (box.y2 - box.y1) / height), where).toBeGreaterThan(0.6);
  }

  test('a story frame made narrower refits the graph; after the reader zooms, a resize keeps their view and offers Reset', async ({ page }) => {
    const app = await openStory(page, { width: 1000, height: 900 });
    const wide = await zoomOf(app);
    await expectGraphOnCanvas(app, 'wide frame');

    await page.locator('#tieline').evaluate((frame: HTMLIFrameElement) => (frame.style.width = '360px'));
    await expect.poll(() => zoomOf(app)).toBeLessThan(wide);
    const narrow = await zoomOf(app);
    await expectGraphOnCanvas(app, 'narrow frame');
    expectLegible(await readGraph(app), 'narrow frame');
    await expect(app.getByRole('button', { name: /Reset view/ })).toHaveCount(0);

    // The reader zooms on purpose: a new width keeps their zoom, and Reset is offered.
    await page.evaluate(() => window.scrollTo(0, 400));
    await settled(page);
    const middle = await graphMiddle(app);
    await page.mouse.move(middle.x, middle.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await expect.poll(() => zoomOf(app)).toBeGreaterThan(narrow);
    const chosen = await zoomOf(app);
    await page.locator('#tieline').evaluate((frame: HTMLIFrameElement) => (frame.style.width = '700px'));
    await expect.poll(() => app.evaluate(() => window.cy!.width())).toBeGreaterThan(600);
    expect(await zoomOf(app)).toBe(chosen);
    await app.getByRole('button', { name: /Reset view/ }).click();
    await expectGraphOnCanvas(app, 'after Reset view');
  });

  test('the full app refits when the window is resized (a phone turned)', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page);
    await expectGraphOnCanvas(page, 'desktop');
    await page.setViewportSize({ width: 667, height: 375 });
    await expect.poll(() => page.evaluate(() => window.cy!.width())).toBeLessThan(700);
    await expectGraphOnCanvas(page, 'turned phone');
  });
});
