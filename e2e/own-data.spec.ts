// A reader brings their own data: a JSON file, three CSV files, or an https address. The same
// validator runs; problems are listed where the reader can find them; a file survives a reload until
// the reader goes back to the bundled data.
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { datasetToCsv } from '../src/domain/csv-dataset';
import { bundledDataset } from './support/dataset';
import { nodeCount, openApp } from './support/graph';

const bundled = bundledDataset();

/** A small dataset of our own: the bundled one cut down to its first source's events. */
function smallDataset() {
  const source = bundled.sources[4]!;
  const events = bundled.events.filter((event) => event.evidence.every((evidence) => evidence.source === source.id));
  const used = new Set(events.flatMap((event) => event.participants.map((participant) => participant.actor)));
  const byId = new Map(bundled.actors.map((actor) => [actor.id, actor]));
  for (const id of [...used]) {
    for (let parent = byId.get(id)?.parent; parent !== undefined; parent = byId.get(parent)?.parent) used.add(parent);
  }
  return {
    ...bundled,
    id: 'my-story',
    title: 'My story',
    layout: undefined,
    sources: [source],
    actors: bundled.actors.filter((actor) => used.has(actor.id)),
    events,
  };
}

async function chooseFiles(page: Page, files: Array<{ name: string; mimeType: string; buffer: Buffer }>) {
  await page.getByRole('button', { name: 'Open data' }).click();
  await page.getByLabel('Dataset file(s)').setInputFiles(files);
}

test('a JSON file opens with a banner, survives a reload, and "back" restores the bundled data', async ({ page }) => {
  const mine = smallDataset();
  await openApp(page);
  await chooseFiles(page, [{ name: 'my-story.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mine)) }]);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('My story');
  await expect(page.getByRole('note', { name: 'External data' })).toContainText('my-story.json');
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
  await expect.poll(() => nodeCount(page)).toBe(mine.actors.length);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('My story');
  await expect.poll(() => nodeCount(page)).toBe(mine.actors.length);

  await page.getByRole('button', { name: 'Back to the bundled data' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(bundled.title);
  await expect.poll(() => nodeCount(page)).toBe(bundled.actors.length);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(bundled.title);
  await expect(page.getByRole('note', { name: 'External data' })).toHaveCount(0);
});

test('three CSV files open as one dataset', async ({ page }) => {
  const csv = datasetToCsv(smallDataset());
  await openApp(page);
  await chooseFiles(page, [
    { name: 'story-sources.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.sources) },
    { name: 'story-actors.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.actors) },
    { name: 'story-events.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.events) },
  ]);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Your data');
  await expect.poll(() => nodeCount(page)).toBe(smallDataset().actors.length);
  await page.getByRole('button', { name: 'Back to the bundled data' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(bundled.title);
});

test('a CSV with a wrong quote and a wrong type lists each problem by file, row and column', async ({ page }) => {
  const csv = datasetToCsv(smallDataset());
  const firstQuote = smallDataset().events[0]!.evidence[0]!.quote;
  const events = csv.events.replace(firstQuote.slice(0, 40), 'Words that the article never printed at all');
  const actors = csv.actors.replace(',state,', ',planet,');
  await openApp(page);
  await chooseFiles(page, [
    { name: 'sources.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.sources) },
    { name: 'actors.csv', mimeType: 'text/csv', buffer: Buffer.from(actors) },
    { name: 'events.csv', mimeType: 'text/csv', buffer: Buffer.from(events) },
  ]);
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('This dataset could not be loaded');
  await expect(alert.getByRole('listitem').filter({ hasText: 'actors.csv, row 2, column “type”' })).toContainText('found "planet"');
  // Shape errors come first; once the type is fixed the quote is reported at its row.
  await page.getByRole('button', { name: 'Back to the bundled data' }).first().click();
  await chooseFiles(page, [
    { name: 'sources.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.sources) },
    { name: 'actors.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.actors) },
    { name: 'events.csv', mimeType: 'text/csv', buffer: Buffer.from(events) },
  ]);
  await expect(page.getByRole('alert').getByRole('listitem').filter({ hasText: 'events.csv, row 2, column “quote”' })).toContainText('not found verbatim');
});

test('an incomplete set of CSV files says which file is missing', async ({ page }) => {
  const csv = datasetToCsv(smallDataset());
  await openApp(page);
  await chooseFiles(page, [{ name: 'actors.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.actors) }]);
  await expect(page.getByRole('alert')).toContainText('Missing: sources, events');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(bundled.title);
});

test('dropping a file on the page opens it', async ({ page }) => {
  await openApp(page);
  const text = JSON.stringify(smallDataset());
  const transfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
    return data;
  }, text);
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('My story');
  await page.getByRole('button', { name: 'Back to the bundled data' }).click();
});

test('an https address loads through the same validator, with the external-data banner', async ({ page }) => {
  await page.route('https://data.example.org/**', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(smallDataset()), headers: { 'access-control-allow-origin': '*' } }),
  );
  await openApp(page);
  await page.getByRole('button', { name: 'Open data' }).click();
  await page.getByLabel('Or an https address').fill('https://data.example.org/story.json');
  await page.getByRole('button', { name: 'Open address' }).click();
  await expect(page).toHaveURL(/data=https/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('My story');
  await expect(page.getByRole('note', { name: 'External data' })).toContainText('https://data.example.org/story.json');

  const broken = { ...smallDataset(), events: [{ ...smallDataset().events[0]!, date: '2024-13-01' }] };
  await page.route('https://data.example.org/broken.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(broken), headers: { 'access-control-allow-origin': '*' } }),
  );
  await page.goto('./?data=https://data.example.org/broken.json');
  await expect(page.getByRole('alert').getByRole('listitem').filter({ hasText: 'events[0].date' })).toContainText('"2024-13-01"');
});

test('a plain-http address is refused in the dialog with the reason', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Open data' }).click();
  await page.getByLabel('Or an https address').fill('http://data.example.org/story.json');
  await page.getByRole('button', { name: 'Open address' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('only https addresses are accepted');
});
