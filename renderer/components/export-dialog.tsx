/**
 * The Export dialog: format (annotated markdown, quotes digest, W3C JSON-LD), markdown style
 * (obsidian, gfm, plain) and a live preview of the first article. One article is saved through the
 * desktop app's save dialog or downloaded in browser mode; several (`articleIds` — the reader passes
 * one, the library a selection, or `wholeLibrary`: every article the library holds, loaded or not)
 * go to a chosen folder on the desktop (export.library, asking before replacing files) or download as
 * one .zip in browser mode, with a progress bar.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { EXPORT_STYLES, type ExportStyle } from '../../shared/export/annotated-markdown.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export/export-article.js';
import type { PlainMessageKey } from '../../shared/i18n/index.js';
import { ApiClientError, type ApiClient } from '../api-client.js';
import { errorText } from '../error-text.js';
import { useI18n } from '../i18n-context.js';
import { exportManyAsZip, exportManyToFolder, type ExportIds } from '../export-many.js';
import { chooseFolder, downloadBlob, hasNativeDialogs, saveExportFile, type ExportFile } from '../save-export.js';
import { Icon } from './icons.js';
import type { ToastData } from './toast.js';
import { useModalDialog } from '../use-modal-dialog.js';

const FORMAT_LABELS: Record<ExportFormat, PlainMessageKey> = { md: 'export.format.md', quotes: 'export.format.quotes', json: 'export.format.json' };
const STYLE_LABELS: Record<ExportStyle, PlainMessageKey> = { obsidian: 'export.style.obsidian', gfm: 'export.style.gfm', plain: 'export.style.plain' };

interface ExportDialogProps {
  client: ApiClient;
  /** The articles to export: one (the reader) or several (the library's selection); the first is previewed. */
  articleIds: readonly string[];
  /**
   * "Export…" of the whole library: every article in it (`count` as far as the window knows), asked of the
   * library when the export runs. The window's list may still be loading, and then `articleIds` holds only
   * the rows it has so far; exporting those would leave the rest out.
   */
  wholeLibrary?: { count: number };
  onClose: () => void;
  /** Where "Saved …" goes; without it the dialog stays open and says so itself. */
  onToast?: (toast: Omit<ToastData, 'id'>) => void;
}

type Preview = { status: 'loading' } | { status: 'ready'; file: ExportFile } | { status: 'failed'; message: string };

