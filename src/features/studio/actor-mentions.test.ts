import { describe, expect, it } from 'vitest';
import { loadAuthoredDataset } from '../../../scripts/lib/authored-dataset';
import { BUNDLED_DATASETS } from '../../../scripts/lib/bundled-datasets';
import { actorsMentionedIn, findActorMentions } from './actor-mentions';
import { trimToWholeWords } from './selection-trim';

const actors = [
  { id: 'turkiye', label: 'Türkiye', aliases: ['Turkey', 'Ankara'] },
  { id: 'hts', label: 'Hayat Tahrir al-Sham', aliases: ['HTS', 'Hayat Tahrir Al-Sham'] },
  { id: 'us', label: 'United States', aliases: ['US', 'Washington'] },
  { id: 'tahrir', label: 'Tahrir' },
];

describe('findActorMentions', () => {
  it('finds every label and alias as a whole word, with its case, the longer name winning', () => {
    const text = 'Turkey and Hayat Tahrir al-Sham (HTS) met; thus us Turkeys; the US; Türkiye’s role.';
    const mentions = findActorMentions(text, actors);
    expect(mentions.map((mention) => [mention.actorId, text.slice(mention.start, mention.end)])).toEqual([
      ['turkiye', 'Turkey'],
      ['hts', 'Hayat Tahrir al-Sham'],
      ['hts', 'HTS'],
      ['us', 'US'],
      ['turkiye', 'Türkiye'],
    ]);
    expect(actorsMentionedIn(mentions, 0, text.indexOf(' met'))).toEqual(['turkiye', 'hts']);
  });

  it('finds, in the quotes of every bundled event, at least one of its parties by one of their names', () => {
    const loaded = loadAuthoredDataset(BUNDLED_DATASETS[0]!.file);
    if (!loaded.ok) throw new Error('invalid');
    const { dataset } = loaded;
    const parentOf = new Map(dataset.actors.map((actor) => [actor.id, actor.parent]));
    const unfound = dataset.events.filter((event) => {
      const found = new Set(event.evidence.flatMap((evidence) => findActorMentions(evidence.quote, dataset.actors).map((mention) => mention.actorId)));
      return !event.participants.some(({ actor }) => found.has(actor) || found.has(parentOf.get(actor) ?? ''));
    });
    expect(unfound.map((event) => event.id)).toEqual([]);
  });
});

describe('trimToWholeWords', () => {
  const text = 'Qatari diplomats spoke with Hayat Tahrir al-Sham (HTS) on Monday, an official said.';
  const trim = (start: number, end: number) => {
    const range = trimToWholeWords(text, { start, end });
    return range === null ? null : text.slice(range.start, range.end);
  };

  it('completes words cut at either edge and drops white space and commas around', () => {
    expect(trim(2, 20)).toBe('Qatari diplomats spoke');
    expect(trim(6, 18)).toBe('diplomats spoke');
    expect(trim(text.indexOf('on Monday') - 1, text.indexOf(', an') + 2)).toBe('on Monday');
  });

  it('keeps a selection that is already whole, backwards or forwards', () => {
    const start = text.indexOf('Hayat');
    const end = text.indexOf(' on Monday');
    expect(trim(end, start)).toBe('Hayat Tahrir al-Sham (HTS)');
  });

  it('refuses a selection with no word in it', () => {
    expect(trim(text.indexOf(', an'), text.indexOf(', an') + 2)).toBeNull();
  });
});
