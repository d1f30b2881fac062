import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { canvasPixelRatio, graphStylesheet, LARGE_GRAPH_TIES } from './graph-style';

function drawnTie(ties: number) {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: graphStylesheet(ties),
    elements: [
      { data: { id: 'qatar' } },
      { data: { id: 'syria' } },
      { data: { id: 'call', source: 'qatar', target: 'syria', kind: 'call', directed: true, status: 'occurred' } },
    ],
  });
  const edge = cy.getElementById('call');
  return { curve: edge.style('curve-style') as string, arrow: edge.style('target-arrow-shape') as string };
}

describe('graphStylesheet', () => {
  it('fans out parallel ties and shows direction with arrowheads on graphs a reader can follow', () => {
    expect(drawnTie(LARGE_GRAPH_TIES)).toEqual({ curve: 'bezier', arrow: 'triangle' });
  });

  it('draws ties as plain centre-to-centre lines (haystack) without arrowheads above the large-graph threshold', () => {
    expect(drawnTie(LARGE_GRAPH_TIES + 1)).toEqual({ curve: 'haystack', arrow: 'none' });
  });
});

describe('canvasPixelRatio', () => {
  it.each([
    { screen: 'a phone’s 3× screen', ties: 80, pixelRatio: 3, touch: true, drawn: 2 },
    { screen: 'a phone’s 2.625× screen', ties: 80, pixelRatio: 2.625, touch: true, drawn: 2 },
    { screen: 'a phone’s 2× screen', ties: 80, pixelRatio: 2, touch: true, drawn: 'auto' },
    { screen: 'a desktop’s 3× screen, which follows the browser’s zoom', ties: 80, pixelRatio: 3, touch: false, drawn: 'auto' },
    { screen: 'a desktop’s 1× screen', ties: 80, pixelRatio: 1, touch: false, drawn: 'auto' },
    { screen: 'a large graph on a phone', ties: LARGE_GRAPH_TIES + 1, pixelRatio: 3, touch: true, drawn: 1 },
    { screen: 'a large graph on a desktop', ties: LARGE_GRAPH_TIES + 1, pixelRatio: 2, touch: false, drawn: 1 },
  ])('$screen, $ties ties: $drawn', ({ ties, pixelRatio, touch, drawn }) => {
    expect(canvasPixelRatio(ties, { pixelRatio, touch })).toBe(drawn);
  });
});

describe('kind marks', () => {
  it('draws each kind’s mark at the middle of its line, in its colour, and none on large graphs', async () => {
    const { EVENT_KINDS } = await import('../domain/dataset-vocabulary');
    const { EVENT_KIND_STYLES } = await import('../domain/edge-kind-style');
    const styled = (ties: number) =>
      cytoscape({
        headless: true,
        styleEnabled: true,
        style: graphStylesheet(ties),
        elements: [
          { data: { id: 'a' } },
          { data: { id: 'b' } },
          ...EVENT_KINDS.map((kind) => ({ data: { id: kind, source: 'a', target: 'b', kind, directed: true, status: 'occurred' } })),
        ],
      });
    const small = styled(LARGE_GRAPH_TIES);
    for (const kind of EVENT_KINDS) {
      const edge = small.getElementById(kind);
      expect(edge.style('mid-target-arrow-shape'), kind).toBe(EVENT_KIND_STYLES[kind].mark);
      if (EVENT_KIND_STYLES[kind].mark !== 'none') expect(edge.style('mid-target-arrow-color'), kind).toBe(edge.style('line-color'));
    }
    expect(small.getElementById('flight').style('mid-target-arrow-shape')).toBe('chevron');
    const large = styled(LARGE_GRAPH_TIES + 1);
    for (const kind of EVENT_KINDS) expect(large.getElementById(kind).style('mid-target-arrow-shape'), kind).toBe('none');
  });
});