export function ExportDialog({ client, articleIds, wholeLibrary, onClose, onToast }: ExportDialogProps) {
  const tr = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const previewId = useId();
  const [format, setFormat] = useState<ExportFormat>('md');
  const [style, setStyle] = useState<ExportStyle>('obsidian');
  const [preview, setPreview] = useState<Preview>({ status: 'loading' });
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [replaceIn, setReplaceIn] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [finished, setFinished] = useState<string | null>(null);
  const exportIds: ExportIds = wholeLibrary ? 'all' : articleIds;
  const total = wholeLibrary?.count ?? articleIds.length;
  const many = total > 1;
  const native = hasNativeDialogs();
  const busy = progress !== null;

  useModalDialog(dialogRef);

  const firstId = articleIds[0];
  useEffect(() => {
    let cancelled = false;
    setPreview({ status: 'loading' });
    if (!firstId) return undefined;
    client.call('export.article', { id: firstId, format, style }).then(
      (file) => !cancelled && setPreview({ status: 'ready', file }),
      (failure: unknown) => !cancelled && setPreview({ status: 'failed', message: errorText(failure, tr) }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, firstId, format, style, tr]);

  const close = () => dialogRef.current?.close();
  const succeed = (message: string) => {
    if (onToast) {
      onToast({ tone: 'info', message });
      close();
    } else setFinished(message);
  };

  async function exportOne() {
    if (preview.status !== 'ready') return;
    const saved = await saveExportFile(preview.file);
    if (!saved) return;
    succeed(saved.kind === 'saved' ? tr.t('export.saved', { file: saved.path }) : tr.t('export.downloaded', { file: saved.fileName }));
  }

  async function exportToFolder(dir: string, overwrite: boolean) {
    setReplaceIn(null);
    setProgress({ done: 0, total });
    try {
      const result = await exportManyToFolder(client, { ids: exportIds, dir, format, style, overwrite }, (done, total) => setProgress({ done, total }));
      succeed(tr.plural('export.folderDone', result.count, { dir: result.dir }));
    } catch (failure) {
      // The app asks before replacing files (the CLI needs --force).
      if (failure instanceof ApiClientError && failure.code === 'exists') setReplaceIn(dir);
      else setError(tr.t('export.failed', { message: errorText(failure, tr) }));
    } finally {
      setProgress(null);
    }
  }

  async function exportMany() {
    if (native) {
      const dir = await chooseFolder();
      if (dir) await exportToFolder(dir, false);
      return;
    }
    setProgress({ done: 0, total });
    try {
      const { blob, fileName } = await exportManyAsZip(client, exportIds, format, style, (done, total) => setProgress({ done, total }));
      downloadBlob(blob, fileName);
      succeed(tr.t('export.downloaded', { file: fileName }));
    } catch (failure) {
      setError(tr.t('export.failed', { message: errorText(failure, tr) }));
    } finally {
      setProgress(null);
    }
  }

  async function run() {
    setError(null);
    setFinished(null);
    try {
      await (many ? exportMany() : exportOne());
    } catch (failure) {
      setError(tr.t('export.failed', { message: errorText(failure, tr) }));
    }
  }

  const actionLabel = many ? (native ? tr.t('export.saveFolder') : tr.t('export.downloadZip')) : native ? tr.t('export.save') : tr.t('export.download');
  const previewTitle = preview.status === 'ready' ? preview.file.fileName : '';

  return (
    <dialog ref={dialogRef} className="dialog dialog-wide export-dialog" aria-labelledby={titleId} aria-busy={busy || undefined} onClose={onClose}>
      <form
        className="dialog-content"
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void run();
        }}
      >
        <div className="dialog-head">
          <h2 id={titleId}>{many ? tr.plural('export.titleMany', total) : tr.t('export.title')}</h2>
          <button type="button" className="icon-button" aria-label={tr.t('common.close')} title={tr.t('common.close')} onClick={close}>
            <Icon name="close" />
          </button>
        </div>
        <div className="export-options">
          <fieldset className="export-choice" disabled={busy}>
            <legend className="field-label">{tr.t('export.format')}</legend>
            {EXPORT_FORMATS.map((value) => (
              <label key={value} className="check-field">
                <input type="radio" name="export-format" value={value} checked={format === value} onChange={() => setFormat(value)} />
                {tr.t(FORMAT_LABELS[value])}
              </label>
            ))}
          </fieldset>
          <fieldset className="export-choice" disabled={busy || format !== 'md'} aria-describedby={format !== 'md' ? `${titleId}-style-hint` : undefined}>
            <legend className="field-label">{tr.t('export.style')}</legend>
            {EXPORT_STYLES.map((value) => (
              <label key={value} className="check-field">
                <input type="radio" name="export-style" value={value} checked={style === value} onChange={() => setStyle(value)} />
                {tr.t(STYLE_LABELS[value])}
              </label>
            ))}
            {format !== 'md' && (
              <p id={`${titleId}-style-hint`} className="field-hint">
                {tr.t('export.styleOnlyMd')}
              </p>
            )}
          </fieldset>
        </div>
        <section className="export-preview-section" aria-labelledby={previewId}>
          <h3 id={previewId} className="field-label">
            {tr.t('export.preview')} {previewTitle && <span className="export-file-name">{previewTitle}</span>}
          </h3>
          {preview.status === 'loading' && <p className="field-hint">{tr.t('export.previewLoading')}</p>}
          {preview.status === 'failed' && <p className="field-hint" role="alert">{preview.message}</p>}
          {preview.status === 'ready' && (
            <pre className="export-preview" tabIndex={0} aria-label={tr.t('export.preview')}>
              {preview.file.content}
            </pre>
          )}
        </section>
        {progress && (
          <div className="import-progress" role="status">
            <progress max={progress.total} value={progress.done} aria-label={tr.t('export.progress', progress)} />
            <span className="import-progress-text">{tr.t('export.progress', progress)}</span>
          </div>
        )}
        {replaceIn && (
          <div className="export-replace" role="alert">
            <p>{tr.t('export.replaceQuestion', { dir: replaceIn })}</p>
            <div className="dialog-actions">
              <button type="button" className="button" onClick={() => setReplaceIn(null)}>
                {tr.t('export.cancel')}
              </button>
              <button type="button" className="button button-primary" onClick={() => void exportToFolder(replaceIn, true)}>
                {tr.t('export.replace')}
              </button>
            </div>
          </div>
        )}
        {finished && (
          <p className="field-hint" role="status">
            {finished}
          </p>
        )}
        {error && (
          <p className="field-hint export-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={close}>
            {tr.t('export.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy || (!many && preview.status !== 'ready')}>
            {actionLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
