// `npm run bench` (and `npm run bench:smoke`): measures Tieline in a real Chromium on the production
// build, on the bundled dataset, on synthetic datasets of three sizes and on years of ties between one
// pair of actors, and prints the figures next to the goals. The view measured is the one a reader gets
// by default (at M and L: states only); the all-ties view (persons inside states) is measured beside
// it. Timings come from the app's benchmark-only hook (src/instrumentation), which the pages ask for.
// Writes every figure to bench/results/latest.json. Not part of `npm test`: timings on shared
// machines are noisy, and honest figures need a quiet machine.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { buildModel, type DatasetModel } from '../../src/domain/dataset-model';
import type { Dataset } from '../../src/domain/dataset-schema';
import { BENCH_SIZES, manyTiesOnePairDataset, syntheticDataset, syntheticPositions } from '../../src/domain/synthetic-dataset';
import { labelRanks } from '../../src/domain/label-priority';
import { BAND_BUDGET, bandsWithinBudget, linesWithinBudget } from '../../src/domain/line-budget';
import { relationsOf } from '../../src/domain/relationship-state';
import { drawnAsFor, groupTies } from '../../src/domain/tie-groups';
import { effectiveLevel, type GraphLevel } from '../../src/domain/view-params';
import type { InspectRequest, TimingName } from '../../src/instrumentation/inspection';
import { graphStylesheet, isLargeGraph, TOUCH_MAX_PIXEL_RATIO } from '../../src/graph/graph-style';
import { CHROMIUM_ARGS, findBrowser, INSTALL_HELP } from '../lib/browser-path';
import { localPort } from '../lib/ports';
import { startPreview } from '../lib/preview-server';
import { TSX_NAME_HELPER } from '../lib/tsx-in-pages';
import { cytoscapeAlone, type FirstPaintFloor } from './first-paint-floor';
import { FIRST_PAINT_GOAL_MS } from './goals';
import { writeReport, type BenchReport } from './report';
import { summarise, type Summary } from './stats';

const SMOKE = process.argv.includes('--smoke');
/**
 * A single load's first paint moves by a tenth of a second or more from load to load on a shared
 * machine, so the smaller targets are loaded again, each time in a fresh browser context (nothing
 * cached, as for a new reader), and the first painted graph is the median of those loads.
 */
const FIRST_PAINT_LOADS: Record<Target, number> = { bundled: 7, pair: 3, S: 3, M: 3, L: 1 };
/** The step counts at every size, L included (over an hour with software rendering; meant for a GPU). */
const FULL_STEPS = process.argv.includes('--full-steps');
// Not 4190: browsers refuse that port (ManageSieve is on the fetch standard's list of bad ports).
const PORT = localPort(4188);
const OUT_DIR = 'bench/dist';
const ORIGIN = `http://127.0.0.1:${PORT}/`;

/**
 * Steps per scenario: the 200 keyboard steps and 60-step drag. At L, where one
 * software-rendered frame of 50,000 edges takes seconds, fewer keyboard and window steps (enough that
 * a p95 is not just the worst step) unless `--full-steps` asks for the full counts; the drag keeps
 * its 60 steps, since fewer would make each step cross more ties than the drag does.
 */
const STEPS = {
  bundled: { keys: 200, drag: 60, window: 50 },
  S: { keys: SMOKE ? 40 : 200, drag: SMOKE ? 20 : 60, window: SMOKE ? 10 : 50 },
  M: { keys: 200, drag: 60, window: 50 },
  L: FULL_STEPS ? { keys: 200, drag: 60, window: 50 } : { keys: 40, drag: 60, window: 10 },
  pair: { keys: SMOKE ? 40 : 200, drag: SMOKE ? 20 : 60, window: SMOKE ? 10 : 50 },
} as const;

/** Keyboard steps on the all-ties view (persons inside states), measured beside the default view. */
const ALL_TIES_KEY_STEPS = { bundled: 0, S: 0, M: 50, L: 20, pair: 0 } as const;

/** Calls between the same two governments in the `pair` dataset (the issue measured up to 1,900), and other ties. */
const PAIR_TIES = 1_900;
const PAIR_OTHER_TIES = 60;

/** Keyboard steps on the WebGL-renderer build, taken the same way as on the canvas build. */
const WEBGL_KEY_STEPS = 50;

type Target = keyof typeof STEPS;
const ORDER: readonly Target[] = ['bundled', 'S', 'pair', 'M', 'L'];

