// Above the line budget the graph draws the strongest lines, says so, draws every line of what the
// reader selects (and takes them away again when the selection goes), and draws every line when
// asked, with the choice in the address.
import type { Page } from '@playwright/test';
import { buildModel } from '../src/domain/dataset-model';
import { LINE_BUDGET, linesWithinBudget } from '../src/domain/line-budget';
import { syntheticDataset, syntheticPositions } from '../src/domain/synthetic-dataset';
import { drawnAsFor, groupTies } from '../src/domain/tie-groups';
import { expect, test } from './support/test';
import { openApp } from './support/graph';
import { chooseFiles, jsonFile } from './support/own-data';

// 2,716 ties over 400 actors: above 2,000 ties it opens with states only, where they make 2,410 lines.
const base = syntheticDataset({ actors: 400, events: 2_500 }, 42);
const dataset = { ...base, layout: { positions: syntheticPositions(base) } };
const model = buildModel(dataset);
const grouping = groupTies(model.edges, drawnAsFor('state', model.actorById));
const drawnAtFirst = linesWithinBudget(grouping.groups);
// The actor with the most lines left out: selecting it must draw them.
const leftOutByActor = new Map<string, number>();
grouping.groups.forEach((group, position) => {
  if (drawnAtFirst[position] === 1) return;
  for (const end of [group.source, group.target]) leftOutByActor.set(end, (leftOutByActor.get(end) ?? 0) + 1);
});
const [busiest, leftOut] = [...leftOutByActor].sort((a, b) => b[1] - a[1])[0]!;
const busiestLines = grouping.groups.filter((group) => group.source === busiest || group.target === busiest).length;

const drawnLines = (page: Page) => page.evaluate(() => window.cy!.edges('[ties]').filter((edge) => !edge.hasClass('hidden')).length);
const linesAt = (page: Page, actor: string) =>
  page.evaluate((id) => window.cy!.getElementById(id).connectedEdges('[ties]').filter((edge) => !edge.hasClass('hidden')).length, actor);
const note = (page: Page) => page.getByTestId('line-budget');

test('a graph above the line budget draws the strongest lines, a selection draws all of its own, and "Draw all" draws every line', async ({ page }) => {
  expect(grouping.groups.length).toBeGreaterThan(LINE_BUDGET);
  expect(leftOut).toBeGreaterThan(0);
  await openApp(page);
  await chooseFiles(page, [jsonFile('large.json', dataset)]);
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
  await expect(note(page)).toContainText(`Drawn: the 2,000 strongest of ${grouping.groups.length.toLocaleString('en')} connections.`);
  await expect.poll(() => drawnLines(page)).toBe(LINE_BUDGET);
  await expect.poll(() => linesAt(page, busiest)).toBe(busiestLines - leftOut);

  const search = page.getByRole('combobox', { name: 'Find an actor' });
  await search.fill(model.actorById.get(busiest)!.label);
  await page.getByRole('option', { name: new RegExp(`^${model.actorById.get(busiest)!.label}\\b`) }).first().click();
  await expect(page.getByRole('complementary', { name: model.actorById.get(busiest)!.label })).toBeVisible();
  await expect.poll(() => linesAt(page, busiest)).toBe(busiestLines);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary', { name: model.actorById.get(busiest)!.label })).toBeHidden();
  await expect.poll(() => linesAt(page, busiest)).toBe(busiestLines - leftOut);
  await expect.poll(() => drawnLines(page)).toBe(LINE_BUDGET);

  await note(page).getByRole('button', { name: `Draw all ${grouping.groups.length.toLocaleString('en')}` }).click();
  await expect(note(page)).toContainText(`Drawn: all ${grouping.groups.length.toLocaleString('en')} connections.`);
  await expect(page).toHaveURL(/[?&]lines=all(&|$)/);
  await expect.poll(() => drawnLines(page)).toBe(grouping.groups.length);
  await page.reload();
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
  await expect.poll(() => drawnLines(page)).toBe(grouping.groups.length);
  await note(page).getByRole('button', { name: 'Only the 2,000 strongest' }).click();
  await expect.poll(() => drawnLines(page)).toBe(LINE_BUDGET);
  await expect(page).not.toHaveURL(/lines=/);
});

test('the bundled dataset is within the budget: every line is drawn and nothing is said', async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
  await expect(note(page)).toHaveCount(0);
});
