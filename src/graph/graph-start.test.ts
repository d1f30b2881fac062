// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GRAPH_WAITS_ATTRIBUTE, graphWaitsForReader, startGraph, whenGraphMayStart } from './graph-start';

/** MutationObserver reports in a microtask. */
const observed = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.documentElement.removeAttribute(GRAPH_WAITS_ATTRIBUTE);
});

describe('whenGraphMayStart', () => {
  it('calls at once on a page that does not wait', () => {
    const then = vi.fn();
    whenGraphMayStart(then);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('waits for the reader, then calls once', async () => {
    document.documentElement.setAttribute(GRAPH_WAITS_ATTRIBUTE, '');
    const then = vi.fn();
    whenGraphMayStart(then);
    document.documentElement.setAttribute('data-theme', 'light');
    await observed();
    expect(then).not.toHaveBeenCalled();
    expect(graphWaitsForReader()).toBe(true);
    startGraph();
    await observed();
    expect(then).toHaveBeenCalledTimes(1);
    expect(graphWaitsForReader()).toBe(false);
    startGraph();
    await observed();
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('calls nothing once cancelled (a view that went before the reader came)', async () => {
    document.documentElement.setAttribute(GRAPH_WAITS_ATTRIBUTE, '');
    const then = vi.fn();
    whenGraphMayStart(then)();
    startGraph();
    await observed();
    expect(then).not.toHaveBeenCalled();
  });
});
