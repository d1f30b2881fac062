// What leaves the Studio: the dataset as it will be published (the sources marked "excerpts only"
// cut down and checked against their full text, then the whole validated again) and the snippet
// that embeds it in a story. Pure.
import type { Dataset } from '../../domain/dataset-schema';
import { withExcerpts } from '../../domain/excerpts';
import { validateDataset } from '../../domain/validate-dataset';

export type Prepared = { ok: true; dataset: Dataset } | { ok: false; problems: string[] };

/** The dataset as it will be published: excerpts cut and checked, the whole validated again. */
export function prepareForExport(dataset: Dataset, excerptSources: readonly string[]): Prepared {
  let exported = dataset;
  if (excerptSources.length > 0) {
    const result = withExcerpts(dataset, new Set(excerptSources));
    if (!result.ok) return { ok: false, problems: result.problems.map((problem) => problem.message) };
    exported = result.dataset;
  }
  const checked = validateDataset(exported);
  return checked.ok ? { ok: true, dataset: checked.dataset } : { ok: false, problems: checked.problems.map((problem) => problem.message) };
}

/**
 * The `<iframe>` that shows the published file in a story. `appBase` is the folder the app is
 * served from (ending in "/"); `fileAddress` an https address or a path relative to it.
 */
export function embedSnippet(appBase: string, fileAddress: string, title: string): string {
  const appUrl = appBase.endsWith('/') ? appBase : `${appBase}/`;
  const src = `${appUrl}?data=${encodeURIComponent(fileAddress)}&embed=1`;
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${escape(src)}" title="${escape(`Tieline: ${title}`)}" loading="lazy" data-tieline style="width:100%;height:640px;border:0" allow="fullscreen"></iframe>\n<script src="${escape(`${appUrl}tieline-host.js`)}" async></script>`;
}

