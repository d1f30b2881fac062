// Serves the bundled datasets in development and emits them into the build, validated: a dataset
// with any problem fails `npm run build` with the same messages `npm run data:check` prints.
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { formatProblem } from '../src/domain/validate-dataset';
import { loadAuthoredDataset } from './lib/authored-dataset';
import { BUNDLED_DATASETS } from './lib/bundled-datasets';
import { csvTemplateFiles, jsonSchemaText } from './lib/templates';

export function bundledDatasets(): Plugin {
  let base = '/';
  return {
    name: 'tieline-bundled-datasets',
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      for (const dataset of BUNDLED_DATASETS) {
        server.watcher.add(dataset.file);
        server.middlewares.use(`${base}${dataset.servedAs}`, (_request, response) => {
          // Served even when invalid, so the page shows the problems the way a reader would see them.
          const { resolved } = loadAuthoredDataset(dataset.file);
          response.setHeader('Content-Type', 'application/json; charset=utf-8');
          response.end(JSON.stringify(resolved));
        });
      }
    },
    generateBundle() {
      for (const dataset of BUNDLED_DATASETS) {
        const result = loadAuthoredDataset(dataset.file);
        if (!result.ok) {
          const name = relative(process.cwd(), dataset.file);
          this.error(
            `The bundled dataset has problems; run \`npm run data:check\`.\n` +
              result.problems.map((problem) => `  ${formatProblem(problem, name)}`).join('\n'),
          );
        }
        this.emitFile({
          type: 'asset',
          fileName: dataset.servedAs,
          source: JSON.stringify(result.dataset),
        });
        // The same dataset as CSV templates, for readers who bring their own data in a spreadsheet.
        const folder = dataset.servedAs.replace(/\.json$/, '');
        for (const [name, text] of Object.entries(csvTemplateFiles(result.dataset))) {
          this.emitFile({ type: 'asset', fileName: `${folder}/${name}`, source: text });
        }
      }
      this.emitFile({ type: 'asset', fileName: 'datasets/tieline.schema.json', source: jsonSchemaText() });
    },
  };
}
