// `npm run bench:lighthouse`: Lighthouse's mobile profile (a simulated mid-range phone on slow 4G,
// its default) on the production build, for the embed (`?embed=1`) and the full app: performance,
// accessibility and best practices, with the metrics behind the performance score. Lighthouse varies
// from run to run, so each page is measured RUNS times and the run with the median performance score
// is reported; then the cost that a touch screen moves from the load to the reader's tap
// (phone-tap.ts). Prints a table, writes bench/results/lighthouse.json and its section of
// docs/benchmark.md (report.ts keeps that section when a full benchmark rewrites the file).
// Not part of `npm test`: figures are measured here, never asserted in a timed test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser, INSTALL_HELP } from '../lib/browser-path';
import { localPort } from '../lib/ports';
import { startPreview } from '../lib/preview-server';
import { measureTapToGraph, type TapToGraph } from './phone-tap';
import { LIGHTHOUSE_GOALS, lighthouseSection, replaceLighthouseSection, type LighthouseReport, type LighthouseResult } from './lighthouse-report';

const RUNS = Number(process.argv.find((argument) => argument.startsWith('--runs='))?.slice('--runs='.length) ?? 3);
const PORT = localPort(4189);
const OUT_DIR = 'bench/dist-lighthouse';
const PAGES = [
  { page: 'embed', path: '?embed=1' },
  { page: 'full app', path: '' },
] as const;
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const;

const choice = findBrowser();
if (!choice.found) {
  console.error(`${choice.reason}\n\n${INSTALL_HELP}`);
  process.exit(1);
}

const build = spawnSync('npx', ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

interface LighthouseJson {
  lighthouseVersion: string;
  categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<string, { numericValue?: number; score: number | null; title: string }>;
  environment?: { benchmarkIndex?: number };
}

function runLighthouse(url: string): LighthouseJson {
  const output = join(tmpdir(), `tieline-lighthouse-${process.pid}.json`);
  const result = spawnSync(
    'npx',
    ['lighthouse', url, '--only-categories=performance,accessibility,best-practices', '--form-factor=mobile', '--chrome-flags=--headless=new --no-sandbox', '--output=json', `--output-path=${output}`, '--quiet'],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: choice.found ? choice.executablePath : '' } },
  );
  if (result.status !== 0 || !existsSync(output)) throw new Error(`Lighthouse failed on ${url} (exit ${result.status})`);
  return JSON.parse(readFileSync(output, 'utf8')) as LighthouseJson;
}

const score = (json: LighthouseJson, category: string) => Math.round((json.categories[category]?.score ?? 0) * 100);

const server = await startPreview({ outDir: OUT_DIR, port: PORT });
const results: LighthouseResult[] = [];
let version = '';
const benchmarkIndexes: number[] = [];
let tapToGraph: TapToGraph | undefined;
try {
  for (const { page, path } of PAGES) {
    const runs: LighthouseJson[] = [];
    for (let run = 1; run <= RUNS; run += 1) {
      console.log(`Lighthouse: ${page}, run ${run} of ${RUNS}…`);
      runs.push(runLighthouse(`${server.origin}${path}`));
    }
    for (const json of runs) if (typeof json.environment?.benchmarkIndex === 'number') benchmarkIndexes.push(json.environment.benchmarkIndex);
    runs.sort((a, b) => score(a, 'performance') - score(b, 'performance'));
    const median = runs[Math.floor(runs.length / 2)]!;
    version = median.lighthouseVersion;
    // The best-practices audits this page fails, by id (weightless ones included).
    const failing = (median.categories['best-practices']?.auditRefs ?? [])
      .map((ref) => ref.id)
      .filter((id) => {
        const audit = median.audits[id];
        return audit !== undefined && audit.score !== null && audit.score < 1;
      });
    results.push({
      page,
      path,
      performance: score(median, 'performance'),
      performanceRuns: runs.map((json) => score(json, 'performance')),
      accessibility: score(median, 'accessibility'),
      bestPractices: score(median, 'best-practices'),
      metrics: Object.fromEntries(METRICS.map((metric) => [metric, median.audits[metric]?.numericValue ?? null])) as LighthouseResult['metrics'],
      bestPracticesFailing: failing,
    });
  }
  console.log('The tap that starts the graph on a phone…');
  tapToGraph = await measureTapToGraph(`${server.origin}?embed=1`, choice.found ? choice.executablePath : undefined);
} finally {
  server.stop();
}

const benchmarkIndex = benchmarkIndexes.sort((a, b) => a - b)[Math.floor(benchmarkIndexes.length / 2)];
const report: LighthouseReport = { date: new Date().toISOString(), lighthouseVersion: version, runsPerPage: RUNS, ...(benchmarkIndex === undefined ? {} : { benchmarkIndex }), goals: LIGHTHOUSE_GOALS, results, ...(tapToGraph === undefined ? {} : { tapToGraph }) };
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/lighthouse.json', `${JSON.stringify(report, null, 2)}\n`);
const section = lighthouseSection(report);
console.log(`\n${section}`);
const benchmark = existsSync('docs/benchmark.md') ? readFileSync('docs/benchmark.md', 'utf8') : '# Benchmark\n';
writeFileSync('docs/benchmark.md', replaceLighthouseSection(benchmark, section));
