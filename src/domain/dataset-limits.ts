// How much data Tieline accepts from outside, in one place: big enough for a year of wire reports,
// small enough that a mistaken or hostile file cannot freeze the tab.
// The benchmark's largest size (10,000 actors, 50,000 events with their articles) is about 21 MB.
export const MAX_DATASET_BYTES = 50_000_000;
