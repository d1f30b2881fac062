// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterWaitingPicture, GRAPH_WAITS_ATTRIBUTE, graphWaitsForReader, startGraph, whenGraphMayStart } from './graph-start';

/** MutationObserver reports in a microtask. */
const observed = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.documentElement.removeAttribute(GRAPH_WAITS_ATTRIBUTE);
  document.body.replaceChildren();
});

/** The boot shell's stand-in picture, still loading. */
function loadingPicture(): HTMLImageElement {
  const shell = document.createElement('div');
  shell.className = 'boot-preview';
  const image = document.createElement('img');
  Object.defineProperty(image, 'complete', { value: false });
  shell.append(image);
  document.body.append(shell);
  return image;
}

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

describe('afterWaitingPicture', () => {
  it('calls at once where the graph does not wait, even while a picture loads', () => {
    loadingPicture();
    const then = vi.fn();
    afterWaitingPicture(then);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['arrived', 'load', 'error'],
    ['failed', 'error', 'load'],
  ])('where the graph waits, calls once the picture has %s, once', (_, first, later) => {
    document.documentElement.setAttribute(GRAPH_WAITS_ATTRIBUTE, '');
    const image = loadingPicture();
    const then = vi.fn();
    afterWaitingPicture(then);
    expect(then).not.toHaveBeenCalled();
    image.dispatchEvent(new Event(first));
    expect(then).toHaveBeenCalledTimes(1);
    image.dispatchEvent(new Event(later));
    expect(then).toHaveBeenCalledTimes(1);
  });
});
