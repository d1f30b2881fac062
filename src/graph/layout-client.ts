// Runs the force layout in a Web Worker and hands back positions. Where no worker can start (an old
// browser, a host whose policy forbids workers) the same code runs on the main thread instead: slower
// to feel, same picture. Only what is drawn is laid out: at state level, the states.
import type { Core, NodeSingular } from 'cytoscape';
import type { LayoutRequest, Positions } from './force-layout';
import { COMPOUND_PADDING_PX } from './graph-style';

/** Same seed, same picture: a dataset without positions looks the same on every load. */
export const LAYOUT_SEED = 20_241_209;

export type LayoutReply = { ok: true; positions: Positions } | { ok: false; message: string };

/** Drawn without any of its members drawn: a plain actor, or a state shown folded. */
const isDrawnLeaf = (node: NodeSingular) => node.children(':visible').empty();

/** What the layout needs from the drawn graph: the box each node takes with its label, and who is tied to whom. */
export function layoutRequestOf(cy: Core, seed: number): LayoutRequest {
  const drawn = cy.nodes(':visible');
  const nodes = drawn.map((node) => {
    const parent = node.parent(':visible').first();
    const box = node.boundingBox({ includeLabels: true, includeOverlays: false });
    const common = { id: node.id(), ...(parent.nonempty() ? { parent: parent.id() } : {}), x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
    if (isDrawnLeaf(node)) return { ...common, width: box.w, height: box.h };
    // A compound's label sits outside its box: reserve its height all round.
    const label = node.boundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false });
    return { ...common, width: 0, height: 0, padding: COMPOUND_PADDING_PX + label.h };
  });
  const ids = new Set(drawn.map((node) => node.id()));
  // One pair per tied couple, whatever the time or the kind: the layout needs who is tied to whom.
  const pairs = new Map<string, readonly [string, string]>();
  for (const edge of cy.edges('[ties]')) {
    const [a, b] = [edge.data('source') as string, edge.data('target') as string].sort();
    if (ids.has(a!) && ids.has(b!)) pairs.set(`${a}\u0000${b}`, [a!, b!]);
  }
  return { nodes, edges: [...pairs.values()], seed };
}

/**
 * Where each drawn leaf goes, from the centres of the boxes the layout placed: a node sits inside its
 * box where it sat inside the box it was measured with (its label hangs below it).
 */
export function nodePositionsFrom(cy: Core, boxCentres: Positions): Positions {
  const positions: Positions = {};
  for (const node of cy.nodes(':visible')) {
    if (!isDrawnLeaf(node)) continue;
    const centre = boxCentres[node.id()];
    if (centre === undefined) continue;
    const box = node.boundingBox({ includeLabels: true, includeOverlays: false });
    const { x, y } = node.position();
    positions[node.id()] = { x: centre.x + x - (box.x1 + box.x2) / 2, y: centre.y + y - (box.y1 + box.y2) / 2 };
  }
  return positions;
}

/** The layout's positions, or null when `signal` stopped it first (the worker is ended at once). */
export async function computeLayoutOffMainThread(request: LayoutRequest, signal: AbortSignal): Promise<Positions | null> {
  if (signal.aborted) return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return (await import('./force-layout')).computeLayout(request);
  }
  try {
    const reply = await new Promise<LayoutReply | null>((resolve, reject) => {
      signal.addEventListener('abort', () => resolve(null), { once: true });
      worker.onmessage = (message: MessageEvent<LayoutReply>) => resolve(message.data);
      worker.onerror = (event) => {
        event.preventDefault();
        reject(new WorkerFailed(event.message));
      };
      worker.postMessage(request);
    });
    if (reply === null) return null;
    if (!reply.ok) throw new Error(`The force layout failed: ${reply.message}`);
    return reply.positions;
  } catch (error) {
    // The worker script itself could not load or run: lay out here rather than not at all.
    if (error instanceof WorkerFailed) return (await import('./force-layout')).computeLayout(request);
    throw error;
  } finally {
    worker.terminate();
  }
}

class WorkerFailed extends Error {}
