// The validator against generated input: it never throws, and it answers either a dataset that is
// safe to draw (unique ids, known endpoints and parents) or a non-empty list of located problems.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PARENT_DEPTH, MAX_PARTICIPANTS } from './dataset-limits';
import type { Dataset } from './dataset-schema';
import { parseDatasetJson } from './parse-dataset';
import { findForbiddenKeys } from './safe-json';
import { positionOf, validateDataset } from './validate-dataset';

const TEXT = 'Qatar and Syria spoke on Monday. The Amir received a call. Hamas has an office in Doha.';

function validDataset(): Dataset {
  return {
    schemaVersion: 1,
    id: 'sample',
    title: 'Sample',
    sources: [{ id: 'article', title: 'An article', publisher: 'Reuters', published: '2024-12-09', publishedBasis: 'stated', text: TEXT }],
    actors: [
      { id: 'qatar', label: 'Qatar', type: 'state' },
      { id: 'amir', label: 'The Amir', type: 'person', parent: 'qatar' },
      { id: 'syria', label: 'Syria', type: 'state' },
      { id: 'hamas', label: 'Hamas', type: 'organisation' },
    ],
    events: [
      {
        id: 'call',
        kind: 'call',
        participants: [
          { actor: 'syria', role: 'initiator' },
          { actor: 'amir', role: 'recipient' },
        ],
        date: '2024-12-09',
        dateBasis: 'stated',
        summary: 'A call.',
        evidence: [{ source: 'article', quote: 'The Amir received a call.' }],
      },
      {
        id: 'office',
        kind: 'hosting',
        participants: [
          { actor: 'qatar', role: 'host' },
          { actor: 'hamas', role: 'participant' },
        ],
        date: '2012',
        dateBasis: 'stated',
        summary: 'An office.',
        evidence: [{ source: 'article', quote: 'Hamas has an office in Doha.' }],
      },
    ],
  };
}

function expectSafeToDraw(dataset: Dataset) {
  const ids = [...dataset.actors.map((a) => a.id)];
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set(dataset.events.map((e) => e.id)).size).toBe(dataset.events.length);
  const known = new Set(ids);
  for (const actor of dataset.actors) if (actor.parent !== undefined) expect(known.has(actor.parent)).toBe(true);
  for (const event of dataset.events) for (const p of event.participants) expect(known.has(p.actor)).toBe(true);
}

function checkAnswer(input: unknown) {
  const result = validateDataset(input);
  if (result.ok) {
    expectSafeToDraw(result.dataset);
    expect(findForbiddenKeys(result.dataset)).toEqual([]);
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) {
      expect(Array.isArray(problem.path)).toBe(true);
      expect(problem.message.length).toBeGreaterThan(0);
    }
  }
}

/** A path into the valid dataset and a value to put there (or undefined: delete the field). */
const mutation = fc.record({
  path: fc.array(fc.oneof(fc.constantFrom('sources', 'actors', 'events', 'participants', 'evidence', 'id', 'actor', 'parent', 'date', 'quote', 'source', 'role', 'kind', 'type', 'text', 'published', '__proto__'), fc.nat(4)), { minLength: 1, maxLength: 5 }),
  value: fc.oneof(
    fc.constant(undefined),
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom('qatar', 'amir', 'nobody', '2024-02-30', '2025-01-01', 'article', '', 'constructor', 'prototype', 'tostring', '0050', '0999-12-31', '1000'),
  ),
});

/** Names that objects inherit, as ids: some pass the id rule (`constructor`), some do not (`toString`). */
const PROTOTYPE_NAMES = [...Object.getOwnPropertyNames(Object.prototype), 'prototype', '__proto__', 'tostring', 'valueof', 'hasownproperty'];
const prototypeId = fc.constantFrom(...PROTOTYPE_NAMES);
const ID_RULE = /^[a-z0-9][a-z0-9-]*$/;

/** Text with letters that have two Unicode forms (precomposed, or a letter and a combining mark). */
const accentedText = fc
  .array(fc.constantFrom('a', 'e', 'u', 'o', 'n', 'c', ' ', 'ü', 'é', 'ñ', 'ç', 'Å', 'ő', 'ự', 'Ḕ', '가'), { minLength: 3, maxLength: 40 })
  .map((chars) => chars.join(''))
  .filter((text) => text.trim().length > 0);

