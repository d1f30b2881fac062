// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { GRAPH_WAITS_ATTRIBUTE, graphWaitsForReader } from '../graph/graph-start';
import { DEFAULT_VIEW_STATE, useViewStore } from '../state/view-store';
import { startGraphWhenViewChanges } from './boot-preview';

afterEach(() => {
  document.documentElement.removeAttribute(GRAPH_WAITS_ATTRIBUTE);
  useViewStore.setState(DEFAULT_VIEW_STATE, true);
});

describe('startGraphWhenViewChanges', () => {
  it('keeps waiting while the view is the default one the picture shows, and starts the graph when it is not', () => {
    document.documentElement.setAttribute(GRAPH_WAITS_ATTRIBUTE, '');
    const stop = startGraphWhenViewChanges();
    useViewStore.setState({ ...DEFAULT_VIEW_STATE });
    expect(graphWaitsForReader()).toBe(true);
    useViewStore.setState({ to: 20_000 });
    expect(graphWaitsForReader()).toBe(false);
    stop();
  });

  it('starts the graph at once when the address already named another view', () => {
    document.documentElement.setAttribute(GRAPH_WAITS_ATTRIBUTE, '');
    useViewStore.setState({ selection: { kind: 'actor', id: 'qatar' } });
    startGraphWhenViewChanges();
    expect(graphWaitsForReader()).toBe(false);
  });
});
