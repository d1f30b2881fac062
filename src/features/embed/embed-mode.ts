// Whether this page runs as an embed (`?embed=1`), read once: the layout and the storage rules
// depend on it for the page's whole life.
import { parseOriginPolicy, type OriginPolicy } from '../../domain/embed-messages';

const query = new URLSearchParams(window.location.search);

export const IS_EMBED = query.get('embed') === '1';

/**
 * Whom the host-page API takes commands from (`origin=`): without the parameter, the parent window
 * whatever its origin; with it, only the listed origins; with a malformed list, nobody.
 */
export const EMBED_ALLOWED_ORIGINS: OriginPolicy = parseOriginPolicy(query.get('origin'));
