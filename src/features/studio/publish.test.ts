import { describe, expect, it } from 'vitest';
import { loadAuthoredDataset } from '../../../scripts/lib/authored-dataset';
import { BUNDLED_DATASETS } from '../../../scripts/lib/bundled-datasets';
import { chooseDatasetUrl } from '../../domain/dataset-url';
import { embedSnippet, prepareForExport } from './publish';

const loaded = loadAuthoredDataset(BUNDLED_DATASETS[0]!.file);
if (!loaded.ok) throw new Error('invalid');
const dataset = loaded.dataset;

describe('prepareForExport', () => {
  it('cuts the chosen sources to excerpts and hands back a valid dataset', () => {
    const chosen = dataset.sources[2]!.id;
    const result = prepareForExport(dataset, [chosen]);
    if (!result.ok) throw new Error(result.problems.join('; '));
    const source = result.dataset.sources.find((candidate) => candidate.id === chosen)!;
    expect(source.text).toBeUndefined();
    expect(source.excerpts!.length).toBeGreaterThan(0);
  });

  it('refuses an invalid dataset, saying why', () => {
    const broken = { ...dataset, events: [{ ...dataset.events[0]!, evidence: [{ source: dataset.sources[0]!.id, quote: 'words the article never wrote' }] }] };
    const result = prepareForExport(broken, []);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.join(' ')).toContain('not found verbatim');
  });
});

describe('embedSnippet', () => {
  it('opens the published file in the embed, an address the app accepts', () => {
    const snippet = embedSnippet('https://news.example/tieline/', 'stories/qatar & syria.json', 'Qatar "and" Syria');
    const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
    expect(src).toBe('https://news.example/tieline/?data=stories%2Fqatar%20%26%20syria.json&embed=1');
    const url = new URL(src);
    expect(url.searchParams.get('embed')).toBe('1');
    expect(chooseDatasetUrl(url.search, src)).toEqual({ kind: 'external', url: 'https://news.example/tieline/stories/qatar%20&%20syria.json', sameOrigin: true });
    expect(snippet).toContain('title="Tieline: Qatar &quot;and&quot; Syria"');
    expect(snippet).toContain('<script src="https://news.example/tieline/tieline-host.js" async></script>');
  });
});
