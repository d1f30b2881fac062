// A reader brings their own data: a JSON file, three CSV files, or an https address. The same
// validator runs; problems are listed where the reader can find them; a file survives a reload until
// the reader goes back to the bundled data.
import Papa from 'papaparse';
import { expect, test } from './support/test';
import { datasetToCsv } from '../src/domain/csv-dataset';
import { bundledDataset } from './support/dataset';
import { nodeCount, openApp } from './support/graph';
import { chooseFiles, smallDataset } from './support/own-data';
import { csvTemplateFiles } from '../scripts/lib/templates';

const bundled = bundledDataset();

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

test('a JSON file with a byte-order mark opens like any other, UTF-8 or UTF-16 (Notepad\'s "Unicode")', async ({ page }) => {
  await openApp(page);
  const text = JSON.stringify(smallDataset('Marked UTF-8'));
  const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
  await chooseFiles(page, [{ name: 'my-story.json', mimeType: 'application/json', buffer: utf8 }]);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Marked UTF-8');
  await expect.poll(() => nodeCount(page)).toBe(smallDataset().actors.length);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace('Marked UTF-8', 'Marked UTF-16'), 'utf16le')]);
  await chooseFiles(page, [{ name: 'my-story.json', mimeType: 'application/json', buffer: utf16 }]);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Marked UTF-16');
  await expect.poll(() => page.evaluate(() => window.cy?.getElementById('turkiye').data('label'))).toBe('Türkiye');
});

/** Windows-1252, as Excel on Windows saves "CSV (Comma delimited)": ’ is one byte, 0x92. */
function windows1252(text: string): Buffer {
  const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
  return Buffer.from(
    [...text].map((char) => {
      const code = char.charCodeAt(0);
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      const index = high.indexOf(char);
      if (index < 0) throw new Error(`“${char}” has no Windows-1252 byte`);
      return 0x80 + index;
    }),
  );
}

test('CSV files saved by Excel as Windows-1252 open with their curly quotes intact, and the page says how they were read', async ({ page }) => {
  const csv = datasetToCsv(smallDataset());
  expect(csv.sources).toContain('’');
  await openApp(page);
  await chooseFiles(page, [
    { name: 'sources.csv', mimeType: 'text/csv', buffer: windows1252(csv.sources) },
    { name: 'actors.csv', mimeType: 'text/csv', buffer: windows1252(csv.actors) },
    { name: 'events.csv', mimeType: 'text/csv', buffer: windows1252(csv.events) },
  ]);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Your data');
  await expect.poll(() => nodeCount(page)).toBe(smallDataset().actors.length);
  // Not “T�rkiye”: the bytes were read in the encoding they were written in.
  await expect.poll(() => page.evaluate(() => window.cy?.getElementById('turkiye').data('label'))).toBe('Türkiye');
  await expect(page.getByRole('note', { name: 'External data' })).toContainText('“sources.csv” is not UTF-8; Tieline read it as Windows-1252');
  await expect(page.getByRole('note', { name: 'External data' })).toContainText('CSV UTF-8');
});

test('tables saved by Excel as "Unicode Text" (UTF-16 with a mark, tab-separated .txt) open', async ({ page }) => {
  const csv = datasetToCsv(smallDataset());
  const unicodeText = (text: string) => {
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(Papa.unparse(rows, { delimiter: '\t', newline: '\r\n' }), 'utf16le')]);
  };
  await openApp(page);
  await chooseFiles(page, [
    { name: 'sources.txt', mimeType: 'text/plain', buffer: unicodeText(csv.sources) },
    { name: 'actors.txt', mimeType: 'text/plain', buffer: unicodeText(csv.actors) },
    { name: 'events.txt', mimeType: 'text/plain', buffer: unicodeText(csv.events) },
  ]);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Your data');
  await expect.poll(() => nodeCount(page)).toBe(smallDataset().actors.length);
});

test('a UTF-16 table named .csv opens too, and a workbook saved under a .csv name is refused with how to re-save it', async ({ page }) => {
  const csv = datasetToCsv(smallDataset());
  const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  await openApp(page);
  await chooseFiles(page, [
    { name: 'sources.csv', mimeType: 'text/csv', buffer: utf16(csv.sources) },
    { name: 'actors.csv', mimeType: 'text/csv', buffer: utf16(csv.actors) },
    { name: 'events.csv', mimeType: 'text/csv', buffer: utf16(csv.events) },
  ]);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Your data');
  await chooseFiles(page, [
    { name: 'sources.csv', mimeType: 'text/csv', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]) },
    { name: 'actors.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.actors) },
    { name: 'events.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.events) },
  ]);
  await expect(page.getByRole('alert')).toContainText('“sources.csv” is a spreadsheet workbook');
  await expect(page.getByRole('alert')).toContainText('CSV UTF-8 (Comma delimited)');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Your data');
});

test('the templates offered in "Open data" are the bundled dataset, in JSON and in each CSV table, and each one downloads', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Open data' }).click();
  const links = page.getByRole('dialog').locator('a[download]');
  await expect(links).toHaveText(['JSON', 'sources.csv', 'actors.csv', 'events.csv', 'story.csv', 'eras.csv']);
  const expected = csvTemplateFiles(bundled);
  for (const link of await links.all()) {
    const name = (await link.textContent())!;
    const response = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
    expect(response.status(), name).toBe(200);
    const text = await response.text();
    if (name === 'JSON') expect((JSON.parse(text) as { title: string }).title).toBe(bundled.title);
    else expect(text, name).toBe(expected[name]);
  }
});
