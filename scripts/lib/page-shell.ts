// What index.html holds before any of the app's JavaScript runs, made from the bundled dataset at
// build time: link-preview tags (og:, Twitter card), the fallback for readers without JavaScript
// (the picture of the default view, a summary, the sources), the picture that stands in while an
// embed loads, the message for a frame that cannot load the app, and the small boot script that
// decides between them, sets the colours before the first paint and starts loading the dataset.
import { createHash } from 'node:crypto';
import { EMBEDDING_PARAMS, TRACKING_NAMES, TRACKING_PREFIXES } from '../../src/domain/page-params';
import type { Dataset } from '../../src/domain/dataset-schema';
import { formatPartialDate } from '../../src/domain/partial-date';
import { KEPT_FILE_MARK } from '../../src/features/dataset/kept-file-store';
import { GRAPH_WAITS_ATTRIBUTE } from '../../src/graph/graph-start';
import { BUNDLED_DATASETS } from './bundled-datasets';

/**
 * The committed picture of the default embed (`npm run screenshot` makes it), its size, and its
 * lighter WebP copy, which the page shows while it loads (link previews get the PNG, which every
 * crawler reads).
 */
export const PREVIEW_PICTURE = {
  file: 'preview.png',
  light: 'preview.webp',
  width: 1200,
  height: 630,
  /** The embed as a phone draws it, for screens up to `maxWidth` CSS px wide. */
  phone: { light: 'preview-phone.webp', width: 375, height: 667, maxWidth: 600 },
} as const;

/** The meta tag that tells the boot script where the built validation worker is (vite-plugin-early-validator.ts). */
export const EARLY_VALIDATOR_META = 'tieline-validator';

/**
 * The boot script, inline so it costs no request (the page's CSP names its hash). It sets the theme
 * as state/page-theme.ts will (so a dark page does not flash white), marks a page of the default
 * view so its picture stands in until the graph is drawn (an embed's, or the full app's unless the
 * reader keeps a file of their own in this browser, which the app opens instead), starts loading
 * the bundled dataset when the page will show it (in a worker that also validates it, or else as a
 * preload), so it arrives beside the app's scripts, not after they run, and, if a script of the app
 * fails to load, says why on the page.
 */
export const BOOT_SCRIPT = `(function () {
  var root = document.documentElement;
  var query = new URLSearchParams(location.search);
  var embed = query.get('embed') === '1';
  var theme = query.get('theme');
  if (theme !== 'light' && theme !== 'dark' && theme !== 'auto') theme = embed ? 'light' : 'auto';
  if (theme === 'auto') theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  root.setAttribute('data-theme', theme);
  var quiet = ${JSON.stringify(['embed', 'theme', 'origin', ...EMBEDDING_PARAMS, ...TRACKING_NAMES])};
  var prefixes = ${JSON.stringify(TRACKING_PREFIXES)};
  var plain = true;
  if (!embed) {
    try {
      if (localStorage.getItem(${JSON.stringify(KEPT_FILE_MARK)}) !== null) plain = false;
    } catch (refused) {
      plain = false;
    }
  }
  query.forEach(function (value, name) {
    var lower = name.toLowerCase();
    var known = quiet.indexOf(name) !== -1 || quiet.indexOf(lower) !== -1;
    for (var i = 0; i < prefixes.length; i += 1) if (lower.indexOf(prefixes[i]) === 0) known = true;
    if (!known) plain = false;
  });
  if (plain) root.setAttribute('data-boot-preview', '');
  // On a phone the default view's picture stays until the reader reaches for the graph: a tap
  // or click anywhere, or focus on anything but the picture's own button (src/graph/graph-start.ts).
  // Only where the phone's own picture shows (a wider touch screen, a tablet, would get the wide
  // picture shrunk, its names too small to read), and not on a dark page: the picture is of the
  // light one, a fair stand-in for a moment, not for long.
  if (plain && theme === 'light' && matchMedia('(hover: none) and (pointer: coarse) and (max-width: ${PREVIEW_PICTURE.phone.maxWidth}px)').matches) {
    root.setAttribute(${JSON.stringify(GRAPH_WAITS_ATTRIBUTE)}, '');
    var start = function (event) {
      var target = event.target;
      if (event.type === 'focusin' && target && target.closest && target.closest('.boot-preview')) return;
      root.removeAttribute(${JSON.stringify(GRAPH_WAITS_ATTRIBUTE)});
      removeEventListener('click', start, true);
      removeEventListener('focusin', start, true);
    };
    addEventListener('click', start, true);
    addEventListener('focusin', start, true);
  }
  if (!query.has('data') && query.get('studio') !== '1') {
    var dataset = new URL(${JSON.stringify(BUNDLED_DATASETS[0]!.servedAs)}, document.baseURI).href;
    // A worker fetches and validates the bundled dataset while the app's scripts download and run
    // (features/dataset/early-dataset-load.ts, which says how the app takes its answer).
    var early = null;
    var validator = document.querySelector('meta[name="${EARLY_VALIDATOR_META}"]');
    if (validator) {
      try {
        early = { url: dataset, worker: new Worker(validator.getAttribute('content'), { type: 'module' }), failed: false };
        early.worker.onmessage = function (message) {
          early.reply = message.data;
          if (early.settle) early.settle();
        };
        early.worker.onerror = function (event) {
          event.preventDefault();
          early.failed = true;
          if (early.settle) early.settle();
        };
        early.worker.postMessage({ load: dataset });
        window.tielineEarlyLoad = early;
      } catch (refused) {
        early = null;
      }
    }
    if (!early) {
      // Fetched later by the app with the same mode and credentials, so the browser hands it this response.
      var preload = document.createElement('link');
      preload.rel = 'preload';
      preload.as = 'fetch';
      preload.crossOrigin = 'anonymous';
      preload.href = dataset;
      document.head.appendChild(preload);
    }
  }
  addEventListener('error', function (event) {
    var target = event.target;
    if (target && target.tagName === 'SCRIPT' && !root.hasAttribute('data-boot-failed')) {
      root.setAttribute('data-boot-failed', self.origin === 'null' ? 'sandbox' : 'script');
    }
  }, true);
})();`;

