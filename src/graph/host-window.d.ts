// The drawn graph as a global, for end-to-end tests and `npm run data:layout` only: present only when
// the page asked for it before the app started (`window.tielineInspect = { graph: true }`; see
// src/instrumentation/inspection.ts). Product code never reads it. Declared apart from the view so
// the e2e tests (a separate TypeScript project) see it too.
import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /** Present once the graph is drawn, if asked for; removed when it is torn down. */
    readonly cy?: Core;
  }
}

export {};
