// The embed's secondary controls in one compact menu (a disclosure button and its panel): graph or
// table, the graph level, the time mode, which date to filter on, and the key that filters kinds.
// The frame keeps its space for the graph and the time bar; a thumb opens this when it wants more.
import { useEffect, useId, useRef, useState } from 'react';
import type { DatasetModel } from '../domain/dataset-model';
import { Legend } from '../features/legend/Legend';
import { DateBasisSwitch, TimeModeSwitch } from '../features/time-bar/TimeOptions';
import { ViewSwitches } from '../features/view-switches/ViewSwitches';

export function EmbedMenu({ model }: { model: DatasetModel }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      // The menu uses the key; the details behind it stay open.
      event.preventDefault();
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown, true);
    };
  }, [open]);

  return (
    <div className="embed-menu" ref={rootRef}>
      <button type="button" ref={buttonRef} aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        Options
      </button>
      <div id={panelId} className="embed-menu-panel" hidden={!open} data-testid="embed-menu">
        <ViewSwitches model={model} />
        <TimeModeSwitch model={model} />
        <DateBasisSwitch />
        <Legend model={model} />
      </div>
    </div>
  );
}
