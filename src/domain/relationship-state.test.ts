import { describe, expect, it } from 'vitest';
import type { Actor, TimelineEvent } from './dataset-schema';
import { dayRangeOf } from './partial-date';
import { relationStateAt, relationsOf } from './relationship-state';

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
