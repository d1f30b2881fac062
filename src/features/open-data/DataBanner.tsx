// Says, whenever the data is not the bundled dataset, where it comes from and how to go back.
import { backToBundledData, dismissReadError, useLocalDataset } from './local-dataset';

export function DataBanner({ externalUrl }: { externalUrl: string | null }) {
  const files = useLocalDataset((state) => state.files);
  const readError = useLocalDataset((state) => state.readError);
  const origin = files !== null ? `your file${files.kind === 'csv' ? 's' : ''} ${files.name} (kept in this browser)` : externalUrl;
  return (
    <>
      {readError !== null && (
        <div className="data-banner data-banner-error" role="alert">
          <p>{readError}</p>
          <button type="button" onClick={dismissReadError}>
            Dismiss
          </button>
        </div>
      )}
      {origin !== null && (
        <div className="data-banner" role="note" aria-label="External data">
          <p>
            <strong>External data:</strong> this view shows {origin}, not the bundled dataset. Tieline checked that
            every quote is in its source text; it cannot check that the texts are authentic.
          </p>
          <button type="button" onClick={() => void backToBundledData()}>
            Back to the bundled data
          </button>
        </div>
      )}
    </>
  );
}
