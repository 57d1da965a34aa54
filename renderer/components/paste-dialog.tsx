/**
 * "Paste article" when the clipboard cannot be read directly (the browser refused, as Electron
 * always does) or on Ctrl+Shift+V: a box to paste into with an ordinary Ctrl+V, which needs no
 * permission. The paste event still carries the HTML flavour of a copy from a web page; it is used
 * as long as the pasted text is left as it was, and the text is used once the user edits it.
 */
import { useId, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n-context.js';
import type { ClipboardPayload } from '../read-clipboard.js';
import { Icon } from './icons.js';
import { useModalDialog } from '../use-modal-dialog.js';

interface PasteDialogProps {
  /** 'refused': opened because the clipboard could not be read directly, which the dialog says. */
  reason: 'asked' | 'refused';
  onImport: (payload: ClipboardPayload) => void;
  onClose: () => void;
}

/** The HTML of the last paste and the box's text right after it. */
interface PastedHtml {
  html: string;
  text: string | null;
}

export function PasteDialog({ reason, onImport, onClose }: PasteDialogProps) {
  const tr = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();
  const areaId = useId();
  const hintId = useId();
  const [value, setValue] = useState('');
  const [pasted, setPasted] = useState<PastedHtml | null>(null);
  /** Set by a paste with an HTML flavour, taken by the change event that inserts its text. */
  const pending = useRef<string | null>(null);

  // showModal focuses the first control (the close button); the box is where Ctrl+V must land.
  useModalDialog(dialogRef, true, () => areaRef.current?.focus());

  const usesHtml = pasted !== null && (pasted.text === null || pasted.text === value);
  const canImport = usesHtml || value.trim() !== '';

  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const data = event.clipboardData;
    const files = Array.from(data.files);
    if (files.length > 0) {
      event.preventDefault();
      onImport({ kind: 'files', files });
      dialogRef.current?.close();
      return;
    }
    const html = data.getData('text/html');
    // The HTML stands for the whole article only when the paste replaces everything in the box.
    const area = event.currentTarget;
    const replacesAll = !value.trim() || (area.selectionStart === 0 && area.selectionEnd === value.length);
    if (html.trim() && replacesAll) {
      pending.current = html;
      // A copy with no text flavour inserts nothing, so no change event will take the HTML.
      if (!data.getData('text/plain')) setPasted({ html, text: null });
    } else {
      pending.current = null;
      setPasted(null);
    }
  }

  function submit() {
    if (!canImport) return;
    onImport(usesHtml && pasted ? { kind: 'html', html: pasted.html, text: value } : { kind: 'text', text: value });
    dialogRef.current?.close();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey) {
      event.preventDefault();
      submit();
    }
  }

  return (
    <dialog ref={dialogRef} className="dialog dialog-wide" aria-labelledby={titleId} onClose={onClose} onKeyDown={onKeyDown}>
      <form
        className="dialog-content text-editor"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <div className="dialog-head">
          <h2 id={titleId}>{tr.t('paste.title')}</h2>
          <button type="button" className="icon-button" aria-label={tr.t('common.close')} title={tr.t('common.close')} onClick={() => dialogRef.current?.close()}>
            <Icon name="close" />
          </button>
        </div>
        {reason === 'refused' && <p className="field-hint">{tr.t('paste.refused')}</p>}
        <label htmlFor={areaId} className="field-label">
          {tr.t('paste.label')}
        </label>
        <textarea
          ref={areaRef}
          id={areaId}
          className="input paste-input"
          value={value}
          spellCheck={false}
          aria-describedby={hintId}
          onPaste={onPaste}
          onChange={(event) => {
            const next = event.target.value;
            setValue(next);
            if (pending.current !== null) {
              setPasted({ html: pending.current, text: next });
              pending.current = null;
            }
          }}
        />
        <p id={hintId} className="field-hint">
          {tr.t('paste.hint')}
        </p>
        <p className="field-hint" role="status">
          {usesHtml ? tr.t('paste.htmlKept') : ''}
        </p>
        <div className="editor-actions">
          <button type="submit" className="button button-primary" disabled={!canImport} aria-keyshortcuts="Control+Enter">
            {tr.t('paste.import')}
          </button>
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            {tr.t('paste.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
