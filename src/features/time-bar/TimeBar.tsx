// The time bar: a histogram of activity over a two-handle range track, a mode switch (everything up
// to a day, or a window), play, step-to-event buttons and the choice of which date to filter on.
import { useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import type { DatasetModel } from '../../domain/dataset-model';
import { histogram } from '../../domain/histogram';
import { formatDay } from '../../domain/partial-date';
import { nextDayAfter, previousDayBefore } from '../../domain/time-steps';
import { useViewFilter } from '../../state/use-view';
import { shownTiesInWords } from '../../domain/view-filter';
import { setTimeRange, useViewStore } from '../../state/view-store';
import { RangeHandle } from './RangeHandle';
import { DateBasisSwitch, TimeModeSwitch } from './TimeOptions';
import { dayAtFraction, fractionOf, type Track } from './time-bar-model';

const PLAY_INTERVAL_MS = 800;

/**
 * `withOptions`: the time mode and the date basis beside the buttons (the full app); the embed shows
 * them in its options menu instead.
 */
export function TimeBar({ model, withOptions = true }: { model: DatasetModel; withOptions?: boolean }) {
  const filter = useViewFilter(model);
  const { range, basis, hiddenKinds } = filter;
  const track: Track = model.extents[basis];
  const timeline = model.timelines[basis];

  const eventStartDays = useMemo(
    () => [...new Set(timeline.byStart.map((span) => span.start))],
    [timeline],
  );
  const bins = useMemo(() => {
    const events = model.dataset.events.filter((event) => !hiddenKinds.includes(event.kind));
    const starts = events.map((event) => model.eventDays.get(event.id)![basis].start);
    return histogram(starts, track.first, track.last);
  }, [model, basis, hiddenKinds, track]);
  const maxCount = Math.max(1, ...bins.map((bin) => bin.count));

  const shownTies = useMemo(() => shownTiesInWords(model, filter), [model, filter]);

  // Play moves "to" from event to event at a readable pace, and stops at the last one.
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return undefined;
    const timer = window.setInterval(() => {
      const state = useViewStore.getState();
      const current = state.to ?? track.last;
      const next = nextDayAfter(eventStartDays, current);
      if (next === null) {
        setPlaying(false);
        return;
      }
      setTimeRange(Math.min(state.from ?? track.first, next), next);
      if (nextDayAfter(eventStartDays, next) === null) setPlaying(false);
    }, PLAY_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [playing, eventStartDays, track]);

  const togglePlay = () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    // From the end, play starts again at the first event.
    if (nextDayAfter(eventStartDays, range.to) === null) {
      const first = eventStartDays[0] ?? track.first;
      setTimeRange(Math.min(range.from, first), first);
    }
    setPlaying(true);
  };

  const stepTo = (day: number | null) => {
    if (day !== null) setTimeRange(Math.min(range.from, day), day);
  };

  const trackRef = useRef<HTMLDivElement>(null);
  const dayAtPointer = (clientX: number) => {
    const box = trackRef.current?.getBoundingClientRect();
    if (!box || box.width === 0) return range.to;
    return dayAtFraction((clientX - box.left) / box.width, track);
  };
  const startDrag = (handle: 'from' | 'to', event: PointerEvent<HTMLElement>) => {
    event.preventDefault();
    event.stopPropagation();
    const target = event.currentTarget;
    target.setPointerCapture(event.pointerId);
    trackRef.current?.querySelector<HTMLElement>(`[data-testid="handle-${handle}"]`)?.focus();
    const move = (clientX: number) => {
      const day = dayAtPointer(clientX);
      const state = useViewStore.getState();
      const from = state.from ?? track.first;
      const to = state.to ?? track.last;
      if (handle === 'to') setTimeRange(Math.min(from, day), Math.max(from, day));
      else setTimeRange(Math.min(day, to), to);
    };
    move(event.clientX);
    const onMove = (moveEvent: globalThis.PointerEvent) => move(moveEvent.clientX);
    const onUp = () => {
      target.removeEventListener('pointermove', onMove);
      target.removeEventListener('pointerup', onUp);
      target.removeEventListener('pointercancel', onUp);
    };
    target.addEventListener('pointermove', onMove);
    target.addEventListener('pointerup', onUp);
    target.addEventListener('pointercancel', onUp);
  };
  const onTrackPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const day = dayAtPointer(event.clientX);
    const nearestIsFrom = range.mode === 'window' && Math.abs(day - range.from) < Math.abs(day - range.to);
    startDrag(nearestIsFrom ? 'from' : 'to', event);
  };

  const windowMode = range.mode === 'window';
  const rangeInWords = windowMode
    ? `${formatDay(range.from)} to ${formatDay(range.to)}`
    : `up to ${formatDay(range.to)}`;

  return (
    <section className="time-bar" aria-label="Time">
      <div className="time-bar-controls">
        <button type="button" onClick={togglePlay} aria-pressed={playing}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" onClick={() => stepTo(previousDayBefore(eventStartDays, range.to))} aria-label="Previous event">
          ◀<span className="time-bar-step-word"> Event</span>
        </button>
        <button type="button" onClick={() => stepTo(nextDayAfter(eventStartDays, range.to))} aria-label="Next event">
          <span className="time-bar-step-word">Event </span>▶
        </button>
        <p className="time-bar-range">
          <span data-testid="time-range-words">{rangeInWords}</span>
          {' · '}
          <span data-testid="visible-tie-count">
            {shownTies}
          </span>
        </p>
        {withOptions && (
          <>
            <TimeModeSwitch model={model} />
            <DateBasisSwitch />
          </>
        )}
      </div>

      <div className="time-bar-histogram" role="img" aria-label={`Events per ${bins.length > 0 && bins[0]!.label.length === 4 ? 'year' : 'month'}: ${bins.filter((bin) => bin.count > 0).map((bin) => `${bin.label}: ${bin.count}`).join(', ')}`} data-testid="histogram">
        {bins.map((bin) => {
          const left = fractionOf(bin.start, track);
          const right = fractionOf(Math.min(bin.end + 1, track.last), track);
          const inRange = bin.end >= (windowMode ? range.from : track.first) && bin.start <= range.to;
          return (
            <div
              key={bin.start}
              className={`histogram-bar${inRange ? ' in-range' : ''}`}
              data-label={bin.label}
              data-count={bin.count}
              title={`${bin.label}: ${bin.count} event${bin.count === 1 ? '' : 's'}`}
              style={{ left: `${Math.max(0, left) * 100}%`, width: `${Math.max(0.2, (right - Math.max(0, left)) * 100)}%`, height: `${(bin.count / maxCount) * 100}%` }}
            />
          );
        })}
      </div>

      <div className="time-bar-track" ref={trackRef} onPointerDown={onTrackPointerDown} data-testid="time-track">
        <div
          className="time-bar-selection"
          style={{
            left: `${(windowMode ? fractionOf(range.from, track) : 0) * 100}%`,
            right: `${(1 - fractionOf(range.to, track)) * 100}%`,
          }}
        />
        {windowMode && (
          <RangeHandle label="From" testId="handle-from" day={range.from} min={track.first} max={range.to} track={track} onChange={(day) => setTimeRange(day, range.to)} onDragStart={(event) => startDrag('from', event)} />
        )}
        <RangeHandle label="To" testId="handle-to" day={range.to} min={windowMode ? range.from : track.first} max={track.last} track={track} onChange={(day) => setTimeRange(Math.min(range.from, day), day)} onDragStart={(event) => startDrag('to', event)} />
      </div>
      <div className="time-bar-axis" aria-hidden="true">
        <span>{formatDay(track.first)}</span>
        <span>{formatDay(track.last)}</span>
      </div>
    </section>
  );
}
