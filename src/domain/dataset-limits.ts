// How much data Tieline accepts from outside, in one place: big enough for a year of wire reports,
// small enough that a mistaken or hostile file cannot freeze the tab. Each limit is checked before
// the work it protects, and a dataset over one is refused with a message that names the limit.

// The benchmark's largest size (10,000 actors, 50,000 events with their articles) is about 21 MB.
export const MAX_DATASET_BYTES = 50_000_000;

/**
 * How deep JSON may nest. A dataset nests five levels at most (dataset › events › event ›
 * participants › participant); anything much deeper is not a dataset, and is refused by a scan of
 * the text before any parsing work.
 */
export const MAX_JSON_DEPTH = 16;

/**
 * Records per collection. Ten times the benchmark's actors, twice its events: far beyond what a
 * newsroom builds by hand, and still a dataset the browser can validate in about a second. A file
 * with a million actors is refused at once instead of being validated and listed actor by actor.
 */
export const MAX_SOURCES = 100_000;
export const MAX_ACTORS = 100_000;
export const MAX_EVENTS = 100_000;

/**
 * Parents above an actor (a minister › a government › a state is two). Real hierarchies are two or
 * three deep; each level is one more compound box around the ones inside it.
 */
export const MAX_PARENT_DEPTH = 8;

/**
 * Parties to one event. Plain participants are joined pairwise (n·(n−1)/2 ties), so 25 parties are
 * 300 ties: a summit of the Arab League's 22 members fits; a gathering of hundreds is an
 * organisation (one actor), not hundreds of parties.
 */
export const MAX_PARTICIPANTS = 25;

/** Ties the whole dataset draws: four times the benchmark's largest graph. */
export const MAX_TIES = 200_000;
