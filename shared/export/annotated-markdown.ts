/**
 * The annotated-article export: YAML front matter, then the article's own markdown with each
 * highlight marked where it sits and its note and translation as footnotes right after it.
 * Pure: strings in, a string out, so the app, the CLI and the tests export identically.
 */
import { stringify } from 'yaml';
import type { Annotation, Article } from '../model.js';
import { escapeMarkdownBlock } from '../markdown/escape-markdown.js';
import { sortInTextOrder } from '../anchoring/reanchor-annotations.js';
import { mapTextToSource, sourcePieces } from './text-to-source.js';

export const EXPORT_STYLES = ['obsidian', 'gfm', 'plain'] as const;
export type ExportStyle = (typeof EXPORT_STYLES)[number];

/** Bumped when the export's shape changes, so an import can read older exports. */
export const EXPORT_VERSION = 1;

const MARKS: Record<ExportStyle, [string, string]> = { obsidian: ['==', '=='], gfm: ['<mark>', '</mark>'], plain: ['', ''] };

/** `export` says which export this is, so an import of Tandai's own files knows what it reads. */
export function frontMatter(article: Article, kind: 'article' | 'quotes' = 'article'): string {
  const data: Record<string, unknown> = { title: article.title };
  if (article.byline) data.author = article.byline;
  if (article.sourceUrl) data.source = article.sourceUrl;
  if (article.site) data.site = article.site;
  if (article.publishedAt) data.published = article.publishedAt;
  data.imported = article.importedAt;
  data.lang = article.lang;
  data.tags = article.tags;
  data.tandai = { version: EXPORT_VERSION, id: article.id, export: kind };
  return `---\n${stringify(data, { lineWidth: 0 })}---\n`;
}

/** Keeps a note's own markdown, but not sequences that would start a mark or a footnote reference. */
function noteMarkdown(note: string): string {
  return note.trim().replace(/\[\^/g, '\\[^').replace(/==/g, '=\\=').replace(/<(\/?mark)\b/gi, '&lt;$1');
}

/** The lines of a footnote definition: continuation lines indented so they stay in the footnote. */
function footnoteDefinition(n: number, body: string): string {
  const [first, ...rest] = body.split('\n');
  return [`[^${n}]: ${first}`, ...rest.map((line) => (line.trim() ? `    ${line}` : ''))].join('\n');
}

/** The footnote bodies of one annotation: its note, then its translation ("EN: …"). */
export function footnoteBodies(a: Annotation): string[] {
  const bodies: string[] = [];
  if (a.note.trim()) bodies.push(noteMarkdown(a.note));
  if (a.translation?.text.trim()) {
    const paragraphs = a.translation.text.trim().split(/\n\s*\n/).map((p) => escapeMarkdownBlock(p.trim()));
    bodies.push(`${a.translation.to.toUpperCase()}: ${paragraphs.join('\n\n')}`);
  }
  return bodies;
}

type Insertion = { at: number; rank: number; text: string };

/** Moves a footnote reference past a link destination and closing emphasis, so it lands in the prose. */
function afterInline(markdown: string, silent: Uint8Array, at: number): number {
  for (;;) {
    if (markdown[at] === ']' && silent[at + 1]) {
      at++;
      while (at < markdown.length && silent[at]) at++;
      continue;
    }
    if (/[*_~`]/.test(markdown[at] ?? '')) {
      at++;
      continue;
    }
    return at;
  }
}

export function annotatedMarkdown(article: Article, annotations: readonly Annotation[], style: ExportStyle): string {
  const { markdown, text } = article;
  const map = mapTextToSource(text, markdown);
  const [open, close] = MARKS[style];
  const insertions: Insertion[] = [];
  const footnotes: string[] = [];
  const orphans: string[] = [];
  let markedUpTo = 0;
  for (const a of sortInTextOrder([...annotations])) {
    const refs = footnoteBodies(a).map((body) => {
      footnotes.push(footnoteDefinition(footnotes.length + 1, body));
      return `[^${footnotes.length}]`;
    });
    const { start, end } = a.target.selector[1];
    if (a.status === 'orphan' || end > text.length || text.slice(start, end) !== a.target.selector[0].exact) {
      orphans.push(`> ${escapeMarkdownBlock(a.target.selector[0].exact.replace(/\s+/g, ' ').trim())}${refs.join('')}`);
      continue;
    }
    // Overlapping highlights are merged: the later one is marked from where the earlier one ends.
    const pieces = sourcePieces(text, map, Math.max(start, markedUpTo), end);
    markedUpTo = Math.max(markedUpTo, end);
    if (open) {
      for (const piece of pieces) {
        insertions.push({ at: piece.start, rank: 2, text: open }, { at: piece.end, rank: 0, text: close });
      }
    }
    const last = pieces.at(-1) ?? sourcePieces(text, map, start, end).at(-1);
    if (last && refs.length) insertions.push({ at: afterInline(markdown, map.silent, last.end), rank: 1, text: refs.join('') });
  }
  insertions.sort((x, y) => x.at - y.at || x.rank - y.rank);
  let body = '';
  let from = 0;
  for (const insertion of insertions) {
    body += markdown.slice(from, insertion.at) + insertion.text;
    from = insertion.at;
  }
  body += markdown.slice(from);
  const parts = [`${frontMatter(article)}\n${body.trim()}`];
  if (orphans.length) parts.push(orphans.join('\n\n'));
  if (footnotes.length) parts.push(footnotes.join('\n\n'));
  return `${parts.join('\n\n')}\n`;
}
