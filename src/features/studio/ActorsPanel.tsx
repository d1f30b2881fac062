// Actors: add or edit one inline (label, type, the spellings the articles use, the actor it belongs
// to, its role as the article gives it), and names the open article mentions that may be actors,
// suggested by an NLP tagger and added only on the author's click.
import { useState } from 'react';
import type { Actor, ActorType } from '../../domain/dataset-schema';
import { ACTOR_TYPES } from '../../domain/dataset-vocabulary';
import { ACTOR_TYPE_LABELS } from '../../domain/labels';
import type { ActorSuggestion } from './actor-suggestions';
import { ConfirmButton, Field, ListControls } from './StudioControls';
import { uniqueId } from './studio-project';
import { dispatch, selectActor, useStudio } from './studio-state';

function addActor(label: string, type: ActorType): string {
  const actors = useStudio.getState().history.present.dataset.actors;
  const id = uniqueId(label, actors.map((actor) => actor.id), 'actor');
  dispatch({ type: 'add-actor', actor: { id, label: label.trim(), type } });
  return id;
}

export function ActorsPanel() {
  const actors = useStudio((state) => state.history.present.dataset.actors);
  const selectedId = useStudio((state) => state.selectedActorId);
  const selected = actors.find((actor) => actor.id === selectedId) ?? null;
  const [label, setLabel] = useState('');
  const [type, setType] = useState<ActorType>('state');
  return (
    <section className="studio-panel studio-actors" aria-labelledby="studio-actors-heading">
      <h2 id="studio-actors-heading">Actors ({actors.length})</h2>
      {actors.length > 0 && (
        <ol className="studio-list studio-actor-list">
          {actors.map((actor, index) => (
            <li key={actor.id} className={actor.id === selectedId ? 'selected' : undefined}>
              <button type="button" className="studio-list-pick" aria-current={actor.id === selectedId ? 'true' : undefined} onClick={() => selectActor(actor.id === selectedId ? null : actor.id)}>
                {actor.label} <span className="studio-help">({ACTOR_TYPE_LABELS[actor.type]})</span>
              </button>
              <ListControls collection="actors" index={index} count={actors.length} label={actor.label} />
            </li>
          ))}
        </ol>
      )}
      {selected !== null && <ActorEditor key={selected.id} actor={selected} />}
      <form
        className="studio-add-actor"
        aria-label="Add an actor"
        onSubmit={(event) => {
          event.preventDefault();
          if (label.trim() === '') return;
          selectActor(addActor(label, type));
          setLabel('');
        }}
      >
        <h3>Add an actor</h3>
        <label>
          Name <input value={label} onChange={(event) => setLabel(event.currentTarget.value)} />
        </label>
        <label>
          Type{' '}
          <select value={type} onChange={(event) => setType(event.currentTarget.value as ActorType)}>
            {ACTOR_TYPES.map((actorType) => (
              <option key={actorType} value={actorType}>
                {ACTOR_TYPE_LABELS[actorType]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={label.trim() === ''}>
          Add the actor
        </button>
      </form>
      <ActorSuggestions />
    </section>
  );
}

function ActorEditor({ actor }: { actor: Actor }) {
  const actors = useStudio((state) => state.history.present.dataset.actors);
  const update = (patch: Partial<Actor>, field: string | null = null) => dispatch({ type: 'update-actor', id: actor.id, patch }, field === null ? null : `actor:${actor.id}:${field}`);
  const [aliases, setAliases] = useState((actor.aliases ?? []).join(', '));
  return (
    <div className="studio-actor-editor" role="group" aria-label={`Actor ${actor.label}`}>
      <h3>{actor.label}</h3>
      <Field label="Name" id="studio-field-actors-label" value={actor.label} onChange={(value) => update({ label: value }, 'label')} />
      <Field
        label="Short name for phones (an abbreviation the articles use, optional)"
        id="studio-field-actors-shortLabel"
        value={actor.shortLabel ?? ''}
        onChange={(value) => update({ shortLabel: value === '' ? undefined : value }, 'shortLabel')}
      />
      <div className="studio-field">
        <label htmlFor="studio-field-actors-type">Type</label>
        <select id="studio-field-actors-type" value={actor.type} onChange={(event) => update({ type: event.currentTarget.value as ActorType })}>
          {ACTOR_TYPES.map((actorType) => (
            <option key={actorType} value={actorType}>
              {ACTOR_TYPE_LABELS[actorType]}
            </option>
          ))}
        </select>
      </div>
      <Field
        label="Other names in the articles (comma-separated)"
        id="studio-field-actors-aliases"
        value={aliases}
        onChange={(value) => {
          setAliases(value);
          const list = value.split(',').map((alias) => alias.trim()).filter((alias) => alias !== '');
          update({ aliases: list.length === 0 ? undefined : list }, 'aliases');
        }}
        help="Every name listed here is highlighted in the articles."
      />
      <div className="studio-field">
        <label htmlFor="studio-field-actors-parent">Belongs to (acts for)</label>
        <select id="studio-field-actors-parent" value={actor.parent ?? ''} onChange={(event) => update({ parent: event.currentTarget.value === '' ? undefined : event.currentTarget.value })}>
          <option value="">Nobody (a top-level actor)</option>
          {actors
            .filter((candidate) => candidate.id !== actor.id)
            .map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.label}
              </option>
            ))}
        </select>
      </div>
      <Field label="Role, as the article gives it" id="studio-field-actors-role" value={actor.role ?? ''} onChange={(value) => update({ role: value === '' ? undefined : value }, 'role')} />
      <ConfirmButton
        label="Delete this actor"
        confirmLabel={`Delete “${actor.label}” and remove it from its ties`}
        onConfirm={() => {
          dispatch({ type: 'delete-actor', id: actor.id });
          selectActor(null);
        }}
      />
    </div>
  );
}

/** Names in the open article that no actor answers to yet; the NLP library loads on first use. */
function ActorSuggestions() {
  const sourceId = useStudio((state) => state.selectedSourceId);
  const [state, setState] = useState<{ sourceId: string; suggestions: ActorSuggestion[] } | 'loading' | null>(null);
  const [added, setAdded] = useState<string[]>([]);
  const suggest = async () => {
    const { dataset } = useStudio.getState().history.present;
    const source = dataset.sources.find((candidate) => candidate.id === sourceId);
    if (!source?.text) return;
    setState('loading');
    const { suggestActors } = await import('./actor-suggestions');
    setState({ sourceId: source.id, suggestions: suggestActors(source.text, dataset.actors) });
  };
  if (sourceId === null) return null;
  const current = state !== null && state !== 'loading' && state.sourceId === sourceId ? state.suggestions.filter((suggestion) => !added.includes(suggestion.name)) : null;
  return (
    <div className="studio-actor-suggestions">
      <button type="button" onClick={() => void suggest()} disabled={state === 'loading'}>
        {state === 'loading' ? 'Reading the article…' : 'Suggest actors from the open article'}
      </button>
      {current !== null && (
        <>
          <p role="status">{current.length === 0 ? 'No new names found.' : `${current.length} names the dataset does not know yet:`}</p>
          <ul>
            {current.slice(0, 30).map((suggestion) => (
              <li key={suggestion.name}>
                {suggestion.name} <span className="studio-help">({ACTOR_TYPE_LABELS[suggestion.type]}, {suggestion.count}×)</span>{' '}
                <button
                  type="button"
                  aria-label={`Add ${suggestion.name} as ${ACTOR_TYPE_LABELS[suggestion.type].toLowerCase()}`}
                  onClick={() => {
                    selectActor(addActor(suggestion.name, suggestion.type));
                    setAdded((list) => [...list, suggestion.name]);
                  }}
                >
                  Add
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
