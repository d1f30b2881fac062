// `npm run bench` (and `npm run bench:smoke`): measures Tieline in a real Chromium on the production
// build, on the bundled dataset and on synthetic datasets of three sizes, and prints the figures next
// to the goals. Writes every figure to bench/results/latest.json. Not part of `npm test`: timings on
// shared machines are noisy, and honest figures need a quiet machine.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { BENCH_SIZES, syntheticDataset, syntheticPositions } from '../../src/domain/synthetic-dataset';
import { CHROMIUM_ARGS, findBrowser, INSTALL_HELP } from '../lib/browser-path';
import { localPort } from '../lib/ports';
import { startPreview } from '../lib/preview-server';
import { writeReport, type BenchReport } from './report';
import { summarise, type Summary } from './stats';

const SMOKE = process.argv.includes('--smoke');
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
} as const;

/** Keyboard steps on the WebGL-renderer build, taken the same way as on the canvas build. */
const WEBGL_KEY_STEPS = 50;

type Target = keyof typeof STEPS;
const ORDER: readonly Target[] = ['bundled', 'S', 'M', 'L'];

const runStarted = Date.now();
/** One line per scenario as it starts, so a long run shows where its time goes. */
function progress(target: Target, what: string): void {
  console.log(`  [${((Date.now() - runStarted) / 1000).toFixed(0)} s] ${target}: ${what}`);
}

/** Resolves after the next painted frame (two animation frames: the update, then the paint). */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));


