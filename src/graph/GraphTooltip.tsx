// The hover card over the canvas: who or what is under the pointer, and how many ties it has in the
// current range. Decorative for pointer users; the same facts are in the details panel and table.
import type { DatasetModel } from '../domain/dataset-model';
import { isEventShown, type ViewFilter } from '../domain/view-filter';
import { ACTOR_TYPE_LABELS, EVENT_KIND_LABELS } from '../domain/labels';
import { formatPartialDate } from '../domain/partial-date';
import type { GraphHover } from './graph-view';

interface GraphTooltipProps {
  readonly hover: GraphHover;
  readonly model: DatasetModel;
  readonly filter: ViewFilter;
}

export function GraphTooltip({ hover, model, filter }: GraphTooltipProps) {
  let title: string;
  let detail: string;
  if (hover.kind === 'actor') {
    const actor = model.actorById.get(hover.id);
    if (!actor) return null;
    const ties = (model.eventsByActor.get(actor.id) ?? []).filter((event) => isEventShown(model, event, filter)).length;
    title = actor.label;
    detail = `${ACTOR_TYPE_LABELS[actor.type]} · ${ties} tie${ties === 1 ? '' : 's'} in range`;
  } else {
    const event = model.eventById.get(hover.id);
    if (!event) return null;
    title = EVENT_KIND_LABELS[event.kind];
    detail = `${formatPartialDate(event.date)} · ${event.participants
      .map((participant) => model.actorById.get(participant.actor)?.label ?? participant.actor)
      .join(', ')}`;
    // A line that stands for several ties says how many are in range; the details list each one.
    if (hover.ties !== undefined && hover.ties > 1) {
      title = `${title} (latest of ${hover.ties} in range)`;
    }
  }
  return (
    <div className="graph-tooltip" role="tooltip" style={{ left: hover.x + 12, top: hover.y + 12 }}>
      <strong>{title}</strong>
      <span>{detail}</span>
    </div>
  );
}
