// Words for the dataset's codes, as a reader should see them.
import type { ActorType, EventKind, EventStatus, ParticipantRole } from './dataset-schema';

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  call: 'Phone call',
  meeting: 'Meeting',
  visit: 'Visit',
  contact: 'Contact',
  statement: 'Statement',
  'severed-ties': 'Ties severed',
  'embassy-closed': 'Embassy closed',
  'restored-ties': 'Ties restored',
  'embassy-reopened': 'Embassy reopened',
  normalisation: 'Normalisation',
  mediation: 'Mediation',
  hosting: 'Hosting',
  support: 'Support',
  alliance: 'Alliance',
  'terrorist-designation': 'Terrorist designation',
  'military-action': 'Military action',
  aid: 'Aid',
  agreement: 'Agreement',
  flight: 'Flight',
  appointment: 'Appointment',
  offer: 'Offer',
  request: 'Request',
  'agreement-ended': 'Agreement ended',
};

export const ACTOR_TYPE_LABELS: Record<ActorType, string> = {
  state: 'State',
  government: 'Government',
  organisation: 'Organisation',
  'armed-group': 'Armed group',
  person: 'Person',
};

export const EVENT_STATUS_LABELS: Record<EventStatus, string> = {
  occurred: 'Occurred',
  planned: 'Planned',
  reported: 'Reported by an unnamed source',
};

export const PARTICIPANT_ROLE_LABELS: Record<ParticipantRole, string> = {
  initiator: 'initiated',
  recipient: 'received',
  host: 'host',
  mediator: 'mediator',
  participant: 'participant',
};
