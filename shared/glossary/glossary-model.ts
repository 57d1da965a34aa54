/**
 * The personal glossary (translation memory): term pairs the reader has settled on, e.g.
 * "juru bicara" = "spokesperson", each with the sentence and article it came from. Stored as
 * <library>/glossary.json; one term has one translation per direction.
 */
import { z } from 'zod';
import { lookupKey } from '../dictionary/compiled-dictionary.js';
import { IdSchema, SCHEMA_VERSION } from '../model.js';

export const GlossaryLangSchema = z.enum(['id', 'en']);
export type GlossaryLang = z.infer<typeof GlossaryLangSchema>;

export const MAX_TERM = 200;
export const MAX_TRANSLATION = 500;
export const MAX_NOTE = 2000;
export const MAX_SENTENCE = 2000;

export const GlossaryEntrySchema = z.object({
  id: IdSchema,
  /** The term as found in the text, e.g. "juru bicara". */
  source: z.string().min(1).max(MAX_TERM),
  /** Its translation, e.g. "spokesperson". */
  target: z.string().min(1).max(MAX_TRANSLATION),
  from: GlossaryLangSchema,
  to: GlossaryLangSchema,
  note: z.string().max(MAX_NOTE).optional(),
  /** The sentence the term was saved from, for vocabulary cards. */
  sentence: z.string().max(MAX_SENTENCE).optional(),
  /** The article that sentence is in. */
  articleId: IdSchema.optional(),
  created: z.string(),
  updated: z.string(),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

export const GlossaryFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  entries: z.array(GlossaryEntrySchema),
});
export type GlossaryFile = z.infer<typeof GlossaryFileSchema>;

export const otherLang = (lang: GlossaryLang): GlossaryLang => (lang === 'id' ? 'en' : 'id');

/** Entries that are the same term in the same direction share this key. */
export function glossaryKey(entry: Pick<GlossaryEntry, 'source' | 'from' | 'to'>): string {
  return `${entry.from}>${entry.to}:${lookupKey(entry.source)}`;
}

/** Alphabetical by term, as the panel and the exports list them. */
export function sortGlossary(entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  return [...entries].sort((a, b) => lookupKey(a.source).localeCompare(lookupKey(b.source)) || a.from.localeCompare(b.from));
}

/** Case-insensitive search over term, translation and note. */
export function searchGlossary(entries: readonly GlossaryEntry[], query: string): GlossaryEntry[] {
  const q = lookupKey(query);
  if (!q) return [...entries];
  return entries.filter((e) => [e.source, e.target, e.note ?? ''].some((field) => lookupKey(field).includes(q)));
}
