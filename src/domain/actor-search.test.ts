import { describe, expect, it } from 'vitest';
import { searchActors } from './actor-search';
import type { Actor } from './dataset-schema';

const actors: Actor[] = [
  { id: 'sharaa', label: 'Ahmad al-Sharaa', type: 'person', aliases: ['Abu Mohammad al-Julani', 'al-Julani'] },
  { id: 'turkiye', label: 'Türkiye', type: 'state', aliases: ['Turkey'] },
  { id: 'qatar', label: 'Qatar', type: 'state' },
];

describe('searchActors', () => {
  it('finds an actor by an alias and says which', () => {
    expect(searchActors(actors, 'Julani')).toEqual([{ actor: actors[0], viaAlias: 'Abu Mohammad al-Julani' }]);
  });

  it('ignores case and accents', () => {
    expect(searchActors(actors, 'turkiye').map((match) => match.actor.id)).toEqual(['turkiye']);
    expect(searchActors(actors, 'QAT').map((match) => match.actor.id)).toEqual(['qatar']);
  });

  it('lists every actor by label for an empty query', () => {
    expect(searchActors(actors, '  ').map((match) => match.actor.id)).toEqual(['sharaa', 'qatar', 'turkiye']);
  });

  it('puts label matches before alias matches', () => {
    const withAlias: Actor[] = [...actors, { id: 'turkey-pm', label: 'A Turkey official', type: 'person' }];
    expect(searchActors(withAlias, 'turkey').map((match) => match.actor.id)).toEqual(['turkey-pm', 'turkiye']);
  });
});