export interface TargetResult {
  target: Target;
  actors: number;
  events: number;
  edges: number;
  load: Record<string, number | null>;
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
run('npx', ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn']);
if (!SMOKE) {
  console.log(`Building the WebGL-renderer variant into ${OUT_DIR}/webgl… (for comparison only; never shipped)`);
  process.env.VITE_TIELINE_RENDERER = 'webgl';
  run('npx', ['vite', 'build', '--outDir', join(OUT_DIR, 'webgl'), '--emptyOutDir', '--logLevel', 'warn']);
  delete process.env.VITE_TIELINE_RENDERER;
}

const sizes: Array<Exclude<Target, 'bundled'>> = SMOKE ? ['S'] : ['S', 'M', 'L'];
// `--only=L` (or `--only=M,L`) measures those targets again and keeps the others from the last run,
// so one size can be re-measured without an hour-long run.
const only = process.argv.find((argument) => argument.startsWith('--only='))?.slice('--only='.length).split(',') as Target[] | undefined;
mkdirSync(join(OUT_DIR, 'bench-data'), { recursive: true });
const generated: Record<string, { actors: number; events: number }> = {};
for (const size of sizes) {
  const dataset = syntheticDataset(BENCH_SIZES[size], 42);
  writeFileSync(join(OUT_DIR, 'bench-data', `${size}.json`), JSON.stringify({ ...dataset, layout: { positions: syntheticPositions(dataset) } }));
  writeFileSync(join(OUT_DIR, 'bench-data', `${size}-no-layout.json`), JSON.stringify(dataset));
  generated[size] = { actors: dataset.actors.length, events: dataset.events.length };
}

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
  for (const target of (['bundled', ...sizes] as Target[]).filter((candidate) => only === undefined || only.includes(candidate))) {
    console.log(`Measuring ${target}…`);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const query = target === 'bundled' ? '' : `?data=bench-data/${target}.json`;
    results.push(await measureTarget(page, target, query));
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

async function measureTarget(page: Page, target: Target, query: string): Promise<TargetResult> {
  // tsx keeps function names with a `__name` helper that pages do not have; give them a no-op one.
  await page.addInitScript({ content: 'globalThis.__name = (target) => target;' });
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
  await page.goto(`${ORIGIN}${query}`);
  await graphReadyOrRefused(page, target);

  const load = await page.evaluate(() => {
    const measure = (name: string) => performance.getEntriesByName(name).at(-1)?.duration ?? null;
    return {
      toFirstPaintedGraph: (window as unknown as { benchReadyAt: number | null }).benchReadyAt,
      fetch: measure('tieline:load:fetch'),
      validate: measure('tieline:load:validate'),
      model: measure('tieline:load:model'),
      createGraph: measure('tieline:load:create-graph'),
      layout: measure('tieline:load:layout'),
      firstFrame: measure('tieline:load:first-frame'),
    };
  });
  const heapMB = await page.evaluate(() => {
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return memory ? Math.round((memory.usedJSHeapSize / 1e6) * 10) / 10 : null;
  });
  const counts = await page.evaluate(() => ({
    edges: window.cy!.edges('[eventId][!folded][!relation]').length,
    actors: window.cy!.nodes().length,
  }));
  await installEdgeDays(page, query);
  const steps = STEPS[target];

  progress(target, `loaded in ${Math.round(load.toFirstPaintedGraph ?? 0)} ms; ${steps.keys} keyboard steps`);
  const keyboard = await keySteps(page, 'To', 'ArrowLeft', steps.keys, true);
  const findChanges = await page.evaluate(() => performance.getEntriesByName('tieline:find-changes').map((entry) => entry.duration));
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
  const naive = await naiveSteps(page, keyboard.days);
  let layoutWithoutPositions: { ms: number | null; longestTaskMs: number | null } = { ms: null, longestTaskMs: null };
  if (target !== 'bundled') {
    progress(target, 'the same data without positions (layout in the worker)');
    layoutWithoutPositions = await layoutTime(page, target);
  }
  let webgl: TargetResult['webgl'] = null;
  if (target === 'M' || target === 'L') {
    progress(target, `the same keyboard steps with Cytoscape's WebGL renderer (preview)`);
    webgl = await webglKeySteps(page, target, Math.min(steps.keys, WEBGL_KEY_STEPS));
  }

  return {
    target,
    actors: target === 'bundled' ? counts.actors : generated[target]!.actors,
    events: target === 'bundled' ? JSON.parse(readFileSync(join(OUT_DIR, 'datasets/qatar-syria.json'), 'utf8')).events.length : generated[target]!.events,
    edges: counts.edges,
    load,
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
    webgl,
  };
}

/** Waits for the drawn graph; stops at once, with the app's own message, if the app refused the data. */
async function graphReadyOrRefused(page: Page, target: Target): Promise<void> {
  const refused = page.locator('.dataset-error');
  await page.locator('[data-testid="graph-canvas"][data-ready="true"]').or(refused).waitFor({ timeout: 900_000 });
  if (await refused.isVisible()) throw new Error(`The app refused the ${target} dataset: ${await refused.innerText()}`);
}

/** Puts each tie edge's first day in the page (from the dataset it loaded), for the naive baseline and the change counts. */
async function installEdgeDays(page: Page, query: string): Promise<void> {
  const url = query === '' ? 'datasets/qatar-syria.json' : query.replace('?data=', '');
  await page.evaluate(async (datasetUrl) => {
    const dataset = (await (await fetch(datasetUrl)).json()) as { events: Array<{ id: string; date: string }> };
    const startOf = new Map<string, number>();
    for (const event of dataset.events) {
      const [year, month = '01', day = '01'] = event.date.split('-');
      startOf.set(event.id, Date.UTC(Number(year), Number(month) - 1, Number(day)) / 86_400_000);
    }
    const edges = window.cy!.edges('[eventId][!folded][!relation]');
    const bench = window as unknown as { benchEdgeStarts: number[]; benchEventStart: Map<string, number> };
    bench.benchEventStart = startOf;
    bench.benchEdgeStarts = edges.map((edge) => startOf.get(edge.data('eventId') as string) ?? 0).sort((a, b) => a - b);
  }, url);
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
      const starts = (window as unknown as { benchEdgeStarts: number[] }).benchEdgeStarts;
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
      performance.clearMeasures('tieline:apply-filters');
      performance.clearMeasures('tieline:find-changes');
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
      const work = performance.getEntriesByName('tieline:apply-filters').map((entry) => entry.duration);
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
    performance.clearMeasures('tieline:apply-filters');
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
    const w = window as unknown as { benchLayouts: number; benchLongTasks: Array<{ duration: number }>; benchEdgeStarts: number[] };
    const finalDay = Number(document.querySelector('[role="slider"][aria-label="To"]')!.getAttribute('aria-valuenow'));
    const expected = w.benchEdgeStarts.filter((start) => start <= finalDay).length;
    const shown = window.cy!.edges('[eventId][!folded][!relation]').filter((edge) => !edge.hasClass('hidden')).length;
    return {
      finalFrameShowsFinalPosition: shown === expected,
      positions: window.cy!.nodes().map((node) => ({ ...node.position() })),
      layouts: w.benchLayouts,
      longTasks: w.benchLongTasks.map((task) => task.duration),
      work: performance.getEntriesByName('tieline:apply-filters').map((entry) => entry.duration),
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
  await page.evaluate(() => performance.clearMeasures('tieline:apply-filters'));
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForFunction((wanted) => performance.getEntriesByName('tieline:apply-filters').length >= wanted, count, { timeout: 120_000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  const work = await page.evaluate(() => performance.getEntriesByName('tieline:apply-filters').map((entry) => entry.duration));
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
 * every tie edge removed and the visible ones added back.
 */
async function naiveSteps(page: Page, days: readonly number[]): Promise<StepFigures> {
  await page.getByRole('radio', { name: 'Persons inside states' }).check();
  const measured = await page.evaluate(
    async ({ days }) => {
      const cy = window.cy!;
      const waitFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
      const ties = cy.edges('[eventId][!folded][!relation]');
      const definitions = ties.map((edge) => ({ group: 'edges' as const, data: { ...edge.data() }, classes: '' }));
      // Each tie's first day, parsed once by installEdgeDays (not timed).
      const eventStart = (window as unknown as { benchEventStart: Map<string, number> }).benchEventStart;
      let current = ties;
      const work: number[] = [];
      const inputToFrame: number[] = [];
      for (const day of days) {
        const started = performance.now();
        const visible = definitions.filter((definition) => (eventStart.get(definition.data.eventId as string) ?? 0) <= day);
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

async function webglKeySteps(page: Page, target: Target, count: number): Promise<TargetResult['webgl']> {
  const query = `?data=../bench-data/${target}.json`;
  await page.goto(`${ORIGIN}webgl/${query}`);
  await graphReadyOrRefused(page, target);
  const drawnWithWebgl = await page.evaluate(() => document.querySelector('[data-testid="graph-canvas"] canvas[data-id$="-webgl"]') !== null);
  if (!drawnWithWebgl) return null;
  await installEdgeDays(page, query);
  const steps = await keySteps(page, 'To', 'ArrowLeft', count, true);
  return { ...steps.figures, renderer: await rendererOf(page) };
}

/** The same dataset without positions: laid out once at load, in the worker (draft quality above 400 actors). */
async function layoutTime(page: Page, target: Target): Promise<{ ms: number | null; longestTaskMs: number | null }> {
  await page.goto(`${ORIGIN}?data=bench-data/${target}-no-layout.json`);
  try {
    await page.locator('[data-testid="graph-canvas"][data-ready="true"]').waitFor({ timeout: 900_000 });
  } catch {
    return { ms: null, longestTaskMs: null };
  }
  return page.evaluate(() => {
    const started = performance.getEntriesByName('tieline:layout-start').at(-1)?.startTime ?? 0;
    const layout = performance.getEntriesByName('tieline:load:layout').at(-1);
    const ended = started + (layout?.duration ?? 0);
    const tasks = (window as unknown as { benchLongTasks: Array<{ start: number; duration: number }> }).benchLongTasks;
    // Tasks that start while the layout runs: the page's own work while the worker computes, and
    // placing the nodes when it answers. (The task that built the graph and sent the request is the
    // load's, measured as create-graph.)
    const during = tasks.filter((task) => task.start >= started && task.start < ended).map((task) => task.duration);
    return { ms: layout?.duration ?? null, longestTaskMs: during.length === 0 ? 0 : Math.max(...during) };
  });
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
