// Hostile and extreme input, second round (issue 22): each case ends in a clear message on a page
// that still answers, never in a hang, a blank page or a silent failure. The sizes are those of
// the issue; the tests wait on outcomes (a message shown, a control that answers), not on timings.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { MAX_JSON_DEPTH, MAX_PARENT_DEPTH, MAX_PARTICIPANTS } from '../src/domain/dataset-limits';
import type { Dataset } from '../src/domain/dataset-schema';
import { MAX_CAPTION_SOURCES, MAX_IMAGE_SIDE } from '../src/domain/export-image';
import { bundledDataset } from './support/dataset';
import { openApp } from './support/graph';
import { E2E_APP_ORIGIN, E2E_HOST_ORIGIN } from '../scripts/lib/ports';

const DATASET_URL = '**/datasets/qatar-syria.json';
const bundled = bundledDataset();

async function serveDataset(page: Page, body: string | Dataset): Promise<void> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  await page.route(DATASET_URL, (route) => route.fulfill({ contentType: 'application/json', body: text }));
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; content: Buffer }> {
  const waiting = page.waitForEvent('download');
  await click();
  const file = await waiting;
  return { name: file.suggestedFilename(), content: await readFile((await file.path())!) };
}

test.describe('validation at the limits', () => {
  test('100,000 problems are summarised by kind, with the full list as a download', async ({ page }) => {
    const dataset = structuredClone(bundled) as unknown as { actors: object[]; events: object[] };
    for (let index = 0; index < 99_000; index += 1) dataset.actors.push({ id: `planet-${index}`, label: 'P', type: 'planet' });
    for (let index = 0; index < 1_000; index += 1) dataset.events.push({ ...bundled.events[0]!, id: `bad-date-${index}`, date: '2024-02-30' });
    await serveDataset(page, JSON.stringify(dataset));
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('has 100,000 problems');
    await expect(page.getByTestId('problem-summary')).toContainText('They are of 2 kinds');
    // Three of each kind are listed, not a hundred thousand.
    await expect(alert.getByRole('listitem')).toHaveCount(6);
    await expect(alert).toContainText('… and 98,997 more problems like these.');
    await expect(alert).toContainText('… and 997 more problems like these.');
    const { name, content } = await download(page, () => alert.getByRole('button', { name: 'Download all 100,000 problems (text)' }).click());
    expect(name).toBe('qatar-syria.json-problems.txt');
    const lines = content.toString('utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(100_002);
    expect(lines.filter((line) => line.includes('found "planet"'))).toHaveLength(99_000);
    // The page answers: Try again fetches and validates once more.
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('alert')).toContainText('has 100,000 problems');
  });

  test('a million actors are refused at once with the limit, not listed one by one', async ({ page }) => {
    const actors = Array.from({ length: 1_000_000 }, (_, index) => ({ id: `a${index}`, label: 'A', type: 'state' }));
    await serveDataset(page, JSON.stringify({ ...bundled, actors }));
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('has 1 problem');
    await expect(alert.getByRole('listitem')).toHaveText('actors: 1,000,000 actors, more than Tieline opens — expected at most 100,000 actors; split the dataset');
  });

  test('a 100,000-level nested array is refused from its text, before parsing', async ({ page }) => {
    await serveDataset(page, `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    await page.goto('./');
    await expect(page.getByRole('alert').getByRole('listitem')).toContainText(`the JSON nests more than ${MAX_JSON_DEPTH} levels deep (line 1, column ${MAX_JSON_DEPTH + 1})`);
  });

  test('a parent chain 3,000 deep is refused once, naming the chain', async ({ page }) => {
    const dataset = structuredClone(bundled);
    for (let level = 0; level < 3_000; level += 1) {
      dataset.actors.push({ id: `level-${level}`, label: `Level ${level}`, type: 'government', ...(level === 0 ? {} : { parent: `level-${level - 1}` }) });
    }
    const leaf = dataset.actors.find((actor) => actor.parent === undefined && !dataset.actors.some((other) => other.parent === actor.id))!;
    leaf.parent = 'level-2999';
    await serveDataset(page, dataset);
    await page.goto('./');
    const problems = page.getByRole('alert').getByRole('listitem').filter({ hasText: 'levels deep' });
    await expect(problems).toHaveCount(1);
    await expect(problems).toContainText(`the parent chain of "level-${MAX_PARENT_DEPTH + 1}" is ${MAX_PARENT_DEPTH + 1} levels deep: "level-9" › "level-8"`);
    await expect(problems).toContainText(`at most ${MAX_PARENT_DEPTH} parents above an actor`);
  });

  test('an event with 300 participants is refused with the limit and the way out', async ({ page }) => {
    const dataset = structuredClone(bundled);
    for (let index = 0; index < 300; index += 1) dataset.actors.push({ id: `delegate-${index}`, label: `Delegate ${index}`, type: 'state' });
    dataset.events[0]!.participants = Array.from({ length: 300 }, (_, index) => ({ actor: `delegate-${index}`, role: 'participant' as const }));
    await serveDataset(page, dataset);
    await page.goto('./');
    const problem = page.getByRole('alert').getByRole('listitem').filter({ hasText: 'events[0].participants' });
    await expect(problem).toContainText('300 participants in one event');
    await expect(problem).toContainText(`at most ${MAX_PARTICIPANTS} participants: name the group as one actor`);
  });
});

test.describe('dates, ids and text', () => {
  test('an event dated 0050 is refused with the year limit, and a link to 0050 says so', async ({ page }) => {
    const dataset = structuredClone(bundled);
    dataset.events[0]!.date = '0050';
    await serveDataset(page, dataset);
    await page.goto('./');
    await expect(page.getByRole('alert').getByRole('listitem').filter({ hasText: 'events[0].date' })).toContainText('expected a year from 1000 to 9999');

    await page.unroute(DATASET_URL);
    await openApp(page, './?to=0050-01-01');
    await expect(page.getByTestId('notices')).toContainText('“to=0050-01-01” is before the year 1000');
    await expect(page.getByRole('slider', { name: 'To' })).not.toHaveAttribute('aria-valuetext', /19\d\d|\b50\b/);
  });

  test('an actor called "constructor" is laid out like any other, not taken as already placed', async ({ page }) => {
    const renamed = JSON.parse(JSON.stringify(bundled).replaceAll('"bahrain"', '"constructor"')) as Dataset;
    const positions = Object.fromEntries(Object.entries(renamed.layout!.positions).filter(([id]) => id !== 'constructor'));
    // Another actor at the origin, where an actor wrongly taken as placed ends up.
    positions['russia'] = { x: 0, y: 0 };
    await serveDataset(page, { ...renamed, layout: { positions } });
    await openApp(page);
    const boxes = await page.evaluate(() =>
      window.cy!.nodes(':childless').map((node) => {
        const box = node.boundingBox({ includeLabels: false });
        return { id: node.id(), x1: box.x1, x2: box.x2, y1: box.y1, y2: box.y2 };
      }),
    );
    const actor = boxes.find((box) => box.id === 'constructor')!;
    expect([actor.x1, actor.x2, actor.y1, actor.y2].every(Number.isFinite)).toBe(true);
    for (const other of boxes.filter((box) => box.id !== 'constructor')) {
      const overlap = actor.x1 < other.x2 && other.x1 < actor.x2 && actor.y1 < other.y2 && other.y1 < actor.y2;
      expect(overlap, `constructor overlaps ${other.id}`).toBe(false);
    }
  });

  test('a quote in NFC opens against a source stored in NFD, and is highlighted in context', async ({ page }) => {
    const dataset = structuredClone(bundled);
    const event = dataset.events[0]!;
    const source = dataset.sources.find((candidate) => candidate.id === event.evidence[0]!.source)!;
    source.text = `${source.text}\nDer Außenminister sprach in Zürich über Çavuşoğlu.`.normalize('NFD');
    event.evidence.push({ source: source.id, quote: 'sprach in Zürich über Çavuşoğlu'.normalize('NFC') });
    await serveDataset(page, dataset);
    await openApp(page, `./?event=${event.id}`);
    await page.getByRole('complementary').getByRole('button', { name: 'Read in context' }).last().click();
    await expect(page.getByTestId('quote-highlight')).toHaveText('sprach in Zürich über Çavuşoğlu'.normalize('NFC'));
  });

  test('a retyped quote is refused with what differs: a straight quote where the source has a curly one', async ({ page }) => {
    const dataset = structuredClone(bundled);
    const event = dataset.events[0]!;
    const source = dataset.sources.find((candidate) => candidate.id === event.evidence[0]!.source)!;
    source.text = `${source.text}\nThe minister called it “a new page”.`;
    event.evidence.push({ source: source.id, quote: 'The minister called it "a new page"' });
    await serveDataset(page, dataset);
    await page.goto('./');
    const problem = page.getByRole('alert').getByRole('listitem').filter({ hasText: 'not found verbatim' });
    await expect(problem).toContainText('then the quote has “"” (straight double quote, U+0022) where the source has ““” (curly opening double quote, U+201C)');
  });
});

test.describe('the address bar at the limits', () => {
  test('a 1 MB date, 10,000 hidden kinds and 50,000 unknown parameters give three short notices that leave the graph and Dismiss on screen', async ({ page }) => {
    const kinds = Array.from({ length: 10_000 }, (_, index) => `kind-${index % 300}`).join(',');
    const unknown = Array.from({ length: 50_000 }, (_, index) => `p${index}=1`).join('&');
    const query = `?to=${'9'.repeat(1_000_000)}&hide=call,${kinds}&${unknown}`;
    // The preview server refuses request lines this long, so the page itself comes from the test;
    // the browser still opens the long address.
    await page.route((url) => url.pathname === '/' && url.search.length > 10_000, async (route) => {
      const response = await route.fetch({ url: `${E2E_APP_ORIGIN}/` });
      await route.fulfill({ response });
    });
    await openApp(page, `./${query}`);
    const notices = page.getByTestId('notices');
    await expect(notices.getByRole('listitem')).toHaveCount(3);
    await expect(notices).toContainText('(1,000,000 characters)” is not a date');
    await expect(notices).toContainText('“kind-0”, “kind-1”, “kind-2” and 297 more');
    await expect(notices).toContainText('“p0”, “p1”, “p2” and 49,997 more are not Tieline parameters');
    const viewport = page.viewportSize()!;
    const bar = (await notices.boundingBox())!;
    expect(bar.height).toBeLessThan(viewport.height / 3);
    const dismiss = notices.getByRole('button', { name: /Dismiss/ });
    await expect(dismiss).toBeInViewport();
    const graph = (await page.getByTestId('graph-canvas').boundingBox())!;
    expect(graph.y + graph.height).toBeLessThanOrEqual(viewport.height);
    expect(graph.height).toBeGreaterThan(viewport.height / 3);
    await dismiss.click();
    await expect(notices).toBeHidden();
  });

  test('many notices in a narrow embed keep their height bounded', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 700 });
    const kinds = Array.from({ length: 300 }, (_, index) => `kind-${index}`).join(',');
    await openApp(page, `./?embed=1&hide=${kinds}&mode=${'x'.repeat(5_000)}&basis=y&level=z&view=w&from=abc&to=def&actor=NOPE&zz=1`);
    const notices = page.getByTestId('notices');
    await expect(notices.getByRole('listitem')).toHaveCount(9);
    expect((await notices.boundingBox())!.height).toBeLessThan(700 / 3);
    await expect(notices.getByRole('button', { name: /Dismiss/ })).toBeInViewport();
  });
});

test.describe('exports and the reader at the limits', () => {
  test('the PNG export of a 100,000-character label and 2,000 sources is made, bounded, with the sources counted', async ({ page }) => {
    const dataset = structuredClone(bundled);
    dataset.actors[0]!.label = `Qatar ${'x'.repeat(100_000)}`;
    for (let index = 0; index < 2_000; index += 1) {
      dataset.sources.push({ id: `extra-${index}`, title: `Wire report ${index}`, publisher: 'Wire', published: '2024-01-01', publishedBasis: 'stated', text: 'Text.' });
    }
    await serveDataset(page, dataset);
    await openApp(page);
    await page.getByRole('button', { name: 'Export' }).click();
    const { content } = await download(page, () => page.getByRole('button', { name: 'Image (PNG)' }).click());
    expect(content.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const width = content.readUInt32BE(16);
    const height = content.readUInt32BE(20);
    expect(width).toBeLessThanOrEqual(MAX_IMAGE_SIDE);
    // A caption of 2,000 source lines alone would be 72,000 pixels tall; the sources beyond
    // MAX_CAPTION_SOURCES are counted in one line instead.
    expect(height).toBeLessThanOrEqual(MAX_IMAGE_SIDE);
    expect(height).toBeLessThan((MAX_CAPTION_SOURCES + 10) * 36 + width);
  });

  test('when the image cannot be made, the reader is told why and what else to export', async ({ page }) => {
    // Simulates a browser that cannot encode the canvas (what an oversized canvas does).
    await page.addInitScript(() => {
      HTMLCanvasElement.prototype.toBlob = function (callback: BlobCallback) {
        setTimeout(() => callback(null));
      };
    });
    await openApp(page);
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('button', { name: 'Image (PNG)' }).click();
    const problem = page.getByRole('alert');
    await expect(problem).toContainText(/The image could not be made: .+\. The events can still be exported as CSV or JSON\./);
    await expect(problem).toBeVisible();
  });

  test('"Read in context" on a 20 MB source shows the quote in its part of the text, and more on demand', async ({ page }) => {
    const dataset = structuredClone(bundled);
    const event = dataset.events[0]!;
    const source = dataset.sources.find((candidate) => candidate.id === event.evidence[0]!.source)!;
    const filler = 'Wire copy continues here with more words. '.repeat(240_000); // about 10 MB each side
    source.text = `${filler}\n${source.text}\n${filler}`;
    await serveDataset(page, dataset);
    await openApp(page, `./?event=${event.id}`);
    await page.getByRole('complementary').getByRole('button', { name: 'Read in context' }).first().click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('quote-highlight')).toBeInViewport();
    await expect(dialog).toContainText(/[\d,]+ characters come before this part\./);
    await expect(dialog).toContainText(/[\d,]+ characters come after this part\./);
    const shown = await dialog.getByLabel('Article text').evaluate((element) => element.textContent!.length);
    expect(shown).toBeLessThan(100_000);
    await dialog.getByRole('button', { name: 'Show earlier text' }).click();
    await expect.poll(() => dialog.getByLabel('Article text').evaluate((element) => element.textContent!.length)).toBeGreaterThan(shown);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});

test.describe('dataset addresses', () => {
  test('an https address that redirects to http is refused, and the http address is never asked', async ({ page, request }) => {
    // The http address is a real local server that counts what reaches it.
    const probe = `${E2E_HOST_ORIGIN}/probe/story.json`;
    const count = async () => Number(await (await request.get(`${E2E_HOST_ORIGIN}/probe-count`)).text());
    const before = await count();
    await page.route('https://data.example.org/**', (route) =>
      route.fulfill({ status: 302, headers: { location: probe, 'access-control-allow-origin': '*' } }),
    );
    await page.goto('./?data=https://data.example.org/story.json');
    await expect(page.getByRole('alert')).toContainText('the https address redirects to a plain http address');
    await expect(page.getByRole('alert')).toContainText('which Tieline does not follow');
    expect(await count()).toBe(before);
    // The probe does answer when asked directly: the count above would have seen a request.
    await request.get(probe);
    expect(await count()).toBe(before + 1);
  });
});
