/**
 * "Tag…" for the selected articles: tags to add and tags to remove, applied to all of them in one
 * articles.tag call. The toast that follows offers Undo, and Ctrl+Z does the same (tags.restore with
 * the snapshots the call returned, offer-tag-undo.ts), so a wrong bulk change costs one key.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { ArticleSummary } from '../../shared/model.js';
import type { ApiClient } from '../api-client.js';
import { errorText } from '../error-text.js';
import { useI18n } from '../i18n-context.js';
import { offerTagUndo } from '../offer-tag-undo.js';
import type { UndoHistory } from '../use-undo-history.js';
import { Icon } from './icons.js';
import { TagCombobox } from './tag-combobox.js';
import type { ToastData } from './toast.js';
import { useModalDialog } from '../use-modal-dialog.js';

interface BulkTagDialogProps {
  client: ApiClient;
  articles: readonly ArticleSummary[];
  onDone: () => void;
  onToast: (toast: Omit<ToastData, 'id'>) => void;
  undoHistory: UndoHistory;
  onClose: () => void;
}

export function BulkTagDialog({ client, articles, onDone, onToast, undoHistory, onClose }: BulkTagDialogProps) {
  const tr = useI18n();
  const titleId = useId();
  const hintId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [add, setAdd] = useState<string[]>([]);
  const [remove, setRemove] = useState<string[]>([]);
  const [known, setKnown] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // What the selection carries now: the first suggestions for "remove".
  const onArticles = [...new Set(articles.flatMap((article) => article.tags))];

  useModalDialog(dialogRef);
  useEffect(() => {
    let cancelled = false;
    client.call('tags.list', {}).then(
      ({ tags }) => !cancelled && setKnown(tags.map((t) => t.tag)),
      () => undefined, // Suggestions only; typing a tag still works.
    );
    return () => {
      cancelled = true;
    };
  }, [client]);

  async function apply() {
    if (add.length + remove.length === 0) {
      dialogRef.current?.close();
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const result = await client.call('articles.tag', { ids: articles.map((a) => a.id), add, remove });
      dialogRef.current?.close();
      onDone();
      offerTagUndo({ client, history: undoHistory, onToast, tr, onChanged: onDone }, result.undo, tr.plural('bulkTag.done', result.articles.length));
    } catch (failure) {
      setSaving(false);
      setError(tr.t('bulkTag.failed', { message: errorText(failure, tr) }));
    }
  }

  return (
    <dialog ref={dialogRef} className="dialog bulk-tag-dialog" aria-labelledby={titleId} aria-describedby={hintId} onClose={onClose}>
      <form
        className="dialog-content"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void apply();
        }}
      >
        <div className="dialog-head">
          <h2 id={titleId}>{tr.plural('bulkTag.title', articles.length)}</h2>
          <button type="button" className="icon-button" aria-label={tr.t('common.close')} title={tr.t('common.close')} onClick={() => dialogRef.current?.close()}>
            <Icon name="close" />
          </button>
        </div>
        <p id={hintId} className="field-hint">
          {tr.t('bulkTag.hint')}
        </p>
        <TagCombobox label={tr.t('bulkTag.add')} tags={add} onChange={setAdd} known={known} />
        <TagCombobox label={tr.t('bulkTag.remove')} tags={remove} onChange={setRemove} known={onArticles.length > 0 ? onArticles : known} />
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <div className="editor-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {tr.t('bulkTag.apply')}
          </button>
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            {tr.t('bulkTag.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
