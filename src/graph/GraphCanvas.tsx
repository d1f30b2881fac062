// Owns the lifetime of the graph view: creates it once per dataset, destroys it on unmount, and
// pushes view-state changes into it, at most once per animation frame. Renders the container
// Cytoscape draws into, the layout status and the hover tooltip. A failure outside React (in a
// frame, a pointer event, the layout) is thrown again during render, so the graph's error boundary
// shows it rather than the console alone.
import { useEffect, useRef, useState } from 'react';
import type { DatasetModel } from '../domain/dataset-model';
import { BAND_BUDGET, LINE_BUDGET } from '../domain/line-budget';
import { effectiveLevel } from '../domain/view-params';
import { viewFilterOf } from '../domain/view-filter';
import { usePlayEmphasis } from '../state/play-emphasis';
import { useGraphLevel, useViewFilter } from '../state/use-view';
import {
  clearSelection,
  selectActor,
  selectEvent,
  setLineChoice,
  toggleExpanded,
  useViewStore,
  type ViewState,
} from '../state/view-store';
import type { GestureHint, GestureMode } from './cooperative-gestures';
import { setDrawnGraph } from './drawn-graph';
import { afterWaitingPicture, whenGraphMayStart } from './graph-start';
import './graph.css';
import { GraphTooltip } from './GraphTooltip';
import type {
  DrawnLines,
  GraphHover,
  GraphScope,
  GraphSelection,
  GraphView,
  LayoutState,
} from './graph-view';

// Cytoscape is most of the JavaScript; it loads beside the dataset instead of before the page shows
// anything (the time bar, the title and the table need none of it). Asked for once, at module load,
// or where the graph waits for the reader, once the picture standing in for it has arrived.
let graphViewModule: Promise<typeof import('./graph-view')> | null = null;
const loadGraphView = () => (graphViewModule ??= import('./graph-view'));
afterWaitingPicture(() => {
  void loadGraphView().catch(() => {
    // Reported where it is awaited, with the error boundary; a failed load is asked again there.
    graphViewModule = null;
  });
});

const prefersReducedMotion = () =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function select(selection: GraphSelection): void {
  if (selection === null) clearSelection();
  else if (selection.kind === 'actor') selectActor(selection.id);
  else selectEvent(selection.id);
}

/** The scope the store describes now, for code outside render (the view's first frame). */
function scopeOf(state: ViewState, model: DatasetModel): GraphScope {
  return {
    filter: viewFilterOf(state, model.extents),
    level: effectiveLevel(state.level, model.edges.length),
    expanded: state.expanded,
    lines: state.lines,
  };
}

/** How long the note on how to move the graph stays after the last gesture that went to the page. */
const HINT_MS = 1600;

const isApple = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

const HINTS: Record<GestureHint, () => string> = {
  wheel: () => `Use ${isApple() ? '⌘' : 'Ctrl'} + scroll to zoom the graph`,
  touch: () => 'Use two fingers to move the graph',
};