/** The boot script's entry for a Content-Security-Policy's script-src. */
export function bootScriptHash(): string {
  return `'sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}'`;
}

/**
 * Styles for the boot picture and the failure message, inline: the app's style sheet is fetched in
 * CORS mode, so a page in an opaque origin (a sandboxed frame) may not get it either.
 */
const BOOT_STYLE = `
.boot-preview, .boot-failure, .boot-failure p { display: none; }
[data-boot-preview] .boot-preview, [data-boot-failed] .boot-preview {
  display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 0.5rem;
  position: fixed; inset: 0; z-index: 100; padding: 0; background: #fff; color: #1d2433;
  font: 0.9rem system-ui, sans-serif;
}
.boot-preview picture { display: contents; }
/* Shown through display: contents, a <source> would be a flex item of its own, with a gap before it. */
.boot-preview source { display: none; }
.boot-preview img { display: block; max-width: 100%; max-height: 100%; width: auto; height: auto; object-fit: contain; }
.boot-preview p { margin: 0; }
.boot-preview-loading, .boot-preview-start {
  position: absolute; left: 50%; top: 50%; transform: translate(-50%, -50%); white-space: nowrap;
  box-shadow: 0 2px 12px rgba(29, 36, 51, 0.35);
}
.boot-preview-loading { padding: 0.5rem 1rem; border-radius: 1.2rem; background: #fff; }
[data-boot-failed] .boot-preview-loading { display: none; }
[data-boot-failed] .boot-preview img { max-height: 50%; }
.boot-preview-start { display: none; }
[${GRAPH_WAITS_ATTRIBUTE}] .boot-preview { cursor: pointer; }
[${GRAPH_WAITS_ATTRIBUTE}] .boot-preview-loading { display: none; }
[${GRAPH_WAITS_ATTRIBUTE}] .boot-preview-start {
  display: inline-flex; align-items: center; min-height: 44px; padding: 0 1.25rem; border: 0; border-radius: 22px;
  background: #1d2433; color: #fff; font: 600 1rem system-ui, sans-serif; cursor: pointer;
}
.boot-preview-start:focus-visible { outline: 3px solid #2563eb; outline-offset: 3px; }
[data-boot-failed] .boot-preview-start { display: none; }
[data-boot-failed] .boot-failure { display: block; max-width: 40rem; border: 2px solid #c0392b; border-radius: 6px; padding: 0.5rem 0.75rem; background: #fbe9e7; }
[data-boot-failed='sandbox'] .boot-failure-sandbox, [data-boot-failed='script'] .boot-failure-script { display: block; }
`;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function years(dataset: Dataset): string {
  const dates = dataset.events.map((event) => event.date).sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (first === undefined || last === undefined) return '';
  return first.slice(0, 4) === last.slice(0, 4) ? ` in ${first.slice(0, 4)}` : `, ${first.slice(0, 4)} to ${last.slice(0, 4)}`;
}

/** One sentence a crawler, a link preview or a reader without JavaScript can use. */
export function datasetSummary(dataset: Dataset): string {
  const sources = dataset.sources.length;
  return `A network of ${dataset.actors.length} political actors and ${dataset.events.length} dated ties${years(dataset)}, from ${sources} news article${sources === 1 ? '' : 's'}; every tie is backed by a verbatim quote.`;
}

interface ShellOptions {
  readonly dataset: Dataset;
  /** Where the site will live (`TIELINE_SITE_URL`), for absolute og:/Twitter addresses; else relative. */
  readonly siteUrl: string | null;
  /** The bundled dataset's file in the build, for the fallback's download link. */
  readonly datasetPath: string;
}

