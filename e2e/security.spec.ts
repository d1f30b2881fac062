// Hostile data and a strict policy: text from a dataset is only ever text, keys that name object
// internals are refused, oversized data is refused with the cap, and the app runs under its own
// Content-Security-Policy without a single violation.
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { bundledDataset } from './support/dataset';
import { openApp } from './support/graph';
import { E2E_APP_ORIGIN } from '../scripts/lib/ports';

const DATASET_URL = '**/datasets/qatar-syria.json';
const APP_ORIGIN = E2E_APP_ORIGIN;

async function collectViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test('the build ships a Content-Security-Policy and the app runs under it without one violation', async ({ page }) => {
  const violations = await collectViolations(page);
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) consoleErrors.push(message.text());
  });
  await openApp(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');

  const slider = page.getByRole('slider', { name: 'To' });
  await slider.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('End');
  const search = page.getByRole('combobox', { name: 'Find an actor' });
  await search.fill('Qatar');
  await search.press('Enter');
  await page.getByRole('button', { name: 'Read in context' }).first().click();
  await page.keyboard.press('Escape');
  // The force layout is a chunk loaded on demand: it too must run under the policy.
  await page.getByRole('button', { name: 'Re-layout' }).click();
  await expect(page.getByRole('button', { name: 'Re-layout' })).toBeEnabled({ timeout: 30_000 });
  await page.getByRole('radio', { name: 'Table' }).check();
  await page.goto('./?embed=1');
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');

  expect(await violations()).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('markup and scripts in a dataset are shown as text and run nothing', async ({ page }) => {
  const payload = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
  const dataset = structuredClone(bundledDataset());
  const source = dataset.sources[0]!;
  source.title = `Title ${payload}`;
  source.text = `${source.text}\n${payload} javascript:alert(1)`;
  dataset.actors[0]!.label = `Qatar ${payload}`;
  dataset.events[0]!.summary = `Summary ${payload}`;
  const eventWithFirstSource = dataset.events.find((event) => event.evidence[0]!.source === source.id)!;
  eventWithFirstSource.evidence.push({ source: source.id, quote: payload });

  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const foreignRequests: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(APP_ORIGIN)) foreignRequests.push(request.url());
  });
  await page.route(DATASET_URL, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }));
  await openApp(page, `./?event=${eventWithFirstSource.id}`);

  const panel = page.getByRole('complementary');
  await expect(panel.locator('.evidence-quote').filter({ hasText: payload })).toHaveText(payload);
  await panel.getByRole('button', { name: 'Read in context' }).last().click();
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText(`Title ${payload}`);
  await page.keyboard.press('Escape');
  await page.getByRole('radio', { name: 'Table' }).check();
  await expect(page.getByTestId('event-table')).toContainText(`Summary ${payload}`);
  await page.getByRole('combobox', { name: 'Find an actor' }).fill('Qatar');
  await expect(page.getByRole('option').first()).toContainText(`Qatar ${payload}`);

  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(foreignRequests).toEqual([]);
  // The graph's labels are canvas text: the label is the string itself, not parsed markup.
  expect(await page.evaluate(() => window.cy!.getElementById('qatar').data('label'))).toBe(`Qatar ${payload}`);
});

test('a dataset with a __proto__ key is refused with its path and pollutes nothing', async ({ page }) => {
  const text = JSON.stringify(bundledDataset()).replace('"id":"qatar"', '"__proto__":{"polluted":true},"id":"qatar"');
  await page.route(DATASET_URL, (route) => route.fulfill({ contentType: 'application/json', body: text }));
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('listitem').filter({ hasText: '__proto__' })).toContainText('is not allowed in a dataset');
  expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
});

test('a dataset over the size cap is refused with the cap in the message, and retry is offered', async ({ page }) => {
  const huge = JSON.stringify({ padding: 'x'.repeat(51_000_000) });
  await page.route(DATASET_URL, (route) => route.fulfill({ contentType: 'application/json', body: huge }));
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('more than Tieline opens');
  await expect(alert).toContainText('at most 50 MB');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
});
