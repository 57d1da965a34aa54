/**
 * The data model shared by every process: articles, annotations, settings.
 * Types come from the zod schemas (z.infer), so the schema is the one source of truth
 * for what is stored on disk and what crosses IPC/HTTP.
 */
import { z } from 'zod';
import { HIGHLIGHT_COLORS } from './model-constants.js';

/** Bumped whenever a stored file changes shape; see electron/library/migrations.ts. */
export const SCHEMA_VERSION = 2;

/** Ids become file names, so they are restricted to a safe alphabet (no path traversal). */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{5,63}$/, 'must be an article or annotation id (letters, digits and dashes)');

export const LangSchema = z.enum(['id', 'en', 'other']);
export type Lang = z.infer<typeof LangSchema>;

export { HIGHLIGHT_COLORS };
export const ColorSchema = z.enum(HIGHLIGHT_COLORS);
export type HighlightColor = z.infer<typeof ColorSchema>;

export const ArticleFormatSchema = z.enum(['text', 'markdown', 'html']);

export const ArticleSchema = z.object({
  id: IdSchema,
  title: z.string().min(1),
  /** Author(s) as the source credits them ("Penulis:", "By …", meta author, JSON-LD). */
  byline: z.string().optional(),
  /** The editor credited by the source ("Editor:", "Redaktur:", "Editing by …"). */
  editor: z.string().optional(),
  site: z.string().optional(),
  /** Canonical http(s) address of the story (link rel=canonical, og:url, front matter). */
  sourceUrl: z.string().optional(),
  sourceFile: z.string().optional(),
  /** ISO 8601 when the source gave a date we could read ("2025-06-13" or a full timestamp). */
  publishedAt: z.string().optional(),
  importedAt: z.string(),
  updatedAt: z.string(),
  lang: LangSchema,
  format: ArticleFormatSchema,
  /** The canonical body, as markdown. Everything the reader shows is rendered from it. */
  markdown: z.string(),
  /** textContent of the rendered, sanitized body: the string annotation selectors point into. */
  text: z.string(),
  wordCount: z.number().int().nonnegative(),
  /** Minutes at an ordinary reading pace (see shared/import/count-words.ts). Optional: older files lack it. */
  readingMinutes: z.number().int().nonnegative().optional(),
  /** Hash of the whitespace-normalised canonical text, for finding duplicates. Optional: older files lack it. */
  contentHash: z.string().optional(),
  tags: z.array(z.string()).default([]),
  /** How far the reader got (0..1) and when it was last opened; set by articles.setProgress. */
  readingProgress: z.number().min(0).max(1).optional(),
  lastOpenedAt: z.string().optional(),
});
export type Article = z.infer<typeof ArticleSchema>;

export const TextQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});
export const TextPositionSelectorSchema = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;

export const TranslationSchema = z.object({
  text: z.string(),
  from: z.enum(['id', 'en']),
  to: z.enum(['id', 'en']),
});

/** Who said a quotation: a person, an organisation or a description, with the role kept apart. */
export const SpeakerSchema = z.object({
  name: z.string().min(1).max(300),
  role: z.string().max(300).optional(),
});
export type Speaker = z.infer<typeof SpeakerSchema>;

export const AnnotationSchema = z.object({
  id: IdSchema,
  articleId: IdSchema,
  kind: z.enum(['highlight', 'quote']).default('highlight'),
  target: z.object({
    selector: z.tuple([TextQuoteSelectorSchema, TextPositionSelectorSchema]),
  }),
  status: z.enum(['anchored', 'orphan']),
  color: ColorSchema,
  note: z.string(),
  tags: z.array(z.string()),
  translation: TranslationSchema.optional(),
  /** For quotations (kind 'quote'): who said it, detected or typed by the user. */
  speaker: SpeakerSchema.optional(),
  created: z.string(),
  updated: z.string(),
});
export type Annotation = z.infer<typeof AnnotationSchema>;

