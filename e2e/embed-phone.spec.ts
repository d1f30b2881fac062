// The embed where readers meet it: in a story on a 375 × 667 phone. Measured from the page: the
// graph's share of the first screen, the time handle on it, every control a thumb hits at least
// 44 × 44 CSS px, details and "Read in context" inside what the reader sees, and light colours in a
// light story whatever the phone's setting.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { E2E_APP_ORIGIN, E2E_HOST_ORIGIN } from '../scripts/lib/ports';
import { startGraph } from './support/graph';

const APP = `${E2E_APP_ORIGIN}/`;
const HOST = E2E_HOST_ORIGIN;
const SCREEN = { width: 375, height: 667 };

test.use({ viewport: SCREEN, hasTouch: true, isMobile: true });

/** The story page (`frame.html` unless `own.page` names another) with the Tieline frame in it, as loaded. */
async function frameOf(page: Page, own: Record<string, string>): Promise<Frame> {
  await page.goto(`${HOST}/${own.page ?? 'frame.html'}?${new URLSearchParams({ app: APP, ...own }).toString()}`);
  await expect.poll(() => page.frames().some((frame) => frame.url().startsWith(APP))).toBe(true);
  return page.frames().find((candidate) => candidate.url().startsWith(APP))!;
}

/** The story page with its graph drawn, started with a tap where it waits for the reader. */
async function openStory(page: Page, own: Record<string, string>): Promise<Frame> {
  const frame = await frameOf(page, own);
  await startGraph(frame);
  return frame;
}

