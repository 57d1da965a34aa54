/**
 * The quotes digest: only the annotations, in text order, each a blockquote ready to paste into a
 * story — the original, its translation, the speaker where known, the note, and a citation line.
 * "Copy quote" uses quoteBlock for one annotation, so the clipboard gets the same block.
 */
import type { Annotation, Article, Speaker } from '../model.js';
import { escapeMarkdownBlock, escapeMarkdownInline } from '../markdown/escape-markdown.js';
import { sortInTextOrder } from '../anchoring/reanchor-annotations.js';
import { footnoteBodies, frontMatter } from './annotated-markdown.js';

/** Prefixes every line with "> " (blank lines with ">") so the whole text stays in the quote. */
const quoteLines = (markdown: string) => markdown.split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n');

const paragraphs = (text: string) =>
  text
    .trim()
    .split(/\n\s*\n|\n/)
    .map((p) => escapeMarkdownBlock(p.replace(/\s+/g, ' ').trim()))
    .filter(Boolean)
    .join('\n\n');

/** "Author, “Title”, Site, 2025-06-13, <https://…>", with whatever the article names. */
export function citationLine(article: Article): string {
  const parts = [article.byline, `“${article.title}”`, article.site, article.publishedAt?.slice(0, 10)].filter((p): p is string => !!p).map(escapeMarkdownInline);
  if (article.sourceUrl) parts.push(`<${article.sourceUrl}>`);
  return `— ${parts.join(', ')}`;
}

/** "— Jonathan Siddharth, CEO Turing": who said the quotation, when the annotation knows. */
export function speakerLine(speaker: Speaker): string {
  return `— ${escapeMarkdownInline(speaker.name)}${speaker.role ? `, ${escapeMarkdownInline(speaker.role)}` : ''}`;
}

export function quoteBlock(article: Article, annotation: Annotation): string {
  const sections = [paragraphs(annotation.target.selector[0].exact)];
  if (annotation.speaker) sections.push(speakerLine(annotation.speaker));
  if (annotation.translation?.text.trim()) sections.push(`*${annotation.translation.to.toUpperCase()}:* ${paragraphs(annotation.translation.text)}`);
  if (annotation.note.trim()) sections.push(`**Note:** ${footnoteBodies({ ...annotation, translation: undefined })[0]}`);
  sections.push(citationLine(article));
  return quoteLines(sections.join('\n\n'));
}

export function quotesDigest(article: Article, annotations: readonly Annotation[]): string {
  const blocks = sortInTextOrder([...annotations]).map((a) => quoteBlock(article, a));
  return `${frontMatter(article, 'quotes')}\n# ${escapeMarkdownInline(article.title)}\n\n${blocks.join('\n\n') || '*No annotations yet.*'}\n`;
}