export function headTags({ dataset, siteUrl }: ShellOptions): string {
  const title = `${dataset.title} · Tieline`;
  const description = dataset.description ?? datasetSummary(dataset);
  const image = siteUrl === null ? `./${PREVIEW_PICTURE.file}` : new URL(PREVIEW_PICTURE.file, siteUrl).toString();
  const alt = `The Tieline graph of ${dataset.title}: actors joined by their sourced ties.`;
  const meta = (attribute: 'name' | 'property', key: string, content: string) => `<meta ${attribute}="${key}" content="${escapeHtml(content)}" />`;
  return [
    `<title>${escapeHtml(title)}</title>`,
    meta('name', 'description', `${description} ${datasetSummary(dataset)}`),
    `<link rel="icon" href="./favicon.svg" type="image/svg+xml" />`,
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', 'Tieline'),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    ...(siteUrl === null ? [] : [meta('property', 'og:url', siteUrl)]),
    meta('property', 'og:image', image),
    meta('property', 'og:image:width', String(PREVIEW_PICTURE.width)),
    meta('property', 'og:image:height', String(PREVIEW_PICTURE.height)),
    meta('property', 'og:image:alt', alt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', description),
    meta('name', 'twitter:image', image),
    meta('name', 'twitter:image:alt', alt),
    `<style>${BOOT_STYLE}</style>`,
    `<script>${BOOT_SCRIPT}</script>`,
  ].join('\n    ');
}

function sourceItem(source: Dataset['sources'][number]): string {
  const by = [source.publisher, source.published === null ? null : formatPartialDate(source.published)].filter((part) => part !== null && part !== undefined).join(', ');
  const title = source.url === undefined ? `“${escapeHtml(source.title)}”` : `<a href="${escapeHtml(source.url)}">“${escapeHtml(source.title)}”</a>`;
  return `<li>${title}${by === '' ? '' : ` (${escapeHtml(by)})`}</li>`;
}

/** The body's static parts: the stand-in picture with its failure messages, and the noscript fallback. */
export function bodyParts({ dataset, datasetPath }: ShellOptions): string {
  const alt = `The Tieline graph of ${dataset.title}: actors joined by their sourced ties, up to the latest date.`;
  const picture = `<img src="./${PREVIEW_PICTURE.file}" width="${PREVIEW_PICTURE.width}" height="${PREVIEW_PICTURE.height}" alt="${escapeHtml(alt)}" />`;
  // The stand-in is what a sighted reader sees while the app starts underneath it: the picture and
  // "Loading" are hidden from screen readers, which get the app itself; the failure message is not,
  // nor the button that starts a graph waiting for the reader (src/graph/graph-start.ts).
  return `<div class="boot-preview">
      <picture><source media="(max-width: ${PREVIEW_PICTURE.phone.maxWidth}px)" srcset="./${PREVIEW_PICTURE.phone.light}" type="image/webp" width="${PREVIEW_PICTURE.phone.width}" height="${PREVIEW_PICTURE.phone.height}" /><source srcset="./${PREVIEW_PICTURE.light}" type="image/webp" /><img src="./${PREVIEW_PICTURE.file}" width="${PREVIEW_PICTURE.width}" height="${PREVIEW_PICTURE.height}" alt="" aria-hidden="true" fetchpriority="high" /></picture>
      <p class="boot-preview-loading" aria-hidden="true">Loading the interactive graph…</p>
      <button type="button" class="boot-preview-start">Explore the interactive graph</button>
      <div class="boot-failure" role="alert">
        <p class="boot-failure-sandbox"><strong>Tieline cannot start in this frame.</strong> The frame is sandboxed without <code>allow-same-origin</code>, so its page has no origin, and the site serving Tieline does not let such pages load its files (it sends no <code>Access-Control-Allow-Origin</code> header). For the page’s editors: add <code>allow-same-origin</code> to the frame’s <code>sandbox</code> attribute, or serve Tieline with <code>Access-Control-Allow-Origin: *</code>.</p>
        <p class="boot-failure-script"><strong>Tieline could not load its scripts.</strong> Reload the page; if this persists, files are missing on the site that serves Tieline.</p>
      </div>
    </div>
    <noscript>
      <main class="noscript-fallback">
        <h1>${escapeHtml(dataset.title)}</h1>
        <p>${escapeHtml(datasetSummary(dataset))} The interactive graph, with its time slider and the quotes behind each tie, needs JavaScript; here is its picture.</p>
        ${picture}
        <h2>Sources</h2>
        <ul>
          ${dataset.sources.map(sourceItem).join('\n          ')}
        </ul>
        <p><a href="./${escapeHtml(datasetPath)}">The data with every quote (JSON)</a> · <a href="./${escapeHtml(datasetPath.replace(/\.json$/, '/events.csv'))}">the ties as a spreadsheet (CSV)</a> · made with Tieline.</p>
      </main>
    </noscript>`;
}
