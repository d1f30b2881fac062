import { describe, expect, it } from 'vitest';
import type { Participant } from './dataset-schema';
import { edgeEndsOf } from './event-edges';

const event = (...participants: Array<[string, Participant['role']]>) => ({
  participants: participants.map(([actor, role]) => ({ actor, role })),
});

describe('edgeEndsOf', () => {
  it('works an event out once, and an edited event (a new participants list) anew', () => {
    const called = event(['assad', 'initiator'], ['tamim', 'recipient']);
    const first = edgeEndsOf(called);
    expect(edgeEndsOf({ ...called })).toBe(first);
    const edited = { ...called, participants: [...called.participants, { actor: 'erdogan', role: 'recipient' as const }] };
    expect(edgeEndsOf(edited)).toEqual([
      { source: 'assad', target: 'tamim', directed: true },
      { source: 'assad', target: 'erdogan', directed: true },
    ]);
    expect(edgeEndsOf(called)).toBe(first);
  });

  it('draws one directed edge from the caller to the one called', () => {
    expect(edgeEndsOf(event(['assad', 'initiator'], ['tamim', 'recipient']))).toEqual([
      { source: 'assad', target: 'tamim', directed: true },
    ]);
  });

  it('joins plain participants pairwise, undirected', () => {
    expect(edgeEndsOf(event(['a', 'participant'], ['b', 'participant'], ['c', 'participant']))).toEqual([
      { source: 'a', target: 'b', directed: false },
      { source: 'a', target: 'c', directed: false },
      { source: 'b', target: 'c', directed: false },
    ]);
  });

  it('puts a host at the centre of a multi-party meeting instead of joining every pair', () => {
    const ends = edgeEndsOf(
      event(['qatar', 'host'], ['saudi', 'participant'], ['egypt', 'participant'], ['iran', 'participant']),
    );
    expect(ends).toEqual([
      { source: 'qatar', target: 'saudi', directed: true },
      { source: 'qatar', target: 'egypt', directed: true },
      { source: 'qatar', target: 'iran', directed: true },
    ]);
  });

  it('links a mediator to both parties and the two parties to each other', () => {
    const ends = edgeEndsOf(event(['qatar', 'mediator'], ['israel', 'participant'], ['syria', 'participant']));
    expect(ends).toEqual([
      { source: 'qatar', target: 'israel', directed: true },
      { source: 'qatar', target: 'syria', directed: true },
      { source: 'israel', target: 'syria', directed: false },
    ]);
  });

  it('never draws an edge twice between the same pair, whatever the roles', () => {
    const ends = edgeEndsOf(event(['a', 'host'], ['b', 'initiator'], ['a', 'recipient']));
    const pairs = ends.map((end) => [end.source, end.target].sort().join('-'));
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});
