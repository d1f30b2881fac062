// Which known actors a text mentions, and where: every label and alias of every actor, matched as
// whole words with their case ("Turkey" is Türkiye, "us" is not the United States). Where two names
// overlap the longer wins ("Hayat Tahrir al-Sham" over "Tahrir"). Pure.
import type { Actor } from '../../domain/dataset-schema';

export interface ActorMention {
  readonly actorId: string;
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every mention of a known actor in the text, in text order, none overlapping. */
export function findActorMentions(text: string, actors: ReadonlyArray<Pick<Actor, 'id' | 'label' | 'aliases'>>): ActorMention[] {
  const names = actors
    .flatMap((actor) => [actor.label, ...(actor.aliases ?? [])].map((name) => ({ name: name.trim(), actorId: actor.id })))
    .filter((entry) => entry.name.length > 1);
  if (names.length === 0 || text.length === 0) return [];
  names.sort((a, b) => b.name.length - a.name.length);
  const actorOf = new Map<string, string>();
  for (const { name, actorId } of names) if (!actorOf.has(name)) actorOf.set(name, actorId);
  // One alternation, longest names first, so the regex engine prefers the longer of two overlapping names.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...actorOf.keys()].map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const mentions: ActorMention[] = [];
  for (const match of text.matchAll(pattern)) {
    mentions.push({ actorId: actorOf.get(match[0])!, start: match.index, end: match.index + match[0].length });
  }
  return mentions;
}

/** The actors mentioned in [start, end) of the text, each once, in order of first mention. */
export function actorsMentionedIn(mentions: readonly ActorMention[], start: number, end: number): string[] {
  const ids: string[] = [];
  for (const mention of mentions) {
    if (mention.start >= start && mention.end <= end && !ids.includes(mention.actorId)) ids.push(mention.actorId);
  }
  return ids;
}
