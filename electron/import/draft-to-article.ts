/**
 * Turns an importer's draft into a stored Article: id, canonical text, language, word count.
 */
import { randomBytes } from 'node:crypto';
import type { Article } from '../../shared/model.js';
import type { ArticleDraft } from '../../shared/import/article-draft.js';
import { detectLanguage } from '../../shared/lang/detect-language.js';
import { canonicalTextInNode } from '../dom/node-dom.js';

/** 16 lowercase base-32 characters: unique enough, and safe as a file name everywhere. */
export function newId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  let id = '';
  for (const byte of randomBytes(16)) id += alphabet[byte & 31];
  return id;
}

export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu);
  return matches ? matches.length : 0;
}

export function draftToArticle(draft: ArticleDraft, sourceFile: string | undefined, now = new Date()): Article {
  const text = canonicalTextInNode(draft.markdown);
  const stamp = now.toISOString();
  return {
    id: newId(),
    title: draft.title,
    byline: draft.byline,
    site: draft.site,
    sourceUrl: draft.sourceUrl,
    sourceFile,
    publishedAt: draft.publishedAt,
    importedAt: stamp,
    updatedAt: stamp,
    lang: draft.lang ?? detectLanguage(`${draft.title}\n${text}`),
    format: draft.format,
    markdown: draft.markdown,
    text,
    wordCount: countWords(text),
    tags: draft.tags ?? [],
  };
}
