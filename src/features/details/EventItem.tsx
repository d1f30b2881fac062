// One event as a reader checks it: when (with precision and basis), what, who, any caveat, and
// every quote with its article named and a way to read the quote in its article.
import type { DatasetModel } from '../../domain/dataset-model';
import type { TimelineEvent } from '../../domain/dataset-schema';
import { EVENT_KIND_LABELS, EVENT_STATUS_LABELS, PARTICIPANT_ROLE_LABELS } from '../../domain/labels';
import { formatPartialDate, toDayRange } from '../../domain/partial-date';
import { selectActor } from '../../state/view-store';
import { CaveatList } from './CaveatList';

interface EventItemProps {
  readonly event: TimelineEvent;
  readonly model: DatasetModel;
  /** The actor whose panel lists this event; left out of "with". */
  readonly fromActorId?: string;
  readonly onReadInContext: (sourceId: string, quote: string) => void;
  readonly headingLevel: 3 | 4;
}

export function EventItem({ event, model, fromActorId, onReadInContext, headingLevel }: EventItemProps) {
  const status = event.status ?? 'occurred';
  const precision = toDayRange(event.date)?.precision ?? 'day';
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const parties = event.participants.filter((participant) => participant.actor !== fromActorId);
  return (
    <article className="event" data-event-id={event.id} aria-label={`${EVENT_KIND_LABELS[event.kind]}, ${formatPartialDate(event.date)}`}>
      <Heading className="event-heading">
        <span className="event-kind">{EVENT_KIND_LABELS[event.kind]}</span>
        {' · '}
        <time dateTime={event.date}>{formatPartialDate(event.date)}</time>
      </Heading>
      <p className="event-meta">
        {precision !== 'day' && (
          <span className="badge badge-approximate" data-testid="approximate">
            approximate: known to the {precision} only
          </span>
        )}
        {event.dateBasis === 'inferred' ? (
          <span className="date-basis">Date inferred: {event.dateNote}</span>
        ) : (
          <span className="date-basis">Date stated in the article</span>
        )}
        {status !== 'occurred' && <span className={`badge badge-${status}`}>{EVENT_STATUS_LABELS[status]}</span>}
      </p>
      <p className="event-summary">{event.summary}</p>
      {parties.length > 0 && (
        <p className="event-parties">
          {fromActorId === undefined ? 'Parties: ' : 'With '}
          {parties.map((participant, index) => (
            <span key={participant.actor}>
              {index > 0 && ', '}
              <button type="button" className="link-button" onClick={() => selectActor(participant.actor)}>
                {model.actorById.get(participant.actor)?.label ?? participant.actor}
              </button>
              {participant.role !== 'participant' && <> ({PARTICIPANT_ROLE_LABELS[participant.role]})</>}
            </span>
          ))}
        </p>
      )}
      <CaveatList caveats={event.caveats} />
      {event.evidence.map((evidence, index) => {
        const source = model.sourceById.get(evidence.source);
        return (
          <blockquote key={index} className="evidence">
            <p className="evidence-quote">{evidence.quote}</p>
            <footer>
              — <cite className="evidence-source">{source?.title ?? evidence.source}</cite>
              {source?.publisher != null && <>, {source.publisher}</>}
              {source?.published != null && <>, {formatPartialDate(source.published)}</>}
              {source !== undefined && source.text === undefined && (
                <>
                  {' '}
                  <span className="badge badge-excerpts">excerpts only</span>
                  {source.url !== undefined && (
                    <>
                      {' '}
                      <a href={source.url} target="_blank" rel="noopener noreferrer">
                        Original<span className="visually-hidden"> article (opens in a new tab)</span>
                      </a>
                    </>
                  )}
                </>
              )}
              {' '}
              <button type="button" className="link-button" onClick={() => onReadInContext(evidence.source, evidence.quote)}>
                Read in context
              </button>
            </footer>
          </blockquote>
        );
      })}
    </article>
  );
}
