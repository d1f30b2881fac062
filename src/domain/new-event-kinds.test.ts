// The kinds added for what the Qatar–Syria articles say (flight, appointment, offer, request,
// agreement ended): for each, the edges it becomes with the roles the bundled dataset gives it, that
// it leaves a relationship's state as it was, and that it looks unlike every other kind.
import { describe, expect, it } from 'vitest';
import type { Actor, EventKind, Participant, TimelineEvent } from './dataset-schema';
import { EVENT_KINDS } from './dataset-vocabulary';
import { contrastRatio, EVENT_KIND_STYLES, GRAPH_STAGE_COLOUR } from './edge-kind-style';
import { edgeEndsOf } from './event-edges';
import { EVENT_KIND_LABELS } from './labels';
import { dayRangeOf } from './partial-date';
import { relationsOf, relationStateAt } from './relationship-state';

type Roles = Array<[string, Participant['role']]>;

const actors = new Map<string, Pick<Actor, 'parent'>>([
  ['qatar', {}],
  ['syria', {}],
  ['assad-government', { parent: 'syria' }],
  ['assad', { parent: 'assad-government' }],
  ['transitional-government', { parent: 'syria' }],
  ['hts', {}],
  ['bashir', { parent: 'hts' }],
  ['russia', {}],
  ['turkiye', {}],
  ['saudi-arabia', {}],
  ['opposition', {}],
  ['united-states', {}],
  ['egypt', {}],
  ['israel', {}],
  ['hamas', {}],
]);

function event(id: string, kind: EventKind, date: string, roles: Roles): TimelineEvent {
  return {
    id,
    kind,
    date,
    dateBasis: 'stated',
    participants: roles.map(([actor, role]) => ({ actor, role })),
    summary: id,
    evidence: [{ source: 's', quote: 'q' }],
  };
}

function severance(a: string, b: string): TimelineEvent {
  return event(`severed-${a}-${b}`, 'severed-ties', '2012', [
    [a, 'initiator'],
    [b, 'recipient'],
  ]);
}

const startDay = (e: TimelineEvent) => dayRangeOf(e.date).start;

/** The relation between two top-level actors on a day, after a severance and then `later`. */
function stateAfter(later: TimelineEvent, a: string, b: string): string | undefined {
  const relation = relationsOf([severance(a, b), later], actors, startDay).find((candidate) => [candidate.a, candidate.b].sort().join() === [a, b].sort().join());
  return relation === undefined ? undefined : relationStateAt(relation, dayRangeOf('2025-12-31').end)?.state;
}

interface Case {
  readonly kind: EventKind;
  readonly roles: Roles;
  readonly edges: Array<{ source: string; target: string; directed: boolean }>;
  /** Two top-level actors the event joins, to check that it does not resume their relations. */
  readonly pair: [string, string];
}

const CASES: Case[] = [
  {
    kind: 'flight',
    // "Al-Assad fled to Russia": the one who fled points at where he went.
    roles: [
      ['assad', 'initiator'],
      ['russia', 'recipient'],
    ],
    edges: [{ source: 'assad', target: 'russia', directed: true }],
    pair: ['russia', 'syria'],
  },
  {
    kind: 'appointment',
    // "he was appointed to lead Syria's transitional administration": who appointed him is not said.
    roles: [
      ['bashir', 'participant'],
      ['transitional-government', 'participant'],
    ],
    edges: [{ source: 'bashir', target: 'transitional-government', directed: false }],
    pair: ['hts', 'syria'],
  },
  {
    kind: 'offer',
    // "Turkey, Saudi Arabia and Qatar — offered to open channels to the Syrian opposition leadership".
    roles: [
      ['turkiye', 'initiator'],
      ['saudi-arabia', 'initiator'],
      ['qatar', 'initiator'],
      ['opposition', 'recipient'],
    ],
    edges: [
      { source: 'turkiye', target: 'opposition', directed: true },
      { source: 'saudi-arabia', target: 'opposition', directed: true },
      { source: 'qatar', target: 'opposition', directed: true },
    ],
    pair: ['opposition', 'qatar'],
  },
  {
    kind: 'request',
    // "at the United States' request": the one who asked points at the one asked; Hamas is no party.
    roles: [
      ['united-states', 'initiator'],
      ['qatar', 'recipient'],
    ],
    edges: [{ source: 'united-states', target: 'qatar', directed: true }],
    pair: ['qatar', 'united-states'],
  },
  {
    kind: 'agreement-ended',
    // The truce that expired on 1 December 2023: its mediators reach both sides, the sides are joined.
    roles: [
      ['qatar', 'mediator'],
      ['egypt', 'mediator'],
      ['israel', 'participant'],
      ['hamas', 'participant'],
    ],
    edges: [
      { source: 'qatar', target: 'israel', directed: true },
      { source: 'qatar', target: 'hamas', directed: true },
      { source: 'egypt', target: 'israel', directed: true },
      { source: 'egypt', target: 'hamas', directed: true },
    ],
    pair: ['hamas', 'israel'],
  },
];

describe.each(CASES)('the kind “$kind”', ({ kind, roles, edges, pair }) => {
  const later = event(`later-${kind}`, kind, '2024-12-08', roles);

  it('becomes the edges its roles give', () => {
    expect(edgeEndsOf(later)).toEqual(expect.arrayContaining(edges));
    if (kind !== 'agreement-ended') expect(edgeEndsOf(later)).toHaveLength(edges.length);
  });

  it('leaves a severed relationship severed', () => {
    expect(stateAfter(later, pair[0], pair[1])).toBe('severed');
    // A call in its place would have resumed it: the test can tell the difference.
    expect(stateAfter(event('call', 'call', '2024-12-08', [[pair[0], 'participant'], [pair[1], 'participant']]), pair[0], pair[1])).toBe('active');
  });

  it('has a label, a colour at 3:1 or more on the graph stage, and a look no other kind has', () => {
    expect(EVENT_KIND_LABELS[kind]).toMatch(/\S/);
    const style = EVENT_KIND_STYLES[kind];
    expect(contrastRatio(style.colour, GRAPH_STAGE_COLOUR)).toBeGreaterThanOrEqual(3);
    expect(style.mark).not.toBe('none');
    for (const other of EVENT_KINDS.filter((candidate) => candidate !== kind)) {
      const look = EVENT_KIND_STYLES[other];
      expect(look.colour === style.colour && look.mark === style.mark, `${kind} vs ${other}`).toBe(false);
    }
  });
});

it('the agreement-ended case also joins the two sides, undirected', () => {
  expect(edgeEndsOf(event('truce', 'agreement-ended', '2023-12-01', CASES[4]!.roles))).toContainEqual({ source: 'israel', target: 'hamas', directed: false });
});

describe('every kind', () => {
  it('meets 3:1 contrast on the stage, and no two kinds look the same (colour, width and mark)', () => {
    const looks = new Set<string>();
    for (const kind of EVENT_KINDS) {
      const { colour, width, mark } = EVENT_KIND_STYLES[kind];
      expect(contrastRatio(colour, GRAPH_STAGE_COLOUR), kind).toBeGreaterThanOrEqual(3);
      looks.add(`${colour} ${width} ${mark}`);
    }
    expect(looks.size).toBe(EVENT_KINDS.length);
  });

  it('computes WCAG contrast as the specification does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
