// Above the line budget the graph draws the strongest lines, says so, draws every line of what the
// reader selects (and takes them away again when the selection goes), and draws every line when
// asked, with the choice in the address.
import type { Page } from '@playwright/test';
import { buildModel } from '../src/domain/dataset-model';
import { labelRanks } from '../src/domain/label-priority';
import { BAND_BUDGET, BAND_NAME_BUDGET, bandsWithinBudget, LINE_BUDGET, linesWithinBudget } from '../src/domain/line-budget';
import { relationsOf } from '../src/domain/relationship-state';
import { syntheticDataset, syntheticPositions } from '../src/domain/synthetic-dataset';
import { drawnAsFor, groupTies } from '../src/domain/tie-groups';
import { expect, test } from './support/test';
import { openApp } from './support/graph';
import { chooseFiles, jsonFile } from './support/own-data';

// 2,716 ties over 400 actors: above 2,000 ties it opens with states only, where they make 2,410 lines,
// more than the budget.
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

// Zero while no graph is exposed: a file's graph is made a task after the page shows the file, so a poll waits for it.
const drawnLines = (page: Page) => page.evaluate(() => window.cy?.edges('[ties]').filter((edge) => !edge.hasClass('hidden')).length ?? 0);
const linesAt = (page: Page, actor: string) =>
  page.evaluate((id) => window.cy!.getElementById(id).connectedEdges('[ties]').filter((edge) => !edge.hasClass('hidden')).length, actor);
const note = (page: Page) => page.getByTestId('line-budget');

test('a graph above the line budget draws the strongest lines, a selection draws all of its own, and "Draw all" draws every line', async ({ page }) => {
  expect(grouping.groups.length).toBeGreaterThan(LINE_BUDGET);
  expect(leftOut).toBeGreaterThan(0);
  await openApp(page);
  await chooseFiles(page, [jsonFile('large.json', dataset)]);
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
  await expect(note(page)).toContainText(`Drawn: the ${LINE_BUDGET.toLocaleString('en')} strongest of ${grouping.groups.length.toLocaleString('en')} connections.`);
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
  await note(page).getByRole('button', { name: `Only the ${LINE_BUDGET.toLocaleString('en')} strongest` }).click();
  await expect.poll(() => drawnLines(page)).toBe(LINE_BUDGET);
  await expect(page).not.toHaveURL(/lines=/);
});