const runStarted = Date.now();
/** One line per scenario as it starts, so a long run shows where its time goes. */
function progress(target: Target, what: string): void {
  console.log(`  [${((Date.now() - runStarted) / 1000).toFixed(0)} s] ${target}: ${what}`);
}

/** Resolves after the next painted frame (two animation frames: the update, then the paint). */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));


/** What the measured view draws: its level, lines and edge style. */
export interface RenderingMode {
  level: GraphLevel;
  /** Lines drawn at first for ties (ties that look alike between the same two drawn actors share one; above the line budget, the strongest). */
  lines: number;
  /** Lines the level has in all, drawn or not (optional: runs before the line budget did not record it). */
  linesInAll?: number;
  /** Relationship bands drawn at first, and in all (optional: runs before the band budget did not record them). */
  bands?: number;
  bandsInAll?: number;
  edges: 'straight, no arrowheads (haystack)' | 'curved, with arrowheads (bezier)';
  /** Canvas pixels per CSS pixel (1 above 2,000 ties; the screen's otherwise, at most 2 on a touch screen). */
  pixelRatio: string;
}

export interface TargetResult {
  target: Target;
  actors: number;
  events: number;
  /** Ties: the pairwise edges of the events. */
  edges: number;
  /** The view a reader gets by default, which every figure below measures unless named otherwise. */
  mode?: RenderingMode;
  /** The all-ties view (persons inside states, every tie's line) where it is not the default. */
  allTies?: { mode: RenderingMode; toFirstPaintedGraphMs: number | null; createGraphMs: number | null; keyboard: StepFigures; heapMB: number | null } | null;
  load: Record<string, number | null>;
  /** Every fresh load's first painted graph, in ms; `load.toFirstPaintedGraph` is their median. */
  firstPaintRuns?: number[];
  /** The least the first painted graph can take on this machine (first-paint-floor.ts); measured where a goal is set and not met. */
  firstPaintFloor?: FirstPaintFloor | null;
  /** When and on which processor this target was measured (`--only` keeps other targets from older runs). */
  measured?: { date: string; cpu: string };
  heapMB: number | null;
  keyboard: StepFigures;
  /** The part of each keyboard step that works out which ties cross a bound (the sorted index). */
  findChanges: Summary;
  drag: StepFigures & {
    longTasks: number;
    longTaskTotalMs: number;
    layoutsStarted: number;
    nodesMoved: number;
    /** Graph updates during the drag, against pointer moves: coalescing keeps it at most one per frame. */
    updates: number;
    /** The frame after the last move shows exactly the ties up to the handle's final date. */
    finalFrameShowsFinalPosition: boolean;
  };
  jump: StepFigures;
  windowMode: StepFigures;
  play: StepFigures;
  naive: StepFigures;
  selectionMs: number | null;
  /** Work per step against the ties the step changed: keyboard steps and end-to-end jumps. */
  growth: Array<{ changed: number; workMs: number }>;
  layoutWithoutPositionsMs: number | null;
  /** The longest main-thread task while that layout ran (the worker keeps the page responsive). */
  layoutLongestMainThreadTaskMs: number | null;
  /** Without positions: when the graph was first drawn (before the layout ends). */
  layoutFirstPaintMs?: number | null;
  /**
   * The first keyboard steps again on a build that uses Cytoscape's WebGL renderer (a preview the app
   * does not ship), for the comparison the issue asks for; null where not measured.
   */
  webgl: (StepFigures & { renderer: string }) | null;
}

export interface StepFigures {
  steps: number;
  work: Summary;
  inputToFrame: Summary | null;
}

