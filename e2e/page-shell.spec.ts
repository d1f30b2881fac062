// What the page gives before and without its JavaScript: link-preview tags, the fallback for
// readers without JavaScript, the picture that stands in while an embed loads, a favicon, a print
// that is not a page of empty controls, and sandboxed frames (loaded, or told why not).
import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { E2E_APP_ORIGIN, E2E_HOST_ORIGIN } from '../scripts/lib/ports';
import { bundledDataset } from './support/dataset';

const APP = `${E2E_APP_ORIGIN}/`;
const HOST = E2E_HOST_ORIGIN;
const dataset = bundledDataset();

test('the built page carries og: and Twitter card tags, a description and a title from the dataset, and its picture is served', async ({ request }) => {
  const html = await (await request.get(APP)).text();
  const content = (attribute: string, key: string) => html.match(new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`))?.[1];
  expect(html).toContain(`<title>${dataset.title} · Tieline</title>`);
  expect(content('property', 'og:title')).toBe(`${dataset.title} · Tieline`);
  expect(content('property', 'og:description')).toBeTruthy();
  expect(content('property', 'og:type')).toBe('website');
  expect(content('name', 'description')).toContain(`${dataset.actors.length} political actors`);
  expect(content('name', 'twitter:card')).toBe('summary_large_image');
  const image = content('property', 'og:image')!;
  expect(content('name', 'twitter:image')).toBe(image);
  const picture = await request.get(new URL(image, APP).toString());
  expect(picture.status()).toBe(200);
  expect(picture.headers()['content-type']).toBe('image/png');
  const bytes = await picture.body();
  // The PNG is as large as the tags say.
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([Number(content('property', 'og:image:width')), Number(content('property', 'og:image:height'))]);
});

test("every inline script is allowed by the page's Content-Security-Policy, by its hash", async ({ request }) => {
  const html = await (await request.get(APP)).text();
  const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)![1]!.replace(/&#39;/g, "'");
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
  expect(inline.length).toBeGreaterThan(0);
  for (const script of inline) expect(policy).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
  expect(policy).not.toContain('unsafe-eval');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a reader gets the picture of the graph, a summary, the sources and the data', async ({ page }) => {
    await page.goto('./');
    const fallback = page.locator('.noscript-fallback');
    await expect(fallback.getByRole('heading', { level: 1, name: dataset.title })).toBeVisible();
    const picture = fallback.getByRole('img', { name: /The Tieline graph of/ });
    await expect(picture).toBeVisible();
    // Really drawn: the image loaded, at a readable size.
    await expect.poll(() => picture.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(1200);
    expect((await picture.boundingBox())!.width).toBeGreaterThan(600);
    await expect(fallback).toContainText(`${dataset.events.length} dated ties`);
    await expect(fallback.getByRole('listitem')).toHaveCount(dataset.sources.length);
    const json = fallback.getByRole('link', { name: /The data with every quote/ });
    expect((await page.request.get(new URL((await json.getAttribute('href'))!, page.url()).toString())).status()).toBe(200);
  });
});

async function noFailedRequests(page: Page, url: string): Promise<string[]> {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
  await page.goto(url);
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
  return failed;
}

test('the favicon is served, and loading the app or an embed asks for nothing that fails', async ({ page }) => {
  const icons: number[] = [];
  page.on('response', (response) => {
    if (response.url().includes('favicon')) icons.push(response.status());
  });
  expect(await noFailedRequests(page, './')).toEqual([]);
  expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe('./favicon.svg');
  const icon = await page.request.get(new URL('favicon.svg', APP).toString());
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
  expect(icons.every((status) => status === 200)).toBe(true);
  expect(await noFailedRequests(page, './?embed=1')).toEqual([]);
});

test("the page starts loading the bundled dataset itself, in a worker that validates it, or else with a preload the app then uses; a page showing another dataset does not start it", async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/datasets/qatar-syria.json')) asked.push(request.url());
  });
  const pageFetches = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('/datasets/qatar-syria.json'))
        .map((entry) => (entry as PerformanceResourceTiming).initiatorType),
    );
  for (const query of ['', '?embed=1']) {
    asked.length = 0;
    await page.goto(`${APP}${query}`);
    await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
    // Asked for once, by the boot script's worker (a worker's requests are not in the page's timeline):
    // the app's own scripts, once they ran, fetched nothing.
    expect(asked, query).toHaveLength(1);
    expect(await pageFetches(), query).toEqual([]);
  }
  // Where no worker can start (a host whose policy forbids them), the boot script's preload link
  // starts the download, and the app's fetch is handed that response.
  const context = await page.context().browser()!.newContext({ baseURL: page.url() });
  const noWorkers = await context.newPage();
  await noWorkers.addInitScript({ content: `window.Worker = function () { throw new DOMException('workers are not allowed here', 'SecurityError'); };` });
  const askedThere: string[] = [];
  noWorkers.on('request', (request) => {
    if (request.url().endsWith('/datasets/qatar-syria.json')) askedThere.push(request.url());
  });
  await noWorkers.goto(APP);
  await expect(noWorkers.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
  expect(
    await noWorkers.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('/datasets/qatar-syria.json'))
        .map((entry) => (entry as PerformanceResourceTiming).initiatorType),
    ),
  ).toEqual(['link']);
  expect(askedThere).toHaveLength(1);
  await context.close();

  asked.length = 0;
  await page.goto(`${APP}?data=${encodeURIComponent('datasets/tieline.schema.json')}`);
  await expect(page.getByRole('heading', { name: /could not be (loaded|opened)|problem/i }).first()).toBeVisible();
  expect(asked).toEqual([]);
});

test('the default view shows its picture until the graph is drawn, in an embed and in the full app; other views never show it', async ({ page }) => {
  const stand = page.locator('.boot-preview img');
  for (const url of ['./?embed=1&utm_source=story', './?fbclid=abc']) {
    // Hold the dataset back, so the moment before the graph can be looked at.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.unrouteAll();
    await page.route('**/datasets/qatar-syria.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(url);
    await expect(stand, url).toBeVisible();
    await expect.poll(() => stand.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(1200);
    // The light WebP copy, not the link previews' PNG.
    expect(await stand.evaluate((image: HTMLImageElement) => new URL(image.currentSrc).pathname)).toMatch(/\/preview\.webp$/);
    release();
    await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
    await expect(stand).toBeHidden();
    await expect(page.locator('html')).not.toHaveAttribute('data-boot-preview');
  }
  await page.unrouteAll();

  // A view that is not the default one (another date, a selection, another dataset, the studio).
  for (const url of ['./?embed=1&to=2020-01-01', './?embed=1&actor=qatar', './?to=2020-01-01', './?studio=1']) {
    await page.goto(url);
    await expect(page.locator('html'), url).not.toHaveAttribute('data-boot-preview');
    await expect(stand).toBeHidden();
  }
});

for (const url of ['./?actor=qatar', './?embed=1&actor=qatar']) {
  test(`print (${url}) shows the graph as drawn, the time range in words, the details and the sources, and no controls`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByRole('complementary', { name: 'Qatar' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, select, input, textarea, [role="slider"]')]
        .filter((element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden')
        .filter((element) => !element.classList.contains('legend-kind'))
        .map((element) => element.outerHTML.slice(0, 80)),
    );
    expect(shown).toEqual([]);
    const graph = (await page.getByTestId('graph-canvas').boundingBox())!;
    expect(graph.height).toBeGreaterThan(200);
    // The canvas holds the drawing (not blank): some of its pixels are not white.
    const drawn = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLCanvasElement>('[data-testid="graph-canvas"] canvas')].some((canvas) => {
        const context = canvas.getContext('2d');
        if (!context || canvas.width === 0) return false;
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        for (let index = 0; index < data.length; index += 4) if (data[index + 3]! > 0 && (data[index]! < 200 || data[index + 1]! < 200)) return true;
        return false;
      }),
    );
    expect(drawn).toBe(true);
    await expect(page.getByTestId('time-range-words')).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Qatar' })).toBeVisible();
    await expect(page.getByText(/\d+ articles?/).first()).toBeVisible();
  });
}

test('a frame sandboxed with allow-scripts only loads from a host that sends CORS headers, and the host script reaches it', async ({ page }) => {
  await page.goto(`${HOST}/frame.html?${new URLSearchParams({ app: APP, sandbox: 'allow-scripts', width: '600px' }).toString()}`);
  const frame = page.frameLocator('#tieline');
  await expect(frame.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
  // Its origin is opaque, yet the host script sizes it and its commands arrive.
  await expect.poll(async () => (await page.locator('#tieline').boundingBox())!.height).toBeGreaterThan(400);
  await page.evaluate(() => (window as unknown as { view: { select(selection: object): void } }).view.select({ actor: 'qatar' }));
  await expect(frame.getByRole('complementary', { name: 'Qatar' })).toBeVisible();
});

test('without those headers, a sandboxed frame says why it cannot start and how to fix it', async ({ page }) => {
  // The same build from a static host that sends no Access-Control-Allow-Origin (e2e/host-page/serve.ts).
  const bare = `${HOST}/app-without-cors/`;
  await page.goto(`${HOST}/frame.html?${new URLSearchParams({ app: bare, sandbox: 'allow-scripts', width: '600px', height: '500', host: 'none' }).toString()}`);
  const message = page.frameLocator('#tieline').getByRole('alert');
  await expect(message).toContainText('Tieline cannot start in this frame');
  await expect(message).toContainText('allow-same-origin');
  await expect(message).toContainText('Access-Control-Allow-Origin: *');
  // And the picture of the graph, so the story still shows something.
  await expect(page.frameLocator('#tieline').locator('.boot-preview img')).toBeVisible();
});
