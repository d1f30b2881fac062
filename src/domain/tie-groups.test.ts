import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor, EventKind } from './dataset-schema';
import { EVENT_KINDS } from './dataset-vocabulary';
import { drawnAsFor, groupTies, type GroupableTie } from './tie-groups';

const actors = new Map<string, Pick<Actor, 'parent'>>([
  ['qatar', {}],
  ['amir', { parent: 'qatar' }],
  ['minister', { parent: 'qatar' }],
  ['syria', {}],
  ['government', { parent: 'syria' }],
  ['president', { parent: 'government' }],
]);

function tie(index: number, source: string, target: string, extra: Partial<GroupableTie> = {}): GroupableTie {
  return { index, source, target, directed: true, kind: 'call', status: 'occurred', precision: 'day', ...extra };
}

describe('groupTies', () => {
  it('at state level folds persons and governments into their top-level actor and merges ties that look alike', () => {
    const { groups, groupOf } = groupTies(
      [tie(0, 'president', 'amir'), tie(1, 'government', 'qatar'), tie(2, 'minister', 'president'), tie(3, 'amir', 'minister')],
      drawnAsFor('state', actors),
    );
    expect(groups.map((group) => [group.source, group.target, group.members])).toEqual([
      ['syria', 'qatar', [0, 1]],
      ['qatar', 'syria', [2]],
    ]);
    expect([...groupOf]).toEqual([0, 0, 1, -1]);
  });

  it('at actor level merges only the ties between the same two actors', () => {
    const { groups } = groupTies([tie(0, 'amir', 'president'), tie(1, 'amir', 'president'), tie(2, 'minister', 'president')], drawnAsFor('actor', actors));
    expect(groups.map((group) => group.members)).toEqual([[0, 1], [2]]);
  });

  it('shows an expanded state with the actors inside it, and folds the others', () => {
    const drawnAs = drawnAsFor('state', actors, new Set(['syria']));
    const { groups } = groupTies([tie(0, 'president', 'amir'), tie(1, 'government', 'minister')], drawnAs);
    expect(groups.map((group) => [group.source, group.target])).toEqual([
      ['president', 'qatar'],
      ['government', 'qatar'],
    ]);
  });

  it('merges undirected ties written either way round, and keeps kinds apart', () => {
    const { groups } = groupTies(
      [
        tie(0, 'amir', 'president', { directed: false, kind: 'meeting' }),
        tie(1, 'syria', 'qatar', { directed: false, kind: 'meeting' }),
        tie(2, 'syria', 'qatar', { directed: false, kind: 'alliance' }),
      ],
      drawnAsFor('state', actors),
    );
    expect(groups.map((group) => [group.kind, group.members])).toEqual([
      ['meeting', [0, 1]],
      ['alliance', [2]],
    ]);
  });

  it('never merges ties drawn differently: planned with occurred, or a known day with a month', () => {
    const { groups } = groupTies(
      [
        tie(0, 'amir', 'president', { status: 'planned' }),
        tie(1, 'amir', 'president'),
        tie(2, 'amir', 'president', { precision: 'month' }),
        tie(3, 'amir', 'president', { precision: 'year' }),
      ],
      drawnAsFor('actor', actors),
    );
    expect(groups.map((group) => [group.status, group.approximate, group.members])).toEqual([
      ['planned', false, [0]],
      ['occurred', false, [1]],
      ['occurred', true, [2, 3]],
    ]);
  });

  const ids = ['qatar', 'amir', 'minister', 'syria', 'government', 'president'];
  const arbitraryTies = fc.array(
    fc.record({
      source: fc.constantFrom(...ids),
      target: fc.constantFrom(...ids),
      directed: fc.boolean(),
      kind: fc.constantFrom<EventKind>(...EVENT_KINDS),
      status: fc.constantFrom('occurred' as const, 'planned' as const, 'reported' as const),
      precision: fc.constantFrom('day' as const, 'month' as const, 'year' as const),
    }),
    { maxLength: 60 },
  );

  it('puts every tie whose ends are drawn apart in exactly one group, whose ends and look are the tie’s', () => {
    fc.assert(
      fc.property(arbitraryTies, fc.constantFrom<'actor' | 'state'>('actor', 'state'), fc.subarray(['qatar', 'syria']), (drafts, level, expanded) => {
        const ties = drafts.map((draft, index) => ({ ...draft, index }));
        const drawnAs = drawnAsFor(level, actors, new Set(expanded));
        const { groups, groupOf } = groupTies(ties, drawnAs);
        const membership = new Map<number, number>();
        groups.forEach((group, position) => group.members.forEach((member) => membership.set(member, position)));
        for (const one of ties) {
          const [source, target] = [drawnAs(one.source), drawnAs(one.target)];
          if (source === target) {
            expect(groupOf[one.index]).toBe(-1);
            expect(membership.has(one.index)).toBe(false);
            continue;
          }
          const group = groups[groupOf[one.index]!]!;
          expect(membership.get(one.index)).toBe(groupOf[one.index]);
          expect([group.kind, group.directed, group.status, group.approximate]).toEqual([one.kind, one.directed, one.status, one.precision !== 'day']);
          const ends = one.directed ? [source, target] : [source, target].sort();
          expect([group.source, group.target]).toEqual(ends);
        }
        expect(new Set(groups.map((group) => group.id)).size).toBe(groups.length);
      }),
    );
  });
});
