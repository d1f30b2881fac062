// Parameters of the address that are not the view: which page this is (`embed`, `data`, `origin`,
// `theme`), what an embedding tool adds to a frame's address (Pym.js), and what link trackers add
// (`utm_*`, `fbclid` …). The last two are none of Tieline's business: they are accepted silently,
// kept in the address, and never reach a reader as a notice.

/** What Pym.js's `new pym.Parent(…)` appends to the frame's address. */
export const EMBEDDING_PARAMS = ['initialWidth', 'childId', 'parentTitle', 'parentUrl'] as const;

/** Link-tracking parameters by exact name (ad click ids, newsletter and social share tags). */
export const TRACKING_NAMES: readonly string[] = [
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'ocid',
  'cmpid',
  'smid',
  'ref_src',
  'ref_url',
];
const TRACKING_NAME_SET = new Set(TRACKING_NAMES);

/** Families of tracking parameters by prefix: Google Analytics' `utm_*`, Piwik/Matomo's `pk_*` and `mtm_*`. */
export const TRACKING_PREFIXES: readonly string[] = ['utm_', 'pk_', 'mtm_'];

export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_NAME_SET.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

export function isEmbeddingParam(name: string): boolean {
  return (EMBEDDING_PARAMS as readonly string[]).includes(name);
}

/** Parameters Tieline reads nothing from but keeps, without a notice. */
export function isSilentParam(name: string): boolean {
  return isEmbeddingParam(name) || isTrackingParam(name);
}

/** The page's colours: light, dark, or the reader's system setting. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * The theme a page uses: the `theme` parameter when it is one of THEMES, else the page's default.
 * An embed defaults to light (a story page is most often white, and a frame must not turn black
 * inside it because the reader's phone is in dark mode); the full app follows the reader's system.
 */
export function themeFor(value: string | null, isEmbed: boolean): Theme {
  if (value !== null && (THEMES as readonly string[]).includes(value)) return value as Theme;
  return isEmbed ? 'light' : 'auto';
}

/** A notice for a `theme` value Tieline cannot use, or null. */
export function themeNotice(value: string | null): string | null {
  if (value === null || (THEMES as readonly string[]).includes(value)) return null;
  const shown = value.length > 40 ? `${value.slice(0, 40)}… (${value.length.toLocaleString('en')} characters)` : value;
  return `“theme=${shown}” is not a theme; use ${THEMES.join(', ')}. Showing the default.`;
}

/** Parameters the page owns (not the view): kept as they are when the view changes the address. */
export function isPageParam(name: string): boolean {
  return name === 'data' || name === 'embed' || name === 'origin' || name === 'theme' || isSilentParam(name);
}
