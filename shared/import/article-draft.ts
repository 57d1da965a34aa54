/**
 * What every importer produces: the canonical markdown body and whatever metadata the source had.
 * The Node side turns a draft into an Article (ids, canonical text, language, counts).
 */
import type { DraftAnnotation } from './read-tandai-export.js';

export interface ArticleDraft {
  title: string;
  markdown: string;
  format: 'text' | 'markdown' | 'html';
  byline?: string;
  editor?: string;
  site?: string;
  sourceUrl?: string;
  publishedAt?: string;
  /** Set only when the source states it (front matter); otherwise the text decides. */
  lang?: 'id' | 'en' | 'other';
  /** The language the page declares (<html lang>), used when the text is too short to tell. */
  langHint?: 'id' | 'en';
  tags?: string[];
  /** Annotations carried by Tandai's own export (read-tandai-export.ts), placed once the text is built. */
  annotations?: DraftAnnotation[];
  /** Checksum of the text those annotations point into; they are placed only on the same text. */
  textChecksum?: string;
}

/** Titles are one line and bounded, whatever the source gave us. */
export function cleanTitle(raw: string, fallback: string): string {
  const title = raw.replace(/\s+/g, ' ').trim().slice(0, 300);
  return title || fallback;
}

export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim() || 'Untitled';
}
