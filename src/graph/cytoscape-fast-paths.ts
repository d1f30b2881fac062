// Faster, equivalent replacements for Cytoscape internals that build collections in loops, allocate
// on every call or scan a hub's every edge, which dominated the benchmark's profiles on graphs with
// compound nodes (persons inside states) and hubs (states with thousands of ties). Each is checked by
// a property test against Cytoscape's own, so an upgrade that changes the internals fails there
// rather than in a reader's browser.
//
// `dirtyStyleCache`: Cytoscape calls it for every style property it applies to an element; the
// original builds four collections each time, which made creating the benchmark's 2,000-actor graph
// take about nine seconds. This version clears the same caches (the element, its descendants, its
// ancestors, and the edges of all of them) with plain loops.
//
// `parallelEdges`: adding an edge asks for its parallel edges, and the original scans every edge of
// the edge's source. When the source is a hub, adding 50,000 ties scanned hundreds of millions of
// edges (five of the fourteen seconds of creating the benchmark's largest graph). Parallel edges are
// in both ends' lists in the same relative order, so this version scans the shorter list.
//
// `boundingBox`: the renderer asks every element for its box several times per frame; each call
// builds a memoising closure, an array for the position key and, for an edge, two collections, even
// when the cached box is clean. At 10,000 ties that was most of a frame's garbage (tens of megabytes).
// This version answers the clean case
// from the cache, as the original does, without allocating; every other case goes to the original.
//
// `effectiveOpacity`: the renderer asks every element for it on every frame, and the original builds
// a collection of the element's ancestors each time. This version multiplies up the parent chain.
//
// The renderer's draw order: showing or hiding an edge (`display`) makes Cytoscape sort every
// element again before the next frame, with a comparator that builds a collection of ancestors for
// both ends of an edge on every comparison; at 10,000 ties that sort was a third of each frame and a
// large share of its garbage. This version works out each
// element's sort key once and sorts by the keys, which gives the same order.
import cytoscape, { type Collection, type Core, type SingularElementReturnValue } from 'cytoscape';
import { installDrawingFastPaths } from './cytoscape-drawing-fast-paths';
import { installEventFastPaths } from './cytoscape-event-fast-paths';

interface ElementInternals {
  styleCache: unknown;
  bbCache?: unknown;
  bbCachePosKey?: number | null;
  styleDirty?: boolean;
  position?: { x: number; y: number };
  parent?: CyElement | null;
  children?: CyElement[];
  edges?: CyElement[];
  source?: CyElement;
  target?: CyElement;
  data: { parent?: unknown; source?: string; target?: string };
}

interface CyElement {
  readonly _private: ElementInternals;
  isEdge(): boolean;
  isNode(): boolean;
  pstyle(name: string): { value: unknown };
  poolIndex(): number;
  /** Drawn and able to receive pointer events (Cytoscape's own test, cached per element). */
  interactive(): boolean;
}

type DirtyStyleCache = (this: Collection) => Collection;
type ParallelEdges = (this: Collection, selector?: unknown) => Collection;
type BoundingBox = (this: Collection, options?: unknown) => unknown;
type EffectiveOpacity = (this: Collection) => number | undefined;

const prototype = Object.getPrototypeOf(cytoscape({ headless: true }).collection()) as {
  dirtyStyleCache: DirtyStyleCache;
  parallelEdges: ParallelEdges;
  boundingBox: BoundingBox;
  effectiveOpacity: EffectiveOpacity;
};

/** Cytoscape's own implementation, kept for graphs without compound nodes and for the test. */
export const originalDirtyStyleCache: DirtyStyleCache = prototype.dirtyStyleCache;

export function dirtyStyleCacheWithoutCollections(this: Collection): Collection {
  const cy = (this as unknown as { cy(): Core & { hasCompoundNodes(): boolean } }).cy();
  if (!cy.hasCompoundNodes()) return originalDirtyStyleCache.call(this);
  const clearWithEdges = (element: CyElement) => {
    element._private.styleCache = null;
    for (const edge of element._private.edges ?? []) edge._private.styleCache = null;
  };
  const clearSubtree = (element: CyElement) => {
    clearWithEdges(element);
    for (const child of element._private.children ?? []) clearSubtree(child);
  };
  for (let index = 0; index < this.length; index += 1) {
    const element = this[index] as unknown as CyElement;
    if (element.isEdge()) {
      // An edge has no descendants, no ancestors and no edges of its own.
      element._private.styleCache = null;
      continue;
    }
    clearSubtree(element);
    for (let parent = element._private.parent; parent; parent = parent._private.parent) clearWithEdges(parent);
  }
  return this;
}

