/**
 * A web page → article draft: Readability finds the story, DOMPurify cleans it, the web-junk rules
 * remove what is left of the site around it, and turndown writes the canonical markdown.
 *
 *   source ─ prepareHtmlSource ─ parsePage ─ readPageMetadata ─ findCreditLines ─ removeJunkBlocks
 *          ─ Readability ─ (absolute links) ─ cleanArticleBlocks ─ sanitize (DOMPurify) ─ articleToMarkdown
 *
 * Two DOMs are passed in (electron/dom/node-dom.ts): a fast one for the whole page, which only
 * needs to be read and pruned, and the one DOMPurify supports (jsdom) for the article it keeps.
 * Neither runs scripts or loads anything. This module stays free of Node and of DOM globals.
 */
import { Readability } from '@mozilla/readability';
import type { Config } from 'dompurify';
import { ApiError } from '../api-error.js';
import { cleanTitle, titleFromFileName, type ArticleDraft } from './article-draft.js';
import { collapseSpace, DEFAULT_RULES, type CompiledRules } from './classify-line.js';
import { cleanArticleBlocks, findCreditLines, mainTextContainer, removeJunkBlocks, unlinkInPageAnchors } from './clean-html.js';
import { datelineSite } from './find-headline.js';
import { readPageMetadata } from './html-metadata.js';
import { articleToMarkdown } from './html-to-markdown.js';
import { httpUrl } from './normalize-url.js';
import { parseDate } from './parse-date.js';
import { prepareHtmlSource } from './prepare-html-source.js';

export interface ParsedPage {
  document: Document;
  /** Frees the DOM, for implementations that hold resources. */
  dispose(): void;
}

export interface HtmlDom {
  /** Parses a whole page. Pages are large, so this should be fast; scripts must not run. */
  parsePage(html: string): ParsedPage;
  /** Sanitizes an article's HTML with DOMPurify and returns it as an element turndown can read. */
  sanitize(html: string, config: Config): Element;
}

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

/** Readability leaves relative links relative when the DOM has no base URL: resolve them against the page's address. */
function absolutizeLinks(root: Element, pageUrl: string | undefined): void {
  if (!pageUrl) return;
  for (const element of root.querySelectorAll('a[href], img[src]')) {
    const attribute = element.tagName === 'IMG' ? 'src' : 'href';
    const value = element.getAttribute(attribute) ?? '';
    if (value.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(value)) continue;
    const absolute = httpUrl(value, pageUrl);
    if (absolute) element.setAttribute(attribute, absolute);
  }
}

export function htmlToDraft(source: string, fileName: string, dom: HtmlDom, options: HtmlImportOptions = {}): ArticleDraft {
  const rules = options.rules ?? DEFAULT_RULES;
  const { html, savedFromUrl } = prepareHtmlSource(source);
  const pages: ParsedPage[] = [];
  const open = () => {
    const page = dom.parsePage(html);
    pages.push(page);
    return page;
  };
  try {
    const { document } = open();
    const meta = readPageMetadata(document, { savedFromUrl });
    const credits = findCreditLines(document, rules);
    removeJunkBlocks(document, rules);
    const pageText = textLength(document.body);
    const article = readabilityOrNothing(document);
    let content = (article?.content as Element | null | undefined) ?? undefined;

    // Readability keeps one part of long many-section documents (manuals, chapters): take the
    // container that holds most of the page's text instead, from a fresh parse.
    const extracted = textLength(content);
    if (!content || (pageText > FALLBACK_MIN_TEXT && extracted < pageText * THIN_EXTRACTION)) {
      const again = open().document;
      removeJunkBlocks(again, rules);
      const container = again.body ? mainTextContainer(again.body) : undefined;
      if (container && textLength(container) > Math.max(extracted * 2, 1)) content = container;
    }
    if (!content || textLength(content) === 0) throw noReadableContent(fileName);
    absolutizeLinks(content, meta.sourceUrl);
    // The line rules read text only, so they run on the fast DOM; the caption marks they leave are
    // data-* attributes, which DOMPurify keeps.
    const lineMeta = { ...credits, ...cleanArticleBlocks(content, rules).meta };
    unlinkInPageAnchors(content, meta.sourceUrl);

    const clean = dom.sanitize(content.innerHTML, IMPORT_PURIFY_CONFIG);
    const title = meta.title ?? (article?.title ? collapseSpace(article.title) : undefined) ?? firstHeading(clean);
    const untitled = title ? undefined : options.genericName ? firstWords(clean) : undefined;
    const markdown = articleToMarkdown(clean, title);
    if (!markdown.replace(/[\s#*_>|`~\-[\]()!]/g, '')) throw noReadableContent(fileName);

    const fallbackTitle = titleFromFileName(fileName);
    return {
      title: cleanTitle(title ?? untitled ?? fallbackTitle, fallbackTitle),
      markdown,
      format: 'html',
      byline: meta.byline ?? lineMeta.byline ?? (article?.byline ? collapseSpace(article.byline).replace(/^(?:by|oleh)\s+/i, '') : undefined),
      editor: lineMeta.editor,
      site:
        meta.site ??
        (article?.siteName ? collapseSpace(article.siteName) : undefined) ??
        datelineSite(collapseSpace(clean.querySelector('p')?.textContent ?? '')) ??
        (meta.sourceUrl ? new URL(meta.sourceUrl).hostname.replace(/^www\./, '') : undefined),
      publishedAt: meta.publishedAt ?? lineMeta.publishedAt ?? parseDate(article?.publishedTime),
      sourceUrl: meta.sourceUrl,
      langHint: meta.lang === 'id' || meta.lang === 'en' ? meta.lang : undefined,
    };
  } finally {
    for (const page of pages) page.dispose();
  }
}

/** A page with no title anywhere: the heading it opens with, if it opens with one. */
function firstHeading(root: Element): string | undefined {
  const text = collapseSpace(root.querySelector('h1, h2, h3')?.textContent ?? '');
  return text && collapseSpace(root.textContent ?? '').startsWith(text) ? text : undefined;
}

/** For pastes and standard input with no title at all: the first words of the text. */
function firstWords(root: Element): string {
  const text = collapseSpace(root.querySelector('p')?.textContent ?? root.textContent ?? '');
  const sentence = text.split(/(?<=[.!?])\s/)[0];
  return sentence.length <= 100 ? sentence.replace(/\.$/, '') : `${sentence.slice(0, 100).replace(/\s+\S*$/, '')}…`;
}

/**
 * Readability on a damaged page can throw (it assumes every node has a parent); such a page still
 * gets the fallback below, which takes the container holding most of the text.
 */
function readabilityOrNothing(document: Document) {
  try {
    return new Readability<Node>(document, { serializer: (node) => node }).parse();
  } catch (error) {
    if (error instanceof TypeError) return null;
    throw error;
  }
}
