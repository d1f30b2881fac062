// Accessibility, measured: axe-core finds no WCAG 2.2 A/AA violation in any of the app's states, and
// everything a mouse can do, a keyboard can do.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { openApp } from './support/graph';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  // Not vacuous: axe really checked the page.
  expect(results.passes.length).toBeGreaterThan(10);
  const summary = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
  expect(summary).toEqual([]);
}

test('the main view has no axe violations', async ({ page }) => {
  await openApp(page);
  await expectNoViolations(page);
});

test('an open details panel and the article reader have no axe violations', async ({ page }) => {
  await openApp(page, './?actor=qatar');
  await expect(page.getByRole('complementary', { name: 'Qatar' })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Read in context' }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoViolations(page);
});

test('the table view has no axe violations', async ({ page }) => {
  await openApp(page, './?view=table&mode=window&from=2024-01-01');
  await expect(page.getByTestId('event-table')).toBeVisible();
  await expectNoViolations(page);
});

test('the embed view has no axe violations', async ({ page }) => {
  await openApp(page, './?embed=1&event=doha-meeting-2024');
  await expectNoViolations(page);
});

test('an error view has no axe violations', async ({ page }) => {
  await page.route('**/datasets/qatar-syria.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"schemaVersion": 2}' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page);
});

test('by keyboard alone: find an actor, read its details, close them with Escape and land back where you were', async ({ page }) => {
  await openApp(page);
  const search = page.getByRole('combobox', { name: 'Find an actor' });
  await search.focus();
  await page.keyboard.type('qat');
  await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: 'Qatar' });
  await expect(panel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(search).toBeFocused();
});

test('by keyboard alone: every control is reachable with Tab, none traps focus, and focus is visible', async ({ page }) => {
  await openApp(page);
  const reached = new Set<string>();
  await page.locator('body').focus();
  for (let press = 0; press < 120; press += 1) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      return {
        name: `${element.getAttribute('role') ?? element.tagName.toLowerCase()}:${element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30)}`,
        outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (info === null) continue;
    expect(info.outlined, `${info.name} shows a visible focus outline`).toBe(true);
    reached.add(info.name);
  }
  for (const name of ['slider:To', 'combobox:null', 'button:Play', 'button:Previous event', 'button:Next event', 'button:Embed', 'button:Open data']) {
    expect([...reached].some((entry) => entry.startsWith(name.replace(':null', ':'))), name).toBe(true);
  }
  // Tabbing wrapped around the whole page more than once, so nothing held focus.
  expect(reached.size).toBeGreaterThan(20);
});

test('changes of time and of selection are announced politely', async ({ page }) => {
  await openApp(page);
  const live = page.getByTestId('announcer');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await page.getByRole('button', { name: 'Previous event' }).click();
  await expect(live).toContainText(/Showing \d+ of \d+ ties up to/);
  const search = page.getByRole('combobox', { name: 'Find an actor' });
  await search.fill('Qatar');
  await search.press('Enter');
  await expect(live).toContainText('Selected Qatar');
});

test('the dark colour scheme keeps every text readable (axe colour contrast)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page, './?actor=qatar');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(20, 23, 28)');
  await expectNoViolations(page);
  await page.getByRole('radio', { name: 'Table' }).check();
  await expectNoViolations(page);
});

test('with reduced motion, selecting an actor centres it without animating', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page);
  const search = page.getByRole('combobox', { name: 'Find an actor' });
  await search.fill('Bahrain');
  await search.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Bahrain' })).toBeVisible();
  const state = await page.evaluate(() => {
    const cy = window.cy!;
    // Cytoscape centres the selection's bounding box (the node with its label).
    const box = cy.getElementById('bahrain').renderedBoundingBox();
    return { animating: cy.animated(), x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2, width: cy.width(), height: cy.height() };
  });
  expect(state.animating).toBe(false);
  expect(Math.abs(state.x - state.width / 2)).toBeLessThan(2);
  expect(Math.abs(state.y - state.height / 2)).toBeLessThan(2);
});
