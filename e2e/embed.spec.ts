// A newsroom's page embeds Tieline in an iframe from another origin, includes the host script, and
// talks to it. Forged messages, from a sibling frame, of the wrong shape or from an origin the embed
// was not told to trust, change nothing.
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { dayRangeOf } from '../src/domain/partial-date';
import { bundledDataset, expectedVisibleEdgeCount } from './support/dataset';
import { openApp } from './support/graph';
import { E2E_APP_ORIGIN, E2E_HOST_ORIGIN } from '../scripts/lib/ports';

const APP = `${E2E_APP_ORIGIN}/`;
// The story page lives on another origin (another port), served by e2e/host-page/serve.ts.
const HOST = E2E_HOST_ORIGIN;
const dataset = bundledDataset();

async function openHostPage(page: Page, options: { query?: string; width?: string } = {}): Promise<Frame> {
  const own = new URLSearchParams({ app: APP, query: options.query ?? '', width: options.width ?? '100%' });
  await page.goto(`${HOST}/story.html?${own.toString()}`);
  const frame = page.frameLocator('#tieline');
  await expect(frame.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
  await page.waitForFunction(() => 'view' in window);
  const handle = page.frame({ url: (url) => url.href.startsWith(APP) });
  if (!handle) throw new Error('The Tieline frame is missing');
  // Commands posted straight to the frame (as the tests of forged messages do) need its bridge up:
  // it says "ready" to the page, unless its allow-list names one other origin, where it alone hears
  // it; then the bridge's module having loaded (and run, a task later) is what can be seen.
  const query = decodeURIComponent(options.query ?? '');
  if (/origin=https:\/\/news\.example/i.test(query) && !/origin=[^&]*,/.test(query)) {
    await handle.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/embed-bridge-')));
    await handle.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  } else {
    await page.waitForFunction(() => (window as unknown as { fromFrame: Array<{ type?: string }> }).fromFrame.some((message) => message?.type === 'tieline:ready'));
  }
  return handle;
}

const frameHeight = (page: Page) => page.locator('#tieline').evaluate((element) => element.getBoundingClientRect().height);
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
const selectionOf = (frame: Frame) => frame.evaluate(() => new URLSearchParams(window.location.search).get('actor') ?? new URLSearchParams(window.location.search).get('event'));

test('the host script sizes the frame to its content, and again when the content changes; details open over the graph, not below it', async ({ page }) => {
  const frame = await openHostPage(page);
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(300);
  expect(Math.abs((await frameHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(2);

  const before = await frameHeight(page);
  await page.evaluate(() => (window as unknown as { view: { select(s: object): void } }).view.select({ actor: 'qatar' }));
  const sheet = page.frameLocator('#tieline').getByTestId('details-sheet');
  await expect(sheet.getByRole('complementary', { name: 'Qatar' })).toBeVisible();
  // The sheet lies over the graph's area: the frame keeps its height and the time bar stays in reach.
  expect(await frameHeight(page)).toBe(before);
  const stage = (await page.frameLocator('#tieline').locator('.embed-stage-area').boundingBox())!;
  const box = (await sheet.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(stage.y - 1);
  expect(box.y + box.height).toBeLessThanOrEqual(stage.y + stage.height + 1);
  await expect(page.frameLocator('#tieline').getByRole('button', { name: 'Next event' })).toBeVisible();

  // A narrower page: the embed's content takes another height, and the frame follows it.
  await page.setViewportSize({ width: 400, height: 800 });
  await expect.poll(() => frameHeight(page)).not.toBe(before);
  await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(2);
});

test('the host page sets the time and the selection, and hears the reader', async ({ page }) => {
  const frame = await openHostPage(page);
  const app = page.frameLocator('#tieline');
  type HostWindow = { view: { setTime(r: object): void; select(s: object): void }; received: Array<Record<string, unknown>> };

  await page.evaluate(() => (window as unknown as HostWindow).view.setTime({ to: '2023-12-31' }));
  const day = dayRangeOf('2023-12-31').start;
  await expect(app.getByRole('slider', { name: 'To' })).toHaveAttribute('aria-valuenow', String(day));
  await expect
    .poll(() => frame.evaluate(() => window.cy!.edges(':visible').filter((edge) => edge.data('relation') !== true).length))
    .toBe(expectedVisibleEdgeCount(dataset, day));

  await page.evaluate(() => (window as unknown as HostWindow).view.select({ event: 'doha-meeting-2024' }));
  await expect(app.getByRole('complementary').getByRole('heading', { level: 2 })).toContainText('Meeting');

  // The reader acts inside the frame; the host hears it.
  await page.evaluate(() => ((window as unknown as HostWindow).received = []));
  await app.getByRole('button', { name: 'Next event' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as HostWindow).received.filter((m) => m.type === 'tieline:timechange').length))
    .toBeGreaterThan(0);
  await app.getByRole('button', { name: /^Close/ }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as HostWindow).received.find((m) => m.type === 'tieline:select')))
    .toEqual({ type: 'tieline:select', actor: null, event: null });
});

test('forged messages change nothing: wrong shape, a sibling frame, an origin not on the allow-list', async ({ page }) => {
  const frame = await openHostPage(page);
  const post = (message: unknown) =>
    page.evaluate((data) => (document.getElementById('tieline') as HTMLIFrameElement).contentWindow!.postMessage(data, '*'), message);

  await post({ type: 'tieline:select', actor: '<img src=x onerror=alert(1)>' });
  await post({ type: 'tieline:select', actor: 'qatar', extra: 'field' });
  await post({ type: 'tieline:set-time', to: 'tomorrow' });
  await post('tieline:select qatar');
  // A real message after the forged ones proves the frame was listening all along.
  await post({ type: 'tieline:set-time', to: '2020-06-01' });
  await expect(page.frameLocator('#tieline').getByRole('slider', { name: 'To' })).toHaveAttribute('aria-valuenow', String(dayRangeOf('2020-06-01').start));
  expect(await selectionOf(frame)).toBeNull();

  // A sibling frame on the page (not the parent) sends a well-formed command.
  const seen = await recordMessages(frame);
  await page.evaluate(async (host) => {
    const sibling = document.createElement('iframe');
    sibling.src = `${host}/sibling.html`;
    document.body.append(sibling);
    await new Promise((resolve) => sibling.addEventListener('load', resolve));
    sibling.contentWindow!.postMessage('forge', '*');
  }, HOST);
  await expect.poll(seen).toBe(1);
  expect(await selectionOf(frame)).toBeNull();
  await post({ type: 'tieline:set-time', to: '2021-06-01' });
  await expect(page.frameLocator('#tieline').getByRole('slider', { name: 'To' })).toHaveAttribute('aria-valuenow', String(dayRangeOf('2021-06-01').start));
  expect(await selectionOf(frame)).toBeNull();
});

/** Records, inside the frame, every message it receives, after the app's own listener has seen it. */
async function recordMessages(frame: Frame): Promise<() => Promise<number>> {
  await frame.evaluate(() => {
    const seen: unknown[] = [];
    (window as unknown as { seen: unknown[] }).seen = seen;
    window.addEventListener('message', (event) => seen.push(event.data));
  });
  return () => frame.evaluate(() => (window as unknown as { seen: unknown[] }).seen.length);
}

// Posted by the story page straight to the frame (a page on the origin the test names).
const selectQatar = (page: Page) =>
  page.evaluate(() => (document.getElementById('tieline') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'tieline:select', actor: 'qatar' }, '*'));

test('with an origin allow-list, commands from any other origin are ignored', async ({ page }) => {
  const frame = await openHostPage(page, { query: '&origin=https://news.example' });
  const seen = await recordMessages(frame);
  // Sent straight to the frame: the host script waits for a "ready" that this frame sends only to
  // https://news.example, so it would never send them.
  await selectQatar(page);
  await page.evaluate(() => (document.getElementById('tieline') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'tieline:set-time', to: '2020-06-01' }, '*'));
  // Both commands reached the frame (the app's listener runs first), and neither changed anything.
  await expect.poll(seen).toBe(2);
  expect(await selectionOf(frame)).toBeNull();
  expect(await frame.evaluate(() => new URLSearchParams(window.location.search).get('to'))).toBeNull();
});

