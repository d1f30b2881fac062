// What the time bar marks besides its histogram: the selected actor's or tie's events as ticks under
// the track's line (when it was active), the dataset's eras as labelled bands behind the histogram,
// and the story's chapters on the axis. None adds a row: the graph keeps its height.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DatasetModel } from '../../domain/dataset-model';
import { formatDay } from '../../domain/partial-date';
import { axisEndLabels, chapterMarkers, eraBands, MARKER_MIN_PX, selectionTicks } from '../../domain/time-marks';
import { isInRange } from '../../domain/interval-index';
import type { ViewFilter } from '../../domain/view-filter';
import { openChapter, useViewStore } from '../../state/view-store';
import { fractionOf, type Track } from './time-bar-model';

/** Ticks of the selection's events: a day is a line, a month or a year a short bar of its length. */
export function SelectionTicks({ model, track, filter }: { model: DatasetModel; track: Track; filter: ViewFilter }) {
  const selection = useViewStore((state) => state.selection);
  const { range } = filter;
  const ticks = useMemo(() => selectionTicks(model, selection, filter), [model, selection, filter]);
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

/**
 * The dataset's eras, each a shaded band behind the histogram with its label (as periods are shaded
 * behind a chart), so they cost the time bar no height; read out as a list.
 */
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

/** Measures texts in a font, for placing the axis's dates beside the markers. */
function textMeasurer(font: string): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (context === null) return (text) => 8 * text.length;
  context.font = font;
  return (text) => context.measureText(text).width;
}

/**
 * The axis: the track's first and last days at its ends and, between them, the story's chapters,
 * each a button that opens it. One row: a date gives way (to its year, or to nothing) where a marker
 * stands, so the story costs the time bar no height and the graph keeps its size.
 */
export function TimeAxis({ model, track }: { model: DatasetModel; track: Track }) {
  const { story } = model.dataset;
  const reading = useViewStore((state) => state.story);
  const current = useViewStore((state) => state.chapter);
  // Markers are grouped by how close they are on screen, and the dates measured, so the row is measured.
  const rowRef = useRef<HTMLDivElement>(null);
  const [row, setRow] = useState<{ width: number; font: string; markerSize: number } | null>(null);
  useEffect(() => {
    const element = rowRef.current;
    if (element === null) return undefined;
    // The markers' least size is the stylesheet's (--chapter-marker-size: larger in an embed, for thumbs).
    const measure = () => {
      const style = getComputedStyle(element);
      const markerSize = Number.parseFloat(style.getPropertyValue('--chapter-marker-size'));
      setRow({ width: element.getBoundingClientRect().width, font: style.font, markerSize: Number.isFinite(markerSize) ? markerSize : MARKER_MIN_PX });
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const markers = useMemo(() => (row === null ? [] : chapterMarkers(story, track, row.width, row.markerSize)), [story, track, row]);
  const ends = useMemo(
    () => (row === null ? { start: formatDay(track.first), end: formatDay(track.last) } : axisEndLabels(track, markers, row.width, textMeasurer(row.font))),
    [track, markers, row],
  );
  return (
    <div ref={rowRef} className="time-bar-axis" data-testid="time-axis">
      <span aria-hidden="true" data-testid="axis-start">
        {ends.start}
      </span>
      <span aria-hidden="true" data-testid="axis-end">
        {ends.end}
      </span>
      {story !== undefined && (
        <ol className="time-bar-chapters" aria-label="Chapters of the story">
          {markers.map((marker) => {
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
    </div>
  );
}
