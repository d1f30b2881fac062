// The time bar's two secondary choices, apart from the track so a compact layout (the embed's
// options menu) can show them elsewhere: up to a date or a window, and which date to filter on.
import type { DatasetModel } from '../../domain/dataset-model';
import type { DateBasis, TimeMode } from '../../domain/time-range';
import { useEffectiveRange } from '../../state/use-view';
import { setDateBasis, setTimeMode, useViewStore } from '../../state/view-store';

export function TimeModeSwitch({ model }: { model: DatasetModel }) {
  const range = useEffectiveRange(model);
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">Time mode</legend>
      {(['cumulative', 'window'] as const satisfies readonly TimeMode[]).map((mode) => (
        <label key={mode}>
          <input type="radio" name="time-mode" value={mode} checked={range.mode === mode} onChange={() => setTimeMode(mode)} />
          {mode === 'cumulative' ? 'Up to a date' : 'Window'}
        </label>
      ))}
    </fieldset>
  );
}

export function DateBasisSwitch() {
  const basis = useViewStore((state) => state.basis);
  return (
    <label className="basis-switch">
      Filter by{' '}
      <select name="date-basis" value={basis} onChange={(event) => setDateBasis(event.currentTarget.value as DateBasis)} aria-describedby="basis-help">
        <option value="event">event date</option>
        <option value="publication">article date</option>
      </select>
      <span id="basis-help" className="help" role="note" title="Event date: when the tie happened, as the articles date it. Article date: when the article that reports it was published; use it to see what was known when.">
        ?
        <span className="visually-hidden">
          Event date: when the tie happened, as the articles date it. Article date: when the
          article that reports it was published, to see what was known when.
        </span>
      </span>
    </label>
  );
}
