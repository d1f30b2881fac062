// Tieline Studio, used as a journalist would: a dataset built from two articles by selecting the
// quotes, seen in the preview, kept across a reload, exported and read back in the normal app; the
// bundled dataset edited and the edit undone; a tie made with the keyboard alone; axe on the Studio.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import type { Dataset } from '../src/domain/dataset-schema';
import { bundledDataset } from './support/dataset';

const REUTERS = readFileSync(new URL('../data/sources/002_8033dc0108958adb.txt', import.meta.url), 'utf8');
const TURKIYE_CALL = readFileSync(new URL('../data/sources/004_5a3daf5ba3e2a772.txt', import.meta.url), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function openStudio(page: Page): Promise<void> {
  await page.goto('./?studio=1');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tieline Studio');
  await expect(page.getByTestId('studio-keep')).toHaveAttribute('data-keep', 'kept');
}

/** Selects a passage of the open article with the mouse, from its first letter to its last. */
async function selectPassage(page: Page, passage: string): Promise<void> {
  const article = page.getByTestId('studio-article');
  const points = await article.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let text = '';
    const starts: number[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      starts.push(text.length);
      nodes.push(node as Text);
      text += node.textContent ?? '';
    }
    const at = text.indexOf(wanted);
    if (at === -1) throw new Error(`“${wanted}” is not in the article`);
    const pointAt = (offset: number) => {
      let index = starts.length - 1;
      while (starts[index]! > offset) index -= 1;
      return { node: nodes[index]!, offset: offset - starts[index]! };
    };
    const rectOf = (offset: number) => {
      const { node, offset: inNode } = pointAt(offset);
      const range = document.createRange();
      range.setStart(node, inNode);
      range.setEnd(node, inNode + 1);
      return range.getClientRects()[0]!;
    };
    pointAt(at).node.parentElement!.scrollIntoView({ block: 'center' });
    const first = rectOf(at);
    const last = rectOf(at + wanted.length - 1);
    return { from: { x: first.left + 1, y: first.top + first.height / 2 }, to: { x: last.right - 1, y: last.top + last.height / 2 } };
  }, passage);
  await page.mouse.move(points.from.x, points.from.y);
  await page.mouse.down();
  await page.mouse.move(points.to.x, points.to.y, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByTestId('studio-selected-passage')).toContainText(passage.length > 150 ? passage.slice(0, 150) : passage);
}

async function addSource(page: Page, text: string, title: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a source' });
  if (!(await form.isVisible())) await page.getByRole('button', { name: 'Add a source' }).click();
  await form.getByLabel(/The article’s text/).fill(text);
  await form.getByLabel('Title').fill(title);
  await form.getByRole('button', { name: 'Add the source' }).click();
  await expect(page.getByRole('group', { name: `Source ${title}` })).toBeVisible();
}

async function addActor(page: Page, name: string, type: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Add an actor' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Type').selectOption({ label: type });
  await form.getByRole('button', { name: 'Add the actor' }).click();
  await expect(page.getByRole('group', { name: `Actor ${name}` })).toBeVisible();
}

async function newTieFrom(page: Page, passage: string): Promise<void> {
  await selectPassage(page, passage);
  await page.getByRole('button', { name: 'New tie from this quote' }).click();
  await expect(page.getByRole('group', { name: /^Tie: / }).locator('blockquote').first()).toHaveText(passage);
}

