import { describe, expect, it } from 'vitest';
import {
  captionLines,
  graphImageScale,
  imageSizeProblem,
  MAX_CAPTION_LINE,
  MAX_CAPTION_SOURCES,
  MAX_IMAGE_PIXELS,
  MAX_IMAGE_SIDE,
  PREFERRED_SCALE,
} from './export-image';

describe('the exported image, bounded', () => {
  it('names up to the limit of sources and counts the rest', () => {
    const sources = Array.from({ length: 2_000 }, (_, index) => `Report ${index} — Wire, 2024`);
    const { lines } = captionLines({ title: 'T', range: 'Ties up to 9 December 2024', sources });
    expect(lines.filter((line) => line.startsWith('• Report'))).toHaveLength(MAX_CAPTION_SOURCES);
    expect(lines).toContain(`• … and ${(2_000 - MAX_CAPTION_SOURCES).toLocaleString('en')} more sources (all are listed in the CSV and JSON exports)`);
    expect(lines.length).toBe(MAX_CAPTION_SOURCES + 4);
  });

  it('cuts a long title or source line, and folds its white space', () => {
    const { title, lines } = captionLines({ title: 'x'.repeat(100_000), range: 'r', sources: [`a\n\n${'y'.repeat(100_000)}`] });
    expect(Array.from(title)).toHaveLength(MAX_CAPTION_LINE);
    expect(title.endsWith('…')).toBe(true);
    expect(lines[2]!.startsWith('• a yyy')).toBe(true);
    expect(lines[2]!.length).toBeLessThanOrEqual(MAX_CAPTION_LINE + 2);
  });

  it('keeps the preferred scale for an ordinary graph and shrinks a huge one to fit', () => {
    expect(graphImageScale(900, 600)).toBe(PREFERRED_SCALE);
    // A label of 100,000 characters makes the graph some 600,000 units wide.
    for (const [width, height] of [[600_000, 400], [400, 600_000], [50_000, 50_000]] as const) {
      const scale = graphImageScale(width, height, 1_200);
      expect(width * scale).toBeLessThanOrEqual(MAX_IMAGE_SIDE);
      expect(height * scale + 1_200).toBeLessThanOrEqual(MAX_IMAGE_SIDE);
      expect(width * scale * height * scale).toBeLessThanOrEqual(MAX_IMAGE_PIXELS / 2);
      expect(scale).toBeGreaterThan(0);
    }
    expect(graphImageScale(0, 0)).toBe(PREFERRED_SCALE);
  });

  it('says why an image is too big to make', () => {
    expect(imageSizeProblem(1_800, 1_200)).toBeNull();
    expect(imageSizeProblem(9_000, 100)).toContain('9,000 × 100 pixels');
  });
});
