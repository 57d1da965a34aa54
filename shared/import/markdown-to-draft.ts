/**
 * Markdown → article draft. The body is kept as written (no junk rules: markdown is the user's own
 * or a clipper's deliberate output); YAML front matter becomes metadata, under the names clippers
 * and static-site generators use, and a leading "# Heading" becomes the title when the front
 * matter has none.
 */
import { parse as parseYaml } from 'yaml';
import { cleanTitle, titleFromFileName, type ArticleDraft } from './article-draft.js';
import { cleanSourceUrl } from './normalize-url.js';
import { parseDate } from './parse-date.js';
import { readTandaiExport } from './read-tandai-export.js';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function str(value: unknown): string | undefined {
  // YAML reads `date: 2025-06-12` as midnight UTC: that is a plain date, not an instant.
  if (value instanceof Date) return value.toISOString().replace(/T00:00:00\.000Z$/, '');
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

export function markdownToDraft(source: string, fileName: string): ArticleDraft {
  let body = source.replace(/\r\n?/g, '\n');
  let meta: Record<string, unknown> = {};
  const match = FRONT_MATTER.exec(body);
  if (match) {
    try {
      const parsed = parseYaml(match[1]);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) meta = parsed as Record<string, unknown>;
      body = body.slice(match[0].length);
    } catch {
      // Not YAML after all (e.g. a horizontal rule at the top): keep the text as written.
    }
  }
  // Tandai's own export: marks and footnotes come out of the body and become annotations again.
  const tandai = readTandaiExport(meta, body);
  if (tandai) body = tandai.markdown;
  let title = str(meta.title);
  if (!title) {
    const heading = /^\s*#\s+(.+?)\s*#*\s*$/m.exec(body);
    if (heading && body.slice(0, heading.index).trim() === '') {
      title = heading[1];
      body = body.slice(heading.index + heading[0].length);
    }
  }
  const tags = Array.isArray(meta.tags) ? meta.tags.map(str).filter((t): t is string => !!t) : typeof meta.tags === 'string' ? meta.tags.split(/[,\s]+/).filter(Boolean) : undefined;
  const lang = str(meta.lang ?? meta.language);
  return {
    title: cleanTitle(title ?? titleFromFileName(fileName), titleFromFileName(fileName)),
    markdown: body.replace(/^\n+/, ''),
    format: 'markdown',
    byline: str(meta.author ?? meta.byline ?? meta.authors),
    editor: str(meta.editor),
    site: str(meta.site ?? meta.site_name ?? meta.publisher),
    sourceUrl: cleanSourceUrl(str(meta.source ?? meta.url ?? meta.source_url ?? meta.canonical_url ?? meta.link)),
    publishedAt: parseDate(str(meta.published ?? meta.date ?? meta.published_at ?? meta.date_published)) ?? str(meta.published ?? meta.date),
    lang: lang === 'id' || lang === 'en' ? lang : undefined,
    tags,
    ...(tandai ? { annotations: tandai.annotations, textChecksum: tandai.textChecksum } : {}),
  };
}
