import { describe, expect, it } from 'vitest';
import { LIGHTHOUSE_END, LIGHTHOUSE_GOALS, LIGHTHOUSE_START, lighthouseBlockOf, lighthouseSection, replaceLighthouseSection, type LighthouseReport } from './lighthouse-report';

const report: LighthouseReport = {
  date: '2026-11-30T20:00:00.000Z',
  lighthouseVersion: '12.2.3',
  runsPerPage: 3,
  goals: LIGHTHOUSE_GOALS,
  results: [
    {
      page: 'embed',
      path: '?embed=1',
      performance: 83,
      performanceRuns: [80, 83, 85],
      accessibility: 100,
      bestPractices: 100,
      metrics: { 'first-contentful-paint': 800, 'largest-contentful-paint': 1200, 'total-blocking-time': 680.4, 'cumulative-layout-shift': 0, 'speed-index': 2000 },
      bestPracticesFailing: [],
    },
  ],
};

describe('the Lighthouse section of docs/benchmark.md', () => {
  it('says each score against its goal, and the metrics', () => {
    const section = lighthouseSection(report);
    expect(section).toContain('| embed (`/?embed=1`) | 83 (≥ 90: **fail**) (80, 83, 85) | 100 (≥ 100: pass) | 100 (≥ 95: pass) | 0.8 s | 1.2 s | 680 ms | 0.000 | 2.0 s |');
  });

  it('names the machine’s speed as Lighthouse rated it, where the report has it', () => {
    expect(lighthouseSection({ ...report, benchmarkIndex: 2376.5 })).toContain("rated this machine's speed at 2377 (its benchmark index");
    expect(lighthouseSection(report)).not.toContain('benchmark index');
  });

  it('says what the tap that starts the graph costs on a phone, where the report has it', () => {
    const loads = [
      { tapToGraphMs: 2210.4, longestTaskMs: 1290, blockingMs: 1800 },
      { tapToGraphMs: 1980, longestTaskMs: 1100, blockingMs: 1500.6 },
      { tapToGraphMs: 2050, longestTaskMs: 1200, blockingMs: 1700 },
    ];
    const section = lighthouseSection({ ...report, tapToGraph: { cpuSlowdown: 4, loads, median: loads[2]! } });
    expect(section).toContain('slowed 4 times');
    expect(section).toContain('2,050 ms from the tap to the drawn graph (median of 3: 2,210 ms, 1,980 ms, 2,050 ms), its longest task 1,200 ms, 1,700 ms of blocking time.');
    expect(lighthouseSection(report)).not.toContain('tap');
  });

  it('is added once, then replaced in place, and survives a rewrite of the rest', () => {
    const first = replaceLighthouseSection('# Benchmark\n\nfigures\n', 'one');
    expect(first).toBe(`# Benchmark\n\nfigures\n\n${LIGHTHOUSE_START}\none\n${LIGHTHOUSE_END}\n`);
    const second = replaceLighthouseSection(first, 'two');
    expect(second).toBe(`# Benchmark\n\nfigures\n\n${LIGHTHOUSE_START}\ntwo\n${LIGHTHOUSE_END}\n`);
    expect(lighthouseBlockOf(second)).toBe(`${LIGHTHOUSE_START}\ntwo\n${LIGHTHOUSE_END}`);
    expect(lighthouseBlockOf('# Benchmark')).toBe('');
  });
});
