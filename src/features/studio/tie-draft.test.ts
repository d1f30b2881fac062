import { describe, expect, it } from 'vitest';
import { loadAuthoredDataset } from '../../../scripts/lib/authored-dataset';
import { BUNDLED_DATASETS } from '../../../scripts/lib/bundled-datasets';
import { validateDataset } from '../../domain/validate-dataset';
import { applyAction, projectFromDataset } from './studio-project';
import { draftTie, referenceFor, rolesFor } from './tie-draft';

const loaded = loadAuthoredDataset(BUNDLED_DATASETS[0]!.file);
if (!loaded.ok) throw new Error('invalid');
const project = projectFromDataset({ ...loaded.dataset, events: [] });
const reuters = loaded.dataset.sources.find((source) => source.publisher === 'Reuters')!;

describe('draftTie', () => {
  it('makes a tie from a selection: the passage verbatim, parties mentioned, kind and date suggested', () => {
    const text = reuters.text!;
    const passage = 'Qatari diplomats spoke with Hayat Tahrir al-Sham (HTS)';
    // A sloppy selection: a letter late, a space too far.
    const start = text.indexOf(passage) + 1;
    const result = draftTie(project, reuters.id, { start, end: start + passage.length });
    if (!result.ok) throw new Error(result.reason);
    const { event } = result;
    expect(event.evidence).toEqual([{ source: reuters.id, quote: passage }]);
    expect(event.kind).toBe('contact');
    expect(event.participants.map((participant) => participant.actor)).toContain('hts');
    // "on Monday" stands in the same sentence, outside the selection: the date is read from the sentence.
    expect(event.date).toBe(reuters.published);
    expect(event.dateNote).toContain('on Monday');
    expect(event.status).toBeUndefined();
  });

  it('marks a tie the article reports as to come as planned', () => {
    const text = reuters.text!;
    const passage = 'Qatar plans to speak with HTS leader Mohammed Al-Bashir on Tuesday';
    const start = text.indexOf(passage);
    const result = draftTie(project, reuters.id, { start, end: start + passage.length });
    if (!result.ok) throw new Error(result.reason);
    expect(result.event).toMatchObject({ status: 'planned', participants: [{ actor: 'qatar', role: 'initiator' }, { actor: 'mohammed-al-bashir', role: 'recipient' }] });
  });

  it('refuses an empty selection', () => {
    expect(draftTie(project, reuters.id, { start: 5, end: 5 }).ok).toBe(false);
  });

  it('gives a tie the validator accepts once added', () => {
    const text = reuters.text!;
    const passage = 'Qatari diplomats spoke with Hayat Tahrir al-Sham (HTS) on Monday';
    const start = text.indexOf(passage);
    const result = draftTie(projectFromDataset(loaded.dataset), reuters.id, { start, end: start + passage.length });
    if (!result.ok) throw new Error(result.reason);
    const next = applyAction(projectFromDataset(loaded.dataset), { type: 'add-event', event: result.event });
    expect(validateDataset(next.dataset)).toMatchObject({ ok: true });
  });
});

describe('referenceFor', () => {
  it('counts from the day the author set when the article gives only a month', () => {
    const source = { id: 's', published: '2024-12' };
    const withDay = { ...project, referenceDays: { s: { day: '2024-12-02', reason: 'Araghchi’s Monday visit is past' } } };
    expect(referenceFor(source, project)?.date).toBe('2024-12');
    expect(referenceFor(source, withDay)).toMatchObject({ date: '2024-12-02', description: expect.stringContaining('Araghchi') });
  });
});

describe('rolesFor', () => {
  it('directs a call from the first party named, centres a mediation, joins a meeting', () => {
    expect(rolesFor('call', ['a', 'b']).map((entry) => entry.role)).toEqual(['initiator', 'recipient']);
    expect(rolesFor('mediation', ['a', 'b', 'c']).map((entry) => entry.role)).toEqual(['mediator', 'participant', 'participant']);
    expect(rolesFor('meeting', ['a', 'b']).map((entry) => entry.role)).toEqual(['participant', 'participant']);
  });
});
