// The Studio's door: everything behind it (the editor, chrono-node, the validator) is one chunk
// fetched only when the Studio opens, so the reader's first JavaScript does not grow.
import { lazy, Suspense } from 'react';

const StudioApp = lazy(() => import('./StudioApp'));

export function StudioEntry() {
  return (
    <Suspense
      fallback={
        <main className="app app-status" aria-busy="true">
          <p role="status">Opening Tieline Studio…</p>
        </main>
      }
    >
      <StudioApp />
    </Suspense>
  );
}
