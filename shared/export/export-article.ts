/**
 * One article's export in any format, with the file name it should be saved as. The app's save
 * dialog, the browser download and the CLI all start from this, so the names match everywhere.
 */
import type { Annotation, Article } from '../model.js';
import { annotatedMarkdown, type ExportStyle } from './annotated-markdown.js';
import { quotesDigest } from './quotes-digest.js';
import { w3cCollection } from './w3c-annotations.js';

export const EXPORT_FORMATS = ['md', 'quotes', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  content: string;
}

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A file-name stem safe on every desktop system: letters, digits and dashes, never empty or reserved. */
export function safeFileStem(title: string, fallback: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // 80 characters (not UTF-16 units, so a letter outside the BMP is never cut in half): short on every file system.
  const short = Array.from(stem).slice(0, 80).join('').replace(/-+$/, '');
  return !short || RESERVED.test(short) ? fallback : short;
}

/** Gives each name a number when it is taken ("x.md", "x-2.md"), ignoring case (macOS, Windows). */
export function uniqueFileNames(names: readonly string[], taken: Iterable<string> = []): string[] {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}${ext}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

const FILE_SUFFIX: Record<ExportFormat, string> = { md: '.md', quotes: '-quotes.md', json: '.jsonld' };

/** The file name an article's export is saved under (before a folder export makes names unique). */
export function exportFileName(article: Pick<Article, 'title' | 'id'>, format: ExportFormat): string {
  return `${safeFileStem(article.title, article.id)}${FILE_SUFFIX[format]}`;
}

export function exportArticle(article: Article, annotations: readonly Annotation[], format: ExportFormat, style: ExportStyle = 'obsidian'): ExportedFile {
  const fileName = exportFileName(article, format);
  switch (format) {
    case 'md':
      return { fileName, mimeType: 'text/markdown', content: annotatedMarkdown(article, annotations, style) };
    case 'quotes':
      return { fileName, mimeType: 'text/markdown', content: quotesDigest(article, annotations) };
    case 'json':
      return { fileName, mimeType: 'application/ld+json', content: `${JSON.stringify(w3cCollection(article, annotations), null, 2)}\n` };
  }
}

/** The index.md of a folder export: one linked line per article. */
export function exportIndex(entries: ReadonlyArray<{ article: Pick<Article, 'title' | 'byline' | 'site' | 'publishedAt'>; fileName: string; annotationCount: number }>): string {
  const lines = entries.map(({ article, fileName, annotationCount }) => {
    const title = article.title.replace(/[\\[\]*_`<>]/g, (c) => `\\${c}`);
    const meta = [article.byline, article.site, article.publishedAt?.slice(0, 10)].filter(Boolean).join(' · ');
    return `- [${title}](<${fileName}>)${meta ? ` — ${meta}` : ''} (${annotationCount} annotation${annotationCount === 1 ? '' : 's'})`;
  });
  return `# Tandai export\n\n${lines.join('\n') || '*No articles.*'}\n`;
}