export function GraphCanvas({
  model,
  visible,
  gestures = 'greedy',
}: {
  model: DatasetModel;
  visible: boolean;
  /** Who takes the wheel and touch over the graph (src/graph/cooperative-gestures.ts). */
  gestures?: GestureMode;
}) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<GraphView | null>(null);
  const [hover, setHover] = useState<GraphHover | null>(null);
  const [relayoutBusy, setRelayoutBusy] = useState(false);
  const [layout, setLayout] = useState<{ state: LayoutState; message?: string }>({ state: 'none' });
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [drawnLines, setDrawnLines] = useState<DrawnLines | null>(null);
  // Whether the view shows the whole graph as framed; when not, "Reset view" is offered.
  const [framed, setFramed] = useState(true);
  const [hint, setHint] = useState<GestureHint | null>(null);
  const hintTimer = useRef(0);
  const filter = useViewFilter(model);
  const level = useGraphLevel(model);
  const expanded = useViewStore((state) => state.expanded);
  const lines = useViewStore((state) => state.lines);
  const selection = useViewStore((state) => state.selection);
  const reading = useViewStore((state) => state.story);
  const chapterNumber = useViewStore((state) => state.chapter);
  const chapterEvents = reading && chapterNumber !== null ? (model.dataset.story?.chapters[chapterNumber - 1]?.events ?? null) : null;
  // Pending frames of the scope effect; cancelled when the view goes, so none reaches a destroyed graph.
  const frame = useRef(0);

  if (failure !== null)
    throw failure.error instanceof Error ? failure.error : new Error(String(failure.error));

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    let created: GraphView | null = null;
    let unmounted = false;
    // Thrown outside React's render, so handed to the error boundary by hand.
    const guardedCreate = (module: typeof import('./graph-view')) => {
      try {
        create(module);
      } catch (error) {
        if (!unmounted) setFailure({ error });
      }
    };
    const create = ({ createGraphView }: typeof import('./graph-view')) => {
      if (unmounted) return;
      created = createGraphView({
        container,
        model,
        scope: scopeOf(useViewStore.getState(), model),
        onSelect: select,
        onHover: setHover,
        onToggleExpanded: toggleExpanded,
        reducedMotion: prefersReducedMotion(),
        onLayoutChange: (state, message) =>
          setLayout({ state, ...(message === undefined ? {} : { message }) }),
        onError: (error) => setFailure({ error }),
        onDrawnLines: setDrawnLines,
        onFramedChange: setFramed,
        gestures,
        onGestureHint: (next) => {
          setHint(next);
          window.clearTimeout(hintTimer.current);
          hintTimer.current = window.setTimeout(() => setHint(null), HINT_MS);
        },
        onReady: (readyView) => {
          // The store may have moved since creation: "ready" means the right lines show.
          readyView.show(scopeOf(useViewStore.getState(), model));
          setDrawnGraph(readyView);
          setView(readyView);
        },
      });
    };
    // Made in a task of its own, after React's commit: the page's rendering and the graph's creation
    // are then two shorter tasks rather than one long one, so a slow phone answers input in between.
    let createTimer: number | undefined;
    const createSoon = (module: typeof import('./graph-view')) => {
      if (!unmounted) createTimer = window.setTimeout(() => guardedCreate(module), 0);
    };
    // On a touch screen the default view may wait for the reader first (graph-start.ts).
    const stopWaiting = whenGraphMayStart(() => {
      loadGraphView().then(createSoon, (error: unknown) => {
        if (!unmounted)
          setFailure({
            error: new Error(
              `The graph could not be loaded (${error instanceof Error ? error.message : String(error)}). Reload the page to try again.`,
            ),
          });
      });
    });
    return () => {
      unmounted = true;
      stopWaiting();
      window.clearTimeout(createTimer);
      cancelAnimationFrame(frame.current);
      window.clearTimeout(hintTimer.current);
      setHint(null);
      setFramed(true);
      setDrawnGraph(null);
      setView(null);
      setHover(null);
      setLayout({ state: 'none' });
      setDrawnLines(null);
      created?.destroy();
    };
    // The gesture mode is the page's, fixed for its life; it is listed only for completeness.
  }, [model, gestures]);

  // Coalesce: a fast drag may change the range many times between two frames; only the last one
  // reaches the graph, so no backlog builds up.
  useEffect(() => {
    if (!view) return undefined;
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      try {
        view.show({ filter, level, expanded, lines });
      } catch (error) {
        setFailure({ error });
      }
    });
    return () => cancelAnimationFrame(frame.current);
  }, [view, filter, level, expanded, lines]);

  // In the story the chapter frames the view; a selection there does not move it.
  useEffect(() => {
    view?.setSelection(selection, { centre: !useViewStore.getState().story });
  }, [view, selection, level, expanded]);

  // The chapter's ties stand out, framed once the chapter's scope is drawn (in the frame after the
  // scope's own, which was asked for first).
  const highlightFrame = useRef(0);
  useEffect(() => {
    if (!view) return undefined;
    highlightFrame.current = requestAnimationFrame(() => {
      try {
        view.highlightEvents(chapterEvents, { frame: chapterEvents !== null });
      } catch (error) {
        setFailure({ error });
      }
    });
    return () => cancelAnimationFrame(highlightFrame.current);
  }, [view, chapterEvents]);

  // Play: the ties each step brought, once the step's scope is drawn.
  useEffect(() => {
    if (!view) return undefined;
    let pending = 0;
    const unsubscribe = usePlayEmphasis.subscribe((emphasis) => {
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(() => {
        try {
          view.emphasiseEvents(emphasis.eventIds);
        } catch (error) {
          setFailure({ error });
        }
      });
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(pending);
    };
  }, [view]);

  // Cytoscape measures its container once; after the table view hid it, measure again.
  useEffect(() => {
    if (visible) view?.resize();
  }, [view, visible]);

  const relayout = async () => {
    if (!view) return;
    setRelayoutBusy(true);
    try {
      await view.relayout();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setLayout({
        state: 'failed',
        message: `Re-layout failed (${reason}); the actors keep their places.`,
      });
    } finally {
      setRelayoutBusy(false);
    }
  };

  const actorCount = model.dataset.actors.length;
  return (
    <figure className="graph" aria-labelledby="graph-caption" hidden={!visible}>
      <figcaption id="graph-caption" className="visually-hidden">
        Network of {actorCount} actors
        {level === 'state' ? ', persons folded into their states' : ''}. The canvas is drawn for
        sighted mouse users; the actor search, the details panel and the table view give the same
        information by keyboard.
      </figcaption>
      <div
        className="graph-canvas"
        data-testid="graph-canvas"
        data-ready={view !== null}
        data-layout={layout.state}
        // Cytoscape tells of leaving a node only while the pointer is on the canvas.
        onMouseLeave={() => setHover(null)}
      >
        {/* Cytoscape's own element: it redraws the whole graph whenever an attribute of its
            container changes, so the states above live on the element around it. */}
        <div ref={containerRef} className="graph-canvas-surface" />
      </div>
      {view === null && (
        <p className="graph-status" role="status">
          <progress aria-label="Drawing progress" /> Drawing {actorCount} actors…
        </p>
      )}
      {view !== null && layout.state === 'running' && !relayoutBusy && (
        // Datasets without positions are drawn first and laid out after, in a worker: the rest of
        // the page works meanwhile, and the reader can stop it.
        <p className="graph-status" role="status">
          <progress aria-label="Layout progress" /> Laying out the actors…{' '}
          <button type="button" onClick={() => view.cancelLayout()}>
            Stop
          </button>
        </p>
      )}
      {layout.state === 'failed' && (
        <p className="graph-status graph-status--problem" role="alert">
          {layout.message?.startsWith('Re-layout')
            ? layout.message
            : `The actors could not be laid out (${layout.message ?? 'unknown error'}), so they keep their starting places.`}{' '}
          Try “Re-layout”, or add positions to the dataset (<code>layout.positions</code>;{' '}
          <code>npm run data:layout</code> computes them).
        </p>
      )}
      {layout.state === 'cancelled' && (
        <p className="graph-status" role="status">
          Layout stopped; the actors keep their starting places. “Re-layout” starts it again.
        </p>
      )}
      {view !== null && drawnLines !== null && (drawnLines.drawn < drawnLines.total || drawnLines.bandsDrawn < drawnLines.bands) && (
        // A hairball of every line tells a reader nothing and costs seconds to draw: the strongest
        // lines and bands are drawn, and the rest on request (src/domain/line-budget.ts).
        <p className="graph-note" data-testid="line-budget">
          Drawn:{' '}
          {drawnLines.drawn < drawnLines.total
            ? `the ${drawnLines.drawn.toLocaleString('en')} strongest of ${drawnLines.total.toLocaleString('en')} connections`
            : `all ${drawnLines.total.toLocaleString('en')} connections`}
          {drawnLines.bandsDrawn < drawnLines.bands &&
            `, and the ${drawnLines.bandsDrawn.toLocaleString('en')} relationship bands between the most connected actors of ${drawnLines.bands.toLocaleString('en')}`}
          . Select an actor to draw all of its ties{drawnLines.bandsDrawn < drawnLines.bands && ' and bands'}; the table lists every tie.{' '}
          <button type="button" onClick={() => setLineChoice('all')}>
            Draw all {drawnLines.total.toLocaleString('en')}
          </button>
        </p>
      )}
      {view !== null &&
        lines === 'all' &&
        drawnLines !== null &&
        (drawnLines.total > LINE_BUDGET || drawnLines.bands > BAND_BUDGET) && (
          <p className="graph-note" data-testid="line-budget">
            Drawn: all {drawnLines.total.toLocaleString('en')} connections
            {drawnLines.bands > BAND_BUDGET && ` and all ${drawnLines.bands.toLocaleString('en')} relationship bands`}.{' '}
            <button type="button" onClick={() => setLineChoice('strongest')}>
              Only the {LINE_BUDGET.toLocaleString('en')} strongest
            </button>
          </p>
        )}
      {hover !== null && <GraphTooltip hover={hover} model={model} filter={filter} />}
      {hint !== null && (
        // For pointer and touch readers, who just tried the gesture; the buttons and the table
        // are the keyboard's ways, so it is not announced.
        <p className="graph-gesture-hint" aria-hidden="true" data-testid="gesture-hint">
          {HINTS[hint]()}
        </p>
      )}
      {view !== null && !framed && (
        <button type="button" className="graph-reset" onClick={() => view.resetView()} aria-label="Reset view: show the whole graph">
          Reset view
        </button>
      )}
      <div className="graph-tools">
        <button type="button" onClick={() => void relayout()} disabled={!view || relayoutBusy}>
          {relayoutBusy ? 'Laying out…' : 'Re-layout'}
        </button>
      </div>
    </figure>
  );
}
