// Owns the lifetime of the graph view: creates it once per dataset, destroys it on unmount, and
// pushes view-state changes into it, at most once per animation frame. Renders the container
// Cytoscape draws into and the hover tooltip.
import type { Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { DatasetModel } from '../domain/dataset-model';
import { usePlayEmphasis } from '../state/play-emphasis';
import { useEffectiveRange } from '../state/use-view';
import {
  clearSelection,
  effectiveRange,
  selectActor,
  selectEvent,
  useViewStore,
} from '../state/view-store';
import { GraphTooltip } from './GraphTooltip';
import { createGraphView, type GraphHover, type GraphSelection, type GraphView } from './graph-view';

function exposeForHosts(cy: Core | undefined): void {
  Object.defineProperty(window, 'cy', { value: cy, configurable: true, writable: false });
}

const prefersReducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function select(selection: GraphSelection): void {
  if (selection === null) clearSelection();
  else if (selection.kind === 'actor') selectActor(selection.id);
  else selectEvent(selection.id);
}

export function GraphCanvas({ model, visible }: { model: DatasetModel; visible: boolean }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<GraphView | null>(null);
  const [hover, setHover] = useState<GraphHover | null>(null);
  const [relayoutBusy, setRelayoutBusy] = useState(false);
  const [layoutProblem, setLayoutProblem] = useState<string | null>(null);
  const range = useEffectiveRange(model);
  const basis = useViewStore((state) => state.basis);
  const hiddenKinds = useViewStore((state) => state.hiddenKinds);
  const level = useViewStore((state) => state.level);
  const selection = useViewStore((state) => state.selection);
  const reading = useViewStore((state) => state.story);
  const chapterNumber = useViewStore((state) => state.chapter);
  const chapterEvents = reading && chapterNumber !== null ? (model.dataset.story?.chapters[chapterNumber - 1]?.events ?? null) : null;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const created = createGraphView({
      container,
      model,
      onSelect: select,
      onHover: setHover,
      reducedMotion: prefersReducedMotion(),
      onLayoutFailed: (reason) =>
        setLayoutProblem(`The actors could not be laid out (${reason}), so they stand on a circle.`),
      onReady: (readyView) => {
        // Draw the current filters before announcing readiness: "ready" means the right edges show.
        const state = useViewStore.getState();
        readyView.applyFilters({
          range: effectiveRange(state, model),
          basis: state.basis,
          hiddenKinds: state.hiddenKinds,
          level: state.level,
        });
        exposeForHosts(readyView.cy);
        setView(readyView);
      },
    });
    return () => {
      exposeForHosts(undefined);
      setView(null);
      setLayoutProblem(null);
      created.destroy();
    };
  }, [model]);

  // Coalesce: a fast drag may change the range many times between two frames; only the last one
  // reaches the graph, so no backlog builds up.
  const frame = useRef(0);
  useEffect(() => {
    if (!view) return undefined;
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => view.applyFilters({ range, basis, hiddenKinds, level }));
    return () => cancelAnimationFrame(frame.current);
  }, [view, range, basis, hiddenKinds, level]);

  // In the story the chapter frames the view; a selection there does not move it.
  useEffect(() => {
    view?.setSelection(selection, { centre: !useViewStore.getState().story });
  }, [view, selection, level]);

  // The chapter's ties stand out, framed once the chapter's filters are drawn (the frame after the
  // filters' own, which was asked for first).
  const highlightFrame = useRef(0);
  useEffect(() => {
    if (!view) return undefined;
    highlightFrame.current = requestAnimationFrame(() => view.highlightEvents(chapterEvents, { frame: chapterEvents !== null }));
    return () => cancelAnimationFrame(highlightFrame.current);
  }, [view, chapterEvents]);

  // Play: the ties each step brought.
  useEffect(() => {
    if (!view) return undefined;
    return usePlayEmphasis.subscribe((emphasis) => requestAnimationFrame(() => view.emphasiseEvents(emphasis.eventIds)));
  }, [view]);

  // The container changes size when the chapter card opens beside it, or the window is resized.
  useEffect(() => {
    const container = containerRef.current;
    if (!view || !container) return undefined;
    const observer = new ResizeObserver(() => view.resize());
    observer.observe(container);
    return () => observer.disconnect();
  }, [view]);

  // Cytoscape measures its container once; after the table view hid it, measure again.
  useEffect(() => {
    if (visible) view?.cy.resize();
  }, [view, visible]);

  const relayout = async () => {
    if (!view) return;
    setRelayoutBusy(true);
    try {
      setLayoutProblem(null);
      await view.relayout();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setLayoutProblem(`Re-layout failed (${reason}); the actors keep their places.`);
    } finally {
      setRelayoutBusy(false);
    }
  };

  return (
    <figure className="graph" aria-labelledby="graph-caption" hidden={!visible}>
      <figcaption id="graph-caption" className="visually-hidden">
        Network of {model.dataset.actors.length} actors. The canvas is drawn for sighted mouse users;
        the actor search, the details panel and the table view give the same information by keyboard.
      </figcaption>
      <div ref={containerRef} className="graph-canvas" data-testid="graph-canvas" data-ready={view !== null} />
      {view === null && (
        // Datasets without positions are laid out once at load, in a worker: the rest of the page
        // works meanwhile.
        <p className="graph-status" role="status">
          <progress aria-label="Layout progress" /> Laying out {model.dataset.actors.length} actors…
        </p>
      )}
      {layoutProblem !== null && (
        <p className="graph-status graph-status--problem" role="alert">
          {layoutProblem} Try “Re-layout”, or add positions to the dataset (<code>layout.positions</code>; <code>npm run data:layout</code> computes them).
        </p>
      )}
      {hover !== null && <GraphTooltip hover={hover} model={model} range={range} basis={basis} />}
      <div className="graph-tools">
        <button type="button" onClick={() => void relayout()} disabled={!view || relayoutBusy}>
          {relayoutBusy ? 'Laying out…' : 'Re-layout'}
        </button>
      </div>
    </figure>
  );
}
