import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from './dataset-vocabulary';
import { toDayRange } from './partial-date';
import {
  DEFAULT_VIEW_PARAMS,
  effectiveLevel,
  GRAPH_LEVELS,
  LINE_CHOICES,
  MAIN_VIEWS,
  onlyTimeDiffers,
  OPEN_AT_STATE_LEVEL_ABOVE_TIES,
  parseViewParams,
  readableQuery,
  reconcileWithDataset,
  serializeViewParams,
  type ViewParams,
} from './view-params';
import { DATE_BASES, TIME_MODES } from './time-range';

const day = (iso: string) => toDayRange(iso)!.start;

describe('parseViewParams', () => {
  it('reads every parameter in its readable form', () => {
    const { params, notices } = parseViewParams(
      '?from=2024-12-01&to=2024-12-09&mode=window&basis=publication&hide=call,meeting&level=state&expand=syria,qatar&lines=all&view=table&actor=qatar',
    );
    expect(notices).toEqual([]);
    expect(params).toEqual({
      from: day('2024-12-01'),
      to: day('2024-12-09'),
      mode: 'window',
      basis: 'publication',
      hiddenKinds: ['call', 'meeting'],
      level: 'state',
      expanded: ['syria', 'qatar'],
      lines: 'all',
      view: 'table',
      selection: { kind: 'actor', id: 'qatar' },
    });
  });

  it('gives the default view for an empty query', () => {
    expect(parseViewParams('')).toEqual({ params: DEFAULT_VIEW_PARAMS, notices: [] });
  });

  it('falls back to defaults for wrong values and names each one', () => {
    const { params, notices } = parseViewParams('?to=abc&mode=sideways&hide=call,hugs&level=3&expand=Qatar,syria&lines=some&zoom=2&to2=x');
    expect(params.to).toBeNull();
    expect(params.mode).toBe('cumulative');
    expect(params.hiddenKinds).toEqual(['call']);
    expect(params.level).toBeNull();
    expect(params.expanded).toEqual(['syria']);
    expect(params.lines).toBe('strongest');
    expect(notices).toHaveLength(7);
    expect(notices).toContain('“lines=some” is not a choice of lines; use strongest or all.');
    expect(notices[0]).toContain('“to=abc” is not a date');
    expect(notices.join(' ')).toContain('“zoom” and “to2” are not Tieline parameters');
  });

  it('keeps notices short and few however long or crowded the address: one line per parameter', () => {
    const kinds = Array.from({ length: 10_000 }, (_, index) => `kind-${index % 300}`);
    const unknown = Array.from({ length: 50_000 }, (_, index) => `p${index}=1`).join('&');
    const { params, notices } = parseViewParams(`?to=${'9'.repeat(1_000_000)}&hide=call,${kinds.join(',')}&actor=${'x'.repeat(100_000)}&${unknown}`);
    expect(params.hiddenKinds).toEqual(['call']);
    expect(params.to).toBeNull();
    expect(notices).toEqual([
      `“to=9999999999999999999999999999999999999999… (1,000,000 characters)” is not a date; write it as YYYY-MM-DD (e.g. to=2024-12-09). Showing the default.`,
      `“hide” names unknown kinds of tie: “kind-0”, “kind-1”, “kind-2” and 297 more; known kinds are ${EVENT_KINDS.join(', ')}.`,
      '“p0”, “p1”, “p2” and 49,997 more are not Tieline parameters and were ignored.',
    ]);
    // The long id is a valid id; the dataset says it has no such actor, quoted short.
    const reconciled = reconcileWithDataset(params, { actor: () => false, event: () => false });
    expect(reconciled.notices[0]!.length).toBeLessThan(200);
  });

  it('names the year limit for a date before 1000', () => {
    const { params, notices } = parseViewParams('?to=0050-01-01');
    expect(params.to).toBeNull();
    expect(notices).toEqual(['“to=0050-01-01” is before the year 1000, which Tieline does not show. Showing the default.']);
  });

  it('rejects impossible calendar dates', () => {
    expect(parseViewParams('?to=2024-02-30').params.to).toBeNull();
    expect(parseViewParams('?to=2024-02-29').params.to).toBe(day('2024-02-29'));
  });

  it('swaps bounds given the wrong way round, and says so', () => {
    const { params, notices } = parseViewParams('?from=2025-01-01&to=2024-01-01');
    expect([params.from, params.to]).toEqual([day('2024-01-01'), day('2025-01-01')]);
    expect(notices[0]).toContain('swapped');
  });

  it('keeps one selection when both actor and event are given', () => {
    const { params, notices } = parseViewParams('?actor=qatar&event=doha-meeting');
    expect(params.selection).toEqual({ kind: 'actor', id: 'qatar' });
    expect(notices).toHaveLength(1);
  });

  it('leaves the page parameters to the page', () => {
    expect(parseViewParams('?data=https://example.org/d.json&embed=1').notices).toEqual([]);
  });
});

