// Prints a benchmark report as a table with the goals beside the figures, and keeps the latest full
// run as docs/benchmark.md. `npx tsx scripts/bench/report.ts` re-prints bench/results/latest.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { firstPaintFloorSentence } from './first-paint-floor';
import { FIRST_PAINT_GOAL_MS, INPUT_TO_FRAME_GOAL_MS, naiveRatio, sliderStepFigures, WORK_GOAL_MS, worstSliderStepP95 } from './goals';
import { lighthouseBlockOf } from './lighthouse-report';
import { provenanceOf } from './provenance';
import { readmeTable, replaceBetweenMarkers } from './readme-table';
import type { TargetResult } from './run';
import { summarise } from './stats';

export interface BenchReport {
  date: string;
  smoke: boolean;
  /** False while a run is still going (or was stopped): the results hold the targets measured so far. */
  complete: boolean;
  machine: { os: string; cpu: string; cores: number; memoryGB: number };
  browser: string;
  renderer: string;
  initialJavaScriptGzipKB: number;
  results: TargetResult[];
}

export function writeReport(report: BenchReport, { markdown }: { markdown: boolean }): void {
  const printed: string[] = [];
  const log = console.log;
  console.log = (...parts: unknown[]) => {
    printed.push(parts.join(' '));
    log(...parts);
  };
  try {
    printReport(report);
  } finally {
    console.log = log;
  }
  if (!markdown) return;
  mkdirSync('docs', { recursive: true });
  // The Lighthouse section (npm run bench:lighthouse) is its own, and stays.
  const lighthouse = existsSync('docs/benchmark.md') ? lighthouseBlockOf(readFileSync('docs/benchmark.md', 'utf8')) : '';
  writeFileSync(
    'docs/benchmark.md',
    `# Benchmark\n\nThe latest run of \`npm run bench\` on this project's development machine (figures in ms unless\nmarked; "—" where not measured; where targets were measured again alone, the report says when). Reproduce it with \`npm run bench\`; every figure, step counts\nincluded, is in \`bench/results/latest.json\`.\n\n\`\`\`text\n${printed.join('\n')}\n\`\`\`\n${lighthouse === '' ? '' : `\n${lighthouse}\n`}`,
  );
  writeFileSync('README.md', replaceBetweenMarkers(readFileSync('README.md', 'utf8'), readmeTable(report)));
}

