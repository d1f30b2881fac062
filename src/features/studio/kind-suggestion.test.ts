import { describe, expect, it } from 'vitest';
import { suggestKinds } from './kind-suggestion';

const first = (passage: string) => suggestKinds(passage)[0]?.kind;

describe('suggestKinds', () => {
  it.each([
    ['His Highness Sheikh Tamim bin Hamad Al Thani, the Amir of Qatar, received a phone call from Syrian President Bashar al-Assad', 'call'],
    ['The discussions took place over the phone on Sunday between Qatar’s Prime Minister and Turkish Foreign Minister Hakan Fidan.', 'call'],
    ['Qatar severed diplomatic relations with Syria in 2012', 'severed-ties'],
    ['Qatar may consider reopening its embassy in Damascus', 'embassy-reopened'],
    ['its embassy in Damascus, which was closed in 2012', 'embassy-closed'],
    ['Yesterday, U.S. President Donald Trump met with al-Sharaa in Saudi Arabia.', 'meeting'],
    ['On Monday, Iran’s Foreign Minister Abbas Araghchi visited Türkiye', 'visit'],
    ['The meetings were initiated and mediated by Qatar', 'mediation'],
    ['The Gulf state has also hosted the Hamas political office since 2012', 'hosting'],
    ['which is designated a terrorist organization by the US, European Union, Turkey and the UN', 'terrorist-designation'],
    ['Russia had intervened militarily in Syria in 2015', 'military-action'],
    ['Qatar, a tiny Gulf Arab country and major ally of Washington', 'alliance'],
    ['The groups also include factions backed by Türkiye', 'support'],
    ['Qatari diplomats spoke with Hayat Tahrir al-Sham (HTS) on Monday', 'contact'],
    ['At the time, Türkiye and Russia agreed to a ceasefire deal following numerous talks.', 'agreement'],
    ['prompted a wave of humanitarian aid from across the Arab world, including Qatar', 'aid'],
    ['the normalization of relations between Saudi Arabia and Syria', 'normalisation'],
    ['Earlier this week, Israeli Foreign Minister Gideon Sa’ar declared that Israel seeks good relations', 'statement'],
  ] as const)('“%s” → %s', (passage, kind) => {
    expect(first(passage)).toBe(kind);
  });

  it('names the words behind each suggestion and lists each kind once', () => {
    const suggestions = suggestKinds('They met and met again, then called.');
    expect(suggestions).toEqual([
      { kind: 'call', words: 'called' },
      { kind: 'meeting', words: 'met' },
    ]);
  });

  it('suggests nothing for words that name no tie', () => {
    expect(suggestKinds('The situation remains fluid.')).toEqual([]);
  });
});
