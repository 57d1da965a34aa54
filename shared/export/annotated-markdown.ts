/**
 * The annotated-article export: YAML front matter, then the article's own markdown with each
 * highlight marked where it sits and its note and translation as footnotes right after it.
 * Pure: strings in, a string out, so the app, the CLI and the tests export identically.
 */
import { Document, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Annotation, Article } from '../model.js';
import { escapeMarkdownBlock } from '../markdown/escape-markdown.js';
import { sortInTextOrder } from '../anchoring/reanchor-annotations.js';
import { mapTextToSource, sourcePieces } from './text-to-source.js';
import { EXPORT_VERSION, textChecksum, type ExportedAnnotation } from './tandai-export-data.js';
import { markSyntaxToEscape } from './mark-syntax.js';

export { EXPORT_VERSION } from './tandai-export-data.js';

export const EXPORT_STYLES = ['obsidian', 'gfm', 'plain'] as const;
export type ExportStyle = (typeof EXPORT_STYLES)[number];

const MARKS: Record<ExportStyle, [string, string]> = { obsidian: ['==', '=='], gfm: ['<mark>', '</mark>'], plain: ['', ''] };

/**
 * `export` says which export this is, so an import of Tandai's own files knows what it reads;
 * `machine` is the rest of the `tandai:` block (style, text checksum, one line per annotation).
 */
export function frontMatter(article: Article, kind: 'article' | 'quotes' = 'article', machine: Record<string, unknown> = {}): string {
  const data: Record<string, unknown> = { title: article.title };
  if (article.byline) data.author = article.byline;
  if (article.editor) data.editor = article.editor;
  if (article.sourceUrl) data.source = article.sourceUrl;
  if (article.site) data.site = article.site;
  if (article.publishedAt) data.published = article.publishedAt;
  data.imported = article.importedAt;
  data.lang = article.lang;
  data.tags = article.tags;
  data.tandai = { version: EXPORT_VERSION, id: article.id, export: kind, ...machine };
  const document = new Document(data);
  // One line per annotation keeps the machine data short and out of the reader's way.
  const list = document.getIn(['tandai', 'annotations'], true) as YAMLSeq | undefined;
  for (const item of list?.items ?? []) (item as YAMLMap).flow = true;
  return `---\n${document.toString({ lineWidth: 0 })}---\n`;
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

/** The front-matter line of one annotation: where it is, then what the prose cannot show. Defaults are left out. */
function exportedAnnotation(a: Annotation, place: { at: string; marks?: number } | { orphan: true }, footnotes: { note?: number; translation?: number }): Partial<ExportedAnnotation> {
  return {
    ...place,
    color: a.color,
    ...(a.kind !== 'highlight' ? { kind: a.kind } : {}),
    ...(a.tags.length ? { tags: [...a.tags] } : {}),
    ...footnotes,
    ...(a.speaker ? { speaker: { ...a.speaker } } : {}),
  };
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
  const entries: Array<Partial<ExportedAnnotation>> = [];
  let markedUpTo = 0;
  for (const a of sortInTextOrder([...annotations])) {
    const numbers: { note?: number; translation?: number } = {};
    const refs = footnoteBodies(a).map((body, i) => {
      footnotes.push(footnoteDefinition(footnotes.length + 1, body));
      // footnoteBodies gives the note first, then the translation.
      numbers[i === 0 && a.note.trim() ? 'note' : 'translation'] = footnotes.length;
      return `[^${footnotes.length}]`;
    });
    const { start, end } = a.target.selector[1];
    if (a.status === 'orphan' || end > text.length || text.slice(start, end) !== a.target.selector[0].exact) {
      entries.push(exportedAnnotation(a, { orphan: true }, numbers));
      orphans.push(`> ${escapeMarkdownBlock(a.target.selector[0].exact.replace(/\s+/g, ' ').trim())}${refs.join('')}`);
      continue;
    }
    // Overlapping highlights are merged: the later one is marked from where the earlier one ends.
    const pieces = sourcePieces(text, map, Math.max(start, markedUpTo), end);
    markedUpTo = Math.max(markedUpTo, end);
    // How many marks it got, when not one: an import of an edited file finds it by its marks.
    const place = open && pieces.length !== 1 ? { at: `${start}-${end}`, marks: pieces.length } : { at: `${start}-${end}` };
    entries.push(exportedAnnotation(a, place, numbers));
    if (open) {
      for (const piece of pieces) {
        insertions.push({ at: piece.start, rank: 2, text: open }, { at: piece.end, rank: 0, text: close });
      }
    }
    const last = pieces.at(-1) ?? sourcePieces(text, map, start, end).at(-1);
    if (last && refs.length) insertions.push({ at: afterInline(markdown, map.silent, last.end), rank: 1, text: refs.join('') });
  }
  // Text that would read back as a mark or a footnote reference gets a backslash (same text, see mark-syntax.ts).
  for (const at of markSyntaxToEscape(markdown, style, map)) insertions.push({ at, rank: 3, text: '\\' });
  insertions.sort((x, y) => x.at - y.at || x.rank - y.rank);
  let body = '';
  let from = 0;
  for (const insertion of insertions) {
    body += markdown.slice(from, insertion.at) + insertion.text;
    from = insertion.at;
  }
  body += markdown.slice(from);
  const machine = { style, text: textChecksum(text), annotations: entries };
  const parts = [`${frontMatter(article, 'article', machine)}\n${body.trim()}`];
  if (orphans.length) parts.push(orphans.join('\n\n'));
  if (footnotes.length) parts.push(footnotes.join('\n\n'));
  return `${parts.join('\n\n')}\n`;
}
