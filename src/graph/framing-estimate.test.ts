import { describe, expect, it } from 'vitest';
import { estimatedFramingZoom, wrappedNameSize, type FramedNode, type TextWidth } from './framing-estimate';
import { legibilityAt } from './layout-legibility';
import { LABEL_MAX_WIDTH_PX, LABEL_PLATE_PX, LABEL_PX } from './label-scale';

/** Six pixels a character, seven in bold: enough to follow the wrapping by hand. */
const fixedWidth: TextWidth = (text, bold) => text.length * (bold ? 7 : 6);

describe('a name measured before it is drawn', () => {
  it('is one line when it fits, on its plate', () => {
    expect(wrappedNameSize('Qatar', 120, false, fixedWidth)).toEqual({ width: 30 + 2 * LABEL_PLATE_PX, height: LABEL_PX + 2 * LABEL_PLATE_PX });
  });

  it('wraps between words at the width, as Cytoscape wraps it, and a word longer than the width stays whole', () => {
    // "Military Operations" is 19 characters (114 px): one line at 120 px; "Administration" the next.
    expect(wrappedNameSize('Military Operations Administration', 120, false, fixedWidth)).toEqual({ width: 114 + 2, height: 2 * LABEL_PX + 2 });
    expect(wrappedNameSize('Military Operations Administration', 80, false, fixedWidth)).toEqual({ width: 84 + 2, height: 3 * LABEL_PX + 2 });
    expect(wrappedNameSize('Hayat Tahrir al-Sham', 60, true, fixedWidth).height).toBe(3 * LABEL_PX + 2);
  });
});

describe('the framing guessed from the nodes alone', () => {
  const nodes: FramedNode[] = [
    { id: 'qatar', type: 'state', label: 'Qatar', x: 0, y: 0 },
    { id: 'syria', type: 'state', label: 'Syria', x: 400, y: 120 },
    { id: 'assad', type: 'person', label: 'Bashar al-Assad', parent: 'syria', x: 380, y: 100 },
    { id: 'emir', type: 'person', label: 'Tamim bin Hamad Al Thani', parent: 'qatar', x: -60, y: 380 },
    { id: 'hts', type: 'armed-group', label: 'Hayat Tahrir al-Sham', x: 200, y: 300 },
  ];

  it("is the layout's own framing of shapes sized as drawn and names measured in their font", () => {
    const canvas = { width: 900, height: 600 };
    const shapes = { state: 32, person: 18, 'armed-group': 24 } as const;
    const boxes = new Set(['qatar', 'syria']);
    const expected = legibilityAt(
      nodes.map((node) => ({
        id: node.id,
        width: shapes[node.type as keyof typeof shapes],
        height: shapes[node.type as keyof typeof shapes],
        ...(node.parent === undefined ? {} : { parent: node.parent }),
        label: wrappedNameSize(node.label, LABEL_MAX_WIDTH_PX, boxes.has(node.id), fixedWidth),
        stateOrGroup: node.type !== 'person',
      })),
      Object.fromEntries(nodes.map((node) => [node.id, { x: node.x, y: node.y }])),
      canvas,
    ).zoom;
    expect(estimatedFramingZoom(nodes, canvas, fixedWidth)).toBeCloseTo(expected, 9);
  });

  it("on a phone, leaves persons' names out of the framing, as the view does (framing.ts)", () => {
    const unnamedPersons = nodes.map((node) => (node.type === 'person' ? { ...node, label: '' } : node));
    const phone = { width: 360, height: 600 };
    expect(estimatedFramingZoom(nodes, phone, fixedWidth)).toBe(estimatedFramingZoom(unnamedPersons, phone, fixedWidth));
    const desktop = { width: 900, height: 600 };
    expect(estimatedFramingZoom(nodes, desktop, fixedWidth)).toBeLessThan(estimatedFramingZoom(unnamedPersons, desktop, fixedWidth)!);
  });

  it('has nothing to guess from an empty graph or an empty canvas', () => {
    expect(estimatedFramingZoom([], { width: 900, height: 600 }, fixedWidth)).toBeNull();
    expect(estimatedFramingZoom(nodes, { width: 0, height: 0 }, fixedWidth)).toBeNull();
  });
});
