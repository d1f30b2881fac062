// Suggests the kind of a tie from the wording of its quote: "received a phone call" is a call,
// "severed diplomatic relations" severed ties, "hosted" hosting. The most specific wording wins:
// "reopening its embassy" is an embassy reopened before it is a visit or a contact. A suggestion
// only: the author picks the kind. Pure.
import type { EventKind } from '../../domain/dataset-schema';

export interface KindSuggestion {
  readonly kind: EventKind;
  /** The words that suggested it, as they stand in the passage. */
  readonly words: string;
}

// In order of specificity: earlier rules win over later ones when both match.
const RULES: ReadonlyArray<readonly [EventKind, RegExp]> = [
  ['severed-ties', /\b(?:sever(?:ed|s|ing)?|cut|broke(?:n)?|break(?:s|ing)?)\b[^.]{0,30}\b(?:relations|ties)\b|\bsevered\b/i],
  ['embassy-closed', /\bembassy\b[^.]{0,40}\bclosed\b|\bclos(?:ed|es|ing|ure of)\b[^.]{0,20}\bembassy\b/i],
  ['embassy-reopened', /\breopen(?:ed|s|ing)?\b[^.]{0,20}\bembassy\b|\bembassy\b[^.]{0,20}\breopen(?:ed|s|ing)?\b/i],
  ['restored-ties', /\brestor(?:ed|es|ing)\b[^.]{0,30}\b(?:relations|ties)\b|\bre-?establish(?:ed|es|ing|ment of)?\b[^.]{0,30}\b(?:relations|ties)\b/i],
  ['terrorist-designation', /\bdesignat(?:ed|es|ion)\b[^.]{0,30}\bterroris[tm]\b/i],
  ['normalisation', /\bnormali[sz](?:ation|ed|e|ing)\b|\bre-?engag(?:ed|ement|ing)\b/i],
  ['mediation', /\bmediat(?:ed|es|ing|ion|or)\b|\bbrokered\b|\bintermediar(?:y|ies)\b/i],
  ['military-action', /\bintervened militarily\b|\b(?:counter)?attacks?\b|\boffensive\b|\bcaptured\b|\bseized\b|\bassault\b|\bstrikes?\b|\btoppled\b|\badvanced into\b/i],
  ['terrorist-designation', /\bterrorist organi[sz]ation\b/i],
  ['aid', /\bhumanitarian (?:aid|assistance)\b|\baid\b|\brelief\b/i],
  ['agreement', /\bagreed\b|\bagreement\b|\bdeal\b|\bceasefire\b|\btruce\b|\bconsensus\b/i],
  ['alliance', /\ball(?:y|ies|ied)\b|\balliance\b/i],
  ['support', /\bback(?:ed|s|ing)\b|\bsupport(?:ed|s|ing)?\b|\bfund(?:ed|s|ing)\b/i],
  ['hosting', /\bhost(?:ed|s|ing)\b|\bfled to\b|\bexile\b/i],
  ['call', /\b(?:phone|telephone)(?: call| conversation)?\b|\bcall(?:ed)?\b|\bover the phone\b|\bby phone\b/i],
  ['visit', /\bvisit(?:ed|s|ing)?\b|\btravel(?:l?ed)? to\b|\barrived in\b/i],
  ['meeting', /\bmet\b|\bmeet(?:s|ing|ings)?\b|\btalks\b|\bsummit\b|\bheld (?:meetings|talks)\b/i],
  ['contact', /\bspoke with\b|\bspeak with\b|\bcontacts?\b|\bcommunicat(?:ion|ed|ing)\b|\bchannels?\b|\bline of communication\b|\boutreach\b/i],
  ['statement', /\bsaid\b|\bsays\b|\bstated\b|\bdeclared\b|\bannounced\b|\backnowledged\b|\btold\b|\bconveyed\b|\burged\b|\bnoted\b/i],
];

/** The kinds the passage's wording suggests, most specific first, each kind once. */
export function suggestKinds(passage: string): KindSuggestion[] {
  const suggestions: KindSuggestion[] = [];
  for (const [kind, pattern] of RULES) {
    if (suggestions.some((suggestion) => suggestion.kind === kind)) continue;
    const match = pattern.exec(passage);
    if (match) suggestions.push({ kind, words: match[0] });
  }
  return suggestions;
}
