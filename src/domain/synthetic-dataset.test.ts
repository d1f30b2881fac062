import { describe, expect, it } from 'vitest';
import { BENCH_SIZES, manyTiesOnePairDataset, syntheticDataset, syntheticPositions } from './synthetic-dataset';
import { validateDataset } from './validate-dataset';

describe('synthetic datasets', () => {
  it('are valid: every quote in its source, every actor in an event, dates of all three precisions', () => {
    const dataset = syntheticDataset({ actors: 60, events: 300 }, 3);
    const result = validateDataset(dataset);
    expect(result.ok ? [] : result.problems.slice(0, 3)).toEqual([]);
    const precisions = new Set(dataset.events.map((event) => event.date.length));
    expect(precisions).toEqual(new Set([4, 7, 10]));
    expect(dataset.actors.filter((actor) => actor.type === 'person').every((person) => person.parent?.startsWith('state-'))).toBe(true);
  });

  it('are deterministic: the same seed gives the same dataset, another seed another', () => {
    expect(JSON.stringify(syntheticDataset({ actors: 50, events: 200 }, 9))).toBe(JSON.stringify(syntheticDataset({ actors: 50, events: 200 }, 9)));
    expect(JSON.stringify(syntheticDataset({ actors: 50, events: 200 }, 9))).not.toBe(JSON.stringify(syntheticDataset({ actors: 50, events: 200 }, 10)));
  });

  it('have the benchmark sizes, with positions for every actor', () => {
    const dataset = syntheticDataset(BENCH_SIZES.S);
    expect(dataset.actors).toHaveLength(200);
    expect(dataset.events).toHaveLength(1_000);
    const positions = syntheticPositions(dataset);
    expect(Object.keys(positions)).toHaveLength(200);
    expect(validateDataset({ ...dataset, layout: { positions } }).ok).toBe(true);
  });
});

describe('the many-ties-between-one-pair dataset', () => {
  it('is valid and has the asked number of ties between the two governments', () => {
    const dataset = manyTiesOnePairDataset(300, 40, 5);
    const result = validateDataset(dataset);
    expect(result.ok ? [] : result.problems.slice(0, 3)).toEqual([]);
    const pair = dataset.events.filter((event) => event.participants.every((participant) => participant.actor.startsWith('government-')));
    expect(pair).toHaveLength(300);
    expect(dataset.events).toHaveLength(340);
  });
});