/** Every control shown in the frame that is smaller than 44 × 44 CSS px, named. */
async function smallTargets(frame: Frame, within = 'body'): Promise<string[]> {
  return frame.evaluate((scope) => {
    const selector = 'button, select, input, [role="slider"], .segmented label, .embed-source-line a, .caveat-references a, .source-meta a, .excerpts-only-note a';
    const small: string[] = [];
    for (const element of document.querySelector(scope)!.querySelectorAll<HTMLElement>(selector)) {
      // Radio buttons are hit through their label, which is measured instead.
      if (element instanceof HTMLInputElement && element.closest('label') !== null) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.width < 43.9 || box.height < 43.9) small.push(`${element.tagName.toLowerCase()} “${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 30)}” ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return small;
  }, within);
}

for (const { name, own } of [
  { name: 'a 375 × 667 frame without a script', own: { width: '375px', height: '667', host: 'none' } },
  { name: 'a frame sized by the host script', own: { width: '375px', host: 'early' } },
]) {
  test(`phone, ${name}: the graph takes half the screen, the time handle is on it, and every control is a 44 px target`, async ({ page }) => {
    const frame = await openStory(page, own);
    const graph = (await frame.getByTestId('graph-canvas').boundingBox())!;
    expect(graph.height).toBeGreaterThanOrEqual(SCREEN.height / 2);
    const handle = (await frame.getByTestId('handle-to').boundingBox())!;
    expect(handle.y + handle.height).toBeLessThanOrEqual(SCREEN.height);
    // (A frame's offset may be fractional: boxes are read to the nearest tenth of a pixel.)
    expect(handle.width).toBeGreaterThanOrEqual(43.9);
    expect(handle.height).toBeGreaterThanOrEqual(43.9);
    expect(await smallTargets(frame)).toEqual([]);

    // The options menu: the view, the level, the time mode, the date basis and the key, all 44 px.
    await frame.getByRole('button', { name: 'Options' }).tap();
    const menu = frame.getByTestId('embed-menu');
    await expect(menu.getByRole('radio', { name: 'States only' })).toBeVisible();
    await expect(menu.getByRole('combobox', { name: /Filter by/ })).toBeVisible();
    await expect(menu.getByRole('radio', { name: 'Window' })).toBeVisible();
    expect(await smallTargets(frame, '[data-testid="embed-menu"]')).toEqual([]);
    await menu.getByRole('radio', { name: 'States only' }).check();
    await expect.poll(() => new URL(frame.url()).searchParams.get('level')).toBe('state');
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();

    // Details in the sheet: its controls are 44 px too, and it lies on the first screen.
    // The table view: its sort buttons and its rows' buttons are 44 px targets too; a tap on a row
    // opens that tie's details.
    await frame.getByRole('button', { name: 'Options' }).tap();
    await frame.getByTestId('embed-menu').getByRole('radio', { name: 'Table' }).check();
    await page.keyboard.press('Escape');
    const table = frame.getByTestId('event-table');
    await expect(table).toBeVisible();
    expect(await smallTargets(frame)).toEqual([]);
    await table.locator('tbody').getByRole('button').first().tap();
    const sheet = frame.getByTestId('details-sheet');
    await expect(sheet.getByRole('complementary')).toBeVisible();
    const box = (await sheet.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(SCREEN.height);
    expect(await smallTargets(frame, '[data-testid="details-sheet"]')).toEqual([]);
  });
}

for (const story of ['frame.html', 'pym.html']) {
  test(`in a frame sized to its content (${story}), details and "Read in context" open where the reader is, not off screen`, async ({ page }) => {
    const frame = await openStory(page, { page: story, width: '375px' });
    const frameElement = story === 'pym.html' ? '#tieline-pym iframe' : '#tieline';
    await expect.poll(async () => (await page.locator(frameElement).boundingBox())!.height).toBeGreaterThan(500);
    // The reader has scrolled on: only the frame's lower part (time bar, source line) is on screen.
    const frameTop = (await page.locator(frameElement).boundingBox())!.y;
    await page.evaluate((top) => window.scrollTo(0, top + 420), frameTop);
    // The story selects Qatar once the frame takes commands (with the host script, through its API,
    // which waits for that; the Pym page has no Tieline script, so it waits for the frame's "ready").
    if (story === 'pym.html') {
      await page.waitForFunction(() => (window as unknown as { fromFrame: Array<{ type?: string }> }).fromFrame.some((message) => message?.type === 'tieline:ready'));
      await page.evaluate(() => (document.querySelector('#tieline-pym iframe') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'tieline:select', actor: 'qatar' }, '*'));
    } else {
      await page.evaluate(() => (window as unknown as { view: { select(selection: object): void } }).view.select({ actor: 'qatar' }));
    }
    const sheet = frame.getByTestId('details-sheet');
    await expect(sheet.getByRole('complementary', { name: 'Qatar' })).toBeVisible();
    // The sheet asked the page to bring the graph's area, where it lies, into view.
    await expect(sheet).toBeInViewport({ ratio: 0.9 });

    await sheet.getByRole('button', { name: 'Read in context' }).first().tap();
    const reader = frame.getByRole('dialog');
    await expect(reader).toBeVisible();
    const box = (await reader.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(SCREEN.height);
    await expect(reader.getByTestId('quote-highlight')).toBeInViewport();
  });
}

test('the phone embed with the details sheet open has no axe violations', async ({ page }) => {
  const frame = await openStory(page, { width: '375px', height: '667', host: 'none', query: '&actor=qatar' });
  await expect(frame.getByTestId('details-sheet')).toBeVisible();
  const results = await new AxeBuilder({ page }).include('#tieline').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  expect(results.passes.length).toBeGreaterThan(10);
  expect(results.violations.map((violation) => ({ rule: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5) }))).toEqual([]);
});

const background = (frame: Frame) => frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const WHITE = 'rgb(255, 255, 255)';
const DARK = 'rgb(20, 23, 28)';

test('an embed is light by default, even on a phone set to dark; theme=dark and theme=auto are honoured', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const [query, expected] of [
    ['', WHITE],
    ['&theme=light', WHITE],
    ['&theme=dark', DARK],
    ['&theme=auto', DARK],
  ] as const) {
    const frame = await openStory(page, { width: '375px', height: '667', host: 'none', query });
    expect(await background(frame), `theme “${query}”`).toBe(expected);
    expect(await frame.evaluate(() => getComputedStyle(document.querySelector('.app-embed')!).color), `text colour for “${query}”`).toBe(expected === WHITE ? 'rgb(29, 36, 51)' : 'rgb(230, 233, 239)');
    // The graph keeps its light stage in both: white of its own on a dark page, the page's white otherwise.
    expect(await frame.evaluate(() => getComputedStyle(document.querySelector('.graph')!).backgroundColor)).toBe(expected === DARK ? WHITE : 'rgba(0, 0, 0, 0)');
  }
  // theme=auto follows the reader's setting as it changes.
  const frame = await openStory(page, { width: '375px', height: '667', host: 'none', query: '&theme=auto' });
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => background(frame)).toBe(WHITE);
  // The full app follows the system by default.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(DARK);
});

test('the Embed dialog offers the colours and puts them in the snippet', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?to=2024-12-09');
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: 'Embed' }).click();
  const snippet = page.getByTestId('embed-snippet');
  await expect(snippet).not.toHaveValue(/theme=/);
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(snippet).toHaveValue(/\?to=2024-12-09&amp;embed=1&amp;theme=dark"/);
  await page.getByRole('radio', { name: /Follow the reader/ }).check();
  await expect(snippet).toHaveValue(/theme=auto/);
});

test.describe('picture first: the default view waits for the reader on a touch screen', () => {
  /** The app has loaded beneath the picture: the dataset (the time bar's range) and Cytoscape's module. */
  async function loadedBeneath(frame: Frame): Promise<void> {
    await expect(frame.getByText(/of \d+ ties/)).toBeAttached();
    await expect.poll(() => frame.evaluate(() => performance.getEntriesByType('resource').some((entry) => /\/graph-view-[^/]*\.js$/.test(entry.name)))).toBe(true);
    // A graph that did not wait would be created in the task after its module arrived.
    await frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(resolve), 0))));
  }

  test('the phone picture with its button, a swipe scrolls the story and starts nothing, a tap on the picture starts the graph', async ({ page }) => {
    const frame = await frameOf(page, { width: '375px', height: '667', host: 'none' });
    await loadedBeneath(frame);
    await expect(frame.locator('html')).toHaveAttribute('data-graph-waits', '');
    expect(await frame.locator('[data-testid="graph-canvas"] canvas').count()).toBe(0);
    await expect(frame.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'false');

    // The phone's own picture, across the frame, and the button on the first screen, a 44 px target.
    const picture = frame.locator('.boot-preview img');
    await expect(picture).toBeVisible();
    expect(await picture.evaluate((image: HTMLImageElement) => image.currentSrc)).toMatch(/\/preview-phone\.webp$/);
    // Exactly over the frame, as the graph will be drawn there: not pushed down, not cut at the bottom.
    const pictureBox = (await picture.boundingBox())!;
    expect(pictureBox.width).toBeGreaterThanOrEqual(370);
    expect(pictureBox.y).toBeLessThan(1);
    expect(pictureBox.y + pictureBox.height).toBeLessThanOrEqual(SCREEN.height + 0.5);
    const start = frame.getByRole('button', { name: 'Explore the interactive graph' });
    const button = (await start.boundingBox())!;
    expect(button.height).toBeGreaterThanOrEqual(44);
    expect(button.y + button.height).toBeLessThanOrEqual(SCREEN.height);
    const scan = await new AxeBuilder({ page }).include('#tieline').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect(scan.violations.map((violation) => violation.id)).toEqual([]);

    // One finger upwards over the picture: the story scrolls; the graph still waits.
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: Array<{ x: number; y: number }>) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((point, id) => ({ ...point, id })) });
    await touch('touchStart', [{ x: 120, y: 500 }]);
    for (let step = 1; step <= 10; step += 1) await touch('touchMove', [{ x: 120, y: 500 - step * 20 }]);
    await touch('touchEnd', []);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(50);
    await expect(frame.locator('html')).toHaveAttribute('data-graph-waits', '');
    // (Once the swipe's fling has stopped.)
    await expect.poll(() => page.evaluate(() => new Promise((resolve) => {
      const before = window.scrollY;
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.scrollY === before)));
    }))).toBe(true);

    // A tap on the picture, off the button: the graph is created and drawn, and the picture goes.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await page.touchscreen.tap(60, 150);
    await expect(frame.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
    await expect(frame.locator('html')).not.toHaveAttribute('data-boot-preview');
    await expect(frame.locator('.boot-preview')).toBeHidden();
  });

  test("Cytoscape's module is asked for once the picture has arrived, so on a slow line the picture comes first", async ({ page }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/preview-phone.webp', async (route) => {
      await held;
      await route.continue();
    });
    const asked: string[] = [];
    page.on('request', (request) => asked.push(request.url()));
    const moduleAsked = () => asked.some((url) => /\/graph-view-[^/]*\.js$/.test(url));
    // (Not waiting for "load", which waits for the picture.)
    await page.goto('./?embed=1', { waitUntil: 'domcontentloaded' });
    // The app has run and shows the dataset beneath the picture, which is still on its way.
    await expect(page.getByText(/of \d+ ties/)).toBeAttached();
    expect(moduleAsked()).toBe(false);
    release();
    await expect.poll(moduleAsked).toBe(true);
    await page.getByRole('button', { name: 'Explore the interactive graph' }).tap();
    await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
  });

  test('the keyboard reaches the button first and starts the graph with Enter', async ({ page }) => {
    await page.goto('./?embed=1');
    await page.keyboard.press('Tab');
    const start = page.getByRole('button', { name: 'Explore the interactive graph' });
    await expect(start).toBeFocused();
    expect(await start.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    await expect(page.locator('html')).toHaveAttribute('data-graph-waits', '');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('.boot-preview')).toBeHidden();
  });

  test('a command of the story page shows another view, so the graph starts without a tap', async ({ page }) => {
    const frame = await frameOf(page, { width: '375px', host: 'early', commands: JSON.stringify([{ to: '2019-06-30' }]) });
    await expect(frame.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
    await expect(frame.getByRole('slider', { name: 'To' })).toHaveAttribute('aria-valuetext', /2019/);
    await expect(frame.locator('.boot-preview')).toBeHidden();
  });

  test('a dark page never waits: the picture is of the light one', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const url of ['./?embed=1&theme=dark', './']) {
      await page.goto(url);
      await expect(page.locator('html'), url).toHaveAttribute('data-theme', 'dark');
      await expect(page.locator('html'), url).not.toHaveAttribute('data-graph-waits');
      await expect(page.getByTestId('graph-canvas'), url).toHaveAttribute('data-ready', 'true');
    }
  });

  test('a phone’s 3× screen draws the graph with two canvas pixels per CSS pixel; a desktop’s, with three', async ({ browser }) => {
    const canvasPixelsPerCssPixel = async (page: Page) =>
      page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="graph-canvas"] canvas')!;
        return canvas.width / canvas.clientWidth;
      });
    const phone = await browser.newContext({ viewport: SCREEN, hasTouch: true, isMobile: true, deviceScaleFactor: 3 });
    // Said in full: a context made here takes this file's touch screen unless told otherwise.
    const desktop = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 3, hasTouch: false, isMobile: false });
    try {
      const onPhone = await phone.newPage();
      await onPhone.goto(`${APP}?embed=1`);
      await startGraph(onPhone);
      expect(await canvasPixelsPerCssPixel(onPhone)).toBeCloseTo(2, 1);
      const onDesktop = await desktop.newPage();
      await onDesktop.goto(`${APP}?embed=1`);
      await startGraph(onDesktop);
      expect(await canvasPixelsPerCssPixel(onDesktop)).toBeCloseTo(3, 1);
    } finally {
      await phone.close();
      await desktop.close();
    }
  });

  test('a tablet never waits: its stand-in would be the wide picture, shrunk', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${APP}?embed=1`);
    await expect(page.locator('html')).not.toHaveAttribute('data-graph-waits');
    await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
    await context.close();
  });

  test('a view other than the default one, from the address, never waits', async ({ page }) => {
    await page.goto('./?embed=1&actor=qatar');
    await expect(page.locator('html')).not.toHaveAttribute('data-graph-waits');
    await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
  });
});
