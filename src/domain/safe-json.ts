// JSON from strangers, made safe to hand to the validator.
//
// Depth: a file of a hundred thousand nested brackets is a few hundred kilobytes, and every walk over
// it (parsing, the key check, the schema) does work per level. jsonTextDepthProblem finds such a
// file by a scan of its text that stops at the limit, before any parsing work.
//
// Keys: JSON may carry keys that mean something to JavaScript objects (`__proto__`, `constructor`,
// `prototype`). JSON.parse itself is safe, but any later merge or lookup could turn such a key into
// prototype pollution, so a dataset that holds one is refused, with its path. The one exception is
// the keys of `layout.positions`, which are actor ids: an actor may be called `constructor`, and its
// position is looked up with Object.hasOwn (see positionOf in validate-dataset.ts).
import { MAX_JSON_DEPTH } from './dataset-limits';
import type { JsonPath } from './dataset-problem';

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface TooDeep {
  /** The limit that was passed. */
  readonly limit: number;
  /** 1-based line and column of the bracket that went one level too deep. */
  readonly line: number;
  readonly column: number;
}

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Where JSON text nests deeper than `limit`, or null. Linear in the text and stops at the first
 * bracket over the limit; strings are skipped, so brackets inside them do not count. Malformed text
 * is not judged here (JSON.parse says what is wrong with it).
 */
export function jsonTextTooDeep(text: string, limit = MAX_JSON_DEPTH): TooDeep | null {
  let depth = 0;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === QUOTE) {
      at = endOfString(text, at);
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth += 1;
      if (depth > limit) return { limit, ...lineAndColumn(text, at) };
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth -= 1;
    }
  }
  return null;
}

/** The offset of the quote that closes the string opened at `open` (or the text's end). */
function endOfString(text: string, open: number): number {
  // indexOf skips the string's body natively; a quote preceded by an odd run of backslashes is escaped.
  for (let close = text.indexOf('"', open + 1); close !== -1; close = text.indexOf('"', close + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(close - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return close;
  }
  return text.length;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export interface JsonInspection {
  /** Paths of forbidden keys, depth first, at most `limit` of them. */
  readonly forbidden: JsonPath[];
  /** The path of the first value nested deeper than MAX_JSON_DEPTH, or null. */
  readonly tooDeep: JsonPath | null;
}

/**
 * Walks a parsed JSON value once: forbidden keys and excessive depth. Iterative, with one shared
 * path that is copied only for what it reports (copying it at every value made a million-actor file
 * cost a second here).
 */
export function inspectJson(value: unknown, limit = 20, maxDepth = MAX_JSON_DEPTH): JsonInspection {
  const forbidden: JsonPath[] = [];
  let tooDeep: JsonPath | null = null;
  const path: Array<string | number> = [];
  // Each frame: the container, its keys (null for an array), and the next child to visit.
  const frames: Array<{ container: unknown; keys: string[] | null; next: number; length: number }> = [];
  const enter = (container: unknown) => {
    if (Array.isArray(container)) frames.push({ container, keys: null, next: 0, length: container.length });
    else if (typeof container === 'object' && container !== null) {
      const keys = Object.keys(container);
      frames.push({ container, keys, next: 0, length: keys.length });
    }
  };
  enter(value);
  while (frames.length > 0 && forbidden.length < limit) {
    const frame = frames[frames.length - 1]!;
    if (frame.next >= frame.length) {
      frames.pop();
      path.pop();
      continue;
    }
    const index = frame.next;
    frame.next += 1;
    let child: unknown;
    let segment: string | number;
    if (frame.keys === null) {
      segment = index;
      child = (frame.container as unknown[])[index];
    } else {
      const key = frame.keys[index]!;
      segment = key;
      if (FORBIDDEN_KEYS.has(key) && !(key !== '__proto__' && isPositionsPath(path))) {
        forbidden.push([...path, key]);
        continue;
      }
      child = (frame.container as Record<string, unknown>)[key];
    }
    if (typeof child !== 'object' || child === null) continue;
    if (frames.length >= maxDepth) {
      tooDeep ??= [...path, segment];
      continue;
    }
    path.push(segment);
    enter(child);
  }
  return { forbidden, tooDeep };
}

function isPositionsPath(path: readonly (string | number)[]): boolean {
  return path.length === 2 && path[0] === 'layout' && path[1] === 'positions';
}

/** The paths of every forbidden key in a parsed JSON value, depth first. */
export function findForbiddenKeys(value: unknown, limit = 20): JsonPath[] {
  return inspectJson(value, limit).forbidden;
}
