// Names the built validation worker in index.html (a meta tag the boot script reads), so the boot
// script can start it while the app's scripts download (scripts/lib/page-shell.ts). The worker's
// file name carries a content hash known only once the bundle is written, and the boot script
// itself must stay fixed: the page's CSP names it by its hash.
import type { Plugin } from 'vite';
import { EARLY_VALIDATOR_META } from './lib/page-shell';

const WORKER_FILE = /(^|\/)validation-worker-[\w-]+\.js$/;

export function earlyValidator(): Plugin {
  return {
    name: 'tieline-early-validator',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const files = Object.keys(context.bundle ?? {}).filter((file) => WORKER_FILE.test(file));
        if (files.length !== 1) throw new Error(`Expected one built validation worker, found ${files.length} (${files.join(', ') || 'none'}): the boot script could not start it.`);
        return [{ tag: 'meta', attrs: { name: EARLY_VALIDATOR_META, content: `./${files[0]}` }, injectTo: 'head-prepend' }];
      },
    },
  };
}
