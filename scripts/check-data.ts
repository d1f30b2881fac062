// `npm run data:check [file…]`: validates the bundled dataset (or the named files) and lists every
// problem with its file and JSON path. Exits 1 when any problem is found.
import { relative } from 'node:path';
import { BUNDLED_DATASETS } from './lib/bundled-datasets';
import { loadAuthoredDataset } from './lib/authored-dataset';
import { formatProblem } from '../src/domain/validate-dataset';

const files = process.argv.length > 2 ? process.argv.slice(2) : BUNDLED_DATASETS.map((d) => d.file);
let failed = false;
for (const file of files) {
  const name = relative(process.cwd(), file);
  const result = loadAuthoredDataset(file);
  if (result.ok) {
    const { sources, actors, events } = result.dataset;
    console.log(`✓ ${name}: ${sources.length} sources, ${actors.length} actors, ${events.length} events, every quote verbatim`);
  } else {
    failed = true;
    console.error(`✗ ${name}: ${result.problems.length} problem(s)`);
    for (const problem of result.problems) console.error(`  ${formatProblem(problem, name)}`);
  }
}
process.exitCode = failed ? 1 : 0;
