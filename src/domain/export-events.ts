// The events a reader is looking at, exported with their quotes and sources, so citations survive
// the trip into a spreadsheet or another tool. CSV has one row per quote: an event with three
// quotes is three rows sharing the event's columns, which keeps every quote beside its source.
import { caveatToCell } from './caveat';
import type { DatasetModel } from './dataset-model';
import type { TimelineEvent } from './dataset-schema';
import { EVENT_KIND_LABELS, PARTICIPANT_ROLE_LABELS } from './labels';
import { dayToIso, toDayRange } from './partial-date';
import type { ViewFilter } from './view-filter';

export const CSV_COLUMNS = [
  'event_id',
  'date',
  'date_precision',
  'date_basis',
  'date_note',
  'kind',
  'status',
  'participants',
  'summary',
  'quote',
  'source_id',
  'source_title',
  'publisher',
  'published',
  'caveats',
] as const;

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula;
 * OWASP's advice is to prefix such cells with a quote mark so they stay text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: fields with a comma, a double quote or a line break are quoted, quotes doubled. */
export function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function participantsOf(model: DatasetModel, event: TimelineEvent): string {
  return event.participants
    .map((participant) => `${model.actorById.get(participant.actor)?.label ?? participant.actor} (${PARTICIPANT_ROLE_LABELS[participant.role]})`)
    .join('; ');
}

export function eventsToCsv(model: DatasetModel, events: readonly TimelineEvent[]): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const event of events) {
    for (const evidence of event.evidence) {
      const source = model.sourceById.get(evidence.source);
      rows.push([
        event.id,
        event.date,
        toDayRange(event.date)?.precision ?? '',
        event.dateBasis,
        event.dateNote ?? '',
        EVENT_KIND_LABELS[event.kind],
        event.status ?? 'occurred',
        participantsOf(model, event),
        event.summary,
        evidence.quote,
        evidence.source,
        source?.title ?? '',
        source?.publisher ?? '',
        source?.published ?? '',
        // The CSV form of caveats: each one's references follow it as [[publisher; date; title; url]].
        (event.caveats ?? []).map(caveatToCell).join(' | '),
      ]);
    }
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export interface ExportView extends ViewFilter {
  readonly exportedAt: Date;
  /** The address that reproduces the view. */
  readonly url: string;
}

export function eventsToJson(model: DatasetModel, events: readonly TimelineEvent[], view: ExportView): string {
  const { dataset } = model;
  const sourceIds = new Set(events.flatMap((event) => event.evidence.map((evidence) => evidence.source)));
  return `${JSON.stringify(
    {
      dataset: { id: dataset.id, title: dataset.title },
      view: {
        from: view.range.mode === 'window' ? dayToIso(view.range.from) : null,
        to: dayToIso(view.range.to),
        mode: view.range.mode,
        basis: view.basis,
        hiddenKinds: view.hiddenKinds,
        url: view.url,
      },
      exportedAt: view.exportedAt.toISOString(),
      sources: dataset.sources
        .filter((source) => sourceIds.has(source.id))
        .map(({ text: _text, ...source }) => source),
      events: events.map((event) => ({
        ...event,
        participants: event.participants.map((participant) => ({
          ...participant,
          label: model.actorById.get(participant.actor)?.label ?? participant.actor,
        })),
        evidence: event.evidence.map((evidence) => {
          const source = model.sourceById.get(evidence.source);
          return { ...evidence, sourceTitle: source?.title ?? null, publisher: source?.publisher ?? null, published: source?.published ?? null };
        }),
      })),
    },
    null,
    2,
  )}\n`;
}
