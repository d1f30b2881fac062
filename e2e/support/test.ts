// Every end-to-end test's `test`: Playwright's, with the page asking the app for its inspection hooks
// before the app starts (`window.cy`, see src/instrumentation/inspection.ts). The production build
// exposes nothing unless a page asks like this.
import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';

export const test = base.extend({
  page: async ({ page }, use) => {
    await page.addInitScript(() => {
      window.tielineInspect = { graph: true };
    });
    await use(page);
  },
});
