// The README's copy of the latest benchmark: a compact Markdown table of the figures the goals name,
// written between two markers whenever a full run (or `npx tsx scripts/bench/report.ts`) reports, so
// the README never shows figures from an older run than docs/benchmark.md.
import { floorMs } from './first-paint-floor';
import { FIRST_PAINT_GOAL_MS, naiveRatio, sliderStepFigures, WORK_GOAL_MS, worstSliderStepP95 } from './goals';
import { provenanceOf } from './provenance';
import type { BenchReport } from './report';

export const README_TABLE_START = '<!-- bench-table:start -->';
export const README_TABLE_END = '<!-- bench-table:end -->';

function figure(value: number | null | undefined, unit = ''): string {
  if (value === null || value === undefined) return '—';
  return `${value < 10 ? value.toFixed(1) : value.toFixed(0)}${unit}`;
}

export function readmeTable(report: BenchReport): string {
  const provenance = provenanceOf(report);
  const allTies = report.results.filter((result) => result.allTies);
  const rows = report.results.map((result) => {
    const steps = Object.values(sliderStepFigures(result)).map((figures) => figures.work.p95);
    const worst = worstSliderStepP95(result);
    const goal = WORK_GOAL_MS[result.target];
    const paint = result.load.toFirstPaintedGraph;
    const paintGoal = FIRST_PAINT_GOAL_MS[result.target];
    const floor = result.firstPaintFloor;
    const floorWords = floor ? `; at least ${(floorMs(floor) / 1000).toFixed(1)} s on this machine` : '';
    return [
      result.target,
      `${result.actors.toLocaleString('en')} / ${result.events.toLocaleString('en')}`,
      result.mode === undefined ? '—' : `${result.mode.level === 'state' ? 'states only' : 'persons'}, ${result.mode.lines.toLocaleString('en')}${result.mode.linesInAll !== undefined && result.mode.linesInAll > result.mode.lines ? ` of ${result.mode.linesInAll.toLocaleString('en')}` : ''} lines`,
      `${paint == null ? '—' : `${(paint / 1000).toFixed(1)} s`}${paintGoal === undefined ? '' : ` (≤ ${(paintGoal / 1000).toFixed(1)}: ${paint != null && paint <= paintGoal ? 'pass' : '**fail**'}${floorWords})`}`,
      `${steps.map((value) => figure(value)).join(' / ')} (≤ ${goal}: ${worst <= goal ? 'pass' : '**fail**'})`,
      `${naiveRatio(result).toFixed(0)}×`,
      `${figure(result.keyboard.inputToFrame?.p50)} (${figure(result.naive.inputToFrame?.p50)})`,
      figure(result.findChanges?.p95),
      figure(result.heapMB),
    ];
  });
  return [
    `Run of ${report.date.slice(0, 10)}: ${report.machine.cores} cores, ${report.browser}, ${report.renderer}; initial JavaScript ${report.initialJavaScriptGzipKB} kB gzipped (goal ≤ 250).${provenance === null ? '' : ` ${provenance}`}`,
    '',
    '| size | actors / events | default view | first painted graph (goal) | work per step p95, ms: keys / drag / window / play (goal) | naive work ÷ ours (p95) | key input to frame p50, ms (naive) | finding changes p95, ms | heap MB |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
    ...(allTies.length === 0
      ? []
      : [
          '',
          'Beside it, the all-ties view (persons inside states, `level=actor`): ' +
            allTies
              .map(
                (result) =>
                  `${result.target}: ${result.allTies!.mode.lines.toLocaleString('en')}${(result.allTies!.mode.linesInAll ?? 0) > result.allTies!.mode.lines ? ` of ${result.allTies!.mode.linesInAll!.toLocaleString('en')}` : ''} lines, first painted graph ${figure((result.allTies!.toFirstPaintedGraphMs ?? NaN) / 1000, ' s')}, key work p95 ${figure(result.allTies!.keyboard.work.p95)} ms, key input to frame p50 ${figure(result.allTies!.keyboard.inputToFrame?.p50)} ms`,
              )
              .join('; ') +
            '.',
        ]),
  ].join('\n');
}

/** `text` with what lies between the two markers replaced by `content`. */
export function replaceBetweenMarkers(text: string, content: string): string {
  const start = text.indexOf(README_TABLE_START);
  const end = text.indexOf(README_TABLE_END);
  if (start < 0 || end < start) {
    throw new Error(`README.md has no "${README_TABLE_START}" … "${README_TABLE_END}" pair; put both where the benchmark table belongs.`);
  }
  return `${text.slice(0, start + README_TABLE_START.length)}\n${content}\n${text.slice(end)}`;
}