const choice = findBrowser();
if (!choice.found) {
  console.error(`${choice.reason}\n\n${INSTALL_HELP}`);
  process.exit(1);
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

console.log('Building the app into bench/dist…');
// The production build: the benchmark asks it for its timings and Cytoscape instance at run time.
run('npx', ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn']);

const sizes: Array<Exclude<Target, 'bundled' | 'pair'>> = SMOKE ? ['S'] : ['S', 'M', 'L'];
// `--only=L` (or `--only=M,L`) measures those targets again and keeps the others from the last run,
// so one size can be re-measured without an hour-long run.
const only = process.argv.find((argument) => argument.startsWith('--only='))?.slice('--only='.length).split(',') as Target[] | undefined;
mkdirSync(join(OUT_DIR, 'bench-data'), { recursive: true });
const generated: Partial<Record<Target, Dataset>> = {};
for (const size of sizes) {
  const dataset = syntheticDataset(BENCH_SIZES[size], 42);
  const positioned = { ...dataset, layout: { positions: syntheticPositions(dataset) } };
  writeFileSync(join(OUT_DIR, 'bench-data', `${size}.json`), JSON.stringify(positioned));
  writeFileSync(join(OUT_DIR, 'bench-data', `${size}-no-layout.json`), JSON.stringify(dataset));
  generated[size] = positioned;
}
if (!SMOKE) {
  const pair = manyTiesOnePairDataset(PAIR_TIES, PAIR_OTHER_TIES, 42);
  const positioned = { ...pair, layout: { positions: syntheticPositions(pair) } };
  writeFileSync(join(OUT_DIR, 'bench-data', 'pair.json'), JSON.stringify(positioned));
  generated.pair = positioned;
}
generated.bundled = JSON.parse(readFileSync(join(OUT_DIR, 'datasets/qatar-syria.json'), 'utf8')) as Dataset;
const targets: Target[] = ['bundled', ...(SMOKE ? [] : (['pair'] as const)), ...sizes];

const server = await startPreview({ outDir: OUT_DIR, port: PORT, timeoutMs: 90_000 });

const results: TargetResult[] = only === undefined ? [] : previousResults().filter((result) => !only.includes(result.target));

function previousResults(): TargetResult[] {
  try {
    return (JSON.parse(readFileSync('bench/results/latest.json', 'utf8')) as BenchReport).results;
  } catch {
    return [];
  }
}
let browserVersion: string | undefined;
let renderer = '';
try {
  const browser = await chromium.launch({ executablePath: choice.executablePath, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });
  browserVersion = browser.version();
  for (const target of targets.filter((candidate) => only === undefined || only.includes(candidate))) {
    console.log(`Measuring ${target}…`);
    const page = await inspectedPage(browser);
    const query = target === 'bundled' ? '' : `?data=bench-data/${target}.json`;
    results.push(await measureTarget(browser, page, target, query));
    results.sort((a, b) => ORDER.indexOf(a.target) - ORDER.indexOf(b.target));
    renderer ||= await rendererOf(page);
    await page.close();
    // Written after each target, so a run stopped during L keeps everything measured before it.
    saveResults(false);
  }
  await browser.close();
} finally {
  server.stop();
}

function saveResults(complete: boolean): BenchReport {
  const partial: BenchReport = {
    date: new Date().toISOString(),
    smoke: SMOKE,
    complete,
    machine: { os: `${osType()} ${release()}`, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGB: Math.round(totalmem() / 1e9) },
    browser: `Chromium ${browserVersion ?? 'unknown'}`,
    renderer,
    initialJavaScriptGzipKB: initialJavaScriptSize(),
    results,
  };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', `${JSON.stringify(partial, null, 2)}\n`);
  return partial;
}

const report = saveResults(SMOKE || ORDER.every((target) => results.some((result) => result.target === target)));
writeReport(report, { markdown: !SMOKE });

type Browser = Awaited<ReturnType<typeof chromium.launch>>;

/** A page that asks the app for its benchmark hooks (timings, `window.cy`) before the app starts. */
async function inspectedPage(browser: Browser, request: InspectRequest = { graph: true, timings: true }): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript({ content: TSX_NAME_HELPER });
  await page.addInitScript((asked) => {
    window.tielineInspect = asked;
  }, request);
  return page;
}

/** The ties of a dataset as the benchmark page needs them: ends, first day, and the line each is drawn in at a level. */
function tiesOf(model: DatasetModel, level: GraphLevel) {
  const { grouping, drawn } = linesOf(model, level);
  return model.edges.map((edge) => {
    const position = grouping.groupOf[edge.index]!;
    // A tie whose line the budget left out is not drawn until its actor is selected.
    return { source: edge.source, target: edge.target, start: edge.eventDays.start, line: position < 0 || drawn[position] === 0 ? null : grouping.groups[position]!.id };
  });
}

/** The lines of a level and which of them the app draws at first, by the app's own rules. */
function linesOf(model: DatasetModel, level: GraphLevel) {
  const grouping = groupTies(model.edges, drawnAsFor(level, model.actorById));
  const drawn = linesWithinBudget(grouping.groups);
  return { grouping, drawn };
}

function renderingModeOf(model: DatasetModel, level: GraphLevel): RenderingMode {
  const { grouping, drawn } = linesOf(model, level);
  return {
    level,
    lines: drawn.reduce((count, flag) => count + flag, 0),
    linesInAll: grouping.groups.length,
    ...bandsOf(model),
    edges: isLargeGraph(model.edges.length) ? 'straight, no arrowheads (haystack)' : 'curved, with arrowheads (bezier)',
    pixelRatio: isLargeGraph(model.edges.length) ? '1' : `the screen's (at most ${TOUCH_MAX_PIXEL_RATIO} on a touch screen)`,
  };
}

/** The relationship bands drawn at first and in all, by the app's own rules. */
function bandsOf(model: DatasetModel): { bands: number; bandsInAll: number } {
  const relations = relationsOf(model.dataset.events, model.actorById, (event) => model.eventDays.get(event.id)!.event.start);
  const drawn = bandsWithinBudget(relations, labelRanks(model.dataset.actors, model.edges), BAND_BUDGET);
  return { bands: drawn.reduce((count, flag) => count + flag, 0), bandsInAll: relations.length };
}

async function measureTarget(browser: Browser, page: Page, target: Target, query: string): Promise<TargetResult> {
  const dataset = generated[target]!;
  const model = buildModel(dataset);
  const level = effectiveLevel(null, model.edges.length);
  await watchReady(page);
  await page.goto(`${ORIGIN}${query}`);
  await graphReadyOrRefused(page, target);

  const load = await loadFigures(page);
  const loads = [load, ...(await moreFirstPaints(browser, target, query))];
  /** One figure of every fresh load that has it. */
  const ofEveryLoad = (name: string) => loads.map((each) => each[name] ?? null).filter((ms): ms is number => ms !== null);
  const firstPaintRuns = ofEveryLoad('toFirstPaintedGraph');
  // Nearest-rank, as every figure here: with an odd count of loads, the middle one.
  if (firstPaintRuns.length > 0) load.toFirstPaintedGraph = summarise(firstPaintRuns).p50;
  const paintGoal = FIRST_PAINT_GOAL_MS[target];
  let firstPaintFloor: FirstPaintFloor | null = null;
  if (paintGoal !== undefined && (load.toFirstPaintedGraph ?? Infinity) > paintGoal) {
    progress(target, 'the least a first painted graph can take here: Cytoscape alone on an empty page');
    firstPaintFloor = { scriptsRanMs: summarise(ofEveryLoad('scriptsRan')).p50, ...(await cytoscapeAlone(browser, page, graphStylesheet(model.edges.length))) };
  }
  const heapMB = await heapOf(page);
  await installTies(page, tiesOf(model, level));
  const steps = STEPS[target];

  progress(target, `loaded in ${Math.round(load.toFirstPaintedGraph ?? 0)} ms; ${steps.keys} keyboard steps`);
  const keyboard = await keySteps(page, 'To', 'ArrowLeft', steps.keys, true);
  const findChanges = await timings(page, 'step:find-changes');
  progress(target, 'jumps from end to end');
  const jump = await jumps(page, target === 'L' ? 1 : 5);
  progress(target, `${steps.drag}-step pointer drag`);
  const drag = await dragSteps(page, steps.drag);
  progress(target, `window mode, ${steps.window} steps per handle`);
  await page.getByRole('radio', { name: 'Window' }).check();
  const windowMode = await windowSteps(page, steps.window);
  await page.getByRole('radio', { name: 'Up to a date' }).check();
  progress(target, 'play');
  const play = await playSteps(page, target === 'L' ? 2 : 5);
  progress(target, 'selection');
  const selectionMs = await selectionTime(page);
  progress(target, 'naive baseline');
  await installTies(page, tiesOf(model, 'actor'));
  // At the pair, each naive step re-adds 1,900 fanned-out curves between two nodes (seconds a step,
  // the issue's own figure): a few steps give its p95 without an hour of waiting.
  const naive = await naiveSteps(page, target === 'pair' ? keyboard.days.slice(0, 5) : keyboard.days);
  let allTies: TargetResult['allTies'] = null;
  if (ALL_TIES_KEY_STEPS[target] > 0 && level !== 'actor') {
    progress(target, `the all-ties view (persons inside states): load and ${ALL_TIES_KEY_STEPS[target]} keyboard steps`);
    allTies = await allTiesView(browser, target, query, model);
  }
  let layoutWithoutPositions: { ms: number | null; longestTaskMs: number | null; firstPaintMs: number | null } = { ms: null, longestTaskMs: null, firstPaintMs: null };
  if (target === 'S' || target === 'M' || target === 'L') {
    progress(target, 'the same data without positions (drawn first, laid out in the worker)');
    layoutWithoutPositions = await layoutTime(browser, target);
  }
  let webgl: TargetResult['webgl'] = null;
  if (target === 'M' || target === 'L') {
    progress(target, `the same keyboard steps with Cytoscape's WebGL renderer (preview)`);
    webgl = await webglKeySteps(browser, target, model, Math.min(steps.keys, WEBGL_KEY_STEPS));
  }

  return {
    target,
    actors: dataset.actors.length,
    events: dataset.events.length,
    edges: model.edges.length,
    mode: renderingModeOf(model, level),
    allTies,
    load,
    firstPaintRuns,
    firstPaintFloor,
    measured: { date: new Date().toISOString(), cpu: cpus()[0]?.model ?? 'unknown' },
    heapMB,
    keyboard: keyboard.figures,
    findChanges: summarise(findChanges),
    drag,
    jump: { steps: jump.steps, work: jump.work, inputToFrame: jump.inputToFrame },
    windowMode,
    play,
    naive,
    selectionMs,
    // Keyboard steps change a month of ties; jumps change nearly all of them.
    growth: [...keyboard.growth, ...jump.growth],
    layoutWithoutPositionsMs: layoutWithoutPositions.ms,
    layoutLongestMainThreadTaskMs: layoutWithoutPositions.longestTaskMs,
    layoutFirstPaintMs: layoutWithoutPositions.firstPaintMs,
    webgl,
  };
}

/** The figures of the further fresh loads the first painted graph is the median of. */
async function moreFirstPaints(browser: Browser, target: Target, query: string): Promise<Array<TargetResult['load']>> {
  const runs: Array<TargetResult['load']> = [];
  for (let run = 1; run < (SMOKE ? 1 : FIRST_PAINT_LOADS[target]); run += 1) {
    const { page, load } = await freshLoad(browser, target, `${ORIGIN}${query}`);
    runs.push(load);
    await page.close();
  }
  return runs;
}

/** A new page in a new browser context, loaded at `url` until its graph is drawn, with the load's figures. */
async function freshLoad(browser: Browser, target: Target, url: string): Promise<{ page: Page; load: TargetResult['load'] }> {
  const page = await inspectedPage(browser);
  await watchReady(page);
  await page.goto(url);
  await graphReadyOrRefused(page, target);
  return { page, load: await loadFigures(page) };
}

/** The app's own figures for the phases of the load (from the benchmark hook), and when the graph showed. */
async function loadFigures(page: Page): Promise<TargetResult['load']> {
  return page.evaluate(() => {
    const last = (name: string) => window.tielineTimings?.[name as keyof NonNullable<typeof window.tielineTimings>]?.at(-1) ?? null;
    return {
      toFirstPaintedGraph: (window as unknown as { benchReadyAt: number | null }).benchReadyAt,
      // The page's own scripts had run: DOMContentLoaded waits for them.
      scriptsRan: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventStart ?? null,
      fetch: last('load:fetch'),
      validate: last('load:validate'),
      model: last('load:model'),
      createGraph: last('load:create-graph'),
      layout: last('load:layout'),
      firstFrame: last('load:first-frame'),
    };
  });
}

async function heapOf(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return memory ? Math.round((memory.usedJSHeapSize / 1e6) * 10) / 10 : null;
  });
}

