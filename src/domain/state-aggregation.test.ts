import { describe, expect, it } from 'vitest';
import type { Actor } from './dataset-schema';
import { aggregateToStates, type FoldableEdge } from './state-aggregation';

const actors = new Map<string, Pick<Actor, 'parent'>>([
  ['qatar', {}],
  ['amir', { parent: 'qatar' }],
  ['minister', { parent: 'qatar' }],
  ['syria', {}],
  ['government', { parent: 'syria' }],
  ['president', { parent: 'government' }],
]);

function edge(index: number, source: string, target: string, extra: Partial<FoldableEdge> = {}): FoldableEdge {
  return { index, source, target, directed: true, kind: 'call', status: 'occurred', precision: 'day', ...extra };
}

describe('aggregateToStates', () => {
  it('folds persons and governments into their top-level actor and merges ties of one kind and direction', () => {
    const { folded, foldedIndexOf } = aggregateToStates(
      [edge(0, 'president', 'amir'), edge(1, 'government', 'qatar'), edge(2, 'minister', 'president'), edge(3, 'amir', 'minister')],
      actors,
    );
    expect(folded.map((f) => [f.source, f.target, f.members])).toEqual([
      ['syria', 'qatar', [0, 1]],
      ['qatar', 'syria', [2]],
    ]);
    expect([...foldedIndexOf]).toEqual([0, 0, 1, -1]);
  });

  it('merges undirected ties written either way round, and keeps kinds apart', () => {
    const { folded } = aggregateToStates(
      [
        edge(0, 'amir', 'president', { directed: false, kind: 'meeting' }),
        edge(1, 'syria', 'qatar', { directed: false, kind: 'meeting' }),
        edge(2, 'syria', 'qatar', { directed: false, kind: 'alliance' }),
      ],
      actors,
    );
    expect(folded.map((f) => [f.kind, f.members])).toEqual([
      ['meeting', [0, 1]],
      ['alliance', [2]],
    ]);
    expect(new Set(folded.map((f) => f.id)).size).toBe(folded.length);
  });

  it('is dashed only when no member occurred, and dotted only when every member is approximate', () => {
    const { folded } = aggregateToStates(
      [
        edge(0, 'amir', 'president', { status: 'planned', precision: 'month' }),
        edge(1, 'minister', 'president', { status: 'planned', precision: 'day' }),
      ],
      actors,
    );
    expect(folded[0]).toMatchObject({ status: 'planned', approximate: false });
    const mixed = aggregateToStates(
      [edge(0, 'amir', 'president', { status: 'planned', precision: 'year' }), edge(1, 'qatar', 'syria', { precision: 'month' })],
      actors,
    ).folded[0];
    expect(mixed).toMatchObject({ status: 'occurred', approximate: true });
  });
});
