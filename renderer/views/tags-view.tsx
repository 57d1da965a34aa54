/**
 * The tags page: every tag in use (on articles and highlights) with how often, and changes that
 * reach every article at once — rename, merge several into one, delete. Each change is one call
 * whose answer carries snapshots, so the toast's Undo or Ctrl+Z (tags.restore, offer-tag-undo.ts)
 * puts every tag back.
 */
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Result } from '../../shared/api.js';
import type { ApiClient } from '../api-client.js';
import type { ToastData } from '../components/toast.js';
import { errorText } from '../error-text.js';
import { PageLoadState } from '../components/page-load-state.js';
import { useI18n } from '../i18n-context.js';
import { offerTagUndo } from '../offer-tag-undo.js';
import { useShortcuts } from '../use-shortcuts.js';
import type { UndoHistory } from '../use-undo-history.js';
import { BackToLibrary } from '../components/back-to-library.js';

type TagRow = Result<'tags.list'>['tags'][number];
type Load = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; tags: TagRow[] };
type TagChange = Result<'tags.rename'>;

interface TagsViewProps {
  client: ApiClient;
  readOnly: boolean;
  onBack: () => void;
  onToast: (toast: Omit<ToastData, 'id'>) => void;
  /** The library list reloads: its tags changed. */
  onChanged: () => void;
  /** The app's undo history: each change goes on it, and the list reloads after any undo. */
  undoHistory: UndoHistory;
}