/** Cytoscape's own implementation (with its cache for an element argument), kept for the test. */
export const originalParallelEdges: ParallelEdges = prototype.parallelEdges;

export function parallelEdgesFromShorterEnd(this: Collection, selector?: unknown): Collection {
  // Cytoscape caches only calls given an element; those keep its own path and its cache.
  if (selector !== undefined) return originalParallelEdges.call(this, selector);
  const parallel: CyElement[] = [];
  for (let index = 0; index < this.length; index += 1) {
    const edge = this[index] as unknown as CyElement;
    if (!edge.isEdge()) continue;
    const { source, target } = edge._private;
    const sourceId = edge._private.data.source;
    const targetId = edge._private.data.target;
    const sourceEdges = source?._private.edges ?? [];
    const targetEdges = target?._private.edges ?? [];
    for (const other of sourceEdges.length <= targetEdges.length ? sourceEdges : targetEdges) {
      const { source: otherSource, target: otherTarget } = other._private.data;
      if ((otherSource === sourceId && otherTarget === targetId) || (otherSource === targetId && otherTarget === sourceId)) {
        parallel.push(other);
      }
    }
  }
  return (this as unknown as { spawn(elements: CyElement[], unique: boolean): Collection }).spawn(parallel, true);
}

/** Cytoscape's own implementation, kept for every case but a clean cached box, and for the test. */
export const originalBoundingBox: BoundingBox = prototype.boundingBox;

// Cytoscape's integer hash (`hashIntsArray`): its seed and factor.
const POSITION_HASH_SEED = 9261;
const POSITION_HASH_FACTOR = 65599;
const hashStep = (hash: number, value: number) => (hash * POSITION_HASH_FACTOR + value) | 0;
const hashPosition = (hash: number, end: CyElement | undefined) => {
  const position = end?._private.position;
  return hashStep(hashStep(hash, Math.round(position?.x ?? 0)), Math.round(position?.y ?? 0));
};

/**
 * The key Cytoscape stores with a cached box (`getBoundingBoxPosKey`): a hash of the rounded position
 * of a node, or of both ends of an edge. Were it ever to differ from Cytoscape's, the clean case would
 * never match and every call would take the original path: slower, never wrong.
 */
export function positionKey(element: CyElement): number {
  // No arrays and no closures: this runs for every element several times per frame.
  const internals = element._private;
  return element.isEdge()
    ? hashPosition(hashPosition(POSITION_HASH_SEED, internals.source), internals.target)
    : hashPosition(POSITION_HASH_SEED, element);
}

/**
 * Whether the element's cached box is clean. It compares the key inside and answers a boolean: a
 * returned key is a 32-bit integer, which V8 boxes on the heap whenever it leaves a compiled
 * function, and this runs for every element several times per frame.
 */
function hasCleanCachedBox(element: CyElement): boolean {
  const internals = element._private;
  return internals.bbCache != null && !internals.styleDirty && internals.bbCachePosKey === positionKey(element);
}

export function boundingBoxFromCleanCache(this: Collection, options?: unknown): unknown {
  if (options === undefined && this.length === 1) {
    const element = this[0] as unknown as CyElement;
    if (hasCleanCachedBox(element)) return element._private.bbCache;
  }
  return originalBoundingBox.call(this, options);
}

/** Cytoscape's own implementation, kept for the test. */
export const originalEffectiveOpacity: EffectiveOpacity = prototype.effectiveOpacity;

export function effectiveOpacityUpTheParentChain(this: Collection): number | undefined {
  const cy = (this as unknown as { cy(): Core & { hasCompoundNodes(): boolean; styleEnabled(): boolean } }).cy();
  if (!cy.styleEnabled()) return 1;
  const element = this[0] as unknown as CyElement | undefined;
  if (!element) return undefined;
  let opacity = element.pstyle('opacity').value as number;
  if (!cy.hasCompoundNodes() || !element._private.data.parent) return opacity;
  // Nearest ancestor first, as Cytoscape multiplies, so the floating-point result is the same.
  for (let parent = element._private.parent; parent; parent = parent._private.parent) {
    opacity = (parent.pstyle('opacity').value as number) * opacity;
  }
  return opacity;
}

let installed = false;

export function installCytoscapeFastPaths(): void {
  if (installed) return;
  installed = true;
  prototype.dirtyStyleCache = dirtyStyleCacheWithoutCollections;
  prototype.parallelEdges = parallelEdgesFromShorterEnd;
  prototype.boundingBox = boundingBoxFromCleanCache;
  prototype.effectiveOpacity = effectiveOpacityUpTheParentChain;
  installEventFastPaths();
}

