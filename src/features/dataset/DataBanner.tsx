// Says, whenever the data is not the bundled dataset, where it comes from, whether it is kept in this
// browser (only once it really is), and how to go back; and why the last files could not be read.
import { leaveAddressLabel, type DatasetSource, type KeepState } from '../../domain/active-dataset';
import {
  backToBundledData,
  dismissReadError,
  keepThisFile,
  leaveAddress,
  showKeptFile,
  useDatasetSource,
} from './page-dataset-source';

/** Why the files the reader just chose could not even be read (wrong set, too big, not text). */
export function ReadErrorBanner() {
  const readError = useDatasetSource((state) => state.readError);
  if (readError === null) return null;
  return (
    <div className="data-banner data-banner-error" role="alert">
      <p>{readError}</p>
      <button type="button" onClick={dismissReadError}>
        Dismiss
      </button>
    </div>
  );
}

export function DataBanner({ source }: { source: DatasetSource }) {
  const keptBehindAddress = useDatasetSource((state) => state.keptBehindAddress);
  return (
    <>
      <ReadErrorBanner />
      {source.kind === 'address' && (
        <div className="data-banner" role="note" aria-label="External data">
          <p>
            <strong>External data:</strong> this view shows {source.url}, not the bundled dataset. <Authenticity />
          </p>
          <button type="button" onClick={leaveAddress}>
            {leaveAddressLabel(keptBehindAddress)}
          </button>
        </div>
      )}
      {source.kind === 'file' && (
        <div className={`data-banner${source.keep.state === 'not-kept' || source.keep.state === 'replaced' ? ' data-banner-warning' : ''}`} role="note" aria-label="External data">
          <p>
            <strong>External data:</strong> this view shows your file{source.name.includes(', ') ? 's' : ''} {source.name}, not the
            bundled dataset. <Authenticity />{' '}
            <span role="status" className="data-banner-keep">
              {keepSentence(source.keep, source.name)}
            </span>
          </p>
          {source.notes.map((note) => (
            <p key={note} className="data-banner-note">
              {note}
            </p>
          ))}
          <div className="data-banner-actions">
            {source.keep.state === 'replaced' && (
              <>
                <button type="button" onClick={() => void keepThisFile()}>
                  Keep this one instead
                </button>
                {source.keep.by !== null && (
                  <button type="button" onClick={() => void showKeptFile()}>
                    Show {source.keep.by.name}
                  </button>
                )}
              </>
            )}
            <button type="button" onClick={() => void backToBundledData()}>
              Back to the bundled data
            </button>
          </div>
        </div>
      )}
    </>
  );
}

function Authenticity() {
  return <>Tieline checked that every quote is in its source text; it cannot check that the texts are authentic.</>;
}

/** Whether the file is kept, in words; never "kept" before the write has committed. */
export function keepSentence(keep: KeepState, name: string): string {
  switch (keep.state) {
    case 'keeping':
      return 'Keeping it in this browser…';
    case 'kept':
      return 'It is kept in this browser until you go back to the bundled data.';
    case 'not-kept':
      return `It could not be kept in this browser: ${keep.reason}. It will be gone after a reload.`;
    case 'replaced':
      return keep.by === null
        ? `Another tab went back to the bundled data, so ${name} is no longer kept in this browser.`
        : `Another tab opened ${keep.by.name}, which is now the file kept in this browser instead of this one.`;
  }
}
