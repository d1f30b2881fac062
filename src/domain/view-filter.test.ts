import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from './dataset-model';
import type { EventKind } from './dataset-schema';
import { EVENT_KINDS } from './dataset-vocabulary';
import { syntheticDataset } from './synthetic-dataset';
import { DATE_BASES, TIME_MODES } from './time-range';
import { countShownTies, filtersEqual, onlyRangeDiffers, sameKinds, viewFilterOf, visibleEvents, type FilterChoices } from './view-filter';

const model = buildModel(syntheticDataset({ actors: 40, events: 200 }, 3));
const extents = model.extents;
const anyDay = fc.integer({ min: extents.event.first - 400, max: extents.event.last + 400 });
const choices: fc.Arbitrary<FilterChoices> = fc.record({
  from: fc.option(anyDay, { nil: null }),
  to: fc.option(anyDay, { nil: null }),
  mode: fc.constantFrom(...TIME_MODES),
  basis: fc.constantFrom(...DATE_BASES),
  hiddenKinds: fc.uniqueArray(fc.constantFrom<EventKind>(...EVENT_KINDS), { maxLength: 5 }),
});

describe('viewFilterOf', () => {
  it('keeps the range on the track, with from on or before to, whatever the choices', () => {
    fc.assert(
      fc.property(choices, (chosen) => {
        const { range, basis } = viewFilterOf(chosen, extents);
        const { first, last } = extents[basis];
        expect(range.from).toBeGreaterThanOrEqual(first);
        expect(range.to).toBeLessThanOrEqual(last);
        expect(range.from).toBeLessThanOrEqual(range.to);
        expect(range.mode).toBe(chosen.mode);
      }),
    );
  });

  it('is a normaliser: a filter made from a filter’s own range is the same filter', () => {
    fc.assert(
      fc.property(choices, (chosen) => {
        const once = viewFilterOf(chosen, extents);
        const twice = viewFilterOf({ ...once, from: once.range.from, to: once.range.to, mode: once.range.mode }, extents);
        expect(filtersEqual(once, twice)).toBe(true);
        expect(twice.range).toEqual(once.range);
      }),
    );
  });

  it('reads empty bounds as the ends of the track', () => {
    const filter = viewFilterOf({ from: null, to: null, mode: 'window', basis: 'event', hiddenKinds: [] }, extents);
    expect(filter.range).toEqual({ from: extents.event.first, to: extents.event.last, mode: 'window' });
  });
});

describe('filter equality', () => {
  it('ignores the order kinds were switched off in, and nothing else', () => {
    fc.assert(
      fc.property(choices, choices, (a, b) => {
        const x = viewFilterOf(a, extents);
        const y = viewFilterOf(b, extents);
        expect(filtersEqual(x, x)).toBe(true);
        expect(filtersEqual(x, { ...x, hiddenKinds: [...x.hiddenKinds].reverse() })).toBe(true);
        expect(filtersEqual(x, y)).toBe(filtersEqual(y, x));
        const same = x.basis === y.basis && new Set(x.hiddenKinds).size === new Set(y.hiddenKinds).size && x.hiddenKinds.every((kind) => y.hiddenKinds.includes(kind));
        expect(onlyRangeDiffers(x, y)).toBe(same);
        expect(filtersEqual(x, y)).toBe(same && x.range.from === y.range.from && x.range.to === y.range.to && x.range.mode === y.range.mode);
      }),
    );
  });

  it('tells kind sets apart by their members', () => {
    expect(sameKinds(['call', 'meeting'], ['meeting', 'call'])).toBe(true);
    expect(sameKinds(['call', 'call'], ['call', 'meeting'])).toBe(false);
    expect(sameKinds([], [])).toBe(true);
  });
});

describe('countShownTies', () => {
  it('counts exactly the ties of the events the filter shows (a full scan)', () => {
    fc.assert(
      fc.property(choices, (chosen) => {
        const filter = viewFilterOf(chosen, extents);
        const scanned = visibleEvents(model, model.dataset.events, filter).reduce((total, event) => total + (model.edgesByEvent.get(event.id)?.length ?? 0), 0);
        expect(countShownTies(model, filter)).toBe(scanned);
      }),
      { numRuns: 300 },
    );
  });
});
