import { describe, expect, it } from 'vitest';
import { provenanceOf } from './provenance';
import type { BenchReport } from './report';
import type { TargetResult } from './run';

const machine = { os: 'Linux', cpu: 'AMD EPYC', cores: 2, memoryGB: 25 };
const result = (target: TargetResult['target'], measured?: { date: string; cpu: string }) => ({ target, ...(measured === undefined ? {} : { measured }) }) as TargetResult;

describe('which run each figure comes from', () => {
  it('says nothing when every target was measured in the run, on its machine', () => {
    const now = { date: '2026-12-01T13:39:53.891Z', cpu: 'AMD EPYC' };
    expect(provenanceOf({ date: now.date, machine, results: [result('bundled', now), result('M', now)] } as BenchReport)).toBeNull();
  });

  it('names the targets kept from an earlier run, and the machine each was measured on', () => {
    const report = {
      date: '2026-12-01T13:39:53.891Z',
      machine,
      results: [result('bundled', { date: '2026-12-01T13:39:53.891Z', cpu: 'AMD EPYC' }), result('S'), result('M'), result('L', { date: '2026-12-01T07:36:55.620Z', cpu: 'Intel(R) Xeon(R) Processor' })],
    } as BenchReport;
    expect(provenanceOf(report)).toBe(
      'Measured at different times: bundled at 2026-12-01 13:39 UTC on AMD EPYC; S, M in an earlier run (its time and processor not recorded); L at 2026-12-01 07:36 UTC on Intel(R) Xeon(R) Processor.',
    );
  });
});
