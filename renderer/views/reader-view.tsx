/**
 * Reading one article: loads it, shows the reading controls (back, text size), and hands the
 * loaded article to ArticleReader (components/article-reader.tsx), which renders the body with its
 * highlights and the annotation sidebar. The body is rendered by shared/markdown/render-article.ts —
 * the same marked + DOMPurify pipeline Node uses — so its textContent is the canonical text that
 * annotation offsets point into. Links never navigate this window: http(s) opens outside.
 */
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import type { Result } from '../../shared/api.js';
import type { ApiClient } from '../api-client.js';
import { ArticleReader, PERF_MARKS } from '../components/article-reader.js';
import { ExportDialog } from '../components/export-dialog.js';
import { Icon } from '../components/icons.js';
import type { ToastData } from '../components/toast.js';
import { errorText } from '../error-text.js';
import { useI18n } from '../i18n-context.js';
import { FONT_SIZE } from '../font-size.js';
import { shortcutHint } from '../shortcuts.js';
import { useShortcuts } from '../use-shortcuts.js';
import { BackToLibrary } from '../components/back-to-library.js';

export { openExternal } from '../open-external.js';

type Loaded = Result<'articles.get'>;

/** Where to open an article (a search result): a span of its text, or an annotation; seq makes a repeat count. */
export interface Passage {
  start?: number;
  end?: number;
  annotationId?: string;
  seq: number;
}
type LoadState = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; data: Loaded };

interface ReaderViewProps {
  client: ApiClient;
  id: string;
  fontSize: number;
  onFontSize: (size: number) => void;
  onBack: () => void;
  onToast: (toast: Omit<ToastData, 'id'>) => void;
  passage?: Passage;
  /** The reading place was saved: the library list shows it. */
  onProgress?: (id: string, fields: { readingProgress: number; lastOpenedAt: string }) => void;
}

export function ReaderView({ client, id, fontSize, onFontSize, onBack, onToast, passage, onProgress }: ReaderViewProps) {
  const tr = useI18n();
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [exporting, setExporting] = useState(false);
  /** ArticleReader's "cancel the selection / re-attach in progress", tried before Escape goes back. */
  const cancelRef = useRef<(() => boolean) | null>(null);

  useEffect(() => {
    let cancelled = false;
    client.call('articles.get', { id }).then(
      (data) => {
        if (cancelled) return;
        // The render benchmark measures from here to the frame with the highlights painted.
        performance.clearMarks(PERF_MARKS.data);
        performance.mark(PERF_MARKS.data);
        setState({ status: 'ready', data });
      },
      (error: unknown) => !cancelled && setState({ status: 'failed', error }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, id, attempt]);

  useEffect(() => {
    if (state.status !== 'ready') document.title = tr.t('app.name');
  }, [state.status, tr]);

  const setSize = (size: number) => onFontSize(Math.min(FONT_SIZE.max, Math.max(FONT_SIZE.min, size)));
  useShortcuts({
    back: () => {
      if (cancelRef.current?.()) return;
      onBack();
    },
    larger: () => setSize(fontSize + 1),
    smaller: () => setSize(fontSize - 1),
    resetSize: () => setSize(FONT_SIZE.default),
    exportArticle: () => state.status === 'ready' && setExporting(true),
  });

  const sizeStyle = { '--reader-font-size': `${fontSize}px` } as CSSProperties;

  return (
    <div className="reader" style={sizeStyle}>
      <nav className="reader-toolbar" aria-label={tr.t('reader.toolbar')}>
        <BackToLibrary onBack={onBack} />
        <div className="toolbar-spacer" />
        <button
          type="button"
          className="button button-quiet"
          disabled={state.status !== 'ready'}
          onClick={() => setExporting(true)}
          aria-keyshortcuts={shortcutHint('exportArticle', tr).replace(/^⌘/, 'Meta+').replace(/^Ctrl\+/, 'Control+')}
          title={`${tr.t('export.open')} (${shortcutHint('exportArticle', tr)})`}
        >
          <Icon name="export" />
          {tr.t('export.open')}
        </button>
        <div className="segmented" role="group" aria-label={tr.t('reader.textSize')}>
          <button
            type="button"
            className="segment"
            aria-label={tr.t('reader.smaller')}
            title={`${tr.t('reader.smaller')} (${shortcutHint('smaller', tr)})`}
            disabled={fontSize <= FONT_SIZE.min}
            onClick={() => setSize(fontSize - 1)}
          >
            <span aria-hidden="true" className="glyph-small">
              {tr.t('reader.smallerGlyph')}
            </span>
          </button>
          <button
            type="button"
            className="segment segment-value"
            aria-label={tr.t('reader.resetSize', { size: fontSize })}
            title={`${tr.t('reader.resetSize', { size: FONT_SIZE.default })} (${shortcutHint('resetSize', tr)})`}
            onClick={() => setSize(FONT_SIZE.default)}
          >
            {tr.t('reader.sizeValue', { size: fontSize })}
          </button>
          <button
            type="button"
            className="segment"
            aria-label={tr.t('reader.larger')}
            title={`${tr.t('reader.larger')} (${shortcutHint('larger', tr)})`}
            disabled={fontSize >= FONT_SIZE.max}
            onClick={() => setSize(fontSize + 1)}
          >
            <span aria-hidden="true" className="glyph-large">
              {tr.t('reader.largerGlyph')}
            </span>
          </button>
        </div>
      </nav>

      {state.status === 'loading' && (
        <p className="state-panel state-loading" role="status">
          {tr.t('reader.loading')}
        </p>
      )}
      {state.status === 'failed' && (
        <div className="state-panel" role="alert">
          <p>{tr.t('reader.loadFailed', { message: errorText(state.error, tr) })}</p>
          <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
            {tr.t('app.retry')}
          </button>
        </div>
      )}
      {state.status === 'ready' && (
        <ArticleReader
          key={state.data.article.id}
          client={client}
          initial={state.data}
          onToast={onToast}
          cancelRef={cancelRef}
          passage={passage}
          onProgress={onProgress}
        />
      )}
      {exporting && <ExportDialog client={client} articleIds={[id]} onClose={() => setExporting(false)} onToast={onToast} />}
    </div>
  );
}
