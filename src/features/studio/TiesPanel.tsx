// Ties: the list, and the open tie's editor. The author confirms what the Studio suggested: who
// took part and in which role (who called whom), the kind, the date with its precision and the note
// that says how it was resolved, and the quotes that support it.
import { useMemo, useState } from 'react';
import type { EventKind, ParticipantRole, TimelineEvent } from '../../domain/dataset-schema';
import { EVENT_DATE_BASES, EVENT_KINDS, EVENT_STATUSES, PARTICIPANT_ROLES } from '../../domain/dataset-vocabulary';
import { EVENT_KIND_LABELS, EVENT_STATUS_LABELS, PARTICIPANT_ROLE_LABELS } from '../../domain/labels';
import { formatPartialDate } from '../../domain/partial-date';
import { ConfirmButton, Field, ListControls } from './StudioControls';
import { dispatch, selectEvent, selectSource, useStudio } from './studio-state';
import { describeSuggestion, suggestionsForQuote } from './tie-draft';

export function TiesPanel() {
  const events = useStudio((state) => state.history.present.dataset.events);
  const actors = useStudio((state) => state.history.present.dataset.actors);
  const selectedId = useStudio((state) => state.selectedEventId);
  const selected = events.find((event) => event.id === selectedId) ?? null;
  const labelOf = useMemo(() => new Map(actors.map((actor) => [actor.id, actor.label])), [actors]);
  return (
    <section className="studio-panel studio-ties" aria-labelledby="studio-ties-heading">
      <h2 id="studio-ties-heading">Ties ({events.length})</h2>
      {events.length === 0 ? (
        <p className="studio-help">No tie yet: select a passage in a source’s text and choose “New tie from this quote”.</p>
      ) : (
        <ol className="studio-list" data-testid="studio-ties">
          {events.map((event, index) => (
            <li key={event.id} className={event.id === selectedId ? 'selected' : undefined}>
              <button type="button" className="studio-list-pick" aria-current={event.id === selectedId ? 'true' : undefined} onClick={() => selectEvent(event.id === selectedId ? null : event.id)}>
                <span className="studio-tie-kind">{EVENT_KIND_LABELS[event.kind]}</span> {event.participants.map((participant) => labelOf.get(participant.actor) ?? participant.actor).join(' · ')}{' '}
                <span className="studio-tie-date">{event.date === '' ? 'no date' : formatPartialDate(event.date)}</span>
              </button>
              <ListControls collection="events" index={index} count={events.length} label={event.summary} />
            </li>
          ))}
        </ol>
      )}
      {selected !== null && <TieEditor key={selected.id} event={selected} />}
    </section>
  );
}

