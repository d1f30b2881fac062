// JSON from strangers may carry keys that mean something to JavaScript objects (`__proto__`,
// `constructor`, `prototype`). JSON.parse itself is safe, but any later merge or lookup could turn
// such a key into prototype pollution, so a dataset that holds one is refused, with its path.
import type { JsonPath } from './dataset-problem';

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The paths of every forbidden key in a parsed JSON value, depth first. */
export function findForbiddenKeys(value: unknown, limit = 20): JsonPath[] {
  const found: JsonPath[] = [];
  const stack: Array<{ value: unknown; path: JsonPath }> = [{ value, path: [] }];
  while (stack.length > 0 && found.length < limit) {
    const { value: current, path } = stack.pop()!;
    if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index -= 1) stack.push({ value: current[index], path: [...path, index] });
    } else if (typeof current === 'object' && current !== null) {
      const keys = Object.keys(current);
      for (let index = keys.length - 1; index >= 0; index -= 1) {
        const key = keys[index]!;
        if (FORBIDDEN_KEYS.has(key)) found.push([...path, key]);
        else stack.push({ value: (current as Record<string, unknown>)[key], path: [...path, key] });
      }
    }
  }
  return found;
}
