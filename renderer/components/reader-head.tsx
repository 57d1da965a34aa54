/**
 * The top of a reading page: the title (focused when the article opens, so keyboard and screen
 * reader users start there), byline, site, date, length and language, the source, and a slot for
 * the article's own actions.
 */
import type { ReactNode, RefObject } from 'react';
import type { Article } from '../../shared/model.js';
import type { Translator } from '../../shared/i18n/index.js';
import { useI18n } from '../i18n-context.js';
import { onLinkActivate } from '../open-external.js';
import { LANG_LABELS } from './article-table.js';
import { Icon } from './icons.js';

const WORDS_PER_MINUTE = 200;

function metaLine(article: Article, tr: Translator): string[] {
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

interface ReaderHeadProps {
  article: Article;
  headingRef: RefObject<HTMLHeadingElement | null>;
  children?: ReactNode;
}

export function ReaderHead({ article, headingRef, children }: ReaderHeadProps) {
  const tr = useI18n();
  const articleLang = article.lang !== 'other' ? article.lang : undefined;
  return (
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
      {children}
    </header>
  );
}
