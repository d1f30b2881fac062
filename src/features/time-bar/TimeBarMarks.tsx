// What the time bar marks under its histogram: the selected actor's or tie's events as ticks (when it
// was active), the dataset's eras as labelled bands, and the story's chapters on the axis.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DatasetModel } from '../../domain/dataset-model';
import { formatDay } from '../../domain/partial-date';
import { chapterMarkers, eraBands, selectionTicks } from '../../domain/time-marks';
import type { TimeRange } from '../../domain/time-range';
import { isInRange } from '../../domain/interval-index';
import { openChapter, useViewStore } from '../../state/view-store';
import { fractionOf, type Track } from './time-bar-model';

/** Ticks of the selection's events: a day is a line, a month or a year a short bar of its length. */
export function SelectionTicks({ model, track, range }: { model: DatasetModel; track: Track; range: TimeRange }) {
  const selection = useViewStore((state) => state.selection);
  const basis = useViewStore((state) => state.basis);
  const hiddenKinds = useViewStore((state) => state.hiddenKinds);
  const ticks = useMemo(() => selectionTicks(model, selection, basis, hiddenKinds), [model, selection, basis, hiddenKinds]);
  if (selection === null) return null;
  const name = selection.kind === 'actor' ? (model.actorById.get(selection.id)?.label ?? selection.id) : 'the selected tie';
  const inRange = ticks.filter((tick) => isInRange(tick, range)).length;
  return (
    <div
      className="time-bar-ticks"
      role="img"
      aria-label={`When ${name} was active: ${ticks.length} event${ticks.length === 1 ? '' : 's'}, ${inRange} in range${ticks.length > 0 ? ` (${ticks.map((tick) => tick.label).join('; ')})` : ''}`}
      data-testid="selection-ticks"
    >
      {ticks.map((tick) => {
        const left = Math.max(0, fractionOf(tick.start, track));
        const right = Math.min(1, fractionOf(tick.end + 1, track));
        return (
          <span
            key={tick.eventId}
            className={`time-bar-tick${isInRange(tick, range) ? ' in-range' : ''}${tick.end > tick.start ? ' time-bar-tick--span' : ''}`}
            data-event-id={tick.eventId}
            data-day={tick.start}
            title={tick.label}
            style={{ left: `${left * 100}%`, width: tick.end > tick.start ? `${Math.max(0, right - left) * 100}%` : undefined }}
          />
        );
      })}
    </div>
  );
}

/** The dataset's eras, each a band with its label; read out as a list. */
export function EraBands({ model, track }: { model: DatasetModel; track: Track }) {
  const bands = useMemo(() => eraBands(model.dataset.eras, track), [model, track]);
  if (bands.length === 0) return null;
  return (
    <ul className="time-bar-eras" aria-label="Eras" data-testid="eras">
      {bands.map((band) => (
        <li key={band.label} className="time-bar-era" title={band.description} data-testid="era" style={{ left: `${band.left * 100}%`, width: `${(band.right - band.left) * 100}%` }}>
          <span className="time-bar-era-label" aria-hidden="true">
            {band.label}
          </span>
          <span className="visually-hidden">{band.description}</span>
        </li>
      ))}
    </ul>
  );
}

/** The axis: the story's chapters, each a button that opens it, over the track's two ends. */
export function TimeAxis({ model, track }: { model: DatasetModel; track: Track }) {
  const { story } = model.dataset;
  const reading = useViewStore((state) => state.story);
  const current = useViewStore((state) => state.chapter);
  // Markers are grouped by how close they are on screen, so the row's width is measured.
  const rowRef = useRef<HTMLOListElement>(null);
  const [rowWidth, setRowWidth] = useState(0);
  useEffect(() => {
    const row = rowRef.current;
    if (row === null) return undefined;
    const observer = new ResizeObserver(() => setRowWidth(row.getBoundingClientRect().width));
    observer.observe(row);
    return () => observer.disconnect();
  }, [story]);
  const markers = useMemo(() => chapterMarkers(story, track, rowWidth), [story, track, rowWidth]);
  return (
    <>
      {story !== undefined && (
        <ol ref={rowRef} className="time-bar-chapters" aria-label="Chapters of the story">
          {rowWidth > 0 && markers.map((marker) => {
            const isCurrent = reading && current !== null && marker.chapters.includes(current);
            // A marker of several chapters opens the next of them after the one being read.
            const target = isCurrent ? (marker.chapters.find((number) => number > current!) ?? marker.chapters[0]!) : marker.chapters[0]!;
            return (
              <li key={marker.chapters.join('-')} className="time-bar-chapter" style={{ left: `${marker.fraction * 100}%` }}>
                <button
                  type="button"
                  className={`time-bar-chapter-button${isCurrent ? ' current' : ''}`}
                  aria-current={isCurrent ? 'step' : undefined}
                  aria-label={marker.label}
                  title={marker.label}
                  data-testid="chapter-marker"
                  data-chapters={marker.chapters.join(',')}
                  onClick={() => openChapter(story, target)}
                >
                  {marker.chapters.join('·')}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <div className="time-bar-axis" aria-hidden="true">
        <span>{formatDay(track.first)}</span>
        <span>{formatDay(track.last)}</span>
      </div>
    </>
  );
}
