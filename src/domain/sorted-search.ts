// Binary search over ascending keys: the one way every time index here finds where a day falls.

/** How many of the ascending `keys` are ≤ `value`. */
export function countAtOrBelow(keys: ArrayLike<number>, value: number): number {
  return countWhile(keys, (key) => key <= value);
}

/** How many of the ascending `keys` are < `value`. */
export function countBelow(keys: ArrayLike<number>, value: number): number {
  return countWhile(keys, (key) => key < value);
}

/** The length of the prefix of `items` that satisfies `holds`, a test that is true up to some point and false after. */
export function countWhile<T>(items: ArrayLike<T>, holds: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (holds(items[middle]!)) low = middle + 1;
    else high = middle;
  }
  return low;
}