function TieEditor({ event }: { event: TimelineEvent }) {
  const project = useStudio((state) => state.history.present);
  const { dataset } = project;
  const [adding, setAdding] = useState('');
  const update = (patch: Partial<TimelineEvent>, field: string | null = null) => dispatch({ type: 'update-event', id: event.id, patch }, field === null ? null : `event:${event.id}:${field}`);
  const firstWithText = event.evidence.map((evidence) => ({ evidence, source: dataset.sources.find((source) => source.id === evidence.source) })).find((entry) => entry.source?.text !== undefined);
  const suggestionSource = firstWithText?.source;
  const suggestionQuote = firstWithText?.evidence.quote;
  const suggestions = useMemo(
    () => (suggestionSource !== undefined && suggestionQuote !== undefined ? suggestionsForQuote(suggestionSource, suggestionQuote, project) : null),
    [suggestionSource, suggestionQuote, project],
  );
  const labelOf = (id: string) => dataset.actors.find((actor) => actor.id === id)?.label ?? id;
  const setRole = (index: number, role: ParticipantRole) => update({ participants: event.participants.map((participant, at) => (at === index ? { ...participant, role } : participant)) });
  const hasDirection = event.participants.some((participant) => participant.role === 'initiator');
  const swapDirection = () =>
    update({
      participants: event.participants.map((participant) =>
        participant.role === 'initiator' ? { ...participant, role: 'recipient' } : participant.role === 'recipient' ? { ...participant, role: 'initiator' } : participant,
      ),
    });
  const others = dataset.actors.filter((actor) => !event.participants.some((participant) => participant.actor === actor.id));

  return (
    <div className="studio-tie-editor" role="group" aria-labelledby="studio-tie-editor-heading">
      <h3 id="studio-tie-editor-heading" tabIndex={-1}>
        Tie: {event.summary}
      </h3>
      <Field label="Summary (in your words)" id="studio-field-events-summary" value={event.summary} multiline onChange={(value) => update({ summary: value }, 'summary')} />

      <div className="studio-field">
        <label htmlFor="studio-field-events-kind">Kind</label>
        <select id="studio-field-events-kind" value={event.kind} onChange={(change) => update({ kind: change.currentTarget.value as EventKind })}>
          {EVENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {EVENT_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
        {suggestions !== null && suggestions.kinds.length > 0 && (
          <p className="studio-suggestions">
            Suggested by the wording:{' '}
            {suggestions.kinds.slice(0, 4).map((suggestion) => (
              <button key={suggestion.kind} type="button" className="studio-chip" aria-pressed={event.kind === suggestion.kind} onClick={() => update({ kind: suggestion.kind })}>
                {EVENT_KIND_LABELS[suggestion.kind]} (“{suggestion.words}”)
              </button>
            ))}
          </p>
        )}
      </div>

      <fieldset className="studio-participants" id="studio-field-events-participants" tabIndex={-1}>
        <legend>Parties and roles</legend>
        {event.participants.length === 0 && <p className="studio-help">No party yet.</p>}
        <ul>
          {event.participants.map((participant, index) => (
            <li key={participant.actor}>
              <span className="studio-party">{labelOf(participant.actor)}</span>
              <label>
                <span className="visually-hidden">Role of {labelOf(participant.actor)}</span>
                <select id={`studio-field-events-participants-${index}`} value={participant.role} onChange={(change) => setRole(index, change.currentTarget.value as ParticipantRole)}>
                  {PARTICIPANT_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {PARTICIPANT_ROLE_LABELS[role]}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" aria-label={`Remove ${labelOf(participant.actor)} from this tie`} onClick={() => update({ participants: event.participants.filter((_, at) => at !== index) })}>
                Remove
              </button>
            </li>
          ))}
        </ul>
        {hasDirection && (
          <button type="button" onClick={swapDirection}>
            Swap direction (who acted on whom)
          </button>
        )}
        {others.length > 0 && (
          <span className="studio-add-party">
            <label>
              Add a party{' '}
              <select value={adding} onChange={(change) => setAdding(change.currentTarget.value)}>
                <option value="">Choose an actor…</option>
                {others.map((actor) => (
                  <option key={actor.id} value={actor.id}>
                    {actor.label}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              disabled={adding === ''}
              onClick={() => {
                update({ participants: [...event.participants, { actor: adding, role: hasDirection ? 'recipient' : 'participant' }] });
                setAdding('');
              }}
            >
              Add
            </button>
          </span>
        )}
      </fieldset>

      <fieldset className="studio-date">
        <legend>Date</legend>
        <Field label="Date (YYYY, YYYY-MM or YYYY-MM-DD: its length is its precision)" id="studio-field-events-date" value={event.date} onChange={(value) => update({ date: value }, 'date')} />
        <div className="studio-field">
          <label htmlFor="studio-field-events-dateBasis">Basis</label>
          <select id="studio-field-events-dateBasis" value={event.dateBasis} onChange={(change) => update({ dateBasis: change.currentTarget.value as TimelineEvent['dateBasis'] })}>
            {EVENT_DATE_BASES.map((basis) => (
              <option key={basis} value={basis}>
                {basis === 'stated' ? 'stated in the article' : 'inferred (say how below)'}
              </option>
            ))}
          </select>
        </div>
        <Field label="How the date was resolved (dateNote)" id="studio-field-events-dateNote" value={event.dateNote ?? ''} multiline onChange={(value) => update({ dateNote: value === '' ? undefined : value }, 'dateNote')} />
        {suggestions !== null && (
          <div className="studio-suggestions">
            {suggestions.dates.length === 0 ? (
              <p>No date in the quote’s sentence: give the date by hand and say how you found it.</p>
            ) : (
              <>
                <p>Dates the sentence gives:</p>
                <ul>
                  {suggestions.dates.map((suggestion) => (
                    <li key={`${suggestion.index}-${suggestion.date}`}>
                      <button
                        type="button"
                        className="studio-chip"
                        aria-pressed={event.date === suggestion.date}
                        onClick={() =>
                          update({
                            date: suggestion.date,
                            dateBasis: suggestion.basis,
                            dateNote: suggestion.basis === 'inferred' ? suggestion.note : undefined,
                            ...(suggestion.future ? { status: 'planned' as const } : {}),
                          })
                        }
                      >
                        Use {describeSuggestion(suggestion)}
                      </button>{' '}
                      <span className="studio-help">{suggestion.note}</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </fieldset>

      <div className="studio-field">
        <label htmlFor="studio-field-events-status">Status</label>
        <select id="studio-field-events-status" value={event.status ?? 'occurred'} onChange={(change) => update({ status: change.currentTarget.value === 'occurred' ? undefined : (change.currentTarget.value as TimelineEvent['status']) })}>
          {EVENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {EVENT_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>

      <div className="studio-evidence" id="studio-field-events-evidence" tabIndex={-1}>
        <h4>Quotes ({event.evidence.length})</h4>
        <p className="studio-help">Add another: select a passage in any source and choose “Add this quote to …”.</p>
        <ul>
          {event.evidence.map((evidence, index) => (
            <li key={index}>
              <blockquote id={`studio-field-events-evidence-${index}`} tabIndex={-1}>
                {evidence.quote}
              </blockquote>
              <span className="studio-help">
                from{' '}
                <button type="button" className="link-button" onClick={() => selectSource(evidence.source)}>
                  {dataset.sources.find((source) => source.id === evidence.source)?.title ?? evidence.source}
                </button>
              </span>{' '}
              <button type="button" aria-label={`Remove quote ${index + 1}`} onClick={() => dispatch({ type: 'remove-evidence', eventId: event.id, index })}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      </div>
      <ConfirmButton label="Delete this tie" confirmLabel={`Delete the tie “${event.summary}”`} onConfirm={() => { dispatch({ type: 'delete-event', id: event.id }); selectEvent(null); }} />
    </div>
  );
}
