// Exports carry their citations: the CSV and JSON hold exactly the events in view with their quotes
// and sources, and the PNG is a real, captioned image of the graph.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import Papa from 'papaparse';
import { dayRangeOf } from '../src/domain/partial-date';
import { bundledDataset } from './support/dataset';
import { openApp } from './support/graph';

const dataset = bundledDataset();

/** The events an up-to-`day` view shows, as the app must export them. */
function eventsUpTo(day: number) {
  return dataset.events.filter((event) => dayRangeOf(event.date).start <= day);
}

async function exportFile(page: Page, option: string): Promise<{ name: string; content: Buffer }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: option }).click();
  const download = await waiting;
  return { name: download.suggestedFilename(), content: await readFile((await download.path())!) };
}

test('CSV: one row per quote of exactly the events in view, quotes verbatim, sources named', async ({ page }) => {
  await openApp(page, './?to=2023-12-31');
  const expected = eventsUpTo(dayRangeOf('2023-12-31').start);
  expect(expected.length).toBeLessThan(dataset.events.length);
  const { name, content } = await exportFile(page, 'Events (CSV)');
  expect(name).toBe('tieline-qatar-syria-2023-12-31.csv');
  const parsed = Papa.parse<Record<string, string>>(content.toString('utf8'), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toHaveLength(expected.reduce((total, event) => total + event.evidence.length, 0));
  expect(new Set(parsed.data.map((row) => row.event_id))).toEqual(new Set(expected.map((event) => event.id)));
  for (const row of parsed.data) {
    const event = expected.find((candidate) => candidate.id === row.event_id)!;
    const evidence = event.evidence.find((entry) => entry.quote === (row.quote ?? '').replace(/^'/, ''));
    expect(evidence, `quote of ${row.event_id}`).toBeDefined();
    expect(row.source_title).toBe(dataset.sources.find((source) => source.id === evidence!.source)!.title);
  }
});

test('JSON: the view, the events in view with their evidence, and the sources they cite', async ({ page }) => {
  await openApp(page, './?to=2024-12-09&hide=alliance');
  const { name, content } = await exportFile(page, 'Events (JSON)');
  expect(name).toBe('tieline-qatar-syria-2024-12-09.json');
  const json = JSON.parse(content.toString('utf8'));
  const expected = eventsUpTo(dayRangeOf('2024-12-09').start).filter((event) => event.kind !== 'alliance');
  expect(json.view).toMatchObject({ to: '2024-12-09', mode: 'cumulative', basis: 'event', hiddenKinds: ['alliance'] });
  expect(json.events.map((event: { id: string }) => event.id).sort()).toEqual(expected.map((event) => event.id).sort());
  const first = json.events[0];
  const original = dataset.events.find((event) => event.id === first.id)!;
  expect(first.evidence.map((evidence: { quote: string }) => evidence.quote)).toEqual(original.evidence.map((evidence) => evidence.quote));
  expect(json.sources.every((source: { text?: string }) => source.text === undefined)).toBe(true);
});

/** A PNG's width and height, from its header. */
const pngSize = (content: Buffer) => ({ width: content.readUInt32BE(16), height: content.readUInt32BE(20) });

test('PNG: the same image from a screen of three device pixels per CSS pixel (a phone’s), not one three times the size and over the limit', async ({ page }) => {
  await openApp(page);
  const fromPlainScreen = pngSize((await exportFile(page, 'Image (PNG)')).content);
  const dense = await page.context().browser()!.newContext({ baseURL: page.url(), viewport: page.viewportSize(), deviceScaleFactor: 3 });
  try {
    const densePage = await dense.newPage();
    await openApp(densePage);
    const { content } = await exportFile(densePage, 'Image (PNG)');
    expect(pngSize(content)).toEqual(fromPlainScreen);
    await expect(densePage.getByText('Graph exported as PNG.')).toBeAttached();
  } finally {
    await dense.close();
  }
});

test('PNG: a real image of the graph with its caption, and the menu works by keyboard', async ({ page }) => {
  await openApp(page);
  const { name, content } = await exportFile(page, 'Image (PNG)');
  expect(name).toBe('tieline-qatar-syria-2025-05-14.png');
  expect(content.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = content.readUInt32BE(16);
  const height = content.readUInt32BE(20);
  expect(width).toBeGreaterThanOrEqual(1800);
  expect(height).toBeGreaterThan(400);

  const button = page.getByRole('button', { name: 'Export' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Image (PNG)' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();
});
