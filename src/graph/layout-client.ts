// Runs the force layout in a Web Worker and hands back positions. Where no worker can start (an old
// browser, a host whose policy forbids workers) the same code runs on the main thread instead: slower
// to feel, same picture. Only what is drawn is laid out: at state level, the states.
import type { Core } from 'cytoscape';
import type { LayoutRequest, LayoutViewport, Positions } from './force-layout';
import { LABEL_MAX_WIDTH_NARROW_PX, LABEL_PX } from './label-scale';
import { canvasTextWidth, wrappedNameSize } from './framing-estimate';
import { phoneNameOf } from './framing';
import type { Actor } from '../domain/dataset-schema';
import { isStateOrGroup } from '../domain/label-priority';
import { applyPendingStyle, isDrawnLeaf } from './graph-labels';

/** Same seed, same picture: a dataset without positions looks the same on every load. */
export const LAYOUT_SEED = 20_241_209;

export type LayoutReply = { ok: true; positions: Positions } | { ok: false; message: string };

/** Drawn without any of its members drawn: a plain actor, or a state shown folded. */

const LABEL_ONLY = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false } as const;

/**
 * What the layout needs from the drawn graph: each shape's size, each name's size on screen (it is
 * kept at that size whatever the zoom), who is tied to whom, and the canvas the result is framed in.
 */
export function layoutRequestOf(cy: Core, seed: number, rankOf: (id: string) => number, alsoFor: readonly LayoutViewport[] = []): LayoutRequest {
  const drawn = cy.nodes(':visible');
  const textWidth = canvasTextWidth();
  // The names' boxes as they will be drawn, not as a pending style left them (graph-labels.ts).
  applyPendingStyle(drawn);
  const nodes = drawn.map((node) => {
    const parent = node.parent(':visible').first();
    const { x, y } = node.position();
    const label = node.boundingBox(LABEL_ONLY);
    // The name's graph size was set for the zoom's step: LABEL_PX on screen is labelSize in graph units.
    const toScreen = LABEL_PX / (node.data('labelSize') as number);
    const common = {
      id: node.id(),
      rank: rankOf(node.id()),
      stateOrGroup: isStateOrGroup({ type: node.data('type') as Actor['type'] }),
      ...(parent.nonempty() ? { parent: parent.id() } : {}),
      x,
      y,
      // A name larger than the canvas is never drawn (label-choice.ts): no room is kept for it.
      ...(label.w > 0 && label.h > 0 && label.w * toScreen <= cy.width() && label.h * toScreen <= cy.height() ? { label: { width: label.w * toScreen, height: label.h * toScreen } } : {}),
      // The name a phone draws, measured as Cytoscape wraps it, for the phone frames the layout is also for.
      ...(textWidth === null ? {} : { phoneLabel: wrappedNameSize(phoneNameOf({ label: node.data('label') as string, shortLabel: node.data('shortLabel') as string | undefined }), LABEL_MAX_WIDTH_NARROW_PX, !isDrawnLeaf(node), textWidth) }),
    };
    if (!isDrawnLeaf(node)) return { ...common, width: 0, height: 0 };
    const body = node.boundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false });
    return { ...common, width: body.w, height: body.h };
  });
  const ids = new Set(drawn.map((node) => node.id()));
  // One pair per tied couple, whatever the time or the kind: the layout needs who is tied to whom.
  const pairs = new Map<string, readonly [string, string]>();
  for (const edge of cy.edges('[ties]')) {
    const [a, b] = [edge.data('source') as string, edge.data('target') as string].sort();
    if (ids.has(a!) && ids.has(b!)) pairs.set(`${a}\u0000${b}`, [a!, b!]);
  }
  return { nodes, edges: [...pairs.values()], seed, viewports: [{ width: cy.width(), height: cy.height(), names: 'all' }, ...alsoFor] };
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