describe('effectiveLevel', () => {
  it('opens a large dataset with states only and a small one with persons, unless the reader chose', () => {
    expect(effectiveLevel(null, OPEN_AT_STATE_LEVEL_ABOVE_TIES)).toBe('actor');
    expect(effectiveLevel(null, OPEN_AT_STATE_LEVEL_ABOVE_TIES + 1)).toBe('state');
    expect(effectiveLevel('actor', 1_000_000)).toBe('actor');
    expect(effectiveLevel('state', 3)).toBe('state');
  });
});

describe('onlyTimeDiffers', () => {
  it('is true for a move of time alone, whatever order the kinds were switched off in', () => {
    const base: ViewParams = { ...DEFAULT_VIEW_PARAMS, hiddenKinds: ['call', 'meeting'] };
    expect(onlyTimeDiffers(base, { ...base, to: 20_000, from: 19_000, hiddenKinds: ['meeting', 'call'] })).toBe(true);
    expect(onlyTimeDiffers(base, { ...base, hiddenKinds: ['call'] })).toBe(false);
    expect(onlyTimeDiffers(base, { ...base, expanded: ['qatar'] })).toBe(false);
    expect(onlyTimeDiffers(base, { ...base, level: 'state' })).toBe(false);
  });
});

describe('readableQuery', () => {
  it('leaves commas and colons readable and escapes everything else as URLSearchParams does', () => {
    const query = new URLSearchParams({ hide: 'call,meeting', data: 'https://example.org/a b.json', q: '&=' });
    expect(readableQuery(query)).toBe('hide=call,meeting&data=https:%2F%2Fexample.org%2Fa+b.json&q=%26%3D');
    expect(new URLSearchParams(readableQuery(query)).get('data')).toBe('https://example.org/a b.json');
  });
});

describe('reconcileWithDataset', () => {
  it('drops actors to unfold that the dataset lacks, and says so', () => {
    const params: ViewParams = { ...DEFAULT_VIEW_PARAMS, expanded: ['qatar', 'atlantis'] };
    const result = reconcileWithDataset(params, { actor: (id) => id === 'qatar', event: () => true });
    expect(result.params.expanded).toEqual(['qatar']);
    expect(result.notices[0]).toContain('“atlantis”');
  });

  it('drops a selection the dataset lacks and says so', () => {
    const params: ViewParams = { ...DEFAULT_VIEW_PARAMS, selection: { kind: 'actor', id: 'nobody' } };
    const result = reconcileWithDataset(params, { actor: () => false, event: () => true });
    expect(result.params.selection).toBeNull();
    expect(result.notices[0]).toContain('no actor “nobody”');
  });
});

describe('serializeViewParams', () => {
  it('writes nothing for the default view', () => {
    expect(serializeViewParams(DEFAULT_VIEW_PARAMS)).toBe('');
  });

  it('writes dates and lists readably', () => {
    expect(
      serializeViewParams({ ...DEFAULT_VIEW_PARAMS, to: day('2024-12-09'), hiddenKinds: ['call', 'meeting'] }),
    ).toBe('to=2024-12-09&hide=call,meeting');
  });

  it('survives serialize → parse unchanged for any view', () => {
    const dayArbitrary = fc.integer({ min: day('1990-01-01'), max: day('2040-12-31') });
    const viewArbitrary = fc
      .record({
        a: fc.option(dayArbitrary, { nil: null }),
        b: fc.option(dayArbitrary, { nil: null }),
        mode: fc.constantFrom(...TIME_MODES),
        basis: fc.constantFrom(...DATE_BASES),
        hiddenKinds: fc.uniqueArray(fc.constantFrom(...EVENT_KINDS)),
        level: fc.option(fc.constantFrom(...GRAPH_LEVELS), { nil: null }),
        expanded: fc.uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/), { maxLength: 4 }),
        lines: fc.constantFrom(...LINE_CHOICES),
        view: fc.constantFrom(...MAIN_VIEWS),
        selection: fc.option(
          fc.record({
            kind: fc.constantFrom('actor' as const, 'event' as const),
            id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
          }),
          { nil: null },
        ),
      })
      .map(({ a, b, ...rest }): ViewParams => {
        const ordered = a !== null && b !== null && a > b ? { from: b, to: a } : { from: a, to: b };
        return { ...rest, ...ordered };
      });
    fc.assert(
      fc.property(viewArbitrary, (params) => {
        const parsed = parseViewParams(`?${serializeViewParams(params)}`);
        expect(parsed.notices).toEqual([]);
        expect(parsed.params).toEqual(params);
      }),
      { numRuns: 1000 },
    );
  });
});
