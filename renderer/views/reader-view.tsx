/**
 * Reading one article. The body is rendered by shared/markdown/render-article.ts — the same
 * marked + DOMPurify pipeline Node uses — so the <article>'s textContent is the canonical text
 * that annotation offsets point into. Links never navigate this window: http(s) opens outside.
 */
import DOMPurify from 'dompurify';
import { useEffect, useMemo, useRef, useState, type CSSProperties, type MouseEvent } from 'react';
import type { Result } from '../../shared/api.js';
import { renderArticleHtml } from '../../shared/markdown/render-article.js';
import type { Translator } from '../../shared/i18n/index.js';
import type { ApiClient } from '../api-client.js';
import { LANG_LABELS } from '../components/article-table.js';
import { Icon } from '../components/icons.js';
import { errorText } from '../error-text.js';
import { useI18n } from '../i18n-context.js';
import { FONT_SIZE } from '../font-size.js';
import { shortcutHint } from '../shortcuts.js';
import { useShortcuts } from '../use-shortcuts.js';

type Loaded = Result<'articles.get'>;
type LoadState = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; data: Loaded };

const WORDS_PER_MINUTE = 200;

/** Opens http(s) links in the user's browser; everything else (mailto:, #…) does nothing here. */
export function openExternal(href: string | null): void {
  if (!href) return;
  let url: URL;
  try {
    url = new URL(href, window.location.href);
  } catch {
    return;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') window.open(url.href, '_blank', 'noopener,noreferrer');
}

function onLinkActivate(event: MouseEvent<HTMLElement>) {
  const link = (event.target as Element).closest('a');
  if (!link || !event.currentTarget.contains(link)) return;
  event.preventDefault();
  openExternal(link.getAttribute('href'));
}

function metaLine(article: Loaded['article'], tr: Translator): string[] {
  const parts: string[] = [];
  if (article.byline) parts.push(tr.t('reader.by', { byline: article.byline }));
  if (article.editor) parts.push(tr.t('reader.editor', { editor: article.editor }));
  if (article.site) parts.push(article.site);
  if (article.publishedAt) parts.push(tr.t('reader.published', { date: tr.formatDate(article.publishedAt) }));
  parts.push(tr.plural('reader.words', article.wordCount));
  // The importer's estimate when it made one (it knows the language); older articles get ours.
  const minutes = article.readingMinutes ?? Math.round(article.wordCount / WORDS_PER_MINUTE);
  parts.push(tr.t('reader.minutes', { count: Math.max(1, minutes) }));
  return parts;
}

interface ReaderViewProps {
  client: ApiClient;
  id: string;
  fontSize: number;
  onFontSize: (size: number) => void;
  onBack: () => void;
}

export function ReaderView({ client, id, fontSize, onFontSize, onBack }: ReaderViewProps) {
  const tr = useI18n();
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let cancelled = false;
    client.call('articles.get', { id }).then(
      (data) => !cancelled && setState({ status: 'ready', data }),
      (error: unknown) => !cancelled && setState({ status: 'failed', error }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, id, attempt]);

  const article = state.status === 'ready' ? state.data.article : null;
  const articleLang = article && article.lang !== 'other' ? article.lang : undefined;
  const html = useMemo(() => (article ? renderArticleHtml(article.markdown, DOMPurify) : ''), [article]);

  useEffect(() => {
    document.title = article ? tr.t('app.documentTitle.reader', { title: article.title }) : tr.t('app.name');
  }, [article, tr]);

  // Put the keyboard (and screen reader) at the start of the article once it is there.
  useEffect(() => {
    if (article) headingRef.current?.focus({ preventScroll: true });
  }, [article]);

  const setSize = (size: number) => onFontSize(Math.min(FONT_SIZE.max, Math.max(FONT_SIZE.min, size)));
  useShortcuts({
    back: onBack,
    larger: () => setSize(fontSize + 1),
    smaller: () => setSize(fontSize - 1),
    resetSize: () => setSize(FONT_SIZE.default),
  });

  const sizeStyle = { '--reader-font-size': `${fontSize}px` } as CSSProperties;

  return (
    <div className="reader" style={sizeStyle}>
      <nav className="reader-toolbar" aria-label={tr.t('reader.toolbar')}>
        <button
          type="button"
          className="button button-quiet"
          onClick={onBack}
          aria-keyshortcuts="Escape Alt+ArrowLeft"
          title={`${tr.t('reader.back')} (${shortcutHint('back', tr)})`}
        >
          <Icon name="back" />
          {tr.t('reader.back')}
        </button>
        <div className="toolbar-spacer" />
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
      {article && (
        <div className="reader-page">
          <header className="reader-head">
            <h1 ref={headingRef} tabIndex={-1} id="reader-title" lang={articleLang}>
              {article.title}
            </h1>
            <p className="reader-meta">
              {metaLine(article, tr).map((part, index) => (
                <span key={index}>{part}</span>
              ))}
              <span>{tr.t(LANG_LABELS[article.lang])}</span>
            </p>
            {(article.sourceUrl || article.sourceFile) && (
              <p className="reader-source">
                {article.sourceUrl && /^https?:/i.test(article.sourceUrl) ? (
                  <a href={article.sourceUrl} onClick={onLinkActivate}>
                    <Icon name="external" size={14} />
                    {tr.t('reader.openSource')}
                  </a>
                ) : (
                  article.sourceFile && <span>{tr.t('reader.importedFrom', { file: article.sourceFile })}</span>
                )}
              </p>
            )}
          </header>
          <article
            className="article-body"
            data-testid="article-body"
            aria-labelledby="reader-title"
            lang={articleLang}
            onClick={onLinkActivate}
            onAuxClick={(event) => {
              // Middle click would open a tab inside the app; send it outside like a click.
              if (event.button === 1) onLinkActivate(event);
            }}
            dangerouslySetInnerHTML={{ __html: html }}
          />
        </div>
      )}
    </div>
  );
}
