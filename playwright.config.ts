import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './scripts/lib/browser-path';
import { E2E_APP_PORT, E2E_HOST_PORT } from './scripts/lib/ports';

const browser = findBrowser();
const PORT = E2E_APP_PORT;
const HOST_PORT = E2E_HOST_PORT;

export default defineConfig({
  testDir: 'e2e',
  // Software rendering on two cores: one worker keeps timings sane; tests wait on conditions.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: browser.found ? browser.executablePath : undefined,
      args: CHROMIUM_ARGS,
    },
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      // Tests run against the production build, as a reader gets it.
      command: `npx vite preview --strictPort --port ${PORT} --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // A story page on another origin, for the embed tests.
      command: `npx tsx e2e/host-page/serve.ts ${HOST_PORT}`,
      url: `http://127.0.0.1:${HOST_PORT}/story.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
