/**
 * The one API contract. Each method names its params and result as zod schemas;
 * the handlers (electron/handlers.ts) implement it, and IPC, HTTP, the CLI and the tests
 * all go through shared/dispatch-call.ts so validation is identical on every way in.
 */
import { z } from 'zod';
import {
  AnnotationSchema,
  ArticleSchema,
  ArticleSummarySchema,
  ColorSchema,
  IdSchema,
  LangSchema,
  SettingsPatchSchema,
  SettingsSchema,
  SpeakerSchema,
  TranslationSchema,
} from './model.js';
import { DictionaryMetaSchema } from './dictionary/compiled-dictionary.js';
import { BackupIdSchema, BackupInfoSchema } from './backup-info.js';
import * as S from './search/search-contract.js';
import { ListArticlesParamsSchema, ListArticlesResultSchema } from './library/article-listing.js';
import { DetectedQuoteSchema } from './quotes/detect-quotes.js';
import { GlossaryEntrySchema, GlossaryLangSchema, MAX_NOTE, MAX_SENTENCE, MAX_TERM, MAX_TRANSLATION } from './glossary/glossary-model.js';
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB } from './model-constants.js';

export { MAX_IMPORT_BYTES, MAX_IMPORT_MB };

export const ImportFileSchema = z.object({
  /** File name as the user chose it; used for the format and in messages. A paste may say "clipboard.html". */
  name: z.string().min(1).max(1024),
  /** Raw bytes, base64-encoded, so the importer can detect the encoding itself. */
  dataBase64: z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4, `the file is larger than ${MAX_IMPORT_MB} MB`),
  /** Overrides the file extension: a paste sends 'html' when the clipboard has an HTML flavour, else 'text'. */
  format: z.enum(['text', 'markdown', 'html']).optional(),
});

export const ImportResultSchema = z.union([
  z.object({
    file: z.string(),
    id: IdSchema,
    title: z.string(),
    lang: LangSchema,
    wordCount: z.number().int().nonnegative().optional(),
    readingMinutes: z.number().int().nonnegative().optional(),
  }),
  z.object({
    file: z.string(),
    error: z.string(),
    /** The file is already in the library as this article (same source URL or same text); import again with allowDuplicates to add it anyway. */
    duplicateOf: IdSchema.optional(),
  }),
]);

/** Metadata the user may edit after import. null clears a field. */
const NullableText = (max: number) => z.string().trim().max(max).nullable().optional();

const PositionTargetSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().positive() })
  .refine((t) => t.end > t.start, 'end must be after start');
const QuoteTargetSchema = z.object({
  /** The quoted text; white space may be given as single spaces even where the text breaks across paragraphs. */
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  /** Which occurrence (1-based) when the quote occurs more than once and no prefix/suffix tells them apart. */
  occurrence: z.number().int().positive().optional(),
});

/** A translation note: the passage in the other language. */
const TranslationParamSchema = TranslationSchema.extend({ text: z.string().max(100_000) }).refine((t) => t.from !== t.to, 'from and to must be different languages');
const LookupLangSchema = z.enum(['id', 'en']);
const LookupEntrySchema = z.object({ headword: z.string(), glosses: z.array(z.string()), dictionary: z.string() });

/** A caller-chosen name for one export.library run, for export.progress. */
const ExportJobIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'must be letters, digits and dashes');

const TagsSchema = z.array(z.string().trim().min(1).max(64)).max(64);

function method<P extends z.ZodType, R extends z.ZodType>(params: P, result: R) {
  return { params, result };
}