/** Every figure of one timing the app recorded since it was last cleared. */
function timings(page: Page, name: TimingName): Promise<number[]> {
  return page.evaluate((timing) => [...(window.tielineTimings?.[timing] ?? [])], name);
}

function clearTimings(page: Page, ...names: TimingName[]): Promise<void> {
  return page.evaluate((cleared) => {
    for (const name of cleared) if (window.tielineTimings) window.tielineTimings[name] = [];
  }, names);
}

/** The all-ties view: every tie's line between persons inside their states, as `level=actor` opens it. */
async function allTiesView(browser: Browser, target: Target, query: string, model: DatasetModel): Promise<NonNullable<TargetResult['allTies']>> {
  const { page, load } = await freshLoad(browser, target, `${ORIGIN}${query}${query === '' ? '?' : '&'}level=actor`);
  const heapMB = await heapOf(page);
  await installTies(page, tiesOf(model, 'actor'));
  const keyboard = await keySteps(page, 'To', 'ArrowLeft', ALL_TIES_KEY_STEPS[target], true);
  await page.close();
  return { mode: renderingModeOf(model, 'actor'), toFirstPaintedGraphMs: load.toFirstPaintedGraph ?? null, createGraphMs: load.createGraph ?? null, keyboard: keyboard.figures, heapMB };
}

