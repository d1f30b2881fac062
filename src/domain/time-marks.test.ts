import { describe, expect, it } from 'vitest';
import { buildModel } from './dataset-model';
import type { Chapter, Dataset } from './dataset-schema';
import { dayRangeOf } from './partial-date';
import { axisEndLabels, chapterMarkers, eraBands, markerWidth, playStepInWords, selectionTicks } from './time-marks';
import type { DateBasis } from './time-range';
import type { ViewFilter } from './view-filter';

const chapter = (title: string, to?: string): Chapter => ({ title, text: 'Words.', view: to === undefined ? {} : { to }, events: ['a'] });

function dataset(): Dataset {
  const event = (id: string, date: string, kind: 'call' | 'meeting', actors: [string, string]) => ({
    id,
    kind,
    participants: [
      { actor: actors[0], role: 'participant' as const },
      { actor: actors[1], role: 'participant' as const },
    ],
    date,
    dateBasis: 'stated' as const,
    summary: id,
    evidence: [{ source: 's', quote: 'Words' }],
  });
  return {
    schemaVersion: 1,
    id: 'd',
    title: 'D',
    sources: [{ id: 's', title: 'S', publisher: null, published: '2025-01-01', publishedBasis: 'stated', text: 'Words' }],
    actors: [
      { id: 'qatar', label: 'Qatar', type: 'state' },
      { id: 'syria', label: 'Syria', type: 'state' },
      { id: 'iran', label: 'Iran', type: 'state' },
      { id: 'egypt', label: 'Egypt', type: 'state' },
    ],
    events: [
      event('early', '2012', 'meeting', ['qatar', 'syria']),
      event('call', '2024-12-07', 'call', ['qatar', 'iran']),
      event('late', '2024-12', 'meeting', ['syria', 'egypt']),
    ],
  };
}

/** Ticks do not depend on the range: those outside it say when else the selection was active. */
const filterOn = (basis: DateBasis, hiddenKinds: ViewFilter['hiddenKinds']): ViewFilter => ({ range: { from: 0, to: 0, mode: 'cumulative' }, basis, hiddenKinds });

describe('selection ticks', () => {
  const model = buildModel(dataset());
  it('marks each of an actor’s own events with the days it may stand for, and leaves out hidden kinds', () => {
    const ticks = selectionTicks(model, { kind: 'actor', id: 'qatar' }, filterOn('event', []));
    expect(ticks.map((tick) => [tick.eventId, tick.start, tick.end])).toEqual([
      ['early', dayRangeOf('2012').start, dayRangeOf('2012').end],
      ['call', dayRangeOf('2024-12-07').start, dayRangeOf('2024-12-07').start],
    ]);
    expect(ticks[1]!.label).toBe('Phone call, 7 December 2024');
    expect(selectionTicks(model, { kind: 'actor', id: 'qatar' }, filterOn('event', ['call'])).map((tick) => tick.eventId)).toEqual(['early']);
  });

  it('marks a selected tie once, on the chosen basis', () => {
    expect(selectionTicks(model, { kind: 'event', id: 'late' }, filterOn('publication', []))).toMatchObject([{ eventId: 'late', start: dayRangeOf('2025-01-01').start }]);
    expect(selectionTicks(model, null, filterOn('event', []))).toEqual([]);
    expect(selectionTicks(model, { kind: 'event', id: 'nothing' }, filterOn('event', []))).toEqual([]);
  });
});

describe('chapter markers', () => {
  const track = { first: dayRangeOf('2012-01-01').start, last: dayRangeOf('2025-12-31').start };
  const story = {
    title: 'S',
    chapters: [chapter('One', '2012-12-31'), chapter('Two', '2024-12-02'), chapter('Three', '2024-12-07'), chapter('Four')],
  };

  it('places each chapter at the last day its view shows, the latest when it says none', () => {
    const markers = chapterMarkers(story, track, 200_000);
    expect(markers.map((marker) => marker.chapters)).toEqual([[1], [2], [3], [4]]);
    expect(markers[3]!.fraction).toBe(1);
    expect(markers[0]!.label).toBe('Chapter 1: One');
  });

  it('groups by the least size it is given: thumb-sized markers (an embed) group sooner, and never touch', () => {
    // On a 160 px row, chapters 1 and 2 are about 40 px apart: room for two 24 px markers, not two of 44.
    const apart = { title: 'S', chapters: [chapter('One', '2012-12-31'), chapter('Two', '2016-06-30')] };
    const row = 160;
    expect(chapterMarkers(apart, track, row).map((marker) => marker.chapters)).toEqual([[1], [2]]);
    const thumb = chapterMarkers(apart, track, row, 44);
    expect(thumb.map((marker) => marker.chapters)).toEqual([[1, 2]]);
    expect(thumb[0]!.width).toBe(44);
    for (const least of [24, 44]) {
      const markers = chapterMarkers(story, track, 400, least);
      for (let index = 1; index < markers.length; index += 1) {
        const before = markers[index - 1]!;
        const after = markers[index]!;
        expect(after.width).toBeGreaterThanOrEqual(least);
        expect(after.fraction * 400 - after.width / 2).toBeGreaterThanOrEqual(before.fraction * 400 + before.width / 2);
      }
    }
  });

  it('groups chapters whose markers would touch on screen, and names them all', () => {
    const narrow = chapterMarkers(story, track, 300);
    expect(narrow.map((marker) => marker.chapters)).toEqual([[1], [2, 3, 4]]);
    expect(narrow[1]!.label).toBe('Chapters 2, 3 and 4: Two; Three; Four');
    // No two markers overlap, with their real widths.
    const wide = chapterMarkers(story, track, 1_000);
    for (let index = 1; index < wide.length; index += 1) {
      const before = wide[index - 1]!;
      const after = wide[index]!;
      expect(after.fraction * 1_000 - markerWidth(after.chapters.join('·')) / 2).toBeGreaterThanOrEqual(before.fraction * 1_000 + markerWidth(before.chapters.join('·')) / 2);
    }
  });
});

