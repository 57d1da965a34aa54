/**
 * A web page → article draft: Readability finds the story, DOMPurify cleans it, the web-junk rules
 * remove what is left of the site around it, and turndown writes the canonical markdown.
 *
 *   source ─ prepareHtmlSource ─ parse ─ readPageMetadata ─ removeJunkBlocks ─ Readability
 *          ─ DOMPurify (in place) ─ cleanArticleBlocks ─ articleToMarkdown
 *
 * The parser is passed in (electron/dom/node-dom.ts gives a jsdom that runs no scripts and loads
 * nothing), so this module stays free of Node and of DOM globals.
 */
import { Readability } from '@mozilla/readability';
import type { Config, DOMPurify } from 'dompurify';
import { ApiError } from '../api-error.js';
import { cleanTitle, titleFromFileName, type ArticleDraft } from './article-draft.js';
import { collapseSpace, DEFAULT_RULES, type CompiledRules } from './classify-line.js';
import { cleanArticleBlocks, findCreditLines, mainTextContainer, removeJunkBlocks, unlinkInPageAnchors } from './clean-html.js';
import { readPageMetadata } from './html-metadata.js';
import { articleToMarkdown } from './html-to-markdown.js';
import { parseDate } from './parse-date.js';
import { prepareHtmlSource } from './prepare-html-source.js';

export interface ParsedPage {
  document: Document;
  /** A DOMPurify bound to the page's own window (it sanitizes the page's nodes in place). */
  purify: DOMPurify;
  /** Frees the DOM (jsdom windows hold timers and memory until closed). */
  dispose(): void;
}

export type ParseHtml = (html: string) => ParsedPage;

/** What an article may keep of a page: structure, emphasis, links, images (for their alt text), tables. */
export const IMPORT_PURIFY_CONFIG: Config = {
  ALLOWED_TAGS: [
    'a', 'abbr', 'article', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'div', 'dl', 'dt', 'em',
    'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark',
    'ol', 'p', 'pre', 'q', 's', 'samp', 'section', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'table', 'tbody',
    'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var',
  ],
  ALLOWED_ATTR: ['href', 'src', 'alt', 'title', 'colspan', 'rowspan', 'datetime', 'class'],
  ALLOWED_URI_REGEXP: /^https?:/i,
  KEEP_CONTENT: true,
};

/** Readability read less than this share of the page's text: try the fallback container. */
const THIN_EXTRACTION = 0.3;
/** Pages shorter than this are taken as Readability reads them. */
const FALLBACK_MIN_TEXT = 2000;

export interface HtmlImportOptions {
  rules?: CompiledRules;
  /** The name does not describe the page (a paste, standard input). */
  genericName?: boolean;
}

function noReadableContent(fileName: string): ApiError {
  return new ApiError('unsupported', `"${fileName}" has no readable article in it (only scripts, menus or an empty page); save the page again once it has loaded, or copy the article's text.`);
}

function textLength(node: Node | null | undefined): number {
  return collapseSpace(node?.textContent ?? '').length;
}

export function htmlToDraft(source: string, fileName: string, parse: ParseHtml, options: HtmlImportOptions = {}): ArticleDraft {
  const rules = options.rules ?? DEFAULT_RULES;
  const { html, savedFromUrl } = prepareHtmlSource(source);
  const pages: ParsedPage[] = [];
  const open = () => {
    const page = parse(html);
    pages.push(page);
    return page;
  };
  try {
    let page = open();
    const { document } = page;
    const meta = readPageMetadata(document, { savedFromUrl });
    if (meta.sourceUrl && document.head && !document.querySelector('base[href]')) {
      // Readability resolves relative links against the base, so links survive as absolute http(s) ones.
      const base = document.createElement('base');
      base.setAttribute('href', meta.sourceUrl);
      document.head.prepend(base);
    }
    const credits = findCreditLines(document, rules);
    removeJunkBlocks(document, rules);
    const pageText = textLength(document.body);
    const article = new Readability<Node>(document, { serializer: (node) => node }).parse();
    let content = (article?.content as Element | null | undefined) ?? undefined;

    // Readability keeps one part of long many-section documents (manuals, chapters): take the
    // container that holds most of the page's text instead, from a fresh parse.
    const extracted = textLength(content);
    if (!content || (pageText > FALLBACK_MIN_TEXT && extracted < pageText * THIN_EXTRACTION)) {
      const again = open();
      removeJunkBlocks(again.document, rules);
      const container = again.document.body ? mainTextContainer(again.document.body) : undefined;
      if (container && textLength(container) > Math.max(extracted * 2, 1)) {
        content = container;
        page = again;
      }
    }
    if (!content || textLength(content) === 0) throw noReadableContent(fileName);

    page.purify.sanitize(content, { ...IMPORT_PURIFY_CONFIG, IN_PLACE: true });
    const lineMeta = { ...credits, ...cleanArticleBlocks(content, rules).meta };
    unlinkInPageAnchors(content, meta.sourceUrl);
    const title = meta.title ?? (article?.title ? collapseSpace(article.title) : undefined);
    const markdown = articleToMarkdown(content, title);
    if (!markdown.replace(/[\s#*_>|`~\-[\]()!]/g, '')) throw noReadableContent(fileName);

    const fallbackTitle = titleFromFileName(fileName);
    return {
      title: cleanTitle(title ?? (options.genericName ? '' : fallbackTitle), fallbackTitle),
      markdown,
      format: 'html',
      byline: meta.byline ?? lineMeta.byline ?? (article?.byline ? collapseSpace(article.byline).replace(/^(?:by|oleh)\s+/i, '') : undefined),
      editor: lineMeta.editor,
      site: meta.site ?? (article?.siteName ? collapseSpace(article.siteName) : undefined) ?? (meta.sourceUrl ? new URL(meta.sourceUrl).hostname.replace(/^www\./, '') : undefined),
      publishedAt: meta.publishedAt ?? lineMeta.publishedAt ?? parseDate(article?.publishedTime),
      sourceUrl: meta.sourceUrl,
      langHint: meta.lang === 'id' || meta.lang === 'en' ? meta.lang : undefined,
    };
  } finally {
    for (const page of pages) page.dispose();
  }
}