test("with the story's own origin on the allow-list, its commands are obeyed", async ({ page }) => {
  await openHostPage(page, { query: `&origin=${HOST}` });
  await page.evaluate(() => (window as unknown as { view: { select(s: object): void } }).view.select({ actor: 'qatar' }));
  await expect(page.frameLocator('#tieline').getByRole('complementary', { name: 'Qatar' })).toBeVisible();
});

test('embed mode stores nothing and asks no other origin for anything', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const frame = await openHostPage(page);
  await page.frameLocator('#tieline').getByRole('button', { name: 'Previous event' }).click();
  const stored = await frame.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
    databases: (await indexedDB.databases()).length,
  }));
  expect(stored).toEqual({ local: 0, session: 0, cookie: '', databases: 0 });
  const foreign = requests.filter((url) => !url.startsWith(APP) && !url.startsWith(HOST) && !url.startsWith('data:'));
  expect(foreign).toEqual([]);
});

for (const width of [320, 1280]) {
  test(`the embed fits ${width} px wide: no sideways scrolling, graph, time bar, source line and a way out`, async ({ page }) => {
    await page.setViewportSize({ width: Math.max(width, 360), height: 900 });
    const frame = await openHostPage(page, { width: `${width}px`, query: '&to=2024-12-09' });
    const app = page.frameLocator('#tieline');
    const overflow = await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(app.getByTestId('graph-canvas')).toBeVisible();
    await expect(app.getByRole('slider', { name: 'To' })).toBeVisible();
    await expect(app.getByText(`Data: ${dataset.sources.length} articles · Tieline`)).toBeVisible();
    const link = app.getByRole('link', { name: /Open the full view/ });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    const href = await link.getAttribute('href');
    expect(href).toContain('to=2024-12-09');
    expect(href).not.toContain('embed');
  });
}

