import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor, TimelineEvent } from './dataset-schema';
import { dayRangeOf } from './partial-date';
import { createRelationTimeline, relationStateAt, relationsOf, type Relation } from './relationship-state';

const actors = new Map<string, Pick<Actor, 'parent'>>([
  ['qatar', {}],
  ['amir', { parent: 'qatar' }],
  ['syria', {}],
  ['assad-government', { parent: 'syria' }],
  ['president', { parent: 'assad-government' }],
  ['turkiye', {}],
]);

function event(id: string, kind: TimelineEvent['kind'], date: string, a: string, b: string, status?: TimelineEvent['status']): TimelineEvent {
  return {
    id,
    kind,
    date,
    dateBasis: 'stated',
    participants: [
      { actor: a, role: 'initiator' },
      { actor: b, role: 'recipient' },
    ],
    summary: id,
    evidence: [{ source: 's', quote: 'q' }],
    ...(status === undefined ? {} : { status }),
  };
}

const startDay = (e: TimelineEvent) => dayRangeOf(e.date).start;
const day = (iso: string) => dayRangeOf(iso).start;

describe('relationship state', () => {
  const events = [
    event('severed', 'severed-ties', '2012', 'qatar', 'assad-government'),
    event('planned-visit', 'visit', '2013-05', 'qatar', 'syria', 'planned'),
    event('call', 'call', '2023-02-24', 'president', 'amir'),
    event('unrelated', 'call', '2020-01-01', 'qatar', 'turkiye'),
  ];
  const relations = relationsOf(events, actors, startDay);

  it('tracks only pairs that severed relations, judged between top-level actors', () => {
    expect(relations.map((relation) => [relation.a, relation.b])).toEqual([['qatar', 'syria']]);
    expect(relations[0]!.changes.map((change) => change.eventId)).toEqual(['severed', 'call']);
  });

  it('gives the state in force on a day: none before, severed, then active after contact resumes', () => {
    const relation = relations[0]!;
    expect(relationStateAt(relation, day('2011-12-31'))).toBeNull();
    expect(relationStateAt(relation, day('2012-01-01'))?.state).toBe('severed');
    expect(relationStateAt(relation, day('2013-06-01'))?.state).toBe('severed');
    expect(relationStateAt(relation, day('2023-02-23'))?.state).toBe('severed');
    expect(relationStateAt(relation, day('2023-02-24'))).toMatchObject({ state: 'active', eventId: 'call' });
  });

  it('applies a same-day severance before same-day contact', () => {
    const sameDay = relationsOf(
      [event('talk', 'meeting', '2015-03-01', 'qatar', 'syria'), event('cut', 'embassy-closed', '2015-03-01', 'syria', 'qatar')],
      actors,
      startDay,
    );
    expect(sameDay[0]!.changes.map((change) => change.state)).toEqual(['severed', 'active']);
  });
});

describe('relation timeline', () => {
  const relationWith = (days: readonly number[], id: number): Relation => ({
    a: `a${id}`,
    b: `b${id}`,
    changes: [...days].sort((x, y) => x - y).map((changeDay, position) => ({ day: changeDay, state: position % 2 === 0 ? 'severed' : 'active', eventId: `e${id}-${position}` })),
  });
  const relationsArbitrary = fc.array(fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 5 }), { maxLength: 12 });

  it('names exactly the relations with a change after the earlier day, up to the later, in either direction', () => {
    fc.assert(
      fc.property(relationsArbitrary, fc.integer({ min: -5, max: 65 }), fc.integer({ min: -5, max: 65 }), (changeDays, previous, next) => {
        const relations = changeDays.map(relationWith);
        const low = Math.min(previous, next);
        const high = Math.max(previous, next);
        const expected = relations.flatMap((relation, index) => (relation.changes.some((change) => change.day > low && change.day <= high) ? [index] : []));
        expect(createRelationTimeline(relations).changedBetween(previous, next).sort((x, y) => x - y)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('never misses a relation whose state differs between the two days', () => {
    fc.assert(
      fc.property(relationsArbitrary, fc.integer({ min: -5, max: 65 }), fc.integer({ min: -5, max: 65 }), (changeDays, previous, next) => {
        const relations = changeDays.map(relationWith);
        const changed = new Set(createRelationTimeline(relations).changedBetween(previous, next));
        relations.forEach((relation, index) => {
          if (relationStateAt(relation, previous) !== relationStateAt(relation, next)) expect(changed.has(index)).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('names a relation once however many of its changes were crossed', () => {
    const timeline = createRelationTimeline([relationWith([3, 5, 7], 0)]);
    expect(timeline.changedBetween(0, 10)).toEqual([0]);
    expect(timeline.changedBetween(7, 10)).toEqual([]);
  });
});
