/**
 * The library: every article in a sortable table, with import (button, Ctrl+O or drop),
 * a filter, an empty state for a new library, and per-file results after an import.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type DragEvent } from 'react';
import type { ArticleSummary } from '../../shared/model.js';
import type { ApiClient } from '../api-client.js';
import { ArticleTable, type FocusRequest } from '../components/article-table.js';
import { ImportStatus } from '../components/import-status.js';
import { Icon } from '../components/icons.js';
import { errorText } from '../error-text.js';
import { useI18n } from '../i18n-context.js';
import { IMPORT_ACCEPT } from '../import-files.js';
import { shortcutHint } from '../shortcuts.js';
import { useImport } from '../use-import.js';
import { useShortcuts } from '../use-shortcuts.js';

interface LibraryViewProps {
  client: ApiClient;
  articles: readonly ArticleSummary[] | null;
  loadError: unknown;
  readOnly: boolean;
  onRetry: () => void;
  onOpen: (id: string) => void;
  onDelete: (article: ArticleSummary) => void;
  onImported: () => Promise<void>;
  focusRequest: FocusRequest | null;
}

/** Case- and accent-insensitive, so "kabar" finds "Kabar" and "cafe" finds "Café". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

export function LibraryView(props: LibraryViewProps) {
  const { client, articles, loadError, readOnly, onRetry, onOpen, onDelete, onImported, focusRequest } = props;
  const tr = useI18n();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [dragging, setDragging] = useState(false);
  const { progress, report, importFiles, dismissReport } = useImport(client, onImported);

  const visible = useMemo(() => {
    if (!articles) return [];
    const needle = fold(query.trim());
    if (!needle) return articles;
    return articles.filter((article) => fold(`${article.title} ${article.site ?? ''} ${article.byline ?? ''}`).includes(needle));
  }, [articles, query]);

  const chooseFiles = useCallback(() => {
    if (!readOnly && !progress) fileInputRef.current?.click();
  }, [readOnly, progress]);

  useShortcuts({
    importFiles: chooseFiles,
    filter: () => {
      filterRef.current?.focus();
      filterRef.current?.select();
    },
  });

  useEffect(() => {
    document.title = tr.t('app.name');
  }, [tr]);

  const importHint = shortcutHint('importFiles', tr);
  const importButton = (
    <button
      type="button"
      className="button button-primary"
      onClick={chooseFiles}
      disabled={readOnly || progress !== null}
      aria-keyshortcuts={importHint.replace(/^⌘/, 'Meta+')}
      title={`${tr.t('library.import')} (${importHint})`}
    >
      <Icon name="import" />
      {progress ? tr.t('import.working') : tr.t('library.import')}
    </button>
  );

  const dropHandlers = readOnly
    ? {}
    : {
        onDragEnter: (event: DragEvent<HTMLDivElement>) => {
          if (hasFiles(event)) setDragging(true);
        },
        onDragOver: (event: DragEvent<HTMLDivElement>) => {
          if (!hasFiles(event)) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
        },
        onDragLeave: (event: DragEvent<HTMLDivElement>) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        },
        onDrop: (event: DragEvent<HTMLDivElement>) => {
          if (!hasFiles(event)) return;
          event.preventDefault();
          setDragging(false);
          void importFiles(Array.from(event.dataTransfer.files));
        },
      };

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
        {!readOnly && importButton}
      </div>
    );
  } else if (visible.length === 0) {
    content = (
      <div className="state-panel">
        <p>{tr.t('library.noMatches', { filter: query.trim() })}</p>
        <button type="button" className="button" onClick={() => setQuery('')}>
          {tr.t('library.clearFilter')}
        </button>
      </div>
    );
  } else {
    content = (
      <ArticleTable
        articles={visible}
        labelledBy={headingId}
        readOnly={readOnly}
        onOpen={onOpen}
        onDelete={onDelete}
        onEmptied={() => headingRef.current?.focus()}
        focusRequest={focusRequest}
      />
    );
  }

  return (
    <div className={`library${dragging ? ' is-dragging' : ''}`} {...dropHandlers}>
      <div className="library-toolbar">
        <div className="library-title">
          <h1 id={headingId} ref={headingRef} tabIndex={-1}>
            {tr.t('library.heading')}
          </h1>
          {articles && articles.length > 0 && (
            <span className="library-count">{tr.plural('library.count', articles.length)}</span>
          )}
        </div>
        {articles && articles.length > 0 && (
          <div className="search-field">
            <Icon name="search" size={16} />
            <input
              ref={filterRef}
              type="search"
              className="input"
              aria-label={tr.t('library.filter')}
              placeholder={tr.t('library.filterPlaceholder')}
              aria-keyshortcuts={shortcutHint('filter', tr).replace(/^⌘/, 'Meta+')}
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
        {articles && articles.length > 0 && importButton}
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
            void importFiles(files);
          }}
        />
      </div>

      <ImportStatus progress={progress} report={report} onDismiss={dismissReport} onOpen={onOpen} />

      {content}

      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <Icon name="import" size={40} />
          <p>{tr.t('library.dropHint')}</p>
        </div>
      )}
    </div>
  );
}
