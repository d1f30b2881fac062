// Search for an actor by name or alias: the WAI-ARIA combobox pattern with a listbox popup. Arrow
// keys move through the matches (all actors when the box is empty), Enter selects, Escape closes.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { searchActors } from '../../domain/actor-search';
import type { DatasetModel } from '../../domain/dataset-model';
import { ACTOR_TYPE_LABELS } from '../../domain/labels';
import { selectActor } from '../../state/view-store';

export function ActorSearch({ model }: { model: DatasetModel }) {
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => searchActors(model.dataset.actors, query), [model, query]);
  const activeIndex = Math.min(active, matches.length - 1);

  const choose = (index: number) => {
    const match = matches[index];
    if (!match) return;
    selectActor(match.actor.id);
    setQuery('');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        else setActive(Math.min(matches.length - 1, activeIndex + 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setActive(Math.max(0, activeIndex - 1));
        break;
      case 'Enter':
        if (open && activeIndex >= 0) {
          event.preventDefault();
          choose(activeIndex);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          setOpen(false);
        } else setQuery('');
        break;
      default:
    }
  };

  const optionId = (index: number) => `${listId}-option-${index}`;
  return (
    <div className="actor-search">
      <label htmlFor={`${listId}-input`}>Find an actor</label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        placeholder="Name or alias, e.g. Julani"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label="Actors" className="actor-search-list" hidden={!open}>
        {matches.length === 0 && <li className="actor-search-empty">No actor matches “{query}”.</li>}
        {matches.map((match, index) => (
          <li
            key={match.actor.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className={index === activeIndex ? 'active' : undefined}
            // mousedown, not click: it fires before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(index);
            }}
          >
            {match.actor.label}
            <span className="actor-search-type"> · {ACTOR_TYPE_LABELS[match.actor.type]}</span>
            {match.viaAlias !== undefined && <span className="actor-search-alias"> (as “{match.viaAlias}”)</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
