// The embed in every kind of frame a newsroom gives it: sized by Pym.js or iframe-resizer (the real
// libraries from npm, on a story page of another origin), by Tieline's host script whether it loads
// before or after the frame, or not at all (a fixed-height frame from a CMS that strips scripts).
// Everything is measured from the page: boxes of the frame and of what is inside it.
import { expect, test, type Frame, type Page } from '@playwright/test';
import { dayRangeOf } from '../src/domain/partial-date';
import { EMBED_CONTENT_HEIGHT } from '../src/domain/embed-messages';
import { E2E_APP_ORIGIN, E2E_HOST_ORIGIN } from '../scripts/lib/ports';

const APP = `${E2E_APP_ORIGIN}/`;
const HOST = E2E_HOST_ORIGIN;

function hostUrl(page: string, own: Record<string, string>): string {
  return `${HOST}/${page}?${new URLSearchParams({ app: APP, ...own }).toString()}`;
}

async function appFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((frame) => frame.url().startsWith(APP))).toBe(true);
  const frame = page.frames().find((candidate) => candidate.url().startsWith(APP))!;
  await frame.waitForSelector('[data-testid="graph-canvas"][data-ready="true"]');
  return frame;
}

const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
const frameBox = async (page: Page, selector: string) => (await page.locator(selector).boundingBox())!;

test('Pym.js: `new pym.Parent` sizes the frame from its height messages, with no change on the page', async ({ page }) => {
  await page.goto(hostUrl('pym.html', {}));
  const frame = await appFrame(page);
  // Pym put its parameters in the address; the reader is told nothing about them.
  expect(frame.url()).toContain('childId=tieline-pym');
  await expect(frame.getByTestId('notices')).toHaveCount(0);
  await expect.poll(async () => (await frameBox(page, '#tieline-pym iframe')).height).toBeGreaterThan(400);
  await expect.poll(async () => Math.abs((await frameBox(page, '#tieline-pym iframe')).height - (await contentHeight(frame)))).toBeLessThanOrEqual(2);
  await expect(frame.getByTestId('embed')).toHaveClass(/embed-sized/);

  // Pym sends its width when the page resizes; the frame answers with its new height.
  const before = (await frameBox(page, '#tieline-pym iframe')).height;
  await page.setViewportSize({ width: 420, height: 800 });
  await expect.poll(async () => (await frameBox(page, '#tieline-pym iframe')).height).not.toBe(before);
  await expect.poll(async () => Math.abs((await frameBox(page, '#tieline-pym iframe')).height - (await contentHeight(frame)))).toBeLessThanOrEqual(2);
});

test("iframe-resizer v4: the parent's `iFrameResize()` sizes the frame through its own handshake", async ({ page }) => {
  await page.goto(hostUrl('resizer.html', {}));
  const frame = await appFrame(page);
  await expect.poll(() => page.evaluate(() => (window as unknown as { resized: number[] }).resized.length)).toBeGreaterThan(0);
  await expect.poll(async () => Math.abs((await frameBox(page, '#tieline')).height - (await contentHeight(frame)))).toBeLessThanOrEqual(2);
  expect((await frameBox(page, '#tieline')).height).toBeGreaterThan(400);
  await expect(frame.getByTestId('embed')).toHaveClass(/embed-sized/);
});

// Sizes of the fixed frames a CMS gives (phone, column, full width), with no script at all.
const FIXED_FRAMES = [
  [320, 400],
  [375, 500],
  [400, 450],
  [600, 400],
  [600, 500],
  [800, 450],
  [1000, 600],
  [1200, 600],
] as const;

for (const [width, height] of FIXED_FRAMES) {
  test(`a fixed ${width} × ${height} frame without a script shows the graph, the whole time bar with its handle, and the source line`, async ({ page }) => {
    await page.setViewportSize({ width: width + 40, height: height + 200 });
    await page.goto(hostUrl('frame.html', { width: `${width}px`, height: String(height), host: 'none' }));
    const frame = await appFrame(page);
    await expect(frame.getByTestId('embed')).toHaveClass(/embed-fit/);
    const outer = await frameBox(page, '#tieline');
    const inside = async (selector: string) => {
      const box = (await frame.locator(selector).first().boundingBox())!;
      expect(box, selector).not.toBeNull();
      expect(box.y, `${selector} starts inside the frame`).toBeGreaterThanOrEqual(outer.y - 0.5);
      expect(box.y + box.height, `${selector} ends inside the frame`).toBeLessThanOrEqual(outer.y + outer.height + 0.5);
      expect(box.x + box.width, `${selector} fits the width`).toBeLessThanOrEqual(outer.x + outer.width + 0.5);
      return box;
    };
    await inside('.time-bar');
    await inside('[data-testid="handle-to"]');
    await inside('.embed-source-line');
    const graph = await inside('[data-testid="graph-canvas"]');
    expect(graph.height).toBeGreaterThan(60);
    // Nothing hides below the frame's edge: the page inside does not scroll.
    expect(await frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight)).toBeLessThanOrEqual(0);
  });
}

