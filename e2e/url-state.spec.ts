// The URL is the shareable copy of the view: every parameter survives a reload, time moves replace
// the history entry, discrete choices push one, and a wrong parameter falls back with a notice.
import { expect, test } from './support/test';
import { dayRangeOf } from '../src/domain/partial-date';
import { openApp } from './support/graph';

const FULL_VIEW = '?from=2020-01-01&to=2024-12-09&mode=window&basis=event&hide=call,meeting&level=state&view=table&actor=qatar';

test('every parameter of a shared address is applied, and survives a reload unchanged', async ({ page }) => {
  await page.goto(`./${FULL_VIEW}`);
  await expect(page.getByTestId('event-table')).toBeVisible();

  const check = async () => {
    await expect(page.getByRole('slider', { name: 'From' })).toHaveAttribute('aria-valuenow', String(dayRangeOf('2020-01-01').start));
    await expect(page.getByRole('slider', { name: 'To' })).toHaveAttribute('aria-valuenow', String(dayRangeOf('2024-12-09').start));
    await expect(page.getByRole('radio', { name: 'Window' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Table' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'States only' })).toBeChecked();
    await expect(page.getByRole('button', { name: /^Phone call/ })).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByRole('button', { name: /^Meeting/ })).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('.legend-kind[data-kind="visit"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('complementary', { name: 'Qatar' })).toBeVisible();
    await expect(page.getByTestId('event-table').locator('tbody tr').filter({ hasText: 'Phone call' })).toHaveCount(0);
  };
  await check();
  const normalised = new URL(page.url()).search;
  for (const part of FULL_VIEW.slice(1).split('&').filter((entry) => entry !== 'basis=event')) {
    expect(normalised).toContain(part);
  }
  await page.reload();
  await check();
  expect(new URL(page.url()).search).toBe(normalised);
});

test('the article-date basis and an event selection round-trip too', async ({ page }) => {
  await page.goto('./?basis=publication&event=doha-meeting-2024');
  await expect(page.getByRole('combobox', { name: /Filter by/ })).toHaveValue('publication');
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toContainText('Meeting');
  await page.reload();
  await expect(page.getByRole('combobox', { name: /Filter by/ })).toHaveValue('publication');
  await expect(page).toHaveURL(/event=doha-meeting-2024/);
});

test('moving the time replaces the history entry; selections push one, and Back restores them', async ({ page }) => {
  await openApp(page);
  const length = () => page.evaluate(() => window.history.length);
  const start = await length();

  const slider = page.getByRole('slider', { name: 'To' });
  await slider.focus();
  for (let step = 0; step < 5; step += 1) await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/to=/);
  expect(await length()).toBe(start);

  const search = page.getByRole('combobox', { name: 'Find an actor' });
  await search.fill('Fidan');
  await search.press('Enter');
  await expect(page).toHaveURL(/actor=hakan-fidan/);
  await search.fill('Araghchi');
  await search.press('Enter');
  await expect(page).toHaveURL(/actor=abbas-araghchi/);
  expect(await length()).toBe(start + 2);

  await page.goBack();
  await expect(page.getByRole('complementary', { name: 'Hakan Fidan' })).toBeVisible();
  await page.goBack();
  await expect(page).not.toHaveURL(/actor=/);
  await expect(page.getByRole('complementary', { name: 'Details' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('complementary', { name: 'Hakan Fidan' })).toBeVisible();
});

test('wrong parameters fall back to the defaults and say so, in a notice that can be dismissed', async ({ page }) => {
  await openApp(page, './?to=abc&mode=sideways&hide=call,telepathy&actor=nobody-at-all&zoom=3');
  const notices = page.getByTestId('notices');
  await expect(notices).toContainText('“to=abc” is not a date');
  await expect(notices).toContainText('“mode=sideways” is not a time mode');
  await expect(notices).toContainText('unknown kind of tie, “telepathy”');
  await expect(notices).toContainText('no actor “nobody-at-all”');
  await expect(notices).toContainText('“zoom” is not a Tieline parameter');
  // What could be used was used: calls stay hidden, the rest is the default view.
  await expect(page.getByRole('button', { name: /^Phone call/ })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('radio', { name: 'Up to a date' })).toBeChecked();
  await expect(page).toHaveURL(/\?hide=call$/);
  await notices.getByRole('button', { name: /Dismiss/ }).click();
  await expect(notices).toBeHidden();
});
