/**
 * Turns an importer's draft into a stored Article: id, canonical text, language, word count,
 * reading time and the content hash that duplicate detection compares.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Article } from '../../shared/model.js';
import type { ArticleDraft } from '../../shared/import/article-draft.js';
import { countWords, readingMinutes } from '../../shared/import/count-words.js';
import { detectLanguage } from '../../shared/lang/detect-language.js';
import { canonicalTextInNode } from '../dom/node-dom.js';

export { countWords } from '../../shared/import/count-words.js';

/** 16 lowercase base-32 characters: unique enough, and safe as a file name everywhere. */
export function newId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  let id = '';
  for (const byte of randomBytes(16)) id += alphabet[byte & 31];
  return id;
}

/**
 * SHA-256 of the canonical text with white space collapsed and case folded, so the same story
 * copied with different line breaks (or re-saved) hashes the same.
 */
export function contentHash(text: string): string {
  const normalized = text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return createHash('sha256').update(normalized).digest('hex').slice(0, 32);
}

/** Everything an article derives from a draft; shared by new imports and --update. */
function derived(draft: ArticleDraft) {
  const text = canonicalTextInNode(draft.markdown);
  const wordCount = countWords(text);
  let lang = draft.lang ?? detectLanguage(`${draft.title}\n${text}`);
  if (lang === 'other' && draft.langHint && !draft.lang) lang = draft.langHint;
  return { text, wordCount, lang, readingMinutes: readingMinutes(wordCount), contentHash: contentHash(text) };
}

export function draftToArticle(draft: ArticleDraft, sourceFile: string | undefined, now = new Date()): Article {
  const { text, wordCount, lang, readingMinutes: minutes, contentHash: hash } = derived(draft);
  const stamp = now.toISOString();
  return {
    id: newId(),
    title: draft.title,
    byline: draft.byline,
    editor: draft.editor,
    site: draft.site,
    sourceUrl: draft.sourceUrl,
    sourceFile,
    publishedAt: draft.publishedAt,
    importedAt: stamp,
    updatedAt: stamp,
    lang,
    format: draft.format,
    markdown: draft.markdown,
    text,
    wordCount,
    readingMinutes: minutes,
    contentHash: hash,
    tags: draft.tags ?? [],
  };
}

/**
 * A newer version of the same story over an existing article: new text and metadata, the same id,
 * import date and tags (the draft's tags are added). Metadata the new version lacks is kept.
 */
export function replaceArticleText(existing: Article, draft: ArticleDraft, sourceFile: string | undefined, now = new Date()): Article {
  const fresh = draftToArticle(draft, sourceFile, now);
  return {
    ...existing,
    title: fresh.title,
    byline: fresh.byline ?? existing.byline,
    editor: fresh.editor ?? existing.editor,
    site: fresh.site ?? existing.site,
    sourceUrl: fresh.sourceUrl ?? existing.sourceUrl,
    sourceFile: sourceFile ?? existing.sourceFile,
    publishedAt: fresh.publishedAt ?? existing.publishedAt,
    updatedAt: fresh.updatedAt,
    lang: fresh.lang,
    format: fresh.format,
    markdown: fresh.markdown,
    text: fresh.text,
    wordCount: fresh.wordCount,
    readingMinutes: fresh.readingMinutes,
    contentHash: fresh.contentHash,
    tags: [...new Set([...existing.tags, ...fresh.tags])],
  };
}
