/**
 * The library: every article in a virtualized table that sorts, filters and groups by site
 * (use-library-query.ts), multi-select with a bar of bulk actions (tag, delete, export), the way to
 * the trash and the tags page, and every way in — "Import files…" (Ctrl+O),
 * files and folders dropped anywhere on the window, a paste (Ctrl+V, the "Paste article" button,
 * or the paste box on Ctrl+Shift+V) — with progress, the question about duplicates, and a summary
 * after each import. Each row's details can be edited (E or F2). Also an empty state.
 */
import { Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { EMPTY_SELECTION, pruneSelection, selectAll, selectedInOrder, type ListSelection } from '../../shared/library/list-selection.js';
import type { LibraryArticle } from '../../shared/library/query-articles.js';
import type { ArticleSummary } from '../../shared/model.js';
import type { ApiClient } from '../api-client.js';
import { ArticleTable, type FocusRequest } from '../components/article-table.js';
import { ImportStatus } from '../components/import-status.js';
import { Icon } from '../components/icons.js';
import { LibraryControls } from '../components/library-controls.js';
import { SearchIndexProgress, useSearchStatus } from '../components/search-index-progress.js';
import { SelectionBar } from '../components/selection-bar.js';
import type { ToastData } from '../components/toast.js';
import { errorText } from '../error-text.js';
import { useI18n } from '../i18n-context.js';
import { IMPORT_ACCEPT } from '../import-files.js';
import { ArticleDetailsDialog, BulkTagDialog, DuplicateDialog, ExportDialog, PasteDialog } from '../lazy-views.js';
import { ClipboardUnavailable, readClipboard, type ClipboardPayload } from '../read-clipboard.js';
import { shortcutHint, type ShortcutId } from '../shortcuts.js';
import { useFileDrop } from '../use-file-drop.js';
import { useLibraryQuery } from '../use-library-query.js';
import { itemsFromClipboard, itemsFromFiles, useImport } from '../use-import.js';
import { usePasteImport } from '../use-paste-import.js';
import { useShortcuts } from '../use-shortcuts.js';
import type { UndoHistory } from '../use-undo-history.js';

interface LibraryViewProps {
  client: ApiClient;
  articles: readonly LibraryArticle[] | null;
  loadError: unknown;
  readOnly: boolean;
  onRetry: () => void;
  onOpen: (id: string) => void;
  /** Deletes (moves to the trash) one article or a selection, as one undoable step. */
  onDelete: (articles: ArticleSummary[]) => void;
  onShowTrash: () => void;
  onShowTags: () => void;
  onToast: (toast: Omit<ToastData, 'id'>) => void;
  /** Where a bulk tag change goes, so the toast's Undo and Ctrl+Z take it back. */
  undoHistory: UndoHistory;
  /** While `articles` is only the first page of the list (the rest is loading): how many the library has. */
  partialTotal: number | null;
  /** Reloads the article list: after an import, and after details were edited. */
  onImported: () => Promise<void>;
  focusRequest: FocusRequest | null;
}

/** From this many articles the library shows the search index's first build (a smaller one takes moments). */
const LARGE_LIBRARY = 300;

/** aria-keyshortcuts wants "Control+O" / "Meta+O", not what the keycaps say. */
function ariaShortcut(hint: string): string {
  return hint.replace(/^⌘/, 'Meta+').replace(/^Ctrl\+/, 'Control+');
}

export function LibraryView(props: LibraryViewProps) {
  const { client, articles, loadError, readOnly, onRetry, onOpen, onDelete, onShowTrash, onShowTags, onToast, undoHistory, partialTotal, onImported, focusRequest } = props;
  const tr = useI18n();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const listQuery = useLibraryQuery(articles, tr);
  const query = listQuery.filter.text ?? '';
  const setQuery = (text: string) => listQuery.updateFilter({ text });
  const [selection, setSelection] = useState<ListSelection>(EMPTY_SELECTION);
  const [tagging, setTagging] = useState<ArticleSummary[] | null>(null);
  // The first launch of a large library builds the search index: a bar shows how far it got.
  const indexStatus = useSearchStatus(client);
  const [pasteBox, setPasteBox] = useState<'asked' | 'refused' | null>(null);
  const [editing, setEditing] = useState<ArticleSummary | null>(null);
  const [announcement, setAnnouncement] = useState('');
  /** The articles the Export dialog is open for: a selection, or 'all' (the toolbar and Ctrl+E: the whole library). */
  const [exportIds, setExportIds] = useState<readonly string[] | 'all' | null>(null);
  /**
   * Ctrl+A pressed while only the first page of the list is in. It selects every row once the rest has
   * arrived, with a status saying so until then, rather than selecting the rows that happen to be loaded:
   * a bulk delete, tag or export after Ctrl+A must reach every article, as "select all" promises. The
   * selection stays a set of rows the table lists (filters, Shift ranges and the count in the bar work on
   * it), so a server-side "all" would need every bulk action to special-case it, and the rest of the list
   * comes in about a second even at 10,000 articles.
   */
  const [selectAllPending, setSelectAllPending] = useState(false);
  const { progress, report, question, busy, importItems, answer, notify, dismissReport } = useImport(client, onImported, onOpen);
  const canImport = !readOnly && !busy;

  const order = useMemo(() => listQuery.groups.flatMap((group) => group.articles.map((article) => article.id)), [listQuery.groups]);
  // A filter or a delete that hides a selected row unselects it: bulk actions touch only what is listed.
  useEffect(() => setSelection((current) => pruneSelection(current, order)), [order]);
  const selectedIds = useMemo(() => selectedInOrder(selection, order), [selection, order]);
  useEffect(() => {
    if (!selectAllPending || partialTotal !== null) return;
    setSelectAllPending(false);
    setSelection(selectAll(order));
  }, [selectAllPending, partialTotal, order]);
  /** A selection made by hand while Ctrl+A waits replaces the wait. */
  const changeSelection = useCallback((next: ListSelection) => {
    setSelectAllPending(false);
    setSelection(next);
  }, []);
  const selectedArticles = useMemo(() => {
    const byId = new Map((articles ?? []).map((article) => [article.id, article]));
    return selectedIds.flatMap((id) => byId.get(id) ?? []);
  }, [articles, selectedIds]);

  const chooseFiles = useCallback(() => {
    if (canImport) fileInputRef.current?.click();
  }, [canImport]);

  const importPayload = useCallback(
    (payload: ClipboardPayload | null) => {
      if (!payload) notify({ kind: 'clipboardEmpty' });
      else void importItems(itemsFromClipboard(payload));
    },
    [importItems, notify],
  );

  /** The button: read the clipboard directly where the browser allows it, else offer the paste box. */
  const pasteFromClipboard = useCallback(async () => {
    if (!canImport) return;
    try {
      importPayload(await readClipboard());
    } catch (error) {
      if (!(error instanceof ClipboardUnavailable)) throw error;
      setPasteBox('refused');
    }
  }, [canImport, importPayload]);

  usePasteImport(importPayload, canImport && pasteBox === null);

  const dragging = useFileDrop(
    {
      onFiles: (files) => {
        if (files.length === 0) notify({ kind: 'nothingFound' });
        else void importItems(itemsFromFiles(files));
      },
      onFailed: (error) => notify({ kind: 'dropFailed', detail: error instanceof Error ? error.message : String(error) }),
    },
    canImport,
  );

  useEffect(() => {
    setAnnouncement(dragging ? tr.t('library.dropHint') : '');
  }, [dragging, tr]);

  useShortcuts({
    exportLibrary: () => articles && articles.length > 0 && setExportIds('all'),
    importFiles: chooseFiles,
    pasteDialog: () => canImport && setPasteBox('asked'),
    filter: () => {
      filterRef.current?.focus();
      filterRef.current?.select();
    },
    showTrash: onShowTrash,
    showTags: onShowTags,
    selectAll: () => {
      if (partialTotal !== null) setSelectAllPending(true);
      else if (order.length > 0) setSelection(selectAll(order));
    },
  });

  useEffect(() => {
    document.title = tr.t('app.name');
  }, [tr]);

  const withHint = (label: string, id: ShortcutId) => {
    const hint = shortcutHint(id, tr);
    return { 'aria-keyshortcuts': ariaShortcut(hint), title: `${label} (${hint})` };
  };
  const actions = (
    <div className="library-actions">
      <button type="button" className="button" onClick={() => setExportIds('all')} {...withHint(tr.t('export.open'), 'exportLibrary')}>
        <Icon name="export" />
        {tr.t('export.open')}
      </button>
      <button type="button" className="button" onClick={() => void pasteFromClipboard()} disabled={!canImport} {...withHint(tr.t('library.paste'), 'pasteArticle')}>
        <Icon name="paste" />
        {tr.t('library.paste')}
      </button>
      <button type="button" className="button button-primary" onClick={chooseFiles} disabled={!canImport} {...withHint(tr.t('library.import'), 'importFiles')}>
        <Icon name="import" />
        {busy ? tr.t('import.working') : tr.t('library.import')}
      </button>
    </div>
  );

  let content;
  if (loadError && !articles) {
    content = (
      <div className="state-panel" role="alert">
        <p>{tr.t('library.loadFailed', { message: errorText(loadError, tr) })}</p>
        <button type="button" className="button" onClick={onRetry}>
          {tr.t('app.retry')}
        </button>
      </div>
    );
  } else if (!articles) {
    content = (
      <p className="state-panel state-loading" role="status">
        {tr.t('library.loading')}
      </p>
    );
  } else if (articles.length === 0) {
    content = (
      <div className="empty-state">
        <Icon name="book" size={44} />
        <h2>{tr.t('library.empty.title')}</h2>
        <p>{tr.t('library.empty.body')}</p>
        {!readOnly && actions}
      </div>
    );
  } else if (listQuery.visibleCount === 0) {
    content = (
      <div className="state-panel">
        <p>{query.trim() ? tr.t('library.noMatches', { filter: query.trim() }) : tr.t('library.noFilterMatches')}</p>
        <button type="button" className="button" onClick={listQuery.clearFilter}>
          {tr.t('library.clearFilter')}
        </button>
      </div>
    );
  } else {
    content = (
      <ArticleTable
        groups={listQuery.groups}
        grouped={listQuery.groupBySite}
        sort={listQuery.sort}
        reversed={listQuery.reversed}
        onSort={listQuery.chooseSort}
        selection={selection}
        onSelectionChange={changeSelection}
        labelledBy={headingId}
        readOnly={readOnly}
        onOpen={onOpen}
        onDelete={onDelete}
        onEditDetails={setEditing}
        onEmptied={() => headingRef.current?.focus()}
        focusRequest={focusRequest}
      />
    );
  }

  return (
    <div className={`library${dragging ? ' is-dragging' : ''}`}>
      <div className="library-toolbar">
        <div className="library-title">
          <h1 id={headingId} ref={headingRef} tabIndex={-1}>
            {tr.t('library.heading')}
          </h1>
          {articles && articles.length > 0 && (
            <span className="library-count">
              {listQuery.filtering && listQuery.visibleCount !== articles.length
                ? tr.t('library.countFiltered', { shown: listQuery.visibleCount, total: articles.length })
                : tr.plural('library.count', articles.length)}
            </span>
          )}
        </div>
        <nav className="library-nav" aria-label={tr.t('library.pages')}>
          <button type="button" className="button button-quiet button-small" onClick={onShowTags} {...withHint(tr.t('tags.open'), 'showTags')}>
            {tr.t('tags.open')}
          </button>
          <button type="button" className="button button-quiet button-small" onClick={onShowTrash} {...withHint(tr.t('trash.open'), 'showTrash')}>
            <Icon name="trash" size={16} />
            {tr.t('trash.open')}
          </button>
        </nav>
        {articles && articles.length > 0 && (
          <div className="search-field">
            <Icon name="search" size={16} />
            <input
              ref={filterRef}
              type="search"
              className="input"
              aria-label={tr.t('library.filter')}
              placeholder={tr.t('library.filterPlaceholder')}
              aria-keyshortcuts={ariaShortcut(shortcutHint('filter', tr))}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape' && query) {
                  event.preventDefault();
                  setQuery('');
                }
              }}
            />
          </div>
        )}
        {articles && articles.length > 0 && !readOnly && actions}
        <input
          ref={fileInputRef}
          type="file"
          multiple
          hidden
          accept={IMPORT_ACCEPT}
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            // Reset, so choosing the same file again still fires a change.
            event.target.value = '';
            void importItems(itemsFromFiles(files));
          }}
        />
      </div>

      <ImportStatus progress={progress} report={report} onDismiss={dismissReport} onOpen={onOpen} />
      <SearchIndexProgress status={indexStatus} minTotal={LARGE_LIBRARY} />

      {articles && articles.length > 0 && (
        <LibraryControls
          sort={listQuery.sort}
          reversed={listQuery.reversed}
          groupBySite={listQuery.groupBySite}
          filter={listQuery.filter}
          filtering={listQuery.filtering}
          choices={listQuery.choices}
          onView={listQuery.setView}
          onFilter={listQuery.updateFilter}
          onClear={listQuery.clearFilter}
        />
      )}
      {selectAllPending && (
        <p className="banner" role="status">
          {tr.plural('library.selectAllPending', partialTotal ?? order.length)}
        </p>
      )}
      {selectedArticles.length > 0 && (
        <SelectionBar
          count={selectedArticles.length}
          readOnly={readOnly}
          onTag={() => setTagging(selectedArticles)}
          onDelete={() => {
            onDelete(selectedArticles);
            // The bar (and the button just pressed) goes away with the selection: focus moves to the heading.
            headingRef.current?.focus();
          }}
          onExport={() => setExportIds(selectedIds)}
          onClear={() => changeSelection(EMPTY_SELECTION)}
        />
      )}

      {content}

      {/* Heard when a drag of files enters the window, and when details are saved. */}
      <div className="visually-hidden" role="status" aria-live="assertive">
        {announcement}
      </div>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <Icon name="import" size={40} />
          <p>{tr.t('library.dropHint')}</p>
        </div>
      )}

      {/* The dialogs load when first opened (lazy-views.tsx); the list stays on screen meanwhile. */}
      <Suspense fallback={null}>
        {pasteBox && <PasteDialog reason={pasteBox} onImport={importPayload} onClose={() => setPasteBox(null)} />}
        {exportIds === 'all'
          ? articles &&
            articles.length > 0 && (
              // The whole library, asked of the library when the export runs: the list here may be only its first page.
              <ExportDialog
                client={client}
                articleIds={articles.map((a) => a.id)}
                wholeLibrary={{ count: partialTotal ?? articles.length }}
                onClose={() => setExportIds(null)}
              />
            )
          : exportIds && exportIds.length > 0 && <ExportDialog client={client} articleIds={exportIds} onClose={() => setExportIds(null)} />}
        {question && <DuplicateDialog key={`${question.existingId}:${question.file}:${question.remaining}`} question={question} onAnswer={answer} />}
        {tagging && <BulkTagDialog client={client} articles={tagging} onDone={() => void onImported()} onToast={onToast} undoHistory={undoHistory} onClose={() => setTagging(null)} />}
        {editing && (
          <ArticleDetailsDialog
            client={client}
            article={editing}
            onSaved={(summary) => {
              setAnnouncement(tr.t('details.saved', { title: summary.title }));
              void onImported();
            }}
            onClose={() => setEditing(null)}
          />
        )}
      </Suspense>
    </div>
  );
}
