// The pure arithmetic behind the time bar's controls: where a day sits on the track, which day a
// pointer position means, and what each key does to a handle (WAI-ARIA APG slider keys).
import { addCalendar, stepUnitsFor } from '../../domain/time-steps';

export interface Track {
  readonly first: number;
  readonly last: number;
}

/** 0 at the first day, 1 at the last. */
export function fractionOf(day: number, track: Track): number {
  const span = track.last - track.first;
  return span <= 0 ? 0 : (day - track.first) / span;
}

export function dayAtFraction(fraction: number, track: Track): number {
  const clamped = Math.min(1, Math.max(0, fraction));
  return Math.round(track.first + clamped * (track.last - track.first));
}

/** The day a key moves a handle to, or null for keys the slider does not use. */
export function dayForKey(key: string, day: number, track: Track): number | null {
  const { small, large } = stepUnitsFor(track.last - track.first);
  const clamp = (value: number) => Math.min(track.last, Math.max(track.first, value));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return clamp(addCalendar(day, small, 1));
    case 'ArrowLeft':
    case 'ArrowDown':
      return clamp(addCalendar(day, small, -1));
    case 'PageUp':
      return clamp(addCalendar(day, large, 1));
    case 'PageDown':
      return clamp(addCalendar(day, large, -1));
    case 'Home':
      return track.first;
    case 'End':
      return track.last;
    default:
      return null;
  }
}