test('a two-source dataset built by selecting quotes: previewed, kept, exported and read in the app', async ({ page }) => {
  test.setTimeout(240_000);
  await openStudio(page);
  await page.getByLabel('Dataset title').fill('Qatar reaches out');
  await page.getByLabel('Dataset id (for the file name)').fill('qatar-reaches-out');

  // Source 1, dated to the day.
  await addSource(page, REUTERS, 'Qatar opens contacts with Syria’s opposition group');
  await page.getByLabel('Publisher').fill('Reuters');
  await page.getByLabel('Address (URL)').fill('https://example.org/reuters-qatar-hts');
  await page.getByLabel(/^Published/).fill('2024-12-09');
  await page.getByLabel('Basis of the date').selectOption('inferred');
  await page.getByLabel('Why that date (the reasoning)').fill('The contacts happened “on Monday” and the call is still to come “on Tuesday”.');

  // Actors: two suggested by the NLP library and added with a click, one typed in.
  await page.getByRole('button', { name: 'Suggest actors from the open article' }).click();
  await page.getByRole('button', { name: 'Add Qatar as state' }).click();
  await page.getByLabel('Other names in the articles (comma-separated)').fill('Qatari');
  await page.getByRole('button', { name: /^Add Mohammed Al-Bashir as person/ }).click();
  await addActor(page, 'Hayat Tahrir al-Sham', 'Armed group');
  await page.getByLabel('Other names in the articles (comma-separated)').fill('HTS, Hayat Tahrir Al-Sham');
  // Every alias of a known actor is highlighted in the text.
  await expect(page.getByTestId('studio-article').locator('mark[data-actor="hayat-tahrir-al-sham"]').first()).toBeVisible();

  // Tie 1: contacts on Monday, dated from the sentence.
  await newTieFrom(page, 'Qatari diplomats spoke with Hayat Tahrir al-Sham (HTS) on Monday');
  const editor = page.getByRole('group', { name: /^Tie: / });
  await expect(editor.getByLabel('Kind')).toHaveValue('contact');
  await expect(editor.getByLabel(/^Date \(YYYY/)).toHaveValue('2024-12-09');
  await expect(editor.getByLabel(/dateNote/)).toHaveValue(/on Monday/);
  await expect(editor.getByLabel('Role of Qatar')).toHaveValue('initiator');
  await expect(editor.getByLabel('Role of Hayat Tahrir al-Sham')).toHaveValue('recipient');

  // Tie 2: a call still to come; the author confirms who calls whom.
  await newTieFrom(page, 'Qatar plans to speak with HTS leader Mohammed Al-Bashir on Tuesday');
  await expect(editor.getByLabel(/^Date \(YYYY/)).toHaveValue('2024-12-10');
  await expect(editor.getByLabel('Status')).toHaveValue('planned');
  await editor.getByRole('button', { name: 'Remove Hayat Tahrir al-Sham from this tie' }).click();
  await expect(editor.getByLabel('Role of Mohammed Al-Bashir')).toHaveValue('recipient');

  // Source 2, dated only to the month: the author gives the day relative dates count from.
  await addSource(page, TURKIYE_CALL, 'Qatar and Türkiye discuss Gaza and Syria');
  await page.getByLabel(/^Published/).fill('2024-12');
  await page.getByLabel('Basis of the date').selectOption('inferred');
  await page.getByLabel('Why that date (the reasoning)').fill('Biden spoke “on November 26”, “last month”.');
  await page.getByLabel('Day (YYYY-MM-DD)').fill('2024-12-02');
  await page.getByLabel('Why that day').fill('Araghchi’s visit “On Monday” is past');
  await addActor(page, 'Türkiye', 'State');
  await addActor(page, 'Hakan Fidan', 'Person');
  await page.getByLabel('Belongs to (acts for)').selectOption({ label: 'Türkiye' });
  await page.getByLabel('Role, as the article gives it').fill('Turkish Foreign Minister');

  // Tie 3: the call "on Sunday", resolved against 2 December 2024; then a second quote.
  await newTieFrom(page, 'The discussions took place over the phone on Sunday between Qatar’s Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman Al-Thani and Turkish Foreign Minister Hakan Fidan');
  await expect(editor.getByLabel('Kind')).toHaveValue('call');
  await expect(editor.getByLabel(/^Date \(YYYY/)).toHaveValue('2024-12-01');
  await expect(editor.getByLabel(/dateNote/)).toHaveValue(/Sunday 1 December 2024/);
  await selectPassage(page, 'During the call, they discussed ways to strengthen bilateral relations');
  await page.getByRole('button', { name: /^Add this quote to/ }).click();
  await expect(editor.locator('blockquote')).toHaveCount(2);

  // Always valid, and the preview draws it with the app's own graph.
  await expect(page.getByTestId('studio-valid')).toBeVisible();
  await expect(page.getByTestId('studio-ties').getByRole('listitem')).toHaveCount(3);
  const preview = page.getByTestId('studio-preview');
  await expect(preview.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
  await expect.poll(() => page.evaluate(() => window.cy?.nodes().length ?? -1)).toBe(5);

  // Kept across a reload.
  await expect(page.getByTestId('studio-keep')).toHaveAttribute('data-keep', 'kept');
  await page.reload();
  await expect(page.getByTestId('studio-keep')).toHaveAttribute('data-keep', 'kept');
  await expect(page.getByLabel('Dataset title')).toHaveValue('Qatar reaches out');
  await expect(page.getByTestId('studio-ties').getByRole('listitem')).toHaveCount(3);

  // Export: the Reuters text may not be republished, so it leaves as excerpts.
  await page.getByRole('button', { name: 'Qatar opens contacts with Syria’s opposition group', exact: true }).click();
  await page.getByLabel(/export only excerpts/).check();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('qatar-reaches-out.json');
  const path = await download.path();
  const exported = JSON.parse(readFileSync(path, 'utf8')) as Dataset;
  expect(exported.sources).toHaveLength(2);
  expect(exported.events).toHaveLength(3);
  expect(exported.events.filter((event) => event.evidence.length === 2)).toHaveLength(1);
  const reuters = exported.sources.find((source) => source.publisher === 'Reuters')!;
  expect(reuters.text).toBeUndefined();
  expect(reuters.excerpts).toContain('Qatari diplomats spoke with Hayat Tahrir al-Sham (HTS) on Monday, an official briefed on the developments told Reuters, as regional states race to open contact with Syria’s leading opposition group after its rapid offensive toppled Bashar al-Assad.');

  // Open the export in the normal app and read a tie's quote.
  await page.goto('./');
  await page.getByRole('button', { name: 'Open data' }).click();
  await page.getByLabel('Dataset file(s)').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: readFileSync(path) });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Qatar reaches out');
  const search = page.getByRole('combobox', { name: 'Find an actor' });
  await search.fill('Hayat');
  await page.getByRole('option', { name: /Hayat Tahrir al-Sham/ }).click();
  const panel = page.getByRole('complementary', { name: 'Hayat Tahrir al-Sham' });
  await expect(panel.locator('.evidence-quote')).toContainText(['Qatari diplomats spoke with Hayat Tahrir al-Sham (HTS) on Monday']);
  await expect(panel.getByText('excerpts only')).toBeVisible();
  await panel.getByRole('button', { name: 'Read in context' }).first().click();
  await expect(page.getByTestId('excerpts-only')).toBeVisible();
  await expect(page.getByTestId('quote-highlight')).toHaveText('Qatari diplomats spoke with Hayat Tahrir al-Sham (HTS) on Monday');
  await expect(page.getByRole('dialog').getByRole('link', { name: /Read the original article/ })).toHaveAttribute('href', 'https://example.org/reuters-qatar-hts');
});

test('the bundled dataset opens for editing; an edit and a deletion are undone', async ({ page }) => {
  const bundled = bundledDataset();
  await openStudio(page);
  await page.getByRole('button', { name: 'Open the bundled dataset' }).click();
  await expect(page.getByTestId('studio-ties').getByRole('listitem')).toHaveCount(bundled.events.length);
  await expect(page.getByTestId('studio-valid')).toBeVisible();

  const first = bundled.events[0]!;
  await page.getByTestId('studio-ties').getByRole('listitem').first().getByRole('button').first().click();
  const editor = page.getByRole('group', { name: /^Tie: / });
  const summary = editor.getByLabel('Summary (in your words)');
  await expect(summary).toHaveValue(first.summary);
  await summary.fill('An edited summary');
  await expect(editor.getByRole('heading', { level: 3 })).toContainText('An edited summary');
  await editor.getByLabel(/^Date \(YYYY/).fill('2012-13');
  // The validator runs on the change and links to the place.
  await expect(page.getByTestId('studio-problem-count')).toContainText('1 problem');
  await page.getByRole('region', { name: 'Checks' }).getByRole('button', { name: /^Tie “An edited summary”/ }).click();
  await expect(editor.getByLabel(/^Date \(YYYY/)).toBeFocused();
  await expect(page.getByRole('button', { name: 'Export JSON' })).toBeDisabled();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(editor.getByLabel(/^Date \(YYYY/)).toHaveValue(first.date);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(summary).toHaveValue(first.summary);
  await expect(page.getByTestId('studio-valid')).toBeVisible();

  // Delete asks first; undo brings the tie back.
  await editor.getByRole('button', { name: 'Delete this tie' }).click();
  await page.getByRole('button', { name: `Delete the tie “${first.summary}”` }).click();
  await expect(page.getByTestId('studio-ties').getByRole('listitem')).toHaveCount(bundled.events.length - 1);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('studio-ties').getByRole('listitem')).toHaveCount(bundled.events.length);

  // Reorder from the keyboard-reachable buttons.
  const secondSummary = bundled.events[1]!.summary;
  await page.getByRole('button', { name: `Move “${secondSummary}” up` }).click();
  await expect(page.getByTestId('studio-ties').getByRole('listitem').first()).toContainText(bundled.actors.find((actor) => actor.id === bundled.events[1]!.participants[0]!.actor)!.label);
});

test('a tie made with the keyboard alone', async ({ page }) => {
  await openStudio(page);
  await page.getByRole('button', { name: 'Open the bundled dataset' }).click();
  await expect(page.getByTestId('studio-valid')).toBeVisible();
  const bundled = bundledDataset();
  const tiesBefore = bundled.events.length;
  const reutersTitle = bundled.sources.find((source) => source.publisher === 'Reuters')!.title;

  // Choose the source, then Tab to its text.
  await page.getByRole('button', { name: reutersTitle, exact: true }).focus();
  await page.keyboard.press('Enter');
  const article = page.getByRole('textbox', { name: `Text of “${reutersTitle}”` });
  for (let presses = 0; presses < 40 && !(await article.evaluate((element) => element === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(article).toBeFocused();

  // "]" selects sentence after sentence; stop at the one wanted.
  const wanted = 'Turkish Foreign Minister Hakan Fidan said on Monday';
  const selected = page.getByTestId('studio-selected-passage');
  // Each press waits for the selection to move, so a slow frame cannot make two presses count as one.
  for (let presses = 0; presses < 200 && !((await selected.textContent()) ?? '').includes(wanted); presses += 1) {
    const before = (await selected.textContent()) ?? '';
    await page.keyboard.press(']');
    await expect(selected).not.toHaveText(before);
  }
  await expect(selected).toContainText(wanted);
  await page.keyboard.press('Enter');

  await expect(page.getByTestId('studio-ties').getByRole('listitem')).toHaveCount(tiesBefore + 1);
  const editor = page.getByRole('group', { name: /^Tie: / });
  await expect(editor.getByRole('heading', { level: 3 })).toBeFocused();
  await expect(editor.locator('blockquote')).toHaveText(/^Turkish Foreign Minister Hakan Fidan said on Monday that Ankara was coordinating/);
  await expect(editor.getByLabel('Kind')).toHaveValue('statement');
  await expect(editor.getByLabel(/^Date \(YYYY/)).toHaveValue('2024-12-09');
});

test('the Studio has no axe violations, with a source open and a tie in the editor', async ({ page }) => {
  await openStudio(page);
  await page.getByRole('button', { name: 'Open the bundled dataset' }).click();
  await page.getByTestId('studio-ties').getByRole('listitem').first().getByRole('button').first().click();
  await expect(page.getByRole('group', { name: /^Tie: / })).toBeVisible();
  await expect(page.getByTestId('studio-preview').getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.passes.length).toBeGreaterThan(10);
    expect(results.violations.map((violation) => ({ scheme: colorScheme, rule: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5) }))).toEqual([]);
  }
});

test('a .md file dropped on the form becomes a source, its text kept as it is', async ({ page }) => {
  await openStudio(page);
  const text = '# A story\n\nQatar and Türkiye spoke on Sunday.\n';
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'a-story.md', { type: 'text/markdown' }));
    return transfer;
  }, text);
  const form = page.getByRole('form', { name: 'Add a source' });
  await form.dispatchEvent('drop', { dataTransfer });
  await expect(form.getByLabel(/The article’s text/)).toHaveValue(text);
  await expect(form.getByLabel('Title')).toHaveValue('a-story');
  await form.getByRole('button', { name: 'Add the source' }).click();
  await expect(page.getByTestId('studio-article')).toContainText('Qatar and Türkiye spoke on Sunday.');
});

test('the CSV templates open in the Studio, and Publish gives the file and the snippet that opens it', async ({ page }) => {
  const bundled = bundledDataset();
  await openStudio(page);
  const csv = (name: string) => ({ name, mimeType: 'text/csv', buffer: readFileSync(new URL(`../data/csv/${name}`, import.meta.url)) });
  await page.getByLabel('Open a JSON or CSV file').setInputFiles([csv('sources.csv'), csv('actors.csv'), csv('events.csv')]);
  await expect(page.getByTestId('studio-ties').getByRole('listitem')).toHaveCount(bundled.events.length);
  await expect(page.getByTestId('studio-valid')).toBeVisible();

  await page.getByLabel(/Where the file will be published/).fill('datasets/mine.json');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Publish' }).click();
  const download = await downloading;
  const published = JSON.parse(readFileSync(await download.path(), 'utf8')) as Dataset;
  expect(published.events).toHaveLength(bundled.events.length);
  await expect(page.getByLabel('Embed snippet')).toHaveValue(/\?data=datasets%2Fmine\.json&amp;embed=1/);
});
