/**
 * The Glossary panel (G, or the header's Glossary button): every saved term pair, searchable;
 * edit in place, delete with Undo (the button in the status line, or Ctrl+Z while the panel is open);
 * import a CSV (the report names each skipped line and why), export the glossary as CSV, and
 * "Export vocabulary" for students as CSV or an Anki-ready TSV. A native modal <dialog>, like the
 * shortcuts help: the browser traps focus and closes it on Escape.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Result } from '../../shared/api.js';
import { searchGlossary, type GlossaryEntry } from '../../shared/glossary/glossary-model.js';
import type { ApiClient } from '../api-client.js';
import { downloadFile } from '../download-file.js';
import { errorText } from '../error-text.js';
import { notifyGlossaryChanged, useGlossaryVersion } from '../glossary-events.js';
import { useI18n } from '../i18n-context.js';
import { Icon } from './icons.js';
import { useModalDialog } from '../use-modal-dialog.js';

type Status = { tone: 'info' | 'error'; text: string; undo?: GlossaryEntry } | null;
type ImportReport = Result<'glossary.importCsv'>;

interface GlossaryPanelProps {
  client: ApiClient;
  open: boolean;
  onClose: () => void;
  /** Opened from a search hit: the panel's search starts with this term. */
  initialQuery?: string;
}