/** Records long tasks and when the graph is first drawn (`data-ready`), from the start of the page. */
async function watchReady(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { benchLongTasks: Array<{ start: number; duration: number }>; benchReadyAt: number | null };
    w.benchLongTasks = [];
    w.benchReadyAt = null;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    new MutationObserver(() => {
      if (w.benchReadyAt === null && document.querySelector('[data-testid="graph-canvas"][data-ready="true"]')) w.benchReadyAt = performance.now();
    }).observe(document, { subtree: true, attributes: true, childList: true });
  });
}

/** Waits for the drawn graph; stops at once, with the app's own message, if the app refused the data. */
async function graphReadyOrRefused(page: Page, target: Target): Promise<void> {
  const refused = page.locator('.dataset-error');
  await page.locator('[data-testid="graph-canvas"][data-ready="true"]').or(refused).waitFor({ timeout: 900_000 });
  if (await refused.isVisible()) throw new Error(`The app refused the ${target} dataset: ${await refused.innerText()}`);
}

interface BenchTie {
  source: string;
  target: string;
  start: number;
  /** The line the tie is drawn in at the measured level (null: both ends folded into one actor). */
  line: string | null;
}

/** Puts the dataset's ties in the page (worked out here from the same dataset), for the naive baseline and the change counts. */
async function installTies(page: Page, ties: readonly BenchTie[]): Promise<void> {
  await page.evaluate((all) => {
    const bench = window as unknown as { benchTies: BenchTie[]; benchTieStarts: number[] };
    bench.benchTies = all;
    bench.benchTieStarts = all.map((tie) => tie.start).sort((a, b) => a - b);
  }, ties as BenchTie[]);
}

