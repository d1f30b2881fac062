// Which run each target's figures come from: `--only` measures some targets again and keeps the
// others from the run before, perhaps on another machine, and a report must not pass that off as
// one run.
import type { BenchReport } from './report';

/** Null when every target was measured in this report's run on its machine; otherwise a sentence saying which were not. */
export function provenanceOf(report: Pick<BenchReport, 'date' | 'machine' | 'results'>): string | null {
  const day = (iso: string) => iso.slice(0, 16).replace('T', ' ');
  const groups = new Map<string, string[]>();
  for (const result of report.results) {
    const key = result.measured === undefined ? 'in an earlier run (its time and processor not recorded)' : `at ${day(result.measured.date)} UTC on ${result.measured.cpu}`;
    groups.set(key, [...(groups.get(key) ?? []), result.target]);
  }
  const mixed = groups.size > 1 || [...report.results].some((result) => result.measured === undefined || result.measured.cpu !== report.machine.cpu);
  if (!mixed) return null;
  return `Measured at different times: ${[...groups].map(([key, targets]) => `${targets.join(', ')} ${key}`).join('; ')}.`;
}
