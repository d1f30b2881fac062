// The legend doubles as the kind filter: each kind is a toggle button showing its line as drawn,
// with how many events of that kind the dataset has. Line patterns are explained beside it.
import { useMemo, type ReactElement } from 'react';
import type { DatasetModel } from '../../domain/dataset-model';
import type { EventKind } from '../../domain/dataset-schema';
import { EVENT_KINDS } from '../../domain/dataset-vocabulary';
import { EVENT_KIND_STYLES, type KindMark } from '../../domain/edge-kind-style';
import { EVENT_KIND_LABELS } from '../../domain/labels';
import { RELATION_BAND_OPACITY, RELATION_BAND_STYLES, RELATION_BAND_WIDTH, type RelationBandStyle } from '../../domain/relation-band-style';
import { showAllKinds, toggleKind, useViewStore } from '../../state/view-store';

export function Legend({ model }: { model: DatasetModel }) {
  const hiddenKinds = useViewStore((state) => state.hiddenKinds);
  const counts = useMemo(() => {
    const byKind = new Map<EventKind, number>();
    for (const event of model.dataset.events) byKind.set(event.kind, (byKind.get(event.kind) ?? 0) + 1);
    return byKind;
  }, [model]);
  const present = EVENT_KINDS.filter((kind) => counts.has(kind));

  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend-title">
        Kinds of tie <span className="legend-hint">(press to show or hide)</span>
      </h2>
      <ul className="legend-kinds">
        {present.map((kind) => {
          const shown = !hiddenKinds.includes(kind);
          return (
            <li key={kind}>
              <button type="button" className="legend-kind" aria-pressed={shown} onClick={() => toggleKind(kind)} data-kind={kind}>
                <svg width="28" height="10" aria-hidden="true">
                  <line x1="1" y1="5" x2="27" y2="5" stroke={EVENT_KIND_STYLES[kind].colour} strokeWidth={EVENT_KIND_STYLES[kind].width} />
                  <KindMarkGlyph kind={kind} />
                </svg>
                {EVENT_KIND_LABELS[kind]} <span className="legend-count">({counts.get(kind)})</span>
              </button>
            </li>
          );
        })}
      </ul>
      {hiddenKinds.length > 0 && (
        <button type="button" className="link-button" onClick={showAllKinds}>
          Show all kinds
        </button>
      )}
      <ul className="legend-patterns" aria-label="Line patterns">
        <li>
          <svg width="28" height="10" aria-hidden="true"><line x1="1" y1="5" x2="27" y2="5" stroke="#4b5563" strokeWidth="2" /></svg>
          dated to the day
        </li>
        <li>
          <svg width="28" height="10" aria-hidden="true"><line x1="1" y1="5" x2="27" y2="5" stroke="#4b5563" strokeWidth="2" strokeDasharray="2 3" /></svg>
          dotted: dated to a month or year only
        </li>
        <li>
          <svg width="28" height="10" aria-hidden="true"><line x1="1" y1="5" x2="27" y2="5" stroke="#4b5563" strokeWidth="2" strokeDasharray="7 4" /></svg>
          dashed: planned, or from an unnamed source
        </li>
        <li>
          <svg width="28" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="22" y2="5" stroke="#4b5563" strokeWidth="2" />
            <polygon points="20,1 27,5 20,9" fill="#4b5563" />
          </svg>
          arrow: who acted on whom
        </li>
      </ul>
      <ul className="legend-patterns" aria-label="Relationship state, where relations were once severed">
        <li>
          <BandSwatch band={RELATION_BAND_STYLES.severed} />
          band “{RELATION_BAND_STYLES.severed.label}”: severed, not resumed by the selected date
        </li>
        <li>
          <BandSwatch band={RELATION_BAND_STYLES.active} />
          band “{RELATION_BAND_STYLES.active.label}”: contact resumed after a severance
        </li>
      </ul>
    </section>
  );
}

/** A relationship band as the graph draws it. */
function BandSwatch({ band }: { band: RelationBandStyle }) {
  return (
    <svg width="28" height="10" aria-hidden="true">
      <line
        x1="1"
        y1="5"
        x2="27"
        y2="5"
        stroke={band.colour}
        strokeOpacity={RELATION_BAND_OPACITY}
        strokeWidth={RELATION_BAND_WIDTH}
        strokeDasharray={band.dash.length > 0 ? band.dash.join(' ') : undefined}
      />
    </svg>
  );
}

/** The kind's mark at the middle of its line, drawn as the graph draws it (pointing right). */
function KindMarkGlyph({ kind }: { kind: EventKind }) {
  const { colour, mark } = EVENT_KIND_STYLES[kind];
  const shapes: Record<Exclude<KindMark, 'none'>, ReactElement> = {
    chevron: <polyline points="11,1 16,5 11,9" fill="none" stroke={colour} strokeWidth="2" />,
    diamond: <polygon points="14,1 18,5 14,9 10,5" fill={colour} />,
    circle: <circle cx="14" cy="5" r="3.5" fill={colour} />,
    square: <rect x="10.5" y="1.5" width="7" height="7" fill={colour} />,
    tee: <line x1="14" y1="0" x2="14" y2="10" stroke={colour} strokeWidth="2.5" />,
  };
  return mark === 'none' ? null : shapes[mark];
}
