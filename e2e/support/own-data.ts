// Datasets of the reader's own for the open-data and kept-data specs, and the way a reader opens them.
import type { Page } from '@playwright/test';
import type { Dataset } from '../../src/domain/dataset-schema';
import { bundledDataset } from './dataset';

/** A small dataset of our own: the bundled one cut down to one source's events. */
export function smallDataset(title = 'My story'): Dataset {
  const bundled = bundledDataset();
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
    title,
    layout: undefined,
    sources: [source],
    actors: bundled.actors.filter((actor) => used.has(actor.id)),
    events,
  };
}

/** The same dataset with one actor under an id the bundled dataset does not have. */
export function withRenamedActor(dataset: Dataset, from: string, to: string): Dataset {
  const rename = (id: string) => (id === from ? to : id);
  return {
    ...dataset,
    actors: dataset.actors.map((actor) => ({ ...actor, id: rename(actor.id), ...(actor.parent === undefined ? {} : { parent: rename(actor.parent) }) })),
    events: dataset.events.map((event) => ({ ...event, participants: event.participants.map((p) => ({ ...p, actor: rename(p.actor) })) })),
  };
}

export const jsonFile = (name: string, dataset: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(dataset)) });

export async function chooseFiles(page: Page, files: Array<{ name: string; mimeType: string; buffer: Buffer }> | string) {
  await page.getByRole('button', { name: 'Open data' }).click();
  await page.getByLabel('Dataset file(s)').setInputFiles(files);
}
