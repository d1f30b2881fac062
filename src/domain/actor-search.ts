// Finding an actor by any name the articles use: the label or an alias ("Julani" finds al-Sharaa),
// ignoring case and accents ("turkiye" finds Türkiye).
import type { Actor } from './dataset-schema';

export interface ActorMatch {
  readonly actor: Actor;
  /** The name that matched, when it is an alias rather than the label. */
  readonly viaAlias?: string;
}

export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'‘`-]/g, '')
    .toLowerCase();
}

/** Actors whose label or alias contains the query; label matches first, then by label. */
export function searchActors(actors: readonly Actor[], query: string): ActorMatch[] {
  const needle = foldForSearch(query.trim());
  const sorted = [...actors].sort((a, b) => a.label.localeCompare(b.label));
  if (needle.length === 0) return sorted.map((actor) => ({ actor }));
  const byLabel: ActorMatch[] = [];
  const byAlias: ActorMatch[] = [];
  for (const actor of sorted) {
    if (foldForSearch(actor.label).includes(needle)) {
      byLabel.push({ actor });
      continue;
    }
    const alias = actor.aliases?.find((candidate) => foldForSearch(candidate).includes(needle));
    if (alias !== undefined) byAlias.push({ actor, viaAlias: alias });
  }
  return [...byLabel, ...byAlias];
}
