/**
 * Plain text (e.g. copied from a browser) → article draft. Paragraphs break on blank lines (or on
 * every line break when the text has no blank lines at all, as some apps copy). The web-junk rules
 * clean it (clean-text.ts), the headline is found behind breadcrumbs and menus (find-headline.ts),
 * credit lines become metadata and captions are marked.
 *
 * Markdown written here: subheadings become "## …"; a caption is a paragraph that is wholly
 * emphasised ("*Foto: …*"), so the reader shows it as a caption and the text stays searchable.
 */
import { escapeMarkdownBlock, escapeMarkdownInline } from '../markdown/escape-markdown.js';
import { cleanTitle, titleFromFileName, type ArticleDraft } from './article-draft.js';
import { DEFAULT_RULES, collapseSpace, type CompiledRules } from './classify-line.js';
import { cleanTextParagraphs, type TextBlock } from './clean-text.js';
import { findHeadline } from './find-headline.js';

export function splitParagraphs(text: string): string[] {
  const normalized = text.replace(/\r\n?/g, '\n');
  const hasBlankLines = /\n[ \t]*\n/.test(normalized);
  return normalized
    .split(hasBlankLines ? /\n[ \t]*\n+/ : /\n/)
    .map((p) => p.replace(/[ \t]+$/gm, '').trim())
    .filter((p) => p.length > 0);
}

/** Escapes a heading's text; a trailing "#" would otherwise be read as a closing sequence. */
function headingMarkdown(text: string): string {
  return `## ${escapeMarkdownInline(collapseSpace(text)).replace(/#+$/, (m) => m.replace(/#/g, '\\#'))}`;
}

export function captionMarkdown(text: string): string {
  return `*${escapeMarkdownInline(collapseSpace(text))}*`;
}

export function blocksToMarkdown(blocks: readonly TextBlock[]): string {
  const parts = blocks.map((b) => (b.kind === 'heading' ? headingMarkdown(b.text) : b.kind === 'caption' ? captionMarkdown(b.text) : escapeMarkdownBlock(b.text)));
  return parts.length ? `${parts.join('\n\n')}\n` : '';
}

/**
 * A title for text with no headline: the file's name, or for pastes and standard input (whose
 * "file names" say nothing) the first words of the text.
 */
function fallbackTitle(blocks: readonly TextBlock[], fileName: string, genericName: boolean): string {
  if (!genericName) return titleFromFileName(fileName);
  const first = blocks.find((b) => b.kind === 'body')?.text ?? '';
  const sentence = collapseSpace(first).split(/(?<=[.!?])\s/)[0];
  if (sentence.length <= 100) return sentence.replace(/[.]$/, '') || titleFromFileName(fileName);
  return `${sentence.slice(0, 100).replace(/\s+\S*$/, '')}…`;
}

export interface TextImportOptions {
  rules?: CompiledRules;
  /** The name does not describe the text (a paste, standard input): take a fallback title from the text. */
  genericName?: boolean;
}

export function textToDraft(text: string, fileName: string, options: TextImportOptions = {}): ArticleDraft {
  const rules = options.rules ?? DEFAULT_RULES;
  const cleaned = cleanTextParagraphs(splitParagraphs(text), rules);
  const { title, blocks, site } = findHeadline(cleaned.blocks, rules);
  return {
    title: cleanTitle(title ?? fallbackTitle(blocks, fileName, options.genericName ?? false), titleFromFileName(fileName)),
    markdown: blocksToMarkdown(blocks),
    format: 'text',
    byline: cleaned.meta.byline,
    editor: cleaned.meta.editor,
    publishedAt: cleaned.meta.publishedAt,
    site,
  };
}
