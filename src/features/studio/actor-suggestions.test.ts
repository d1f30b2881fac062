import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { suggestActors } from './actor-suggestions';

const article = readFileSync(new URL('../../../data/sources/004_5a3daf5ba3e2a772.txt', import.meta.url), 'utf8');

describe('suggestActors', () => {
  it('suggests people, places and organisations the text names', () => {
    const names = suggestActors(article, []).map((suggestion) => suggestion.name);
    expect(names).toEqual(expect.arrayContaining(['Joe Biden', 'Qatar', 'Egypt', 'Aleppo']));
    const fidan = suggestActors(article, []).find((suggestion) => suggestion.name === 'Joe Biden');
    expect(fidan?.type).toBe('person');
  });

  it('splits lists and drops titles and lower-case words before a name', () => {
    const names = suggestActors(article, []).map((suggestion) => suggestion.name);
    expect(names.filter((name) => name.includes(',') || /^(?:President|city|northern) /.test(name))).toEqual([]);
  });

  it('leaves out names a known actor already answers to', () => {
    const names = suggestActors(article, [{ label: 'Joe Biden', aliases: ['Biden'] }, { label: 'Qatar' }]).map((suggestion) => suggestion.name);
    expect(names).not.toContain('Joe Biden');
    expect(names).not.toContain('President Joe Biden');
    expect(names).not.toContain('Qatar');
    expect(names).toContain('Egypt');
  });
});