test('the Embed button gives a snippet of the exact view on screen', async ({ page }) => {
  await page.goto('./?to=2024-12-09&actor=qatar');
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: 'Embed' }).click();
  const snippet = await page.getByTestId('embed-snippet').inputValue();
  expect(snippet).toContain(`<iframe src="${APP}?to=2024-12-09&amp;actor=qatar&amp;embed=1"`);
  expect(snippet).toContain(`title="Tieline: ${dataset.title}"`);
  expect(snippet).toContain('loading="lazy"');
  expect(snippet).toContain(`<script src="${APP}tieline-host.js" async></script>`);
  await page.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByTestId('embed-snippet')).toBeHidden();
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

  test('tapping the time track moves "To", and tapping a node opens its details', async ({ page }) => {
    await openApp(page, './?embed=1');
    const to = page.getByRole('slider', { name: 'To' });
    const before = Number(await to.getAttribute('aria-valuenow'));
    const track = (await page.getByTestId('time-track').boundingBox())!;
    await page.touchscreen.tap(track.x + track.width * 0.5, track.y + track.height / 2);
    await expect.poll(async () => Number(await to.getAttribute('aria-valuenow'))).toBeLessThan(before);

    await page.getByRole('slider', { name: 'To' }).focus();
    await page.keyboard.press('End');
    const point = await page.evaluate(() => {
      const cy = window.cy!;
      const node = cy.getElementById('hakan-fidan');
      cy.fit(node, 120);
      const box = document.querySelector('[data-testid="graph-canvas"]')!.getBoundingClientRect();
      const position = node.renderedPosition();
      return { x: box.x + position.x, y: box.y + position.y };
    });
    await page.touchscreen.tap(point.x, point.y);
    await expect(page.getByRole('complementary', { name: 'Hakan Fidan' })).toBeVisible();
  });
});