test('a chapter of a story draws every line of its events, those the budget left out too, and takes them away when the reader leaves', async ({ page }) => {
  // Three events every one of whose lines the budget leaves out.
  const leftOutEvents = model.dataset.events
    .filter((event) => {
      const positions = (model.edgesByEvent.get(event.id) ?? []).map((edge) => grouping.groupOf[edge.index]!);
      return positions.length > 0 && positions.every((position) => position >= 0 && drawnAtFirst[position] === 0);
    })
    .slice(0, 3);
  expect(leftOutEvents).toHaveLength(3);
  const chapterLines = new Set(leftOutEvents.flatMap((event) => (model.edgesByEvent.get(event.id) ?? []).map((edge) => grouping.groupOf[edge.index]!))).size;
  const withStory = {
    ...dataset,
    story: { title: 'Left out', chapters: [{ title: 'Quiet ties', text: 'Ties the budget leaves out.', view: {}, events: leftOutEvents.map((event) => event.id) }] },
  };
  await openApp(page);
  await chooseFiles(page, [jsonFile('large-story.json', withStory)]);
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
  await expect.poll(() => drawnLines(page)).toBe(LINE_BUDGET);
  await page.getByRole('button', { name: 'Read the story' }).click();
  await expect(page.getByRole('region', { name: 'Quiet ties' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.cy!.edges('.chapter:visible').length)).toBe(chapterLines);
  await expect.poll(() => drawnLines(page)).toBe(LINE_BUDGET + chapterLines);
  await page.getByRole('button', { name: 'Explore on your own' }).click();
  await expect.poll(() => drawnLines(page)).toBe(LINE_BUDGET);
  await expect.poll(() => page.evaluate(() => window.cy!.edges('.chapter').length)).toBe(0);
});

test('above the band budget the graph draws the bands between the most connected actors, names fewer, and a selection draws all of its own', async ({ page }) => {
  // The synthetic data severs few relations: 600 more, each between two different top-level actors,
  // take the bands over the budget (the quote is one the source holds; the fact is a test's).
  const outer = base.actors.filter((actor) => actor.parent === undefined).map((actor) => actor.id);
  const pairs = outer.flatMap((a, first) => outer.slice(first + 1).map((b) => [a, b] as const)).slice(0, 600);
  const template = base.events[0]!;
  const severed = pairs.map(([a, b], index) => ({
    ...template,
    id: `severed-${index}`,
    kind: 'severed-ties' as const,
    participants: [
      { actor: a, role: 'initiator' as const },
      { actor: b, role: 'recipient' as const },
    ],
  }));
  const withBands = { ...dataset, events: [...dataset.events, ...severed] };
  const bandsAt = (id: string) =>
    page.evaluate((actor) => window.cy!.getElementById(actor).connectedEdges('[?relation]').filter((edge) => !edge.hasClass('hidden')).length, id);
  const drawnBands = () => page.evaluate(() => window.cy!.edges('[?relation]').filter((edge) => !edge.hasClass('hidden')).length);
  const namedBands = () => page.evaluate(() => window.cy!.edges('[?relation][stateLabel]').filter((edge) => !edge.hasClass('hidden')).length);

  await openApp(page);
  await chooseFiles(page, [jsonFile('bands.json', withBands)]);
  // The bundled graph goes before the file's is made: wait for the file's graph itself.
  await expect.poll(() => page.evaluate(() => window.cy?.edges('[?relation]').length ?? 0)).toBe(BAND_BUDGET);
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
  await expect(note(page)).toContainText(`relationship bands between the most connected actors of`);
  await expect(note(page)).toContainText(`the ${BAND_BUDGET} relationship bands`);
  await expect.poll(drawnBands).toBe(BAND_BUDGET);
  expect(await namedBands()).toBe(BAND_NAME_BUDGET);

  // The actor with the most bands left out, by the app's own rules: selecting it must draw them.
  const bandModel = buildModel(withBands);
  const relations = relationsOf(withBands.events, bandModel.actorById, (event) => bandModel.eventDays.get(event.id)!.event.start);
  const drawnAtFirstBands = bandsWithinBudget(relations, labelRanks(withBands.actors, bandModel.edges), BAND_BUDGET);
  const leftOutBands = new Map<string, number>();
  relations.forEach((relation, index) => {
    if (drawnAtFirstBands[index] === 1) return;
    for (const end of [relation.a, relation.b]) leftOutBands.set(end, (leftOutBands.get(end) ?? 0) + 1);
  });
  const [last, bandsLeftOut] = [...leftOutBands].sort((a, b) => b[1] - a[1])[0]!;
  expect(bandsLeftOut).toBeGreaterThan(0);
  const allOfLast = relations.filter((relation) => relation.a === last || relation.b === last).length;
  await expect.poll(() => bandsAt(last)).toBe(allOfLast - bandsLeftOut);
  const label = model.actorById.get(last)!.label;
  const search = page.getByRole('combobox', { name: 'Find an actor' });
  await search.fill(label);
  await page.getByRole('option', { name: new RegExp(`^${label}\\b`) }).first().click();
  await expect(page.getByRole('complementary', { name: label })).toBeVisible();
  await expect.poll(() => bandsAt(last)).toBe(allOfLast);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary', { name: label })).toBeHidden();
  await expect.poll(drawnBands).toBe(BAND_BUDGET);
});

test('the bundled dataset is within the budget: every line is drawn and nothing is said', async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-ready', 'true');
  await expect(note(page)).toHaveCount(0);
});
