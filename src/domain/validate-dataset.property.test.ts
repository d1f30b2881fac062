// The validator against generated input: it never throws, and it answers either a dataset that is
// safe to draw (unique ids, known endpoints and parents) or a non-empty list of located problems.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from './dataset-schema';
import { findForbiddenKeys } from './safe-json';
import { validateDataset } from './validate-dataset';

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
  value: fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('qatar', 'amir', 'nobody', '2024-02-30', '2025-01-01', 'article', '')),
});

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

describe('validateDataset on generated input', () => {
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
});
