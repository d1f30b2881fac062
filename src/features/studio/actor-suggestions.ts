// Names in an article that may be actors the dataset lacks: people, places and organisations as
// compromise's tagger reads them, minus every name a known actor already answers to. Suggestions
// only: nothing becomes an actor until the author adds it. compromise is large, so this module is
// loaded only when the author asks for suggestions.
import nlp from 'compromise';
import type { Actor, ActorType } from '../../domain/dataset-schema';

export interface ActorSuggestion {
  /** The name as the text spells it (its most frequent spelling). */
  readonly name: string;
  readonly type: ActorType;
  /** How many times the text names it. */
  readonly count: number;
}

// compromise's "places" are mostly countries and cities in news text: the nearest actor type is a state.
const TYPE_OF: Record<'people' | 'places' | 'organizations', ActorType> = { people: 'person', places: 'state', organizations: 'organisation' };

// Titles name a role, not the actor: "President Joe Biden" is Joe Biden.
const TITLES = new Set(['president', 'minister', 'prime', 'foreign', 'sheikh', 'king', 'prince', 'amir', 'emir', 'general', 'gen.', 'maj.', 'mr', 'mrs', 'ms', 'dr', 'his', 'her', 'highness', 'outgoing', 'former', 'the']);

/** The names in a tagged phrase: lists split ("Egypt, Qatar and Israel"), leading titles and lower-case words dropped. */
function namesIn(phrase: string): string[] {
  return phrase
    .split(/,|;|—|–|\band\b|[“”"]/u)
    .map((part) => {
      const words = part.replace(/[’']s\b/gu, '').replace(/[()]/g, ' ').trim().split(/\s+/);
      while (words.length > 1 && (TITLES.has(words[0]!.toLowerCase()) || !/^\p{Lu}/u.test(words[0]!))) words.shift();
      return words.join(' ').replace(/[.,;:]+$/u, '').trim();
    })
    .filter((name) => name.length >= 3 && /^\p{Lu}/u.test(name));
}

export function suggestActors(text: string, known: ReadonlyArray<Pick<Actor, 'label' | 'aliases'>>): ActorSuggestion[] {
  const knownNames = new Set(known.flatMap((actor) => [actor.label, ...(actor.aliases ?? [])]).map((name) => name.toLowerCase()));
  const isKnown = (name: string) => {
    const lower = name.toLowerCase();
    if (knownNames.has(lower)) return true;
    // "President Bashar al-Assad" is Bashar al-Assad; "Qatar’s foreign ministry" is not Qatar.
    return [...knownNames].some((knownName) => knownName.length > 3 && lower.endsWith(` ${knownName}`));
  };
  const document = nlp(text);
  const found = new Map<string, { type: ActorType; count: number; spellings: Map<string, number> }>();
  for (const group of ['people', 'organizations', 'places'] as const) {
    for (const name of (document[group]().out('array') as string[]).flatMap(namesIn)) {
      if (isKnown(name)) continue;
      const key = name.toLowerCase();
      const entry = found.get(key) ?? { type: TYPE_OF[group], count: 0, spellings: new Map<string, number>() };
      entry.count += 1;
      entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1);
      found.set(key, entry);
    }
  }
  return [...found.values()]
    .map((entry) => ({ name: [...entry.spellings].sort((a, b) => b[1] - a[1])[0]![0], type: entry.type, count: entry.count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
