// Whether this page runs as an embed (`?embed=1`), read once: the layout and the storage rules
// depend on it for the page's whole life.
import { parseOriginPolicy, type OriginPolicy } from '../../domain/embed-messages';
import { pymChildIdFrom } from '../../domain/frame-protocols';
import { themeFor, type Theme } from '../../domain/page-params';

const query = new URLSearchParams(window.location.search);

export const IS_EMBED = query.get('embed') === '1';

/**
 * Whom the host-page API takes commands from (`origin=`): without the parameter, the parent window
 * whatever its origin; with it, only the listed origins; with a malformed list, nobody.
 */
export const EMBED_ALLOWED_ORIGINS: OriginPolicy = parseOriginPolicy(query.get('origin'));

/**
 * The Pym.js child id (`childId`, added by `new pym.Parent`), read before the address is tidied:
 * with it, the frame is sized by Pym from the start.
 */
export const PYM_CHILD_ID: string | null = IS_EMBED ? pymChildIdFrom(query.get('childId')) : null;

/** The page's colours (`theme=light|dark|auto`); an embed is light unless asked otherwise. */
export const THEME: Theme = themeFor(query.get('theme'), IS_EMBED);
