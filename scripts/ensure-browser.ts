// Stops `npm test` early, with instructions, when no browser can run the end-to-end tests.
import { findBrowser, INSTALL_HELP } from './lib/browser-path';

const choice = findBrowser();
if (choice.found) {
  console.log(`End-to-end browser: ${choice.executablePath ?? 'Playwright default'} (${choice.origin})`);
} else {
  console.error(`\n${choice.reason}\n\n${INSTALL_HELP}\n`);
  process.exit(1);
}
