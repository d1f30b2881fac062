// How much data Tieline accepts from outside, in one place: big enough for a year of wire reports,
// small enough that a mistaken or hostile file cannot freeze the tab.
export const MAX_DATASET_BYTES = 20_000_000;