/** Cytoscape's "childless nodes always on top" depth, and its `top` depth. */
const TOP_DEPTH = Number.MAX_SAFE_INTEGER;
const CHILDLESS_NODE_DEPTH = TOP_DEPTH - 1;

/** Cytoscape's `zDepth`: a parent's nesting level, childless nodes on top, an edge at its deeper end. */
function compoundDepthOf(element: CyElement): number {
  const internals = element._private;
  if (element.isNode()) {
    if ((internals.children?.length ?? 0) === 0) return CHILDLESS_NODE_DEPTH;
    if (!internals.data.parent) return 0;
    let depth = 0;
    for (let parent = internals.parent; parent; parent = parent._private.parent) depth += 1;
    return depth;
  }
  return Math.max(compoundDepthOf(internals.source!), compoundDepthOf(internals.target!), 0);
}

/**
 * Every element in Cytoscape's draw order (its `zIndexSort`: compound depth, edges under nodes,
 * `z-index`, then the order of addition), from keys worked out once per element.
 */
export function zSortedElements(cy: Core): SingularElementReturnValue[] {
  const elements = (cy as unknown as { mutableElements(): Collection }).mutableElements() as unknown as ArrayLike<CyElement>;
  const hasCompoundNodes = (cy as unknown as { hasCompoundNodes(): boolean }).hasCompoundNodes();
  const count = elements.length;
  const { depth, nodeAbove, zIndex, addedAt, order } = sortKeysFor(count);
  for (let index = 0; index < count; index += 1) {
    const element = elements[index]!;
    const compoundDepth = element.pstyle('z-compound-depth').value;
    depth[index] =
      compoundDepth === 'auto' ? (hasCompoundNodes ? compoundDepthOf(element) : 0) : compoundDepth === 'bottom' ? -1 : compoundDepth === 'top' ? TOP_DEPTH : 0;
    nodeAbove[index] = element.pstyle('z-index-compare').value === 'auto' && element.isNode() ? 1 : 0;
    zIndex[index] = element.pstyle('z-index').value as number;
    addedAt[index] = element.poolIndex();
    order[index] = index;
  }
  order.sort((a, b) => compare(depth[a]!, depth[b]!) || nodeAbove[a]! - nodeAbove[b]! || compare(zIndex[a]!, zIndex[b]!) || addedAt[a]! - addedAt[b]!);
  const sorted = new Array<SingularElementReturnValue>(count);
  for (let index = 0; index < count; index += 1) sorted[index] = elements[order[index]!] as unknown as SingularElementReturnValue;
  return sorted;
}

interface SortKeys {
  depth: Float64Array;
  nodeAbove: Uint8Array;
  zIndex: Float64Array;
  addedAt: Float64Array;
  order: Uint32Array;
}

// Every step that shows or hides a tie sorts again; at 65,000 elements fresh key arrays were
// megabytes of garbage per frame. The arrays are kept and regrown only when the graph grows.
let sortKeys: SortKeys | null = null;

function sortKeysFor(count: number): SortKeys {
  if (sortKeys === null || sortKeys.order.length < count) {
    sortKeys = {
      depth: new Float64Array(count),
      nodeAbove: new Uint8Array(count),
      zIndex: new Float64Array(count),
      addedAt: new Float64Array(count),
      order: new Uint32Array(count),
    };
  }
  const { depth, nodeAbove, zIndex, addedAt, order } = sortKeys;
  return { depth, nodeAbove, zIndex, addedAt, order: order.subarray(0, count) };
}

function compare(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type ZSortedElements = SingularElementReturnValue[] & { interactive?: SingularElementReturnValue[] };

interface ZOrderingRenderer {
  cachedZSortedEles: ZSortedElements | null;
  getCachedZSortedEles(forceRecalc?: boolean): ZSortedElements;
  updateCachedGrabbedEles(): void;
}

/** Gives this graph's renderer the keyed draw-order sort and garbage-free drawing; a headless graph has no renderer. */
export function installRendererFastPaths(cy: Core): void {
  const renderer = (cy as unknown as { renderer(): ZOrderingRenderer | null | undefined }).renderer();
  if (!renderer) return;
  installDrawingFastPaths(renderer);
  // The same cache and the same companions as Cytoscape's own `getCachedZSortedEles`.
  renderer.getCachedZSortedEles = function getCachedZSortedEles(this: ZOrderingRenderer, forceRecalc?: boolean) {
    if (forceRecalc || !this.cachedZSortedEles) {
      const sorted: ZSortedElements = zSortedElements(cy);
      sorted.interactive = sorted.filter((element) => (element as unknown as CyElement).interactive());
      this.cachedZSortedEles = sorted;
      this.updateCachedGrabbedEles();
    }
    return this.cachedZSortedEles;
  };
}
