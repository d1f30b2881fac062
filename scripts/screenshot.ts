// `npm run screenshot`: photographs the real app, built and served as a reader gets it: the README's
// picture of the full app, and the picture of the default embed that the page shows without
// JavaScript, while an embed loads, and to link previews (public/preview.png, its size in
// scripts/lib/page-shell.ts). Run it again whenever the look of the app or the bundled data changes,
// then build again: the build copies public/.
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser, INSTALL_HELP } from './lib/browser-path';
import { PREVIEW_PICTURE } from './lib/page-shell';
import { localPort } from './lib/ports';
import { startPreview } from './lib/preview-server';

const PORT = localPort(4179);
const base = `http://127.0.0.1:${PORT}/`;
const SHOTS = [
  { output: 'docs/screenshot.png', url: `${base}${process.argv[2] ?? ''}`, viewport: { width: 1280, height: 760 } },
  { output: `public/${PREVIEW_PICTURE.file}`, url: `${base}?embed=1`, viewport: { width: PREVIEW_PICTURE.width, height: PREVIEW_PICTURE.height } },
];

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
    const page = await browser.newPage({ viewport: shot.viewport });
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.goto(shot.url);
    await drawn(page);
    await page.screenshot({ path: shot.output });
    await page.close();
    console.log(`Wrote ${shot.output} from ${shot.url}`);
  }
  await browser.close();
} finally {
  server.stop();
}
