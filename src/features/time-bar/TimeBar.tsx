// The time bar: a histogram of activity over a two-handle range track, a mode switch (everything up
// to a day, or a window), play, step-to-event buttons and the choice of which date to filter on.
import { useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import type { DatasetModel } from '../../domain/dataset-model';
import { histogram } from '../../domain/histogram';
import { formatDay } from '../../domain/partial-date';
import { eventsShownBy, playStepInWords } from '../../domain/time-marks';
import { nextDayAfter, previousDayBefore } from '../../domain/time-steps';
import { shownTiesInWords, tieChangesBetween, viewFilterOf } from '../../domain/view-filter';
import { emphasiseStep } from '../../state/play-emphasis';
import { useViewFilter } from '../../state/use-view';
import { setTimeRange, useViewStore } from '../../state/view-store';
import { RangeHandle } from './RangeHandle';
import { EraBands, SelectionTicks, TimeAxis } from './TimeBarMarks';
import { DateBasisSwitch, TimeModeSwitch } from './TimeOptions';
import { dayAtFraction, fractionOf, type Track } from './time-bar-model';

const PLAY_INTERVAL_MS = 800;
/** How long the handles glide to a chapter's range (no glide under reduced motion: see styles.css). */
const GLIDE_MS = 450;

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

  // Play moves "to" from event to event at a readable pace, and stops at the last one. Each step
  // says what it brought, and the graph emphasises those ties for a moment.
  const [playing, setPlaying] = useState(false);
  const [playStatus, setPlayStatus] = useState('');
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
      const before = viewFilterOf(state, model.extents);
      setTimeRange(Math.min(state.from ?? track.first, next), next);
      const { shown, hidden } = tieChangesBetween(model, before, viewFilterOf(useViewStore.getState(), model.extents));
      setPlayStatus(playStepInWords(model, shown, hidden));
      emphasiseStep(eventsShownBy(shown));
      if (nextDayAfter(eventStartDays, next) === null) setPlaying(false);
    }, PLAY_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [playing, eventStartDays, track, model]);

  // A chapter of the story moves the handles with a short glide. The class is set as the store
  // changes, before React draws the handles at their new places, so the change itself is animated;
  // it lasts one glide, and no render depends on it.
  const barRef = useRef<HTMLElement>(null);
  useEffect(() => {
    let timer = 0;
    const unsubscribe = useViewStore.subscribe((state, previous) => {
      const bar = barRef.current;
      if (bar === null || !state.story || (state.chapter === previous.chapter && previous.story)) return;
      bar.classList.add('time-bar--gliding');
      window.clearTimeout(timer);
      timer = window.setTimeout(() => bar.classList.remove('time-bar--gliding'), GLIDE_MS);
    });
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, []);

  const togglePlay = () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    setPlayStatus('');
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
  // Two handles closer than a thumb (24 px) stand side by side around their middle, so neither
  // hides the other (a story's chapter may show a window of days on a track of years).
  const fromPercent = fractionOf(range.from, track) * 100;
  const toPercent = fractionOf(range.to, track) * 100;
  const middle = (fromPercent + toPercent) / 2;
  const handlesApart = { from: `min(${fromPercent}%, calc(${middle}% - 12px))`, to: `max(${toPercent}%, calc(${middle}% + 12px))` };
  const rangeInWords = windowMode
    ? `${formatDay(range.from)} to ${formatDay(range.to)}`
    : `up to ${formatDay(range.to)}`;

  return (
    <section ref={barRef} className="time-bar" aria-label="Time">
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

      <div className="time-bar-chart">
        {/* Behind the bars: the eras, as shaded periods. */}
        <EraBands model={model} track={track} />
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
          <RangeHandle label="From" testId="handle-from" day={range.from} min={track.first} max={range.to} track={track} left={handlesApart.from} onChange={(day) => setTimeRange(day, range.to)} onDragStart={(event) => startDrag('from', event)} />
        )}
        <RangeHandle label="To" testId="handle-to" day={range.to} min={windowMode ? range.from : track.first} max={track.last} track={track} left={windowMode ? handlesApart.to : undefined} onChange={(day) => setTimeRange(Math.min(range.from, day), day)} onDragStart={(event) => startDrag('to', event)} />
        {/* Under the line, inside the track: when the selection was active (no row of its own, so
            selecting never changes the height of the page). */}
        <SelectionTicks model={model} track={track} filter={filter} />
      </div>
      <TimeAxis model={model} track={track} />
      {playStatus !== '' && (
        // Over the stage's foot, not a row of its own: the graph does not shrink when Play starts.
        <p className="time-bar-status" data-testid="play-status">
          {playStatus}
        </p>
      )}
    </section>
  );
}
