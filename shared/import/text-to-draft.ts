/**
 * Plain text (e.g. copied from a browser) → article draft. Paragraphs break on blank lines;
 * the headline is the first line, except that a first line which merely ends with the next
 * paragraph is a breadcrumb glued to the headline, as in "BerandaTeknologi…Scale AI Resmi…".
 * Fuller web-junk cleaning belongs to the import rules (issue 3).
 */
import { escapeMarkdownBlock } from '../markdown/escape-markdown.js';
import { cleanTitle, titleFromFileName, type ArticleDraft } from './article-draft.js';

export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) => p.replace(/[ \t]+$/gm, '').trim())
    .filter((p) => p.length > 0);
}

export function textToDraft(text: string, fileName: string): ArticleDraft {
  const paragraphs = splitParagraphs(text);
  let title = titleFromFileName(fileName);
  if (paragraphs.length > 0) {
    const first = paragraphs[0];
    const next = paragraphs[1];
    const firstLine = first.split('\n')[0];
    if (next && !next.includes('\n') && next.length < 300 && first !== next && first.endsWith(next)) {
      // Breadcrumb + headline on one line, the headline repeated below: keep the clean copy.
      title = next;
      paragraphs.splice(0, 2);
    } else if (firstLine.length <= 300) {
      title = firstLine;
      const rest = first.split('\n').slice(1).join('\n').trim();
      if (rest) paragraphs[0] = rest;
      else paragraphs.shift();
      if (paragraphs[0] === title) paragraphs.shift();
    }
  }
  return {
    title: cleanTitle(title, titleFromFileName(fileName)),
    markdown: paragraphs.map(escapeMarkdownBlock).join('\n\n') + (paragraphs.length ? '\n' : ''),
    format: 'text',
  };
}