export const api = {
  'app.info': method(
    z.object({}),
    z.object({
      version: z.string(),
      libraryDir: z.string(),
      readOnly: z.boolean(),
      /** Sentences about things Tandai repaired or could not open, shown once to the user. */
      notices: z.array(z.string()),
    }),
  ),
  'settings.get': method(z.object({}), SettingsSchema),
  'settings.update': method(SettingsPatchSchema, SettingsSchema),
  'articles.list': method(ListArticlesParamsSchema, ListArticlesResultSchema),
  'articles.get': method(
    z.object({ id: IdSchema }),
    z.object({ article: ArticleSchema, annotations: z.array(AnnotationSchema) }),
  ),
  'articles.import': method(
    z.object({
      files: z.array(ImportFileSchema).min(1).max(1000),
      /** Import files that are already in the library (same source URL or text) as new articles. */
      allowDuplicates: z.boolean().default(false),
    }),
    z.object({ results: z.array(ImportResultSchema) }),
  ),
  /**
   * Replaces an article's text and metadata with a newer version of the same story, keeping its id,
   * import date, tags and annotations (the highlights issue re-anchors the annotations).
   */
  'articles.replaceText': method(z.object({ id: IdSchema, file: ImportFileSchema }), ImportResultSchema),
  /** Edits an article's metadata. Fields left out stay as they are; null clears one. */
  'articles.update': method(
    z.object({
      id: IdSchema,
      title: z.string().trim().min(1).max(300).optional(),
      byline: NullableText(300),
      editor: NullableText(300),
      site: NullableText(300),
      sourceUrl: z
        .string()
        .trim()
        .max(2048)
        .refine((u) => /^https?:\/\/[^\s]+$/i.test(u), 'must be an http or https address')
        .nullable()
        .optional(),
      publishedAt: NullableText(64),
      lang: LangSchema.optional(),
      tags: TagsSchema.optional(),
    }),
    ArticleSummarySchema,
  ),
  'articles.delete': method(z.object({ id: IdSchema }), z.object({ id: IdSchema, title: z.string() })),
  /** Undo of articles.delete: brings the article back from the trash. */
  'articles.restore': method(z.object({ id: IdSchema }), ArticleSummarySchema),
  'annotations.create': method(
    z.object({
      articleId: IdSchema,
      target: z.union([PositionTargetSchema, QuoteTargetSchema]),
      kind: z.enum(['highlight', 'quote']).default('highlight'),
      color: ColorSchema.default('yellow'),
      note: z.string().max(100_000).default(''),
      tags: TagsSchema.default([]),
      translation: TranslationParamSchema.optional(),
      /** Who said it, for a quotation (kind 'quote'). */
      speaker: SpeakerSchema.optional(),
    }),
    AnnotationSchema,
  ),
  'annotations.update': method(
    z.object({
      articleId: IdSchema,
      id: IdSchema,
      color: ColorSchema.optional(),
      note: z.string().max(100_000).optional(),
      tags: TagsSchema.optional(),
      /** Sets the translation note; null removes it. */
      translation: TranslationParamSchema.nullable().optional(),
      /** Sets who said the quotation; null removes the speaker. */
      speaker: SpeakerSchema.nullable().optional(),
      /** Re-attaches the annotation (e.g. an orphan) to a new span of the canonical text. */
      target: PositionTargetSchema.optional(),
    }),
    AnnotationSchema,
  ),
  /** Returns the deleted annotation so the caller can undo with annotations.restore. */
  'annotations.delete': method(
    z.object({ articleId: IdSchema, id: IdSchema }),
    z.object({ id: IdSchema, annotation: AnnotationSchema }),
  ),
  /** Undo of annotations.delete (and redo of a create): puts the annotation back as it was. */
  'annotations.restore': method(z.object({ articleId: IdSchema, annotation: AnnotationSchema }), AnnotationSchema),
  /**
   * "Edit text": replaces the article's markdown body. Annotations follow the text (re-anchored);
   * those that cannot be placed with confidence become orphans.
   */
  'articles.editText': method(
    z.object({ id: IdSchema, markdown: z.string().min(1).max(20_000_000) }),
    z.object({ article: ArticleSchema, annotations: z.array(AnnotationSchema) }),
  ),
  /** Every tag in use (articles and annotations) with how often, for autocomplete and the tags page. */
  'tags.list': method(z.object({}), z.object({ tags: z.array(z.object({ tag: z.string(), count: z.number().int().positive() })) })),
  /**
   * Dictionary entries for a word in the right direction, found through its root ("mengakuisisi" →
   * "akuisisi"). Without `from`, Indonesian is tried first, then English.
   */
  'dictionary.lookup': method(
    z.object({ word: z.string().trim().min(1).max(200), from: LookupLangSchema.optional() }),
    z.object({ query: z.string(), from: LookupLangSchema, to: LookupLangSchema, root: z.string().nullable(), entries: z.array(LookupEntrySchema) }),
  ),
  /** The library's compiled dictionaries, and dictionaries installed on the system that are not among them. */
  'dictionary.list': method(
    z.object({}),
    z.object({
      dictionaries: z.array(DictionaryMetaSchema),
      installed: z.array(z.object({ path: z.string(), format: z.enum(['dictd', 'stardict']), imported: z.boolean() })),
      roots: z.object({ source: z.string(), count: z.number().int().nonnegative() }),
    }),
  ),
  /** Compiles a dictd .index, StarDict .ifo or TSV/CSV glossary into the library (with its inversion). */
  'dictionary.import': method(
    z.object({
      path: z.string().trim().min(1).max(4096),
      from: z.string().regex(/^[a-z]{2,3}$/, 'must be a language code such as "id" or "en"').optional(),
      to: z.string().regex(/^[a-z]{2,3}$/, 'must be a language code such as "id" or "en"').optional(),
    }),
    z.object({ dictionaries: z.array(DictionaryMetaSchema) }),
  ),
  /** One article exported as annotated markdown (md, in a style), a quotes digest, or W3C Web Annotation JSON-LD. */
  'export.article': method(
    z.object({ id: IdSchema, format: z.enum(['md', 'quotes', 'json']).default('md'), style: z.enum(['obsidian', 'gfm', 'plain']).default('obsidian') }),
    z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() }),
  ),
  /**
   * The library, or the articles named, exported into a folder: one file per article (safe, unique
   * names from the titles) plus index.md, each written whole (temp file, then rename). An existing
   * file fails with code `exists` unless `overwrite`. Pass a `jobId` of your choosing and poll
   * `export.progress` with it (over IPC and HTTP alike) while this call runs.
   */
  'export.library': method(
    z.object({
      ids: z.array(IdSchema).min(1).max(100_000).optional(),
      dir: z
        .string()
        .trim()
        .min(1)
        .max(4096)
        .refine((d) => /^(?:\/|[A-Za-z]:[\\/]|\\\\)/.test(d), 'must be an absolute folder path'),
      format: z.enum(['md', 'quotes', 'json']).default('md'),
      style: z.enum(['obsidian', 'gfm', 'plain']).default('obsidian'),
      overwrite: z.boolean().default(false),
      jobId: ExportJobIdSchema.optional(),
    }),
    z.object({ dir: z.string(), files: z.array(z.string()), index: z.string(), count: z.number().int().nonnegative() }),
  ),
  /** How far a running `export.library` call has got; `unknown` before it starts (or long after it ended). */
  'export.progress': method(
    z.object({ jobId: ExportJobIdSchema }),
    z.object({ jobId: z.string(), state: z.enum(['unknown', 'running', 'done', 'failed']), done: z.number().int().nonnegative(), total: z.number().int().nonnegative() }),
  ),
  /** The Indonesian root of each word, in order. */
  'text.stem': method(
    z.object({ words: z.array(z.string().trim().min(1).max(200)).min(1).max(10_000) }),
    z.object({ stems: z.array(z.object({ word: z.string(), root: z.string() })) }),
  ),
  /** The library's backup snapshots (kept 7 days), newest first. */
  'backups.list': method(z.object({}), z.object({ backups: z.array(BackupInfoSchema) })),
  /** Takes a backup snapshot of the library now; `path` is its folder. */
  'backups.create': method(z.object({}), z.object({ backup: BackupInfoSchema, path: z.string() })),
  /** Puts the library back as it was in a snapshot; `undo` is the snapshot of the state just before, to restore it back. */
  'backups.restore': method(
    z.object({ id: BackupIdSchema }),
    z.object({ restored: BackupInfoSchema, undo: BackupInfoSchema, articleCount: z.number().int().nonnegative() }),
  ),
  // ---- library at scale: search, trash, bulk changes, tags page, reading progress ----
  /** Full-text search over titles, bodies, quotes, notes, translations and speakers; best first, grouped by article. */
  'search.query': method(S.SearchQueryParamsSchema, S.SearchQueryResultSchema),
  /** How far the search index is built (for a progress bar on the first launch of a large library). */
  'search.status': method(z.object({}), S.SearchStatusSchema),
  /** Articles in the trash, most recently deleted first. They are removed for good 30 days after deletion. */
  'articles.trash': method(z.object({}), z.object({ articles: z.array(S.TrashedArticleSchema) })),
  /** Removes articles from the trash for good (not undoable). */
  'articles.purge': method(z.object({ ids: S.IdsSchema }), z.object({ purged: z.array(IdSchema) })),
  /** Moves many articles to the trash in one operation; undo with articles.restoreMany. */
  'articles.deleteMany': method(z.object({ ids: S.IdsSchema }), z.object({ deleted: z.array(z.object({ id: IdSchema, title: z.string() })) })),
  'articles.restoreMany': method(z.object({ ids: S.IdsSchema }), z.object({ articles: z.array(ArticleSummarySchema) })),
  /** Remembers how far the reader got (0..1); also sets lastOpenedAt. Cheap: called while scrolling. */
  'articles.setProgress': method(
    z.object({ id: IdSchema, progress: z.number().min(0).max(1) }),
    z.object({ id: IdSchema, readingProgress: z.number(), lastOpenedAt: z.string() }),
  ),
  /** Adds and removes tags on many articles at once; undo with tags.restore. */
  'articles.tag': method(S.BulkTagParamsSchema, z.object({ articles: z.array(ArticleSummarySchema), undo: z.array(S.TagSnapshotSchema) })),
  /** Renames a tag on every article and annotation. */
  'tags.rename': method(z.object({ from: S.TagSchema, to: S.TagSchema }), S.TagChangeResultSchema),
  /** Replaces several tags by one on every article and annotation. */
  'tags.merge': method(z.object({ from: z.array(S.TagSchema).min(1).max(64), to: S.TagSchema }), S.TagChangeResultSchema),
  /** Removes a tag from every article and annotation. */
  'tags.delete': method(z.object({ tag: S.TagSchema }), S.TagChangeResultSchema),
  /** Undo of articles.tag and tags.rename/merge/delete: puts the tags back as the snapshots say. */
  'tags.restore': method(z.object({ items: z.array(S.TagSnapshotSchema).min(1).max(20_000) }), z.object({ articles: z.number().int().nonnegative() })),
  /** The direct quotations in an article's current text, in text order, with their speakers (detected afresh on each call). */
  'quotes.detect': method(z.object({ articleId: IdSchema }), z.object({ quotes: z.array(DetectedQuoteSchema) })),
  // ---- the personal glossary (electron/glossary/, shared/glossary/) ----
  /** Every glossary entry, alphabetically, with sentences about repairs made when it was opened. */
  'glossary.list': method(z.object({}), z.object({ entries: z.array(GlossaryEntrySchema), notices: z.array(z.string()) })),
  /** Saves a term pair ("juru bicara" = "spokesperson"), with the sentence and article it came from. */
  'glossary.add': method(
    z
      .object({
        source: z.string().trim().min(1).max(MAX_TERM),
        target: z.string().trim().min(1).max(MAX_TRANSLATION),
        from: GlossaryLangSchema,
        to: GlossaryLangSchema.optional(),
        note: z.string().max(MAX_NOTE).optional(),
        sentence: z.string().max(MAX_SENTENCE).optional(),
        articleId: IdSchema.optional(),
      })
      .refine((p) => p.to === undefined || p.to !== p.from, { message: 'to must be the other language', path: ['to'] }),
    GlossaryEntrySchema,
  ),
  /** Edits an entry; fields left out stay, null clears the note or sentence. */
  'glossary.update': method(
    z.object({
      id: IdSchema,
      source: z.string().trim().min(1).max(MAX_TERM).optional(),
      target: z.string().trim().min(1).max(MAX_TRANSLATION).optional(),
      from: GlossaryLangSchema.optional(),
      to: GlossaryLangSchema.optional(),
      note: z.string().max(MAX_NOTE).nullable().optional(),
      sentence: z.string().max(MAX_SENTENCE).nullable().optional(),
    }),
    GlossaryEntrySchema,
  ),
  /** Returns the deleted entry so the caller can undo with glossary.restore. */
  'glossary.delete': method(z.object({ id: IdSchema }), z.object({ entry: GlossaryEntrySchema })),
  /** Undo of glossary.delete: puts the entry back as it was. */
  'glossary.restore': method(z.object({ entry: GlossaryEntrySchema }), GlossaryEntrySchema),
  /** Adds the pairs of a CSV/TSV (header row optional), updating terms already there; reports every line. */
  'glossary.importCsv': method(
    z.object({ csv: z.string().max(10_000_000), from: GlossaryLangSchema.default('id') }),
    z.object({
      added: z.number().int().nonnegative(),
      updated: z.number().int().nonnegative(),
      skipped: z.number().int().nonnegative(),
      lines: z.array(z.object({ line: z.number().int().positive(), outcome: z.enum(['added', 'updated', 'skipped']), term: z.string().optional(), reason: z.string().optional() })),
    }),
  ),
  /** The whole glossary as CSV (the columns glossary.importCsv reads back). */
  'glossary.exportCsv': method(z.object({}), z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() })),
  /** Vocabulary for students: term, translation, the sentence it came from and its source, as CSV or an Anki TSV. */
  'glossary.exportVocabulary': method(
    z.object({ format: z.enum(['csv', 'anki']) }),
    z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() }),
  ),
  /**
   * Where the glossary's terms occur, inflected forms included (through the stemmer): in `text` (a passage
   * being translated) or in an article's canonical text (for underlining). `from` limits it to terms in that language.
   */
  'glossary.match': method(
    z
      .object({ text: z.string().max(20_000_000).optional(), articleId: IdSchema.optional(), from: GlossaryLangSchema.optional() })
      .refine((p) => (p.text === undefined) !== (p.articleId === undefined), { message: 'give either text or articleId', path: ['text'] }),
    z.object({
      matches: z.array(
        z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive(), entryId: IdSchema, source: z.string(), target: z.string(), from: GlossaryLangSchema, to: GlossaryLangSchema }),
      ),
    }),
  ),
} as const;

export type Api = typeof api;
export type MethodName = keyof Api;
/** What a caller passes: defaults may be left out. */
export type ParamsIn<M extends MethodName> = z.input<Api[M]['params']>;
/** What a handler receives: validated, defaults filled in. */
export type Params<M extends MethodName> = z.output<Api[M]['params']>;
export type Result<M extends MethodName> = z.output<Api[M]['result']>;

export type Handlers = { [M in MethodName]: (params: Params<M>) => Promise<Result<M>> };

export const METHOD_NAMES = Object.keys(api) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(api, name);
}