/** Presses a key on a slider `count` times inside the page, timing each press to the next painted frame. */
async function keySteps(page: Page, slider: 'To' | 'From', key: string, count: number, fromEnd: boolean) {
  const handle = page.getByRole('slider', { name: slider });
  await handle.focus();
  if (fromEnd) {
    await page.keyboard.press('End');
    await page.evaluate(nextFrame);
  }
  const measured = await page.evaluate(
    async ({ key, count, sliderName }) => {
      const element = document.querySelector<HTMLElement>(`[role="slider"][aria-label="${sliderName}"]`)!;
      const starts = (window as unknown as { benchTieStarts: number[] }).benchTieStarts;
      const countUpTo = (day: number) => {
        let low = 0;
        let high = starts.length;
        while (low < high) {
          const middle = (low + high) >>> 1;
          if (starts[middle]! <= day) low = middle + 1;
          else high = middle;
        }
        return low;
      };
      const waitFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
      window.tielineTimings = { ...window.tielineTimings, step: [], 'step:find-changes': [] };
      const inputToFrame: number[] = [];
      const days: number[] = [];
      const changed: number[] = [];
      let previous = Number(element.getAttribute('aria-valuenow'));
      for (let step = 0; step < count; step += 1) {
        const started = performance.now();
        element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        await waitFrame();
        inputToFrame.push(performance.now() - started);
        const day = Number(element.getAttribute('aria-valuenow'));
        days.push(day);
        changed.push(Math.abs(countUpTo(day) - countUpTo(previous)));
        previous = day;
      }
      const work = [...(window.tielineTimings?.step ?? [])];
      return { inputToFrame, days, changed, work };
    },
    { key, count, sliderName: slider },
  );
  const growth = measured.work.map((workMs, index) => ({ changed: measured.changed[index] ?? 0, workMs }));
  return { figures: { steps: count, work: summarise(measured.work), inputToFrame: summarise(measured.inputToFrame) }, days: measured.days, growth };
}

async function jumps(page: Page, count: number): Promise<StepFigures & { growth: TargetResult['growth'] }> {
  const result = await keySteps(page, 'To', 'Home', 1, true);
  const work = [...result.figures.work.values];
  const frames = [...(result.figures.inputToFrame?.values ?? [])];
  const growth = [...result.growth];
  for (let index = 0; index < count; index += 1) {
    for (const key of ['End', 'Home']) {
      const one = await keySteps(page, 'To', key, 1, false);
      work.push(...one.figures.work.values);
      frames.push(...(one.figures.inputToFrame?.values ?? []));
      growth.push(...one.growth);
    }
  }
  await page.keyboard.press('End');
  return { steps: frames.length, work: summarise(work), inputToFrame: summarise(frames), growth };
}

async function windowSteps(page: Page, count: number): Promise<StepFigures> {
  const work: number[] = [];
  const frames: number[] = [];
  const from = await keySteps(page, 'From', 'ArrowRight', count, false);
  const to = await keySteps(page, 'To', 'ArrowLeft', count, false);
  for (const part of [from, to]) {
    work.push(...part.figures.work.values);
    frames.push(...(part.figures.inputToFrame?.values ?? []));
  }
  return { steps: frames.length, work: summarise(work), inputToFrame: summarise(frames) };
}