describe('the dates at the axis’s ends', () => {
  const track = { first: dayRangeOf('2012-01-01').start, last: dayRangeOf('2025-12-31').start };
  // Seven pixels a letter, about the axis's font.
  const widthOf = (text: string) => 7 * text.length;

  it('prints both full dates when no marker is near them', () => {
    expect(axisEndLabels(track, [], 1_000, widthOf)).toEqual({ start: '1 January 2012', end: '31 December 2025' });
    const middle = chapterMarkers({ title: 'S', chapters: [chapter('One', '2018-06-30')] }, track, 1_000);
    expect(axisEndLabels(track, middle, 1_000, widthOf)).toEqual({ start: '1 January 2012', end: '31 December 2025' });
  });

  it('gives way to a marker: the year where the full date would touch it, nothing where the year would', () => {
    // "One" ends 2012, about 71 px in: the full date (98 px) would run under it, the year (28 px) clears it.
    // "Two" shows the latest: its marker sits on the end.
    const markers = chapterMarkers({ title: 'S', chapters: [chapter('One', '2012-12-31'), chapter('Two')] }, track, 1_000);
    expect(axisEndLabels(track, markers, 1_000, widthOf)).toEqual({ start: '2012', end: null });
    // Every printed date clears every marker by the gap.
    for (const width of [200, 320, 640, 1_000, 1_600]) {
      const placed = chapterMarkers({ title: 'S', chapters: [chapter('One', '2012-03-01'), chapter('Two', '2025-06-30')] }, track, width);
      const { start, end } = axisEndLabels(track, placed, width, widthOf);
      for (const marker of placed) {
        const centre = marker.fraction * width;
        const half = markerWidth(marker.chapters.join('·')) / 2;
        if (start !== null) expect(widthOf(start)).toBeLessThanOrEqual(centre - half);
        if (end !== null) expect(width - widthOf(end)).toBeGreaterThanOrEqual(centre + half);
      }
    }
  });

  it('never lets the two dates run into each other on a narrow row', () => {
    expect(axisEndLabels(track, [], 150, widthOf)).toEqual({ start: '1 January 2012', end: '2025' });
    expect(axisEndLabels(track, [], 40, widthOf)).toEqual({ start: '2012', end: null });
    expect(axisEndLabels({ first: track.first, last: track.first }, [], 1_000, widthOf)).toEqual({ start: '1 January 2012', end: null });
  });
});

describe('era bands', () => {
  const track = { first: dayRangeOf('2012-01-01').start, last: dayRangeOf('2024-12-31').start };
  it('clamps open and outlying bounds to the track, and says the dates in words', () => {
    const bands = eraBands(
      [
        { label: 'Before', to: '2024-12-07' },
        { label: 'After', from: '2024-12-08' },
        { label: 'Long ago', from: '1990', to: '1999' },
      ],
      track,
    );
    expect(bands.map((band) => band.label)).toEqual(['Before', 'After']);
    expect(bands[0]!.left).toBe(0);
    expect(bands[0]!.right).toBeCloseTo(bands[1]!.left, 10);
    expect(bands[1]!.right).toBe(1);
    expect(bands[0]!.description).toBe('Before, until 7 December 2024');
    expect(bands[1]!.description).toBe('After, from 8 December 2024');
  });
});

describe('a step of play in words', () => {
  const model = buildModel(dataset());
  const spans = (ids: string[]) => model.timelines.event.byStart.filter((span) => ids.includes(span.edge.eventId));
  it('counts the ties and names the events that brought them', () => {
    expect(playStepInWords(model, spans(['call']), [])).toBe('+1 tie: Phone call (Qatar and Iran)');
    expect(playStepInWords(model, spans(['call', 'late']), spans(['early']))).toBe('+2 ties: Meeting (Syria and Egypt); Phone call (Qatar and Iran) · −1 tie left the window');
    expect(playStepInWords(model, [], [])).toBe('');
  });
});
