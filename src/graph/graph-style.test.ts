import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { graphStylesheet, LARGE_GRAPH_TIES } from './graph-style';

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