export function TagsView({ client, readOnly, onBack, onToast, onChanged, undoHistory }: TagsViewProps) {
  const tr = useI18n();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [renaming, setRenaming] = useState<string | null>(null);
  const [merging, setMerging] = useState(false);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    try {
      const { tags } = await client.call('tags.list', {});
      setLoad({ status: 'ready', tags });
      setSelected((current) => new Set([...current].filter((tag) => tags.some((t) => t.tag === tag))));
    } catch (error) {
      setLoad({ status: 'failed', error });
    }
  }, [client]);

  useEffect(() => {
    void reload();
    document.title = `${tr.t('tags.heading')} — ${tr.t('app.name')}`;
    headingRef.current?.focus({ preventScroll: true });
  }, [reload, tr]);

  useShortcuts({ back: onBack }, renaming === null && !merging);

  // An undo (here or in the library, by Ctrl+Z or a toast) may have changed the tags: show them as they are now.
  const { undoneCount } = undoHistory;
  const undosSeen = useRef(undoneCount);
  useEffect(() => {
    if (undoneCount === undosSeen.current) return;
    undosSeen.current = undoneCount;
    void reload();
  }, [undoneCount, reload]);

  /** Runs one change, then offers Undo (and Ctrl+Z) for it. */
  async function change(run: () => Promise<TagChange>, message: string) {
    setBusy(true);
    try {
      const result = await run();
      onChanged();
      await reload();
      offerTagUndo({ client, history: undoHistory, onToast, tr, onChanged }, result.undo, message);
      return true;
    } catch (error) {
      onToast({ tone: 'error', message: tr.t('tags.failed', { message: errorText(error, tr) }) });
      return false;
    } finally {
      setBusy(false);
    }
  }

  const tags = load.status === 'ready' ? load.tags : [];
  const chosen = tags.filter((t) => selected.has(t.tag)).map((t) => t.tag);

  return (
    <div className="page tags-page">
      <div className="page-toolbar">
        <BackToLibrary onBack={onBack} />
      </div>
      <div className="library-toolbar">
        <div className="library-title">
          <h1 id={headingId} ref={headingRef} tabIndex={-1}>
            {tr.t('tags.heading')}
          </h1>
        </div>
        {!readOnly && tags.length > 1 && (
          <button type="button" className="button" aria-haspopup="dialog" disabled={busy || chosen.length < 2} onClick={() => setMerging(true)}>
            {tr.t('tags.merge')}
          </button>
        )}
      </div>
      <p className="field-hint page-hint">{tr.t('tags.hint')}</p>
      <PageLoadState
        load={load}
        empty={tags.length === 0}
        loadingText={tr.t('tags.loading')}
        failedText={(error) => tr.t('tags.loadFailed', { message: errorText(error, tr) })}
        emptyText={tr.t('tags.empty')}
        onRetry={() => void reload()}
      />
      {tags.length > 0 && (
        <table className="article-table tags-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col" className="col-check">
                <span className="visually-hidden">{tr.t('tags.merge')}</span>
              </th>
              <th scope="col">{tr.t('tags.column.tag')}</th>
              <th scope="col" className="col-num">
                {tr.t('tags.column.count')}
              </th>
              <th scope="col" className="col-actions">
                <span className="visually-hidden">{tr.t('library.column.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tags.map(({ tag, count }) => (
              <tr key={tag}>
                <td className="col-check">
                  <input
                    type="checkbox"
                    className="row-check"
                    aria-label={tr.t('tags.select', { tag })}
                    checked={selected.has(tag)}
                    disabled={readOnly}
                    onChange={(event) =>
                      setSelected((current) => {
                        const next = new Set(current);
                        if (event.target.checked) next.add(tag);
                        else next.delete(tag);
                        return next;
                      })
                    }
                  />
                </td>
                <th scope="row">
                  {renaming === tag ? (
                    <TagNameForm
                      label={tr.t('tags.newName', { tag })}
                      initial={tag}
                      onCancel={() => setRenaming(null)}
                      onSave={async (to) => {
                        if (to === tag) {
                          setRenaming(null);
                          return;
                        }
                        if (await change(() => client.call('tags.rename', { from: tag, to }), tr.t('tags.renamed', { from: tag, to }))) setRenaming(null);
                      }}
                    />
                  ) : (
                    <span className="tag-name">{tag}</span>
                  )}
                </th>
                <td className="col-num">{tr.formatNumber(count)}</td>
                <td className="col-actions">
                  <div className="trash-actions">
                    {!readOnly && renaming !== tag && (
                      <>
                        <button type="button" className="button button-small" aria-label={tr.t('tags.renameLabel', { tag })} disabled={busy} onClick={() => setRenaming(tag)}>
                          {tr.t('tags.rename')}
                        </button>
                        <button
                          type="button"
                          className="button button-small button-danger"
                          aria-label={tr.t('tags.deleteLabel', { tag })}
                          disabled={busy}
                          onClick={() => void change(() => client.call('tags.delete', { tag }), tr.t('tags.deleted', { tag }))}
                        >
                          {tr.t('tags.delete')}
                        </button>
                      </>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {merging && (
        <MergeDialog
          tags={chosen}
          onClose={() => setMerging(false)}
          onMerge={async (to) => {
            if (await change(() => client.call('tags.merge', { from: chosen, to }), tr.t('tags.merged', { count: chosen.length, to }))) {
              setSelected(new Set());
              return true;
            }
            return false;
          }}
        />
      )}
    </div>
  );
}

/** The inline rename field: Enter saves, Escape cancels. */
function TagNameForm({ label, initial, onSave, onCancel }: { label: string; initial: string; onSave: (name: string) => void; onCancel: () => void }) {
  const tr = useI18n();
  const [name, setName] = useState(initial);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  }
  return (
    <form
      className="tag-rename"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim()) onSave(name.trim());
      }}
    >
      <input ref={inputRef} className="input" aria-label={label} value={name} maxLength={64} onChange={(event) => setName(event.target.value)} onKeyDown={onKeyDown} />
      <button type="submit" className="button button-small button-primary" disabled={!name.trim()}>
        {tr.t('tags.save')}
      </button>
      <button type="button" className="button button-small" onClick={onCancel}>
        {tr.t('tags.cancel')}
      </button>
    </form>
  );
}

/** "Merge N tags into …": the new name defaults to the first chosen tag. */
function MergeDialog({ tags, onMerge, onClose }: { tags: string[]; onMerge: (to: string) => Promise<boolean>; onClose: () => void }) {
  const tr = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const hintId = useId();
  const [to, setTo] = useState(tags[0] ?? '');
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby={titleId} aria-describedby={hintId} onClose={onClose}>
      <form
        className="dialog-content"
        onSubmit={(event) => {
          event.preventDefault();
          if (!to.trim()) return;
          void onMerge(to.trim()).then((ok) => ok && dialogRef.current?.close());
        }}
      >
        <div className="dialog-head">
          <h2 id={titleId}>{tr.t('tags.mergeTitle', { count: tags.length })}</h2>
        </div>
        <p id={hintId} className="field-hint">
          {tr.t('tags.mergeHint')} {tags.join(', ')}
        </p>
        <label className="details-field">
          <span className="field-label">{tr.t('tags.mergeInto')}</span>
          <input className="input" value={to} maxLength={64} autoFocus onChange={(event) => setTo(event.target.value)} />
        </label>
        <div className="dialog-actions">
          <button type="submit" className="button button-primary" disabled={!to.trim()}>
            {tr.t('tags.mergeApply')}
          </button>
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            {tr.t('tags.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