function mutate(dataset: Dataset, path: ReadonlyArray<string | number>, value: unknown): unknown {
  const copy = structuredClone(dataset) as unknown as Record<string | number, unknown>;
  let cursor: Record<string | number, unknown> = copy;
  for (const segment of path.slice(0, -1)) {
    // Own fields only: walking into `__proto__` here would pollute the test process itself.
    if (!Object.hasOwn(cursor, segment)) return copy;
    const next = cursor[segment];
    if (typeof next !== 'object' || next === null) return copy;
    cursor = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  if (value === undefined) delete cursor[last];
  else Object.defineProperty(cursor, last, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

// Thousands of cases each: on a loaded two-core machine a run can take longer than Vitest's default
// five seconds, which would fail a test that found nothing wrong.
const GENERATED_CASES_TIMEOUT_MS = 60_000;

describe('validateDataset on generated input', { timeout: GENERATED_CASES_TIMEOUT_MS }, () => {
  it('never throws on arbitrary JSON, and always answers a dataset or located problems (5,000 cases)', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => checkAnswer(value)), { numRuns: 5_000 });
  });

  it('never throws on mutations of a valid dataset, and what it accepts is safe to draw (5,000 cases)', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        let input: unknown = validDataset();
        for (const { path, value } of mutations) input = mutate(input as Dataset, path, value);
        checkAnswer(input);
      }),
      { numRuns: Number(process.env.RUNS ?? 5_000) },
    );
  });

  it('refuses keys that name object internals, wherever they are', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const input = JSON.parse(JSON.stringify(validDataset()).replace('"id":"amir"', `"${key}":{"x":1},"id":"amir"`));
      const result = validateDataset(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]!.path).toEqual(['actors', 1, key]);
    }
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('refuses javascript: and data: source links with their path', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org/a']) {
      const dataset = validDataset();
      dataset.sources[0]!.url = url;
      const result = validateDataset(dataset);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.map((p) => p.path.join('.'))).toContain('sources.0.url');
    }
    const fine = validDataset();
    fine.sources[0]!.url = 'https://www.reuters.com/world/middle-east/';
    expect(validateDataset(fine).ok).toBe(true);
  });

  it('refuses parent chains deeper than the limit, once per chain, and accepts those within it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (levels) => {
        const dataset = validDataset();
        // amir › chain-(levels-1) › … › chain-0 › qatar
        for (let level = 0; level < levels; level += 1) {
          dataset.actors.push({ id: `chain-${level}`, label: `Chain ${level}`, type: 'government', parent: level === 0 ? 'qatar' : `chain-${level - 1}` });
        }
        dataset.actors[1]!.parent = `chain-${levels - 1}`;
        const result = validateDataset(dataset);
        checkAnswer(dataset);
        const depth = levels + 1;
        if (depth <= MAX_PARENT_DEPTH) expect(result.ok).toBe(true);
        else {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.problems.filter((problem) => problem.message.includes('levels deep'))).toHaveLength(1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses events with more participants than the limit, and accepts those within it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 80 }), fc.constantFrom('participant', 'host', 'initiator'), (count, firstRole) => {
        const dataset = validDataset();
        for (let index = 0; index < count; index += 1) dataset.actors.push({ id: `party-${index}`, label: `Party ${index}`, type: 'state' });
        dataset.events[1]!.participants = Array.from({ length: count }, (_, index) => ({ actor: `party-${index}`, role: index === 0 ? firstRole : 'participant' }));
        dataset.events[1]!.participants.push({ actor: 'qatar', role: 'participant' }, { actor: 'hamas', role: 'participant' });
        checkAnswer(dataset);
        expect(validateDataset(dataset).ok).toBe(count + 2 <= MAX_PARTICIPANTS);
      }),
      { numRuns: 200 },
    );
  });

  it('treats ids named after Object.prototype properties like any other id; positions are own properties only', () => {
    fc.assert(
      fc.property(prototypeId, fc.boolean(), (id, positioned) => {
        const dataset = validDataset();
        dataset.actors[3]!.id = id;
        dataset.events[1]!.participants[1]!.actor = id;
        const positions: Record<string, { x: number; y: number }> = { qatar: { x: 0, y: 0 }, amir: { x: 1, y: 1 }, syria: { x: 2, y: 2 } };
        let text = JSON.stringify({ ...dataset, layout: { positions } });
        // Added as text: an object literal would treat `__proto__` as the prototype, not a key.
        if (positioned) text = text.replace('"syria":{"x":2,"y":2}', `"syria":{"x":2,"y":2},${JSON.stringify(id)}:{"x":3,"y":3}`);
        const result = parseDatasetJson(text);
        const valid = ID_RULE.test(id) && !(positioned && id === '__proto__');
        expect(result.ok).toBe(valid);
        if (!result.ok) return;
        expect(positionOf(result.dataset, id)).toEqual(positioned ? { x: 3, y: 3 } : undefined);
        expect(result.dataset.layout!.positions[id]).toEqual(positioned ? { x: 3, y: 3 } : undefined);
        expect(({} as Record<string, unknown>).x).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('refuses every year before 1000 and accepts every year from 1000', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2024 }), fc.constantFrom('', '-06', '-06-15'), (year, rest) => {
        const dataset = validDataset();
        const date = `${String(year).padStart(4, '0')}${rest}`;
        dataset.events[1]!.date = date;
        const result = validateDataset(dataset);
        checkAnswer(dataset);
        expect(result.ok).toBe(year >= 1000);
        if (!result.ok) expect(result.problems[0]!.expected).toContain('a year from 1000 to 9999');
      }),
      { numRuns: 500 },
    );
  });

  it('accepts a quote whatever the Unicode normalisation of the quote and of its source', () => {
    fc.assert(
      fc.property(accentedText, fc.constantFrom('NFC', 'NFD'), fc.constantFrom('NFC', 'NFD'), (text, sourceForm, quoteForm) => {
        const dataset = validDataset();
        dataset.sources[0]!.text = `${TEXT} ${text}.`.normalize(sourceForm);
        dataset.events[0]!.evidence.push({ source: 'article', quote: text.normalize(quoteForm) });
        expect(validateDataset(dataset).ok).toBe(true);
        // A quote with a letter the source lacks is still refused, and the reason names a character.
        dataset.events[0]!.evidence.push({ source: 'article', quote: `${text}ß`.normalize(quoteForm) });
        const refused = validateDataset(dataset);
        expect(refused.ok).toBe(false);
        if (!refused.ok) expect(refused.problems[0]!.message).toMatch(/U\+[0-9A-F]{4}/);
      }),
      { numRuns: 500 },
    );
  });
});
