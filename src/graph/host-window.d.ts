// The one global Tieline adds: the drawn graph, read-only, for end-to-end tests and host pages.
// Declared apart from the component so the e2e tests (a separate TypeScript project) see it too.
import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /** Present once the graph is drawn; removed when it is torn down. */
    readonly cy?: Core;
  }
}

export {};
