import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { createGraphLabels } from './graph-labels';

describe('when the names are placed again', () => {
  it('a resize that leaves the canvas its size places no name again (Cytoscape reports one as it starts); a move of the view does', () => {
    const cy = cytoscape({ headless: true, elements: [{ data: { id: 'qatar', label: 'Qatar', name: 'Qatar' } }] });
    const scheduled: Array<() => void> = [];
    const labels = createGraphLabels(cy, { ranks: new Map([['qatar', 0]]), onNextFrame: (callback) => scheduled.push(callback) });
    cy.emit('resize');
    expect(scheduled).toHaveLength(0);
    cy.emit('viewport');
    expect(scheduled).toHaveLength(1);
    labels.destroy();
    cy.emit('viewport');
    expect(scheduled).toHaveLength(1);
    cy.destroy();
  });
});
