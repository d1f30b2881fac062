// A seeded pseudo-random generator, for everything that must come out the same on every run: the
// benchmark's synthetic datasets and the force layout of a dataset that ships no positions.

/** mulberry32: tiny, fast and good enough to give the same sequence from the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
