// Whether this page runs as an embed (`?embed=1`), read once: the layout and the storage rules
// depend on it for the page's whole life.
import { parseAllowedOrigins } from '../../domain/embed-messages';

const query = new URLSearchParams(window.location.search);

export const IS_EMBED = query.get('embed') === '1';

/** Origins the host-page API accepts commands from (`origin=`); empty means the parent, whatever its origin. */
export const EMBED_ALLOWED_ORIGINS: readonly string[] = parseAllowedOrigins(query.get('origin'));