async function dragSteps(page: Page, count: number) {
  await page.getByRole('slider', { name: 'To' }).focus();
  await page.keyboard.press('End');
  const before = await page.evaluate(() => {
    const w = window as unknown as { benchLayouts: number; benchLongTasks: unknown[] };
    w.benchLayouts = 0;
    w.benchLongTasks.length = 0;
    window.cy!.on('layoutstart', () => (w.benchLayouts += 1));
    window.tielineTimings = { ...window.tielineTimings, step: [] };
    return window.cy!.nodes().map((node) => ({ ...node.position() }));
  });
  const track = (await page.getByTestId('time-track').boundingBox())!;
  const handle = (await page.getByRole('slider', { name: 'To' }).boundingBox())!;
  const y = handle.y + handle.height / 2;
  await page.mouse.move(handle.x + handle.width / 2, y);
  await page.mouse.down();
  const frames: number[] = [];
  for (let step = 1; step <= count; step += 1) {
    const started = Date.now();
    await page.mouse.move(track.x + track.width * (1 - (0.9 * step) / count), y);
    await page.evaluate(nextFrame);
    frames.push(Date.now() - started);
  }
  await page.mouse.up();
  await page.evaluate(nextFrame);
  const after = await page.evaluate(() => {
    const w = window as unknown as { benchLayouts: number; benchLongTasks: Array<{ duration: number }>; benchTies: BenchTie[] };
    const finalDay = Number(document.querySelector('[role="slider"][aria-label="To"]')!.getAttribute('aria-valuenow'));
    // The lines of the ties up to the final day, worked out in the benchmark from the dataset.
    const expected = new Set(w.benchTies.filter((tie) => tie.start <= finalDay && tie.line !== null).map((tie) => tie.line)).size;
    const shown = window.cy!.edges('[ties]').filter((edge) => !edge.hasClass('hidden')).length;
    return {
      finalFrameShowsFinalPosition: shown === expected,
      positions: window.cy!.nodes().map((node) => ({ ...node.position() })),
      layouts: w.benchLayouts,
      longTasks: w.benchLongTasks.map((task) => task.duration),
      work: [...(window.tielineTimings?.step ?? [])],
    };
  });
  const nodesMoved = before.filter((position, index) => position.x !== after.positions[index]?.x || position.y !== after.positions[index]?.y).length;
  return {
    steps: count,
    work: summarise(after.work),
    // Measured from the test driver (includes its round trip), so an upper bound.
    inputToFrame: summarise(frames),
    longTasks: after.longTasks.length,
    longTaskTotalMs: Math.round(after.longTasks.reduce((total, duration) => total + duration, 0)),
    layoutsStarted: after.layouts,
    nodesMoved,
    updates: after.work.length,
    finalFrameShowsFinalPosition: after.finalFrameShowsFinalPosition,
  };
}

