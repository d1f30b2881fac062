import { describe, expect, it } from 'vitest';
import { README_TABLE_END, README_TABLE_START, readmeTable, replaceBetweenMarkers } from './readme-table';
import type { BenchReport } from './report';
import type { StepFigures, TargetResult } from './run';
import { summarise } from './stats';

function steps(...work: number[]): StepFigures {
  return { steps: work.length, work: summarise(work), inputToFrame: summarise(work.map((value) => value * 100)) };
}

function result(target: TargetResult['target'], dragWork: number[]): TargetResult {
  return {
    target,
    actors: 10_000,
    events: 50_000,
    edges: 54_936,
    mode: { level: 'state', lines: 53_668, edges: 'straight, no arrowheads (haystack)', pixelRatio: '1' },
    allTies: null,
    load: { toFirstPaintedGraph: 12_503 },
    heapMB: 729.9,
    keyboard: steps(0.5, 1.2),
    findChanges: summarise([0.1, 0.2]),
    drag: { ...steps(...dragWork), longTasks: 0, longTaskTotalMs: 0, layoutsStarted: 0, nodesMoved: 0, updates: dragWork.length, finalFrameShowsFinalPosition: true },
    jump: steps(50),
    windowMode: steps(0.5),
    play: steps(0.3),
    naive: steps(2_631),
    selectionMs: 100,
    growth: [],
    layoutWithoutPositionsMs: null,
    layoutLongestMainThreadTaskMs: null,
    webgl: null,
  };
}

function report(results: TargetResult[]): BenchReport {
  return {
    date: '2026-11-25T11:32:31.858Z',
    smoke: false,
    complete: true,
    machine: { os: 'Linux', cpu: 'AMD EPYC', cores: 2, memoryGB: 25 },
    browser: 'Chromium 156',
    renderer: 'canvas 2D',
    initialJavaScriptGzipKB: 242.4,
    results,
  };
}

describe('readmeTable', () => {
  it('gives each size its worst slider step against its goal, and the naive ratio', () => {
    const table = readmeTable(report([result('L', [0.7, 4.9]), result('M', [0.7, 4.9])]));
    const rows = table.split('\n').filter((line) => line.startsWith('| L') || line.startsWith('| M'));
    expect(rows[0]).toBe('| L | 10,000 / 50,000 | states only, 53,668 lines | 12.5 s (≤ 4.0: **fail**) | 1.2 / 4.9 / 0.5 / 0.3 (≤ 8: pass) | 2193× | 50 (263100) | 0.2 | 730 |');
    // The same figures fail M's 2 ms goal.
    expect(rows[1]).toContain('1.2 / 4.9 / 0.5 / 0.3 (≤ 2: **fail**)');
    expect(table).toContain('Run of 2026-11-25: 2 cores, Chromium 156, canvas 2D; initial JavaScript 242.4 kB gzipped');
    expect(table).not.toContain('all-ties view');
  });

  it('reports the all-ties view beside the default one where it was measured', () => {
    const withAllTies: TargetResult = {
      ...result('M', [0.5]),
      allTies: { mode: { level: 'actor', lines: 10_979, edges: 'straight, no arrowheads (haystack)', pixelRatio: '1' }, toFirstPaintedGraphMs: 2_400, createGraphMs: 1_800, keyboard: steps(0.4), heapMB: 150 },
    };
    expect(readmeTable(report([withAllTies]))).toContain('M: 10,979 lines, first painted graph 2.4 s, key work p95 0.4 ms, key input to frame p50 40 ms.');
  });

  it('says beside a missed first-paint goal the least the figure can take on the machine', () => {
    const missed: TargetResult = { ...result('L', [0.5]), firstPaintFloor: { scriptsRanMs: 1_480, elements: 1_500, createMs: 2_100, firstFrameMs: 3_200 } };
    expect(readmeTable(report([missed]))).toContain('| 12.5 s (≤ 4.0: **fail**; at least 6.8 s on this machine) |');
    expect(readmeTable(report([result('L', [0.5])]))).toContain('| 12.5 s (≤ 4.0: **fail**) |');
  });
});

describe('replaceBetweenMarkers', () => {
  const readme = `# Title\n\nBefore.\n\n${README_TABLE_START}\nold table\n${README_TABLE_END}\n\nAfter.\n`;

  it('replaces only what lies between the markers, and again the same way', () => {
    const once = replaceBetweenMarkers(readme, 'new table');
    expect(once).toBe(`# Title\n\nBefore.\n\n${README_TABLE_START}\nnew table\n${README_TABLE_END}\n\nAfter.\n`);
    expect(replaceBetweenMarkers(once, 'new table')).toBe(once);
  });

  it('names the markers when the README lacks them', () => {
    expect(() => replaceBetweenMarkers('# Title\n', 'table')).toThrow(`README.md has no "${README_TABLE_START}"`);
  });
});
