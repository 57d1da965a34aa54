/**
 * A question before something that cannot be undone ("Delete forever?"). An alert dialog whose
 * safe answer (Cancel) has the focus, so Enter or Escape leaves everything as it was.
 */
import { useId, useRef } from 'react';
import { useModalDialog } from '../use-modal-dialog.js';

interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onAnswer: (confirmed: boolean) => void;
}

export function ConfirmDialog({ title, body, confirmLabel, cancelLabel, onAnswer }: ConfirmDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirmed = useRef(false);
  const titleId = useId();
  const bodyId = useId();

  useModalDialog(dialogRef, true, () => cancelRef.current?.focus());

  function answer(yes: boolean) {
    confirmed.current = yes;
    dialogRef.current?.close();
  }

  return (
    <dialog ref={dialogRef} className="dialog" role="alertdialog" aria-labelledby={titleId} aria-describedby={bodyId} onClose={() => onAnswer(confirmed.current)}>
      <div className="dialog-content">
        <div className="dialog-head">
          <h2 id={titleId}>{title}</h2>
        </div>
        <p id={bodyId}>{body}</p>
        <div className="dialog-actions">
          <button type="button" className="button button-danger" onClick={() => answer(true)}>
            {confirmLabel}
          </button>
          <button ref={cancelRef} type="button" className="button button-primary" onClick={() => answer(false)}>
            {cancelLabel}
          </button>
        </div>
      </div>
    </dialog>
  );
}