export function GlossaryPanel({ client, open, onClose, initialQuery }: GlossaryPanelProps) {
  const tr = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const searchId = useId();
  const [entries, setEntries] = useState<GlossaryEntry[] | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const undoStack = useRef<GlossaryEntry[]>([]);
  const version = useGlossaryVersion();

  useModalDialog(dialogRef, open);

  const load = useCallback(async () => {
    try {
      const listed = await client.call('glossary.list', {});
      setEntries(listed.entries);
      setNotices(listed.notices);
    } catch (error) {
      setEntries([]);
      setStatus({ tone: 'error', text: tr.t('glossary.loadFailed', { message: errorText(error, tr) }) });
    }
  }, [client, tr]);

  useEffect(() => {
    if (open) void load();
  }, [open, load, version]);

  useEffect(() => {
    if (open && initialQuery !== undefined) setQuery(initialQuery);
  }, [open, initialQuery]);

  const fail = (error: unknown) => setStatus({ tone: 'error', text: errorText(error, tr) });

  const remove = async (entry: GlossaryEntry) => {
    try {
      const { entry: removed } = await client.call('glossary.delete', { id: entry.id });
      undoStack.current.push(removed);
      setStatus({ tone: 'info', text: tr.t('glossary.deleted', { term: removed.source }), undo: removed });
      notifyGlossaryChanged();
    } catch (error) {
      fail(error);
    }
  };

  const undo = useCallback(async () => {
    const entry = undoStack.current.pop();
    if (!entry) return;
    try {
      await client.call('glossary.restore', { entry });
      setStatus({ tone: 'info', text: tr.t('glossary.restored', { term: entry.source }) });
      notifyGlossaryChanged();
    } catch (error) {
      setStatus({ tone: 'error', text: errorText(error, tr) });
    }
  }, [client, tr]);

  const saveEdit = async (entry: GlossaryEntry, fields: { source: string; target: string; note: string }) => {
    try {
      await client.call('glossary.update', { id: entry.id, source: fields.source, target: fields.target, note: fields.note.trim() ? fields.note : null });
      setEditing(null);
      setStatus({ tone: 'info', text: tr.t('glossary.updated', { term: fields.source }) });
      notifyGlossaryChanged();
    } catch (error) {
      fail(error);
    }
  };

  const importFile = async (file: File) => {
    setBusy(true);
    setReport(null);
    try {
      const result = await client.call('glossary.importCsv', { csv: await file.text() });
      setReport(result);
      setStatus({ tone: 'info', text: tr.t('glossary.importSummary', { added: result.added, updated: result.updated, skipped: result.skipped }) });
      notifyGlossaryChanged();
    } catch (error) {
      setStatus({ tone: 'error', text: tr.t('glossary.importFailed', { file: file.name, message: errorText(error, tr) }) });
    } finally {
      setBusy(false);
    }
  };

  const exportAs = async (kind: 'glossary' | 'csv' | 'anki') => {
    try {
      downloadFile(kind === 'glossary' ? await client.call('glossary.exportCsv', {}) : await client.call('glossary.exportVocabulary', { format: kind }));
    } catch (error) {
      fail(error);
    }
  };

  const shown = entries ? searchGlossary(entries, query) : [];
  const langName = (lang: 'id' | 'en') => tr.t(lang === 'id' ? 'translation.lang.id' : 'translation.lang.en');

  return (
    <dialog
      ref={dialogRef}
      className="dialog dialog-glossary"
      aria-labelledby={titleId}
      onClose={onClose}
      onKeyDown={(event) => {
        const mod = event.ctrlKey || event.metaKey;
        if (mod && !event.shiftKey && event.key.toLowerCase() === 'z' && !(event.target instanceof HTMLInputElement)) {
          event.preventDefault();
          void undo();
        }
      }}
    >
      <div className="dialog-content">
        <div className="dialog-head">
          <h2 id={titleId}>{tr.t('glossary.title')}</h2>
          <button type="button" className="icon-button" aria-label={tr.t('common.close')} title={tr.t('common.close')} onClick={() => dialogRef.current?.close()}>
            <Icon name="close" />
          </button>
        </div>
        {notices.length > 0 && (
          <div className="notices" role="alert">
            {notices.map((notice) => (
              <p key={notice}>{notice}</p>
            ))}
          </div>
        )}
        <div className="glossary-toolbar">
          <label htmlFor={searchId} className="visually-hidden">
            {tr.t('glossary.search')}
          </label>
          <input
            id={searchId}
            type="search"
            className="input"
            placeholder={tr.t('glossary.search')}
            value={query}
            autoFocus
            onChange={(event) => setQuery(event.target.value)}
          />
          <button type="button" className="button button-small" disabled={busy} onClick={() => fileRef.current?.click()}>
            {tr.t('glossary.import')}
          </button>
          <input
            ref={fileRef}
            type="file"
            hidden
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void importFile(file);
            }}
          />
          <button type="button" className="button button-small" disabled={!entries?.length} onClick={() => void exportAs('glossary')}>
            {tr.t('glossary.exportCsv')}
          </button>
          <div className="glossary-vocabulary" role="group" aria-label={tr.t('glossary.exportVocabulary')}>
            <span aria-hidden="true">{tr.t('glossary.exportVocabulary')}:</span>
            <button type="button" className="button button-small button-quiet" disabled={!entries?.length} onClick={() => void exportAs('csv')}>
              {tr.t('glossary.vocabularyCsv')}
            </button>
            <button type="button" className="button button-small button-quiet" disabled={!entries?.length} onClick={() => void exportAs('anki')}>
              {tr.t('glossary.vocabularyAnki')}
            </button>
          </div>
        </div>
        {busy && <progress className="glossary-progress" aria-label={tr.t('glossary.importing')} />}
        <div className="glossary-status" role="status">
          {status && (
            <p className={`is-${status.tone}`}>
              {status.text}
              {status.undo && (
                <button type="button" className="button button-quiet button-small" onClick={() => void undo()}>
                  {tr.t('delete.undo')}
                </button>
              )}
            </p>
          )}
          {report && report.skipped > 0 && (
            <ul className="glossary-report">
              {report.lines
                .filter((l) => l.outcome === 'skipped')
                .map((l) => (
                  <li key={l.line}>{tr.t('glossary.skippedLine', { line: l.line, reason: l.reason ?? '' })}</li>
                ))}
            </ul>
          )}
        </div>
        {entries === null ? (
          <p role="status">{tr.t('translation.lookupLoading')}</p>
        ) : entries.length === 0 ? (
          <p className="glossary-empty">{tr.t('glossary.empty')}</p>
        ) : (
          <table className="glossary-table">
            <caption className="visually-hidden">{tr.plural('glossary.count', shown.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{tr.t('glossary.column.term')}</th>
                <th scope="col">{tr.t('glossary.column.translation')}</th>
                <th scope="col">{tr.t('glossary.column.note')}</th>
                <th scope="col">
                  <span className="visually-hidden">{tr.t('glossary.column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((entry) =>
                editing === entry.id ? (
                  <EditRow key={entry.id} entry={entry} onSave={(fields) => void saveEdit(entry, fields)} onCancel={() => setEditing(null)} />
                ) : (
                  <tr key={entry.id}>
                    <th scope="row" lang={entry.from}>
                      {entry.source}
                      <span className="glossary-direction">
                        {langName(entry.from)} → {langName(entry.to)}
                      </span>
                    </th>
                    <td lang={entry.to}>{entry.target}</td>
                    <td>
                      {entry.note}
                      {entry.sentence && (
                        <span className="glossary-sentence" lang={entry.from}>
                          {entry.sentence}
                        </span>
                      )}
                    </td>
                    <td className="glossary-actions">
                      <button type="button" className="button button-quiet button-small" aria-label={tr.t('glossary.editEntry', { term: entry.source })} onClick={() => setEditing(entry.id)}>
                        {tr.t('glossary.edit')}
                      </button>
                      <button type="button" className="button button-quiet button-small" aria-label={tr.t('glossary.deleteEntry', { term: entry.source })} onClick={() => void remove(entry)}>
                        {tr.t('glossary.delete')}
                      </button>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        )}
      </div>
    </dialog>
  );
}

function EditRow({ entry, onSave, onCancel }: { entry: GlossaryEntry; onSave: (fields: { source: string; target: string; note: string }) => void; onCancel: () => void }) {
  const tr = useI18n();
  const [source, setSource] = useState(entry.source);
  const [target, setTarget] = useState(entry.target);
  const [note, setNote] = useState(entry.note ?? '');
  const save = () => onSave({ source, target, note });
  const keys = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      // Cancel the edit, not the whole panel.
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };
  return (
    <tr className="glossary-editing" onKeyDown={keys}>
      <th scope="row">
        <input className="input" aria-label={tr.t('glossary.column.term')} value={source} autoFocus onChange={(e) => setSource(e.target.value)} />
      </th>
      <td>
        <input className="input" aria-label={tr.t('glossary.column.translation')} value={target} onChange={(e) => setTarget(e.target.value)} />
      </td>
      <td>
        <input className="input" aria-label={tr.t('glossary.column.note')} value={note} onChange={(e) => setNote(e.target.value)} />
      </td>
      <td className="glossary-actions">
        <button type="button" className="button button-small button-primary" onClick={save}>
          {tr.t('glossary.saveEdit')}
        </button>
        <button type="button" className="button button-quiet button-small" onClick={onCancel}>
          {tr.t('translation.cancel')}
        </button>
      </td>
    </tr>
  );
}
