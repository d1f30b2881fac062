// The dataset format's closed vocabularies, as plain constants. Kept apart from the zod schema so
// that views which only need the words (the legend, the stylesheet, URL parsing) do not pull the
// validator into the first JavaScript a reader downloads.

export const SOURCE_DATE_BASES = ['stated', 'inferred', 'unknown'] as const;

export const ACTOR_TYPES = ['state', 'government', 'organisation', 'armed-group', 'person'] as const;

export const EVENT_KINDS = [
  'call',
  'meeting',
  'visit',
  'contact',
  'statement',
  'severed-ties',
  'embassy-closed',
  'restored-ties',
  'embassy-reopened',
  'normalisation',
  'mediation',
  'hosting',
  'support',
  'alliance',
  'terrorist-designation',
  'military-action',
  'aid',
  'agreement',
  // Added for what the Qatar–Syria articles say and the kinds above could not: an actor fleeing to
  // another (Assad "fled to Russia"), a person appointed to lead a body, an offer (not yet an act), a
  // request (the United States asked Qatar to host Hamas's office), and an agreement that ended (a
  // truce that expired). See data/README.md.
  'flight',
  'appointment',
  'offer',
  'request',
  'agreement-ended',
] as const;

/**
 * How an actor takes part in an event. `initiator` → `recipient` gives a direction (who called
 * whom); `host` and `mediator` sit at the centre of a multi-party event; `participant` is anyone else.
 */
export const PARTICIPANT_ROLES = ['initiator', 'recipient', 'host', 'mediator', 'participant'] as const;

export const EVENT_STATUSES = ['occurred', 'planned', 'reported'] as const;

export const EVENT_DATE_BASES = ['stated', 'inferred'] as const;
