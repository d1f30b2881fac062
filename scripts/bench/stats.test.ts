import { describe, expect, it } from 'vitest';
import { summarise } from './stats';

describe('summarise', () => {
  it('gives nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(summarise(values)).toMatchObject({ count: 100, p50: 50, p95: 95, max: 100, mean: 50.5 });
    expect(summarise([3])).toMatchObject({ p50: 3, p95: 3, max: 3 });
    expect(summarise([])).toMatchObject({ count: 0, p95: 0 });
  });
});
