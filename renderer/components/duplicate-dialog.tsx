/**
 * Asks what to do with a file that is already in the library (same source address or same text),
 * so an import never makes a silent copy: import it again anyway, open the one already there, or
 * skip it. Escape skips, which leaves the library as it was. When more duplicates wait, one tick
 * gives the same answer to all of them.
 */
import { useId, useRef, useState } from 'react';
import { useI18n } from '../i18n-context.js';
import type { DuplicateAnswer, DuplicateChoice, DuplicateQuestion } from '../use-import.js';
import { originName } from './import-status.js';
import { useModalDialog } from '../use-modal-dialog.js';

interface DuplicateDialogProps {
  question: DuplicateQuestion;
  onAnswer: (answer: DuplicateAnswer) => void;
}

export function DuplicateDialog({ question, onAnswer }: DuplicateDialogProps) {
  const tr = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const skipRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const [forAll, setForAll] = useState(false);
  const choice = useRef<DuplicateChoice>('skip');

  // showModal would focus the first button ("Import it again anyway"); the safe answer gets the focus.
  useModalDialog(dialogRef, true, () => skipRef.current?.focus());

  function choose(next: DuplicateChoice) {
    choice.current = next;
    dialogRef.current?.close();
  }

  const file = originName(question.file, question.origin, tr);
  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onClose={() => onAnswer({ choice: choice.current, forAll: forAll && choice.current !== 'open' })}
    >
      <div className="dialog-content">
        <div className="dialog-head">
          <h2 id={titleId}>{tr.t('duplicate.title')}</h2>
        </div>
        <div id={bodyId}>
          <p className="duplicate-body">{tr.t('duplicate.body', { title: question.existingTitle })}</p>
          {file !== question.existingTitle && <p className="field-hint">{tr.t('duplicate.file', { file })}</p>}
        </div>
        {question.remaining > 0 && (
          <label className="check-field">
            <input type="checkbox" checked={forAll} onChange={(event) => setForAll(event.target.checked)} />
            {tr.plural('duplicate.forAll', question.remaining)}
          </label>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => choose('import')}>
            {tr.t('duplicate.importAnyway')}
          </button>
          <button type="button" className="button" onClick={() => choose('open')}>
            {tr.t('duplicate.open')}
          </button>
          {/* The safe answer has the focus: Enter or Escape leaves the library unchanged. */}
          <button ref={skipRef} type="button" className="button button-primary" onClick={() => choose('skip')}>
            {tr.t('duplicate.skip')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
