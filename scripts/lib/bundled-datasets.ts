// The datasets that ship with the app: where they are authored and the URL path they are served at.
import { fileURLToPath } from 'node:url';

export interface BundledDataset {
  readonly file: string;
  readonly servedAs: string;
}

export const BUNDLED_DATASETS: readonly BundledDataset[] = [
  {
    file: fileURLToPath(new URL('../../data/qatar-syria.json', import.meta.url)),
    servedAs: 'datasets/qatar-syria.json',
  },
];
