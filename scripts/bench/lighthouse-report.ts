// The Lighthouse figures (scripts/bench/lighthouse.ts) as a section of docs/benchmark.md, between
// two markers, so that either script can rewrite its own part of the file.
import type { TapToGraph } from './phone-tap';

export const LIGHTHOUSE_GOALS = { performance: 90, accessibility: 100, bestPractices: 95 } as const;

export interface LighthouseResult {
  readonly page: string;
  readonly path: string;
  /** The median run's scores, 0–100. */
  readonly performance: number;
  readonly performanceRuns: readonly number[];
  readonly accessibility: number;
  readonly bestPractices: number;
  /** The median run's metrics, in ms (layout shift unitless). */
  readonly metrics: Record<'first-contentful-paint' | 'largest-contentful-paint' | 'total-blocking-time' | 'cumulative-layout-shift' | 'speed-index', number | null>;
  readonly bestPracticesFailing: readonly string[];
}

export interface LighthouseReport {
  readonly date: string;
  readonly lighthouseVersion: string;
  readonly runsPerPage: number;
  /**
   * Lighthouse's speed index of the machine it ran on (its `benchmarkIndex`, the median over the
   * runs; higher is faster). Its simulated phone is this machine's main-thread time made four times
   * slower, so the same build blocks longer, and scores lower, on a slower machine.
   */
  readonly benchmarkIndex?: number;
  readonly goals: typeof LIGHTHOUSE_GOALS;
  readonly results: readonly LighthouseResult[];
  /** What the reader of a phone pays at the tap that starts the graph (scripts/bench/phone-tap.ts). */
  readonly tapToGraph?: TapToGraph;
}

export const LIGHTHOUSE_START = '<!-- lighthouse:start -->';
export const LIGHTHOUSE_END = '<!-- lighthouse:end -->';

const seconds = (ms: number | null) => (ms === null ? '—' : `${(ms / 1000).toFixed(1)} s`);
const verdict = (value: number, goal: number) => `${value} (≥ ${goal}: ${value >= goal ? 'pass' : '**fail**'})`;

export function lighthouseSection(report: LighthouseReport): string {
  const { goals } = report;
  return [
    '## Lighthouse, mobile profile',
    '',
    `Run of ${report.date.slice(0, 10)} with Lighthouse ${report.lighthouseVersion} (simulated mid-range phone on slow 4G) on the production build, served locally; the median of ${report.runsPerPage} runs per page by performance score. Reproduce with \`npm run bench:lighthouse\`; every figure is in \`bench/results/lighthouse.json\`.${report.benchmarkIndex === undefined ? '' : ` Lighthouse rated this machine's speed at ${Math.round(report.benchmarkIndex)} (its benchmark index; higher is faster): it simulates the phone from this machine's own main-thread time, four times slower, so a slower machine blocks longer and scores lower on the same build.`}`,
    '',
    '| page | performance (runs) | accessibility | best practices | first contentful paint | largest contentful paint | total blocking time | layout shift | speed index |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...report.results.map((result) => {
      const cells = [
        `${result.page} (\`/${result.path}\`)`,
        `${verdict(result.performance, goals.performance)} (${result.performanceRuns.join(', ')})`,
        verdict(result.accessibility, goals.accessibility),
        `${verdict(result.bestPractices, goals.bestPractices)}${result.bestPracticesFailing.length > 0 ? `; failing: ${result.bestPracticesFailing.join(', ')}` : ''}`,
        seconds(result.metrics['first-contentful-paint']),
        seconds(result.metrics['largest-contentful-paint']),
        result.metrics['total-blocking-time'] === null ? '—' : `${Math.round(result.metrics['total-blocking-time'])} ms`,
        result.metrics['cumulative-layout-shift'] === null ? '—' : result.metrics['cumulative-layout-shift'].toFixed(3),
        seconds(result.metrics['speed-index']),
      ];
      return `| ${cells.join(' | ')} |`;
    }),
    ...(report.tapToGraph === undefined ? [] : ['', tapSentence(report.tapToGraph)]),
  ].join('\n');
}

/** The cost Lighthouse's load leaves out on a touch screen, where the graph waits for the reader's tap. */
function tapSentence(tap: TapToGraph): string {
  const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
  return (
    `On a touch screen the graph is created when the reader reaches for it (README, *Picture first on a touch screen*), so neither load above includes creating and first drawing it. ` +
    `That cost, measured at the reader's tap on the embed in a 412 × 823 phone page with the main thread slowed ${tap.cpuSlowdown} times (DevTools throttling): ` +
    `${ms(tap.median.tapToGraphMs)} from the tap to the drawn graph (median of ${tap.loads.length}: ${tap.loads.map((load) => ms(load.tapToGraphMs)).join(', ')}), ` +
    `its longest task ${ms(tap.median.longestTaskMs)}, ${ms(tap.median.blockingMs)} of blocking time.`
  );
}

/** `text` with its Lighthouse section replaced by `section`, or with the section added at its end. */
export function replaceLighthouseSection(text: string, section: string): string {
  const block = `${LIGHTHOUSE_START}\n${section}\n${LIGHTHOUSE_END}`;
  const start = text.indexOf(LIGHTHOUSE_START);
  const end = text.indexOf(LIGHTHOUSE_END);
  if (start < 0 || end < start) return `${text.trimEnd()}\n\n${block}\n`;
  return `${text.slice(0, start)}${block}${text.slice(end + LIGHTHOUSE_END.length)}`;
}

/** The Lighthouse section of a docs/benchmark.md, markers included, or '' when it has none. */
export function lighthouseBlockOf(text: string): string {
  const start = text.indexOf(LIGHTHOUSE_START);
  const end = text.indexOf(LIGHTHOUSE_END);
  return start < 0 || end < start ? '' : text.slice(start, end + LIGHTHOUSE_END.length);
}
