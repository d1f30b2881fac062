// `npm run screenshot`: photographs the real app, built and served as a reader gets it: the README's
// picture of the full app, and the picture of the default embed that the page shows without
// JavaScript, while an embed loads, and to link previews (public/preview.png, its size in
// scripts/lib/page-shell.ts), with a WebP copy (public/preview.webp) that the page shows while it
// loads: a third of the bytes, so on a slow phone it is on screen sooner; and a phone's own picture
// of the embed (public/preview-phone.webp), which a narrow screen shows instead. Run it again whenever the look of the app or the bundled data changes,
// then build again: the build copies public/.
import { writeFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser, INSTALL_HELP } from './lib/browser-path';
import { PREVIEW_PICTURE } from './lib/page-shell';
import { localPort } from './lib/ports';
import { startPreview } from './lib/preview-server';

const PORT = localPort(4179);
const base = `http://127.0.0.1:${PORT}/`;
interface Shot {
  readonly png?: string;
  readonly webp?: string;
  readonly url: string;
  readonly viewport: { readonly width: number; readonly height: number };
  readonly deviceScaleFactor?: number;
  /** WebP quality, when not WEBP_QUALITY. */
  readonly quality?: number;
}
const SHOTS: readonly Shot[] = [
  { png: 'docs/screenshot.png', url: `${base}${process.argv[2] ?? ''}`, viewport: { width: 1280, height: 760 } },
  { png: `public/${PREVIEW_PICTURE.file}`, webp: `public/${PREVIEW_PICTURE.light}`, url: `${base}?embed=1`, viewport: { width: PREVIEW_PICTURE.width, height: PREVIEW_PICTURE.height } },
  // The phone's own picture, drawn as a phone draws the embed (its names, its layout), shown on
  // narrow screens instead of a miniature of the wide one. It is the first thing a phone on a slow
  // network shows, so lighter than sharp: 1.5 device pixels per CSS pixel at quality 0.75 keep the
  // names crisp in 42 kB, where 2 at 0.9 took 105 kB.
  {
    webp: `public/${PREVIEW_PICTURE.phone.light}`,
    url: `${base}?embed=1`,
    viewport: { width: PREVIEW_PICTURE.phone.width, height: PREVIEW_PICTURE.phone.height },
    deviceScaleFactor: 1.5,
    quality: 0.75,
  },
];

/** WebP quality of the light copy: no visible loss on the graph's flat colours and text. */
const WEBP_QUALITY = 0.9;

/** The PNG re-encoded as WebP by the browser itself (no image tool needed). */
async function asWebp(page: Page, png: Buffer, quality: number): Promise<Buffer> {
  const dataUrl = await page.evaluate(
    async ({ source, quality }) => {
      const image = new Image();
      image.src = source;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      canvas.getContext('2d')!.drawImage(image, 0, 0);
      return canvas.toDataURL('image/webp', quality);
    },
    { source: `data:image/png;base64,${png.toString('base64')}`, quality },
  );
  if (!dataUrl.startsWith('data:image/webp;base64,')) throw new Error('This browser cannot encode WebP; the light copy of the preview was not written.');
  return Buffer.from(dataUrl.slice('data:image/webp;base64,'.length), 'base64');
}

const choice = findBrowser();
if (!choice.found) {
  console.error(`${choice.reason}\n\n${INSTALL_HELP}`);
  process.exit(1);
}

async function drawn(page: Page): Promise<void> {
  await page.locator('[data-testid="graph-canvas"][data-ready="true"]').waitFor();
  // The stand-in picture (an embed's) has gone, so the shot is of the app itself.
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-boot-preview'));
}

const server = await startPreview({ outDir: process.env.TIELINE_DIST ?? 'dist', port: PORT });
try {
  const browser = await chromium.launch({ executablePath: choice.executablePath, args: CHROMIUM_ARGS });
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: shot.viewport, deviceScaleFactor: shot.deviceScaleFactor ?? 1 });
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.goto(shot.url);
    await drawn(page);
    const png = await page.screenshot(shot.png === undefined ? {} : { path: shot.png });
    if (shot.png !== undefined) console.log(`Wrote ${shot.png} from ${shot.url}`);
    if (shot.webp !== undefined) {
      writeFileSync(shot.webp, await asWebp(page, png, shot.quality ?? WEBP_QUALITY));
      console.log(`Wrote ${shot.webp}`);
    }
    await page.close();
  }
  await browser.close();
} finally {
  server.stop();
}
