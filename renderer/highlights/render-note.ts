/**
 * Notes are markdown, rendered with the article pipeline (marked + DOMPurify, render-article.ts), so
 * a note can never carry a script or fetch anything. Rendered notes are cached by their text: the
 * sidebar re-renders often and a long article may have hundreds of notes.
 */
import DOMPurify from 'dompurify';
import { renderArticleHtml } from '../../shared/markdown/render-article.js';

const MAX_CACHED = 2000;
const htmlCache = new Map<string, string>();
const textCache = new Map<string, string>();

function remember(cache: Map<string, string>, key: string, value: string): string {
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
  return value;
}

export function noteHtml(note: string): string {
  return htmlCache.get(note) ?? remember(htmlCache, note, renderArticleHtml(note, DOMPurify));
}

/**
 * The note as one line of plain text, for aria-description and previews. Markdown syntax is stripped
 * by pattern rather than rendered: this runs for every highlight with a note when an article opens,
 * and the screen reader only needs the words.
 */
export function notePlainText(note: string): string {
  const cached = textCache.get(note);
  if (cached !== undefined) return cached;
  const plain = note
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images: their text
    .replace(/<[^>]*>/g, '') // raw HTML tags
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '') // headings, quotes, list markers
    .replace(/(\*\*|__|~~|`+)(.+?)\1/g, '$2') // bold, strike, code
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2') // emphasis
    .replace(/\s+/g, ' ')
    .trim();
  return remember(textCache, note, plain);
}