// The allow-list fails closed (issue 22): a malformed `origin=` turns every command away and says
// so in the frame; case and a trailing slash are normalised, so those lists still restrict.
for (const { written, malformed } of [
  { written: 'https://news.example/', malformed: false },
  { written: 'HTTPS://NEWS.EXAMPLE', malformed: false },
  { written: 'https://news.example/story', malformed: true },
  { written: 'htps://news.example', malformed: true },
  { written: 'https//news.example', malformed: true },
  { written: '', malformed: true },
]) {
  test(`with origin=${written || '(empty)'}, commands from an unlisted origin are ignored`, async ({ page }) => {
    const frame = await openHostPage(page, { query: `&origin=${encodeURIComponent(written)}` });
    const seen = await recordMessages(frame);
    await selectQatar(page);
    await expect.poll(seen).toBe(1);
    expect(await selectionOf(frame)).toBeNull();
    const error = page.frameLocator('#tieline').getByTestId('embed-setup-error');
    if (malformed) await expect(error).toContainText('ignores every command from the page until that is fixed');
    else await expect(error).toHaveCount(0);
  });
}

test("a malformed entry turns away even the story's own origin; its normalised spelling is obeyed", async ({ page }) => {
  const frame = await openHostPage(page, { query: `&origin=${HOST}/story` });
  const seen = await recordMessages(frame);
  await selectQatar(page);
  await expect.poll(seen).toBe(1);
  expect(await selectionOf(frame)).toBeNull();
  await expect(page.frameLocator('#tieline').getByTestId('embed-setup-error')).toContainText(`“${HOST}/story” is not an origin`);
  // The reader can still use the graph.
  await page.frameLocator('#tieline').getByRole('button', { name: 'Previous event' }).click();
  await expect(page.frameLocator('#tieline').getByRole('slider', { name: 'To' })).not.toHaveAttribute('aria-valuenow', String(dayRangeOf(dataset.events.map((event) => event.date).sort().at(-1)!).start));

  await openHostPage(page, { query: `&origin=${HOST.toUpperCase()}/` });
  await selectQatar(page);
  await expect(page.frameLocator('#tieline').getByRole('complementary', { name: 'Qatar' })).toBeVisible();
  await expect(page.frameLocator('#tieline').getByTestId('embed-setup-error')).toHaveCount(0);
});

test('a burst of ten thousand commands is applied once a frame: the last one wins and the reader is answered', async ({ page }) => {
  const frame = await openHostPage(page);
  const app = page.frameLocator('#tieline');
  const actors = dataset.actors.map((actor) => actor.id);
  await page.evaluate(() => ((window as unknown as { received: unknown[] }).received = []));
  // Ten thousand selections and times, alternating, posted in one go; the last ones name Qatar and 2023.
  await page.evaluate((ids) => {
    const target = (document.getElementById('tieline') as HTMLIFrameElement).contentWindow!;
    for (let index = 0; index < 10_000; index += 1) {
      target.postMessage({ type: 'tieline:select', actor: ids[index % ids.length] }, '*');
      target.postMessage({ type: 'tieline:set-time', to: `20${13 + (index % 10)}-06-01` }, '*');
    }
    target.postMessage({ type: 'tieline:select', actor: 'qatar' }, '*');
    target.postMessage({ type: 'tieline:set-time', to: '2023-12-31' }, '*');
  }, actors);
  await expect(app.getByRole('complementary', { name: 'Qatar' })).toBeVisible();
  await expect(app.getByRole('slider', { name: 'To' })).toHaveAttribute('aria-valuenow', String(dayRangeOf('2023-12-31').start));
  expect(await selectionOf(frame)).toBe('qatar');
  // Superseded commands were dropped, not applied one by one: far fewer selections reached the host.
  const echoed = await page.evaluate(() => (window as unknown as { received: Array<{ type: string }> }).received.filter((message) => message.type === 'tieline:select').length);
  expect(echoed).toBeLessThan(1_000);
  // The reader's own input is answered at once.
  await app.getByRole('button', { name: /^Close/ }).click();
  await expect(app.getByRole('complementary', { name: 'Qatar' })).toBeHidden();
});
