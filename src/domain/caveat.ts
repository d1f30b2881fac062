// A caveat is either a plain sentence or a sentence with the references it rests on. Every reader
// of caveats (the details panel, the exports, the CSV form) goes through these helpers, so the two
// forms are handled in one place.
//
// In a CSV cell (the templates, the CSV export) a caveat is its text followed by its references,
// each written `[[publisher; date; title; url]]`, where title and url may be left out:
//   The call is dated 2023 in the article. [[SANA; 2025-12-28; https://sana.sy/politics/2363146/]]
// Several caveats in one cell are separated by ` | `, as every list in the CSV form is; a `|` inside
// a reference (a headline such as "Live updates | …") belongs to the reference.
import type { Caveat, Reference } from './dataset-schema';
import { formatPartialDate } from './partial-date';

export function caveatText(caveat: Caveat): string {
  return typeof caveat === 'string' ? caveat : caveat.text;
}

export function caveatReferences(caveat: Caveat): readonly Reference[] {
  return typeof caveat === 'string' ? [] : caveat.references;
}

/** "Reuters, 7 May 2025, “UAE mediating secret talks…”" (the address is given apart, as a link). */
export function describeReference(reference: Reference): string {
  const parts = [reference.publisher, formatPartialDate(reference.date)];
  if (reference.title !== undefined) parts.push(`“${reference.title}”`);
  return parts.join(', ');
}

const REFERENCE_IN_CELL = /\s*\[\[([\s\S]*?)\]\]/g;
const FIELD_SEPARATOR = ';';
const ADDRESS = /^https?:\/\//i;

/** One caveat as it is written in a CSV cell. */
export function caveatToCell(caveat: Caveat): string {
  if (typeof caveat === 'string') return caveat;
  const references = caveat.references.map((reference) => {
    const fields = [reference.publisher, reference.date];
    if (reference.title !== undefined) fields.push(reference.title);
    if (reference.url !== undefined) fields.push(reference.url);
    return `[[${fields.join(`${FIELD_SEPARATOR} `)}]]`;
  });
  return [caveat.text, ...references].join(' ');
}

/** The caveats of one CSV cell: split on `|`, except inside a `[[…]]` reference. */
export function splitCaveatCell(cell: string): string[] {
  const entries: string[] = [];
  let start = 0;
  let insideReference = false;
  for (let at = 0; at < cell.length; at += 1) {
    if (cell.startsWith('[[', at)) insideReference = true;
    else if (cell.startsWith(']]', at)) insideReference = false;
    else if (cell[at] === '|' && !insideReference) {
      entries.push(cell.slice(start, at));
      start = at + 1;
    }
  }
  entries.push(cell.slice(start));
  return entries.map((entry) => entry.trim()).filter((entry) => entry !== '');
}

/**
 * One caveat read back from its CSV form. A malformed reference is still returned (with the fields
 * it has), so the validator can say which field is missing or wrong and where.
 */
export function caveatFromCell(entry: string): Caveat {
  const references: Array<Partial<Reference>> = [];
  const text = entry
    .replace(REFERENCE_IN_CELL, (_match, inside: string) => {
      references.push(referenceFromFields(inside.split(FIELD_SEPARATOR).map((field) => field.trim())));
      return '';
    })
    .trim();
  if (references.length === 0) return entry.trim();
  return { text, references } as Caveat;
}

function referenceFromFields(fields: string[]): Partial<Reference> {
  const [publisher = '', date = '', ...rest] = fields;
  const url = rest.length > 0 && ADDRESS.test(rest[rest.length - 1]!) ? rest.pop() : undefined;
  // A title may itself contain the separator: whatever lies between the date and the address is the title.
  const title = rest.join(`${FIELD_SEPARATOR} `).trim();
  const reference: Partial<Reference> = {};
  if (publisher !== '') reference.publisher = publisher;
  if (date !== '') reference.date = date;
  if (title !== '') reference.title = title;
  if (url !== undefined) reference.url = url;
  return reference;
}
