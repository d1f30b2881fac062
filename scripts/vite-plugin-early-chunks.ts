// The dataset validator is its own chunk, so that zod never weighs on the app's first script; but
// nothing shows before a dataset is validated, and import() only starts the download once the entry
// has run. Named in index.html as modulepreload links, its chunks download beside the entry (and the
// bundled dataset, which the boot script asks for), before the graph's much larger chunk.
import type { Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/** The modules every first screen loads with import() before it can show anything, by path. */
export const EARLY_MODULES = ['src/domain/parse-dataset.ts'] as const;

export function earlyChunks(): Plugin {
  return {
    name: 'tieline-early-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const { bundle, chunk: entry } = context;
        if (bundle === undefined || entry === undefined) return [];
        return earlyChunkFiles(bundle, entry).map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: '', href: `./${fileName}` },
          injectTo: 'head',
        }));
      },
    },
  };
}

/** The files of the early modules' chunks and of the chunks they import, less what the entry already loads. */
export function earlyChunkFiles(bundle: OutputBundle, entry: OutputChunk): string[] {
  const chunks = Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk');
  const loadedByEntry = new Set([entry.fileName, ...entry.imports]);
  const files: string[] = [];
  const visit = (fileName: string) => {
    if (loadedByEntry.has(fileName) || files.includes(fileName)) return;
    files.push(fileName);
    const chunk = chunks.find((candidate) => candidate.fileName === fileName);
    for (const imported of chunk?.imports ?? []) visit(imported);
  };
  for (const path of EARLY_MODULES) {
    const chunk = chunks.find((candidate) => candidate.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${path}`) === true);
    if (chunk === undefined) throw new Error(`The early module ${path} has no chunk of its own in the build: is it still imported with import()?`);
    visit(chunk.fileName);
  }
  return files;
}
