// Which Chromium the end-to-end tests and the screenshot script drive. In order: the path in
// TIELINE_CHROMIUM, Debian's /usr/bin/chromium, then Playwright's own download where one is
// installed (an ordinary laptop after `npx playwright install chromium`).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const BROWSER_ENV = 'TIELINE_CHROMIUM';
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export type BrowserChoice =
  | { found: true; executablePath: string | undefined; origin: string }
  | { found: false; reason: string };

export function findBrowser(): BrowserChoice {
  const fromEnv = process.env[BROWSER_ENV];
  if (fromEnv) {
    return existsSync(fromEnv)
      ? { found: true, executablePath: fromEnv, origin: `$${BROWSER_ENV}` }
      : { found: false, reason: `$${BROWSER_ENV} is set to ${fromEnv}, but no file is there.` };
  }
  const system = SYSTEM_CHROMIUM.find((path) => existsSync(path));
  if (system) return { found: true, executablePath: system, origin: 'the system package' };
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) {
    // Playwright finds its own browser without a path.
    return { found: true, executablePath: undefined, origin: "Playwright's bundled Chromium" };
  }
  return { found: false, reason: 'No Chromium was found.' };
}

export const INSTALL_HELP = [
  'Install a Chromium for the end-to-end tests, one of:',
  '  • Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
  "  • any machine:    npx playwright install chromium   (downloads Playwright's own build)",
  `  • or point ${BROWSER_ENV} at an existing Chromium or Chrome binary, e.g.`,
  `      ${BROWSER_ENV}=/path/to/chrome npm test`,
].join('\n');

/** Flags for headless runs as root in a container without a GPU or a network beyond loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