function printReport(data: BenchReport): void {
  if (!data.complete) {
    console.log('NOTE: this run was stopped before it finished; sizes not listed below were not measured.');
  }
  const ms = (value: number | null | undefined) => (value === null || value === undefined ? '—' : value < 10 ? value.toFixed(2) : value.toFixed(0));
  const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  console.log(`\nTieline benchmark — ${data.date}${data.smoke ? ' (smoke)' : ''}`);
  console.log(`${data.machine.cpu}, ${data.machine.cores} cores, ${data.machine.memoryGB} GB; ${data.browser}; ${data.renderer}`);
  const provenance = provenanceOf(data);
  if (provenance !== null) console.log(provenance);
  console.log(`Initial JavaScript: ${data.initialJavaScriptGzipKB} kB gzipped (goal ≤ 250: ${pass(data.initialJavaScriptGzipKB <= 250)})\n`);
  const header = ['target', 'actors', 'events', 'view (lines)', 'load ms', 'fetch', 'validate', 'model', 'graph', 'layout', 'heap MB', 'key work p50/p95/max', 'key frame p50/p95', 'naive work p95', 'ratio p95', 'drag work p95', 'drag frame p50/p95', 'long tasks', 'jump work p95', 'window p95', 'play p95', 'select ms', 'find changes p95', 'layout w/o positions (longest main-thread task)'];
  console.log(header.join(' | '));
  for (const result of data.results) {
    const ratio = result.keyboard.work.p95 > 0 ? result.naive.work.p95 / result.keyboard.work.p95 : null;
    console.log(
      [
        result.target,
        result.actors,
        result.events,
        result.mode === undefined ? '—' : `${result.mode.level === 'state' ? 'states only' : 'persons inside states'} (${result.mode.lines}${result.mode.linesInAll !== undefined && result.mode.linesInAll > result.mode.lines ? ` of ${result.mode.linesInAll}` : ''})`,
        ms(result.load.toFirstPaintedGraph),
        ms(result.load.fetch),
        ms(result.load.validate),
        ms(result.load.model),
        ms(result.load.createGraph),
        ms(result.load.layout),
        result.heapMB ?? '—',
        `${ms(result.keyboard.work.p50)}/${ms(result.keyboard.work.p95)}/${ms(result.keyboard.work.max)}`,
        `${ms(result.keyboard.inputToFrame?.p50)}/${ms(result.keyboard.inputToFrame?.p95)}`,
        ms(result.naive.work.p95),
        ratio === null ? '—' : `${ratio.toFixed(0)}×`,
        ms(result.drag.work.p95),
        `${ms(result.drag.inputToFrame?.p50)}/${ms(result.drag.inputToFrame?.p95)}`,
        `${result.drag.longTasks} (${result.drag.longTaskTotalMs} ms)`,
        ms(result.jump.work.p95),
        ms(result.windowMode.work.p95),
        ms(result.play.work.p95),
        ms(result.selectionMs),
        ms(result.findChanges?.p95),
        result.layoutWithoutPositionsMs === null
          ? '—'
          : `${ms(result.layoutWithoutPositionsMs)} (${ms(result.layoutLongestMainThreadTaskMs)})${result.layoutFirstPaintMs == null ? '' : `, drawn after ${ms(result.layoutFirstPaintMs)}`}`,
      ].join(' | '),
    );
  }
  console.log('\nRendering mode of the default view, and the all-ties view beside it:');
  for (const result of data.results) {
    if (result.mode === undefined) continue;
    const mode = (value: NonNullable<TargetResult['mode']>) => `${value.level === 'state' ? 'states only' : 'persons inside states'}, ${value.lines} lines${value.linesInAll !== undefined && value.linesInAll > value.lines ? ` drawn of ${value.linesInAll} (the strongest)` : ''} for ${result.edges} ties${value.bandsInAll !== undefined && value.bands !== undefined && value.bandsInAll > 0 ? `, ${value.bands} of ${value.bandsInAll} relationship bands` : ''}, edges ${value.edges}, pixel ratio ${value.pixelRatio}`;
    const all = result.allTies;
    console.log(
      `  ${result.target}: ${mode(result.mode)}${
        all
          ? `; all ties: ${mode(all.mode)}: first painted graph ${ms(all.toFirstPaintedGraphMs)} ms (graph ${ms(all.createGraphMs)}), key work p95 ${ms(all.keyboard.work.p95)} ms, key input to frame p50/p95 ${ms(all.keyboard.inputToFrame?.p50)}/${ms(all.keyboard.inputToFrame?.p95)} ms, heap ${all.heapMB ?? '—'} MB`
          : ''
      }`,
    );
  }
  console.log('\nGoals:');
  for (const result of data.results) {
    const goal = WORK_GOAL_MS[result.target];
    const ratio = naiveRatio(result);
    const frameRatio = (result.naive.inputToFrame?.p50 ?? 0) / Math.max(result.keyboard.inputToFrame?.p50 ?? 1, 1e-3);
    const worstP95 = worstSliderStepP95(result);
    const lines = [
      `work per step p95 (${Object.entries(sliderStepFigures(result))
        .map(([name, figures]) => `${name} ${ms(figures.work.p95)}`)
        .join(', ')}) ≤ ${goal} ms: ${pass(worstP95 <= goal)}`,
      `no layout and no node moved during the drag: ${pass(result.drag.layoutsStarted === 0 && result.drag.nodesMoved === 0)}`,
      `input to frame p50 vs naive: ${frameRatio.toFixed(1)}× better${result.target === 'M' || result.target === 'L' ? ` (goal ≥ 2×: ${pass(frameRatio >= 2)})` : ''}`,
    ];
    if (result.target === 'M' || result.target === 'L') lines.push(`≥ 20× faster than naive (p95): ${ratio.toFixed(0)}× ${pass(ratio >= 20)}`);
    if (result.target === 'L' && result.findChanges) lines.push(`finding the changed ties p95 ${ms(result.findChanges.p95)} ms < 1 ms: ${pass(result.findChanges.p95 < 1)}`);
    if (result.drag.updates !== undefined) {
      lines.push(`drag: ${result.drag.updates} graph updates for ${result.drag.steps} moves, final frame shows the final position: ${pass(result.drag.finalFrameShowsFinalPosition)}`);
    }
    if (result.webgl) {
      // The canvas figures over the same first steps from the end of the track, for a like-for-like pair.
      const canvas = summarise((result.keyboard.inputToFrame?.values ?? []).slice(0, result.webgl.steps));
      const webgl = result.webgl.inputToFrame;
      lines.push(
        `WebGL renderer (preview, not shipped) over the first ${result.webgl.steps} keyboard steps: input to frame p50/p95 ${ms(webgl?.p50)}/${ms(webgl?.p95)} ms against canvas ${ms(canvas.p50)}/${ms(canvas.p95)} ms (${(webgl?.p50 ?? Infinity) < canvas.p50 ? 'WebGL faster' : 'canvas faster'}); work p95 ${ms(result.webgl.work.p95)} ms`,
      );
    }
    const paintGoal = FIRST_PAINT_GOAL_MS[result.target];
    const runs = result.firstPaintRuns ?? [];
    const ofRuns = runs.length > 1 ? ` (median of ${runs.length} fresh loads: ${runs.map((run) => ms(run)).join(', ')} ms)` : '';
    if (paintGoal !== undefined) lines.push(`first painted graph ≤ ${paintGoal} ms: ${ms(result.load.toFirstPaintedGraph)} ms${ofRuns} ${pass((result.load.toFirstPaintedGraph ?? Infinity) <= paintGoal)}`);
    if (result.firstPaintFloor) lines.push(firstPaintFloorSentence(result.firstPaintFloor));
    const frameGoal = INPUT_TO_FRAME_GOAL_MS[result.target];
    if (frameGoal !== undefined) lines.push(`key input to painted frame p50 ≤ ${frameGoal} ms: ${ms(result.keyboard.inputToFrame?.p50)} ms ${pass((result.keyboard.inputToFrame?.p50 ?? Infinity) <= frameGoal)}`);
    console.log(`  ${result.target}: ${lines.join('; ')}`);
  }
  console.log('\nGrowth (work per step against ties changed by the step; keyboard steps and end-to-end jumps):');
  for (const result of data.results) {
    const buckets = new Map<string, Array<{ changed: number; workMs: number }>>();
    for (const step of result.growth) {
      const { changed } = step;
      const bucket = changed === 0 ? '0' : changed <= 10 ? '1–10' : changed <= 100 ? '11–100' : changed <= 1000 ? '101–1000' : changed <= 10_000 ? '1001–10000' : '>10000';
      buckets.set(bucket, [...(buckets.get(bucket) ?? []), step]);
    }
    // The cost per changed tie staying flat across sizes and buckets is what "follows the change" means.
    const perTie = (steps: Array<{ changed: number; workMs: number }>) => {
      const changing = steps.filter((step) => step.changed > 0);
      return changing.length === 0 ? '' : `, ${(summarise(changing.map((step) => (step.workMs * 1000) / step.changed)).p50).toFixed(1)} µs per changed tie`;
    };
    const parts = ['0', '1–10', '11–100', '101–1000', '1001–10000', '>10000']
      .filter((bucket) => buckets.has(bucket))
      .map((bucket) => {
        const steps = buckets.get(bucket)!;
        return `${bucket} changed: median ${ms(summarise(steps.map((step) => step.workMs)).p50)} ms${perTie(steps)} (${steps.length} steps)`;
      });
    console.log(`  ${result.target} (${result.edges} ties): ${parts.join('; ')}`);
  }
  console.log('\nFull figures: bench/results/latest.json');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeReport(JSON.parse(readFileSync('bench/results/latest.json', 'utf8')) as BenchReport, { markdown: true });
}
