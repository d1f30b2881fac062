// Fills index.html's static parts from the bundled dataset (scripts/lib/page-shell.ts): the title,
// link-preview tags, the boot script and its styles, the stand-in picture and the noscript fallback.
// A build whose bundled dataset is invalid already fails in vite-plugin-datasets.ts.
import type { Plugin } from 'vite';
import { loadAuthoredDataset } from './lib/authored-dataset';
import { BUNDLED_DATASETS } from './lib/bundled-datasets';
import { bodyParts, headTags } from './lib/page-shell';

const HEAD_MARK = '<!-- tieline:head -->';
const BODY_MARK = '<!-- tieline:body -->';

export function pageShell(): Plugin {
  return {
    name: 'tieline-page-shell',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const bundled = BUNDLED_DATASETS[0]!;
        const result = loadAuthoredDataset(bundled.file);
        if (!result.ok) return html;
        // Absolute addresses for link previews when the site's address is known at build time.
        const siteUrl = process.env.TIELINE_SITE_URL?.trim() || null;
        const options = { dataset: result.dataset, siteUrl, datasetPath: bundled.servedAs };
        if (!html.includes(HEAD_MARK) || !html.includes(BODY_MARK)) throw new Error(`index.html lost its ${HEAD_MARK} or ${BODY_MARK} mark`);
        return html.replace(HEAD_MARK, headTags(options)).replace(BODY_MARK, bodyParts(options));
      },
    },
  };
}
