/**
 * "Edit text": the article's markdown in a plain text area, in a modal dialog (the browser traps
 * focus and restores it). Ctrl+S saves, Escape or Cancel closes without saving. The save itself —
 * and re-placing the highlights on the new text — is the API's (articles.editText).
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n-context.js';
import { Icon } from './icons.js';
import { useModalDialog } from '../use-modal-dialog.js';

interface TextEditorDialogProps {
  title: string;
  markdown: string;
  /** Resolves to an error sentence, or null when saved. */
  onSave: (markdown: string) => Promise<string | null>;
  onClose: () => void;
}

export function TextEditorDialog({ title, markdown, onSave, onClose }: TextEditorDialogProps) {
  const tr = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const areaId = useId();
  const hintId = useId();
  const [value, setValue] = useState(markdown);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useModalDialog(dialogRef);

  async function save() {
    if (saving) return;
    setSaving(true);
    setError(null);
    const failure = await onSave(value);
    setSaving(false);
    if (failure) setError(failure);
    else dialogRef.current?.close();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key.toLowerCase() === 's' && (event.ctrlKey || event.metaKey) && !event.altKey) {
      event.preventDefault();
      void save();
    }
  }

  return (
    <dialog ref={dialogRef} className="dialog dialog-wide" aria-labelledby={titleId} onClose={onClose} onKeyDown={onKeyDown}>
      <form
        className="dialog-content text-editor"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="dialog-head">
          <h2 id={titleId}>{tr.t('highlights.editTextTitle', { title })}</h2>
          <button type="button" className="icon-button" aria-label={tr.t('common.close')} title={tr.t('common.close')} onClick={() => dialogRef.current?.close()}>
            <Icon name="close" />
          </button>
        </div>
        <label htmlFor={areaId} className="field-label">
          {tr.t('highlights.editTextLabel')}
        </label>
        <textarea
          id={areaId}
          className="input markdown-input"
          value={value}
          spellCheck
          autoFocus
          aria-describedby={hintId}
          onChange={(event) => setValue(event.target.value)}
        />
        <p id={hintId} className="field-hint">
          {tr.t('highlights.editTextHint')}
        </p>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <div className="editor-actions">
          <button type="submit" className="button button-primary" disabled={saving || !value.trim()} aria-keyshortcuts="Control+S">
            {saving ? tr.t('highlights.editTextSaving') : tr.t('highlights.save')}
          </button>
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            {tr.t('highlights.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