/** One row of the library index (library.json); derivable from the article file. */
export const ArticleSummarySchema = z.object({
  id: IdSchema,
  title: z.string(),
  site: z.string().optional(),
  byline: z.string().optional(),
  lang: LangSchema,
  publishedAt: z.string().optional(),
  importedAt: z.string(),
  updatedAt: z.string(),
  wordCount: z.number().int().nonnegative(),
  readingMinutes: z.number().int().nonnegative().optional(),
  /** Kept in the index so an import can spot a duplicate without opening every article file. */
  sourceUrl: z.string().optional(),
  contentHash: z.string().optional(),
  annotationCount: z.number().int().nonnegative(),
  tags: z.array(z.string()).default([]),
  /** Tags used on the article's annotations (distinct), so tag lists need not open every article. */
  annotationTags: z.array(z.string()).default([]),
  /** For the library's filters without opening every article (see SUMMARY_VERSION). */
  annotationColors: z.array(ColorSchema).default([]),
  noteCount: z.number().int().nonnegative().default(0),
  translationCount: z.number().int().nonnegative().default(0),
  orphanCount: z.number().int().nonnegative().default(0),
  readingProgress: z.number().min(0).max(1).optional(),
  lastOpenedAt: z.string().optional(),
  /** Changes whenever anything searchable changes (text, metadata, annotations): the search index compares it. */
  revision: z.string().optional(),
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

export const ThemeSchema = z.enum(['system', 'light', 'dark']);
export const LocaleSchema = z.enum(['en', 'id']);
export type Locale = z.infer<typeof LocaleSchema>;

export const SettingsSchema = z.object({
  theme: ThemeSchema.default('system'),
  /** Reader font size in CSS pixels. */
  fontSize: z.number().int().min(12).max(32).default(19),
  /** Undefined means: follow the system language. */
  locale: LocaleSchema.optional(),
  /** Whether a brand-new library gets the sample article. */
  addSample: z.boolean().default(true),
  // The personal glossary and the dictionaries (Settings → Dictionaries).
  /** Underline the glossary's terms in articles, with their translation on hover. */
  underlineGlossary: z.boolean().default(false),
  /** Dictionary ids in the order lookups list their entries; dictionaries not named follow in their own order. */
  dictionaryOrder: z.array(z.string().max(100)).max(1000).default([]),
  /** Dictionary ids turned off: lookups skip them. */
  disabledDictionaries: z.array(z.string().max(100)).max(1000).default([]),
});
export type Settings = z.infer<typeof SettingsSchema>;

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;

/**
 * A change to some settings: only the fields given. (zod 4's .partial() still fills in defaults, so a
 * patch of the font size would also reset the theme to its default.)
 */
export const SettingsPatchSchema = z.object(
  Object.fromEntries(
    Object.entries(SettingsSchema.shape).map(([key, field]) => [key, (field instanceof z.ZodDefault ? field.unwrap() : field).optional()]),
  ) as { [K in keyof typeof SettingsSchema.shape]: z.ZodOptional<WithoutDefault<(typeof SettingsSchema.shape)[K]>> },
);

/** Stored files. Each carries its schemaVersion so migrations know what they read. */
export const ArticleFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  article: ArticleSchema,
  annotations: z.array(AnnotationSchema),
});
export type ArticleFile = z.infer<typeof ArticleFileSchema>;

/** Bumped when summarize() fills new fields: an index written with an older one is rebuilt (it is only a cache). */
export const SUMMARY_VERSION = 2;

export const LibraryIndexSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  summaryVersion: z.number().int().optional(),
  articles: z.array(ArticleSummarySchema),
});
export type LibraryIndex = z.infer<typeof LibraryIndexSchema>;

export const SettingsFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Set once the first-run sample has been offered, so deleting it does not bring it back. */
  sampleOffered: z.boolean().default(false),
  settings: SettingsSchema,
});
export type SettingsFile = z.infer<typeof SettingsFileSchema>;

export function summarize(article: Article, annotations: readonly Annotation[]): ArticleSummary {
  return {
    id: article.id,
    title: article.title,
    site: article.site,
    byline: article.byline,
    lang: article.lang,
    publishedAt: article.publishedAt,
    importedAt: article.importedAt,
    updatedAt: article.updatedAt,
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    sourceUrl: article.sourceUrl,
    contentHash: article.contentHash,
    annotationCount: annotations.length,
    tags: article.tags,
    annotationTags: [...new Set(annotations.flatMap((a) => a.tags))],
    ...annotationFacts(annotations),
    ...(article.readingProgress !== undefined ? { readingProgress: article.readingProgress } : {}),
    ...(article.lastOpenedAt !== undefined ? { lastOpenedAt: article.lastOpenedAt } : {}),
    revision: articleRevision(article, annotations),
  };
}

function annotationFacts(annotations: readonly Annotation[]) {
  const colors = new Set(annotations.map((a) => a.color));
  return {
    annotationColors: HIGHLIGHT_COLORS.filter((c) => colors.has(c)),
    noteCount: annotations.filter((a) => a.note.trim() !== '').length,
    translationCount: annotations.filter((a) => a.translation && a.translation.text.trim() !== '').length,
    orphanCount: annotations.filter((a) => a.status === 'orphan').length,
  };
}

/**
 * A short fingerprint of everything search indexes: the article's updatedAt (text and metadata edits
 * set it) plus each annotation's id and updated time (create, edit, delete, restore all change the set).
 * Reading progress is left out on purpose: scrolling must not make the search index stale.
 */
export function articleRevision(article: Pick<Article, 'updatedAt' | 'title'>, annotations: readonly Pick<Annotation, 'id' | 'updated'>[]): string {
  // FNV-1a, 32 bits: a fingerprint for staleness, not a security hash.
  let h = 0x811c9dc5;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= 0x1f;
  };
  feed(article.updatedAt);
  feed(article.title);
  for (const a of annotations) {
    feed(a.id);
    feed(a.updated);
  }
  return `${annotations.length.toString(36)}-${h.toString(36)}`;
}
