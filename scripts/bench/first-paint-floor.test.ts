import { describe, expect, it } from 'vitest';
import { firstPaintFloorSentence } from './first-paint-floor';

describe('the floor of the first painted graph', () => {
  it('adds the time the page’s scripts had run to Cytoscape’s own creation and first frame, and says each part', () => {
    const sentence = firstPaintFloorSentence({ scriptsRanMs: 480.4, elements: 115, createMs: 61.2, firstFrameMs: 388.9 });
    expect(sentence).toContain('the least it can take on this machine is 931 ms');
    expect(sentence).toContain('had run at 480 ms (DOMContentLoaded)');
    expect(sentence).toContain('the same 115 elements and stylesheet on an empty page, took 450 ms to create them and draw its first frame (61 + 389 ms)');
  });
});
