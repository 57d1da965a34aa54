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
  SettingsSchema,
} from './model.js';

/** Largest single file the importer accepts (bytes). Larger files get a clear "too large" error. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const ImportFileSchema = z.object({
  /** File name as the user chose it; used for the format and in messages. */
  name: z.string().min(1).max(1024),
  /** Raw bytes, base64-encoded, so the importer can detect the encoding itself. */
  dataBase64: z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4, 'the file is larger than 20 MB'),
  format: z.enum(['text', 'markdown']).optional(),
});

const ImportResultSchema = z.union([
  z.object({ file: z.string(), id: IdSchema, title: z.string(), lang: LangSchema }),
  z.object({ file: z.string(), error: z.string() }),
]);

const PositionTargetSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().positive() })
  .refine((t) => t.end > t.start, 'end must be after start');
const QuoteTargetSchema = z.object({
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

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
  'settings.update': method(SettingsSchema.partial(), SettingsSchema),
  'articles.list': method(z.object({}), z.object({ articles: z.array(ArticleSummarySchema) })),
  'articles.get': method(
    z.object({ id: IdSchema }),
    z.object({ article: ArticleSchema, annotations: z.array(AnnotationSchema) }),
  ),
  'articles.import': method(
    z.object({ files: z.array(ImportFileSchema).min(1).max(1000) }),
    z.object({ results: z.array(ImportResultSchema) }),
  ),
  'articles.delete': method(z.object({ id: IdSchema }), z.object({ id: IdSchema, title: z.string() })),
  /** Undo of articles.delete: brings the article back from the trash. */
  'articles.restore': method(z.object({ id: IdSchema }), ArticleSummarySchema),
  'annotations.create': method(
    z.object({
      articleId: IdSchema,
      target: z.union([PositionTargetSchema, QuoteTargetSchema]),
      color: ColorSchema.default('yellow'),
      note: z.string().max(100_000).default(''),
      tags: TagsSchema.default([]),
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
    }),
    AnnotationSchema,
  ),
  'annotations.delete': method(z.object({ articleId: IdSchema, id: IdSchema }), z.object({ id: IdSchema })),
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