async function playSteps(page: Page, count: number): Promise<StepFigures> {
  const handle = page.getByRole('slider', { name: 'To' });
  await handle.focus();
  await page.keyboard.press('Home');
  await clearTimings(page, 'step');
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForFunction((wanted) => (window.tielineTimings?.step?.length ?? 0) >= wanted, count, { timeout: 120_000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  const work = await timings(page, 'step');
  return { steps: work.length, work: summarise(work), inputToFrame: null };
}

async function selectionTime(page: Page): Promise<number | null> {
  const target = await page.evaluate(() => {
    const cy = window.cy!;
    cy.fit(undefined, 30);
    const node = cy.nodes('[type = "state"]').max((candidate) => candidate.degree(false)).ele;
    const box = document.querySelector('[data-testid="graph-canvas"]')!.getBoundingClientRect();
    const position = node.renderedPosition();
    return { id: node.id(), label: node.data('label') as string, x: box.x + position.x, y: box.y + position.y };
  });
  await page.evaluate(nextFrame);
  const started = Date.now();
  await page.mouse.click(target.x, target.y);
  try {
    // Whatever the click landed on (the state, or a person drawn inside it), its details open.
    await page.locator('[data-testid="details"] h2').waitFor({ timeout: 60_000 });
    await page.evaluate(nextFrame);
    return Date.now() - started;
  } catch {
    return null;
  }
}

/**
 * The naive way, on the same data and the same steps: a full scan of every tie for each step, then
 * every tie's edge removed and the visible ones added back (one edge per tie, persons inside states).
 */
async function naiveSteps(page: Page, days: readonly number[]): Promise<StepFigures> {
  await page.getByRole('radio', { name: 'Persons inside states' }).check();
  await page.locator('[data-testid="graph-canvas"][data-ready="true"]').waitFor();
  const measured = await page.evaluate(
    async ({ days }) => {
      const cy = window.cy!;
      const waitFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
      await waitFrame();
      // Every tie, with its first day, put in the page by installTies (not timed).
      const ties = (window as unknown as { benchTies: BenchTie[] }).benchTies;
      const definitions = ties.map((tie, index) => ({ group: 'edges' as const, data: { id: `naive-${index}`, source: tie.source, target: tie.target, start: tie.start } }));
      let current = cy.edges('[ties]');
      const work: number[] = [];
      const inputToFrame: number[] = [];
      for (const day of days) {
        const started = performance.now();
        const visible = definitions.filter((definition) => definition.data.start <= day);
        cy.batch(() => {
          current.remove();
          current = cy.add(visible);
        });
        work.push(performance.now() - started);
        await waitFrame();
        inputToFrame.push(performance.now() - started);
      }
      return { work, inputToFrame };
    },
    { days: [...days] },
  );
  return { steps: days.length, work: summarise(measured.work), inputToFrame: summarise(measured.inputToFrame) };
}

/** The same keyboard steps with Cytoscape's WebGL renderer, which the page asks the app for (a preview it does not ship). */
async function webglKeySteps(browser: Browser, target: Target, model: DatasetModel, count: number): Promise<TargetResult['webgl']> {
  const page = await inspectedPage(browser, { graph: true, timings: true, webgl: true });
  try {
    await page.goto(`${ORIGIN}?data=bench-data/${target}.json`);
    await graphReadyOrRefused(page, target);
    const drawnWithWebgl = await page.evaluate(() => document.querySelector('[data-testid="graph-canvas"] canvas[data-id$="-webgl"]') !== null);
    if (!drawnWithWebgl) return null;
    await installTies(page, tiesOf(model, effectiveLevel(null, model.edges.length)));
    const steps = await keySteps(page, 'To', 'ArrowLeft', count, true);
    return { ...steps.figures, renderer: await rendererOf(page) };
  } finally {
    await page.close();
  }
}

/**
 * The same dataset without positions: drawn at once from starting places, then laid out in the worker
 * (draft quality above 400 actors) while the page works; at M and L, states only are laid out.
 */
async function layoutTime(browser: Browser, target: Target): Promise<{ ms: number | null; longestTaskMs: number | null; firstPaintMs: number | null }> {
  const page = await inspectedPage(browser);
  try {
    await watchReady(page);
    await page.addInitScript(() => {
      const w = window as unknown as { benchLayoutAt: Record<string, number> };
      w.benchLayoutAt = {};
      new MutationObserver(() => {
        const state = document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-layout');
        if (state && w.benchLayoutAt[state] === undefined) w.benchLayoutAt[state] = performance.now();
      }).observe(document, { subtree: true, attributes: true, childList: true });
    });
    await page.goto(`${ORIGIN}?data=bench-data/${target}-no-layout.json`);
    try {
      await page.locator('[data-testid="graph-canvas"][data-layout="done"]').waitFor({ timeout: 900_000 });
    } catch {
      return { ms: null, longestTaskMs: null, firstPaintMs: null };
    }
    return await page.evaluate(() => {
      const w = window as unknown as { benchLayoutAt: Record<string, number>; benchReadyAt: number | null; benchLongTasks: Array<{ start: number; duration: number }> };
      const started = w.benchLayoutAt.running ?? 0;
      const ended = w.benchLayoutAt.done ?? started;
      // Tasks that start while the layout runs: the page's own work while the worker computes, and
      // placing the nodes when it answers. (The task that built the graph is the load's.)
      const during = w.benchLongTasks.filter((task) => task.start >= started && task.start < ended).map((task) => task.duration);
      return { ms: ended - started, longestTaskMs: during.length === 0 ? 0 : Math.max(...during), firstPaintMs: w.benchReadyAt };
    });
  } finally {
    await page.close();
  }
}

async function rendererOf(page: Page): Promise<string> {
  return page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return 'canvas 2D, no WebGL (software rasterisation)';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'unknown GPU';
    return /swiftshader|llvmpipe|software/i.test(name) ? `canvas 2D; WebGL via software (${name})` : `canvas 2D; GPU available (${name})`;
  });
}

function initialJavaScriptSize(): number {
  const html = readFileSync(join(OUT_DIR, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  const bytes = files.reduce((total, file) => total + gzipSync(readFileSync(join(OUT_DIR, file))).length, 0);
  return Math.round(bytes / 100) / 10;
}