test("the snippet's default height is the embed's content height in a story's column", async ({ page }) => {
  for (const width of [600, 800, 1200]) {
    await page.setViewportSize({ width: width + 40, height: 900 });
    await page.goto(hostUrl('frame.html', { width: `${width}px` }));
    const frame = await appFrame(page);
    await expect(frame.getByTestId('embed')).toHaveClass(/embed-sized/);
    await expect.poll(() => contentHeight(frame), `content height at ${width} px`).toBe(EMBED_CONTENT_HEIGHT);
  }
});

test('parameters of embedding tools and link trackers show the reader no notice, and stay in the address', async ({ page }) => {
  const query = '&initialWidth=375&childId=graphic&parentTitle=A%20story&parentUrl=https%3A%2F%2Fnews.example%2Fstory&fbclid=IwAR0abc&gclid=Cj0K&utm_source=newsletter&utm_medium=email&utm_campaign=qatar&mc_eid=123';
  await page.goto(hostUrl('frame.html', { query, host: 'none', height: '700' }));
  const frame = await appFrame(page);
  await expect(frame.getByTestId('notices')).toHaveCount(0);
  expect(new URL(frame.url()).searchParams.get('utm_source')).toBe('newsletter');
  // A Tieline parameter with a wrong value still gets its notice.
  await page.goto(hostUrl('frame.html', { query: `${query}&mode=sideways`, host: 'none', height: '700' }));
  const second = await appFrame(page);
  await expect(second.getByTestId('notices')).toContainText('“mode=sideways” is not a time mode');
  await expect(second.getByTestId('notices')).not.toContainText('utm');
  // The full app too.
  await page.goto(`./?fbclid=IwAR0abc&utm_source=x&gclid=y`);
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('notices')).toHaveCount(0);
});

test('commands given before the frame has loaded are applied once it is ready, superseded ones dropped', async ({ page }) => {
  const commands = [{ to: '2016-06-01' }, { select: { actor: 'turkiye' } }, { to: '2021-06-01' }, { select: { actor: 'qatar' } }];
  await page.goto(hostUrl('frame.html', { commands: JSON.stringify(commands) }));
  const frame = await appFrame(page);
  await expect(frame.getByRole('slider', { name: 'To' })).toHaveAttribute('aria-valuenow', String(dayRangeOf('2021-06-01').start));
  await expect(frame.getByRole('complementary', { name: 'Qatar' })).toBeVisible();
  // Only the last time and the last selection were sent: the frame never showed Türkiye.
  const heard = await page.evaluate(() => (window as unknown as { received: Array<{ type: string; actor?: string }> }).received);
  expect(heard.filter((message) => message.type === 'tieline:select').map((message) => message.actor)).toEqual(['qatar']);
});

test('a host script that loads after the frame greets it: the frame is sized, and takes commands', async ({ page }) => {
  await page.goto(hostUrl('frame.html', { host: 'late' }));
  const frame = await appFrame(page);
  // No script yet: the 150 px frame is all the embed has, so it fits it.
  await expect(frame.getByTestId('embed')).toHaveClass(/embed-fit/);
  await page.evaluate(() => (window as unknown as { loadHostScript(): Promise<void> }).loadHostScript());
  await expect(frame.getByTestId('embed')).toHaveClass(/embed-sized/);
  await expect.poll(async () => Math.abs((await frameBox(page, '#tieline')).height - (await contentHeight(frame)))).toBeLessThanOrEqual(2);
  expect((await frameBox(page, '#tieline')).height).toBeGreaterThan(400);
  await page.evaluate(() => (window as unknown as { view: { setTime(range: object): void } }).view.setTime({ to: '2019-03-01' }));
  await expect(frame.getByRole('slider', { name: 'To' })).toHaveAttribute('aria-valuenow', String(dayRangeOf('2019-03-01').start));
});

test('a frame added after the host script greets it, and gets commands given before it was ready', async ({ page }) => {
  await page.goto(hostUrl('frame.html', { host: 'early', query: '&to=2024-12-09' }));
  await appFrame(page);
  await page.waitForFunction(() => 'Tieline' in window);
  await page.evaluate((app) => {
    const second = document.createElement('iframe');
    second.id = 'second';
    second.title = 'Tieline, again';
    second.dataset.tieline = '';
    second.src = `${app}?embed=1`;
    second.style.cssText = 'width:600px;height:150px;border:0';
    document.body.prepend(second);
    const view = (window as unknown as { Tieline: { connect(frame: HTMLIFrameElement): { select(s: object): void } } }).Tieline.connect(second);
    view.select({ event: 'doha-meeting-2024' });
  }, APP);
  const second = page.frameLocator('#second');
  await expect(second.getByRole('complementary').getByRole('heading', { level: 2 })).toContainText('Meeting');
  await expect.poll(async () => (await frameBox(page, '#second')).height).toBeGreaterThan(400);
});
