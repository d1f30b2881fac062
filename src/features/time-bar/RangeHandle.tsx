// One thumb of the time bar: a WAI-ARIA slider (role, value, value in words, keys) that a pointer
// can also drag. The track owns the geometry; the handle reports days.
import type { KeyboardEvent, PointerEvent } from 'react';
import { formatDay } from '../../domain/partial-date';
import { dayForKey, fractionOf, type Track } from './time-bar-model';

interface RangeHandleProps {
  readonly label: string;
  readonly day: number;
  /** The slider's own limits: a handle never passes the other one. */
  readonly min: number;
  readonly max: number;
  readonly track: Track;
  readonly onChange: (day: number) => void;
  readonly onDragStart: (event: PointerEvent<HTMLDivElement>) => void;
  readonly testId: string;
  /**
   * Where the handle's centre goes (a CSS length), when not simply at its day: two handles closer
   * than a thumb stand side by side around their middle instead of one hiding the other.
   */
  readonly left?: string;
}

export function RangeHandle({ label, day, min, max, track, onChange, onDragStart, testId, left }: RangeHandleProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = dayForKey(event.key, day, track);
    if (next === null) return;
    event.preventDefault();
    onChange(Math.min(max, Math.max(min, next)));
  };
  return (
    <div
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={day}
      aria-valuetext={formatDay(day)}
      aria-orientation="horizontal"
      className="range-handle"
      data-testid={testId}
      style={{ left: left ?? `${fractionOf(day, track) * 100}%` }}
      onKeyDown={onKeyDown}
      onPointerDown={onDragStart}
    />
  );
}
