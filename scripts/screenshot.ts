// `npm run screenshot`: photographs the real app, built and served as a reader gets it, for the
// README. Run it again whenever the look of the app changes.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser, INSTALL_HELP } from './lib/browser-path';
import { localPort } from './lib/ports';
import { startPreview } from './lib/preview-server';

const PORT = localPort(4179);
const OUTPUT = 'docs/screenshot.png';
const url = `http://127.0.0.1:${PORT}/${process.argv[2] ?? ''}`;

const choice = findBrowser();
if (!choice.found) {
  console.error(`${choice.reason}\n\n${INSTALL_HELP}`);
  process.exit(1);
}

const server = await startPreview({ outDir: process.env.TIELINE_DIST ?? 'dist', port: PORT });
try {
  const browser = await chromium.launch({ executablePath: choice.executablePath, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
  await page.goto(url);
  await page.locator('[data-testid="graph-canvas"][data-ready="true"]').waitFor();
  await page.screenshot({ path: OUTPUT });
  await browser.close();
  console.log(`Wrote ${OUTPUT} from ${url}`);
} finally {
  server.stop();
}
