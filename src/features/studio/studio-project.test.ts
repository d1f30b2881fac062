import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../domain/validate-dataset';
import { applyAction, edit, emptyProject, isStudioProject, redo, startHistory, undo, uniqueId, type StudioAction, type StudioProject } from './studio-project';

const TEXT = 'Qatari diplomats spoke with HTS on Monday. Turkey hosted talks.';

function built(): StudioProject {
  const actions: StudioAction[] = [
    { type: 'add-source', source: { id: 'wire', title: 'Wire', publisher: null, published: '2024-12-09', publishedBasis: 'stated', text: TEXT } },
    { type: 'add-actor', actor: { id: 'qatar', label: 'Qatar', type: 'state' } },
    { type: 'add-actor', actor: { id: 'hts', label: 'HTS', type: 'armed-group' } },
    {
      type: 'add-event',
      event: {
        id: 'contact',
        kind: 'contact',
        participants: [
          { actor: 'qatar', role: 'initiator' },
          { actor: 'hts', role: 'recipient' },
        ],
        date: '2024-12-09',
        dateBasis: 'inferred',
        dateNote: '“on Monday”.',
        summary: 'Qatar spoke with HTS.',
        evidence: [{ source: 'wire', quote: 'Qatari diplomats spoke with HTS on Monday' }],
      },
    },
  ];
  return actions.reduce(applyAction, emptyProject());
}

describe('applyAction', () => {
  it('builds a valid dataset from sources, actors and a tie', () => {
    expect(validateDataset(built().dataset)).toMatchObject({ ok: true });
  });

  it('renaming an actor renames it in every event, parent and position', () => {
    let project = applyAction(built(), { type: 'add-actor', actor: { id: 'envoy', label: 'Envoy', type: 'person', parent: 'qatar' } });
    project = { ...project, dataset: { ...project.dataset, layout: { positions: { qatar: { x: 1, y: 2 } } } } };
    const renamed = applyAction(project, { type: 'update-actor', id: 'qatar', patch: { id: 'state-of-qatar' } });
    expect(renamed.dataset.events[0]!.participants[0]!.actor).toBe('state-of-qatar');
    expect(renamed.dataset.actors.find((actor) => actor.id === 'envoy')!.parent).toBe('state-of-qatar');
    expect(renamed.dataset.layout!.positions).toEqual({ 'state-of-qatar': { x: 1, y: 2 } });
  });

  it('deleting an actor or a source takes its references with it, and the validator says what is left broken', () => {
    const withoutHts = applyAction(built(), { type: 'delete-actor', id: 'hts' });
    expect(withoutHts.dataset.events[0]!.participants).toHaveLength(1);
    const result = validateDataset(withoutHts.dataset);
    expect(result.ok ? [] : result.problems.map((problem) => problem.path)).toContainEqual(['events', 0, 'participants']);
    const withoutSource = applyAction(built(), { type: 'delete-source', id: 'wire' });
    expect(withoutSource.dataset.events[0]!.evidence).toEqual([]);
  });

  it('adds and removes a second quote, and reorders', () => {
    let project = applyAction(built(), { type: 'add-evidence', eventId: 'contact', evidence: { source: 'wire', quote: 'Turkey hosted talks.' } });
    expect(project.dataset.events[0]!.evidence).toHaveLength(2);
    project = applyAction(project, { type: 'remove-evidence', eventId: 'contact', index: 0 });
    expect(project.dataset.events[0]!.evidence.map((evidence) => evidence.quote)).toEqual(['Turkey hosted talks.']);
    project = applyAction(project, { type: 'move', collection: 'actors', from: 1, to: 0 });
    expect(project.dataset.actors.map((actor) => actor.id)).toEqual(['hts', 'qatar']);
  });

  it('an emptied optional field leaves the record', () => {
    const project = applyAction(built(), { type: 'update-event', id: 'contact', patch: { dateNote: undefined } });
    expect('dateNote' in project.dataset.events[0]!).toBe(false);
  });
});

describe('history', () => {
  it('undoes and redoes whole steps; typing in one field is one step', () => {
    let history = startHistory(built());
    history = edit(history, { type: 'update-event', id: 'contact', patch: { summary: 'Q' } }, 'contact.summary');
    history = edit(history, { type: 'update-event', id: 'contact', patch: { summary: 'Qa' } }, 'contact.summary');
    history = edit(history, { type: 'update-event', id: 'contact', patch: { summary: 'Qat' } }, 'contact.summary');
    history = edit(history, { type: 'delete-event', id: 'contact' });
    expect(history.present.dataset.events).toEqual([]);
    history = undo(history);
    expect(history.present.dataset.events[0]!.summary).toBe('Qat');
    history = undo(history);
    expect(history.present.dataset.events[0]!.summary).toBe('Qatar spoke with HTS.');
    expect(undo(history)).toBe(history);
    history = redo(redo(history));
    expect(history.present.dataset.events).toEqual([]);
    expect(redo(history)).toBe(history);
  });

  it('a new edit after an undo drops the redo branch', () => {
    let history = edit(startHistory(built()), { type: 'delete-event', id: 'contact' });
    history = edit(undo(history), { type: 'set-meta', patch: { title: 'New' } });
    expect(history.future).toEqual([]);
    expect(history.present.dataset.events).toHaveLength(1);
  });
});

describe('uniqueId', () => {
  it('makes a readable id, unique among those taken', () => {
    expect(uniqueId('Hayat Tahrir al-Sham (HTS)', [])).toBe('hayat-tahrir-al-sham-hts');
    expect(uniqueId('Türkiye', ['turkiye'])).toBe('turkiye-2');
    expect(uniqueId('—', [], 'actor')).toBe('actor');
  });
});

describe('isStudioProject', () => {
  it('accepts a draft the editors can show, invalid or not, and refuses other shapes', () => {
    const draft = applyAction(built(), { type: 'update-event', id: 'contact', patch: { date: '', participants: [] } });
    expect(isStudioProject(draft)).toBe(true);
    expect(isStudioProject(emptyProject())).toBe(true);
    expect(isStudioProject({ ...draft, dataset: { ...draft.dataset, events: [{ id: 'x' }] } })).toBe(false);
    expect(isStudioProject({ dataset: draft.dataset })).toBe(false);
    expect(isStudioProject(null)).toBe(false);
  });
});
