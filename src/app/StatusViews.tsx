// What the page shows before or instead of a dataset: "Loading…", or every problem of the dataset
// with the way back to what was showing. Never a blank page.
import type { ActiveDataset } from '../domain/active-dataset';
import { DatasetErrorView } from '../features/dataset/DatasetErrorView';
import { ReadErrorBanner } from '../features/dataset/DataBanner';
import { backToBundledData, dismissFailedFile, leaveAddress } from '../features/dataset/page-dataset-source';
import { OpenDataButton } from '../features/open-data/OpenDataDialog';

export function LoadingView() {
  return (
    <main className="app app-status" aria-busy="true">
      <ReadErrorBanner />
      <p role="status">Loading the dataset…</p>
    </main>
  );
}

const WAYS_BACK = {
  'dismiss-failed-file': dismissFailedFile,
  'leave-address': leaveAddress,
  'forget-kept-file': () => void backToBundledData(),
} as const;

export function DatasetProblemsView({ active, retry }: { active: Extract<ActiveDataset, { status: 'error' }>; retry: () => void }) {
  const { back } = active;
  return (
    <main className="app app-status">
      <ReadErrorBanner />
      <DatasetErrorView
        file={active.file}
        problems={active.problems}
        notes={active.notes}
        onRetry={active.canRetry ? retry : undefined}
        back={back === null ? null : { label: back.label, detail: back.detail, onClick: WAYS_BACK[back.action] }}
      />
      {active.source.kind === 'file' && (
        <p className="app-status-open">
          Fixed it? <OpenDataButton />
        </p>
      )}
    </main>
  );
}
