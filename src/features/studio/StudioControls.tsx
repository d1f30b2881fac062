// Small controls the Studio's panels share: a labelled field, a delete that asks first, and the
// move-up/move-down pair that reorders a list from the keyboard.
import { useEffect, useId, useRef, useState } from 'react';
import type { Collection } from './studio-project';
import { dispatch } from './studio-state';

/** Hands a text to the browser as a file to save. */
export function downloadText(text: string, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has handed the file over.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

interface FieldProps {
  readonly label: string;
  readonly id: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly help?: string;
  readonly multiline?: boolean;
}

export function Field({ label, id, value, onChange, help, multiline = false }: FieldProps) {
  const helpId = useId();
  return (
    <div className="studio-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} value={value} rows={3} onChange={(event) => onChange(event.currentTarget.value)} aria-describedby={help ? helpId : undefined} />
      ) : (
        <input id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)} aria-describedby={help ? helpId : undefined} />
      )}
      {help !== undefined && (
        <span id={helpId} className="studio-help">
          {help}
        </span>
      )}
    </div>
  );
}

/** A destructive action in two steps: the first press asks, the second does it (undo can take it back). */
export function ConfirmButton({ label, confirmLabel, onConfirm }: { label: string; confirmLabel: string; onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" className="studio-danger" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="studio-confirm" role="group" aria-label="Confirm deletion">
      <button
        ref={confirmRef}
        type="button"
        className="studio-danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Keep it
      </button>
    </span>
  );
}

export function ListControls({ collection, index, count, label }: { collection: Collection; index: number; count: number; label: string }) {
  return (
    <span className="studio-move">
      <button type="button" aria-label={`Move “${label}” up`} disabled={index === 0} onClick={() => dispatch({ type: 'move', collection, from: index, to: index - 1 })}>
        ↑
      </button>
      <button type="button" aria-label={`Move “${label}” down`} disabled={index === count - 1} onClick={() => dispatch({ type: 'move', collection, from: index, to: index + 1 })}>
        ↓
      </button>
    </span>
  );
}
