// `npm run data:templates`: writes data/csv/*.csv (the bundled dataset as CSV templates) and
// data/tieline.schema.json (the JSON Schema of the format). A unit test fails when they are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadAuthoredDataset } from './lib/authored-dataset';
import { BUNDLED_DATASETS } from './lib/bundled-datasets';
import { csvTemplateFiles, jsonSchemaText } from './lib/templates';

const bundled = BUNDLED_DATASETS[0]!;
const result = loadAuthoredDataset(bundled.file);
if (!result.ok) {
  console.error('The bundled dataset is invalid; run `npm run data:check`.');
  process.exit(1);
}
const dataDir = dirname(bundled.file);
mkdirSync(join(dataDir, 'csv'), { recursive: true });
for (const [name, text] of Object.entries(csvTemplateFiles(result.dataset))) {
  writeFileSync(join(dataDir, 'csv', name), text);
}
writeFileSync(join(dataDir, 'tieline.schema.json'), jsonSchemaText());
console.log(`Wrote data/csv/{${Object.keys(csvTemplateFiles(result.dataset)).map((name) => name.replace(/\.csv$/, '')).join(',')}}.csv and data/tieline.schema.json`);
