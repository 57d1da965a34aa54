/**
 * Schemas for the library-scale methods (search, trash, bulk tagging, the tags page, reading
 * progress). They live here so shared/api.ts only gains one contiguous block of method entries.
 */
import { z } from 'zod';
import { GlossaryLangSchema } from '../glossary/glossary-model.js';
import { ArticleSummarySchema, IdSchema, LangSchema } from '../model.js';

/** Which part of an article a search match is in. */
export const SEARCH_FIELDS = ['title', 'body', 'quote', 'note', 'translation', 'speaker'] as const;
export const SearchFieldSchema = z.enum(SEARCH_FIELDS);
export type SearchField = z.infer<typeof SearchFieldSchema>;

const RangeSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const SearchMatchSchema = z.object({
  field: SearchFieldSchema,
  /** A short excerpt around the match (an ellipsis marks a cut). */
  snippet: z.string(),
  /** Ranges inside `snippet` to highlight. */
  highlights: z.array(RangeSchema),
  /** Where to scroll: the span in Article.text (body: the matched words; annotation fields: the annotation). */
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  /** For quote, note, translation and speaker matches: the annotation they belong to. */
  annotationId: IdSchema.optional(),
});
export type SearchMatch = z.infer<typeof SearchMatchSchema>;

export const SearchResultSchema = z.object({
  articleId: IdSchema,
  title: z.string(),
  site: z.string().optional(),
  lang: LangSchema,
  score: z.number(),
  matches: z.array(SearchMatchSchema),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

/** What `fields` may ask for: the article fields, and 'glossary' for glossary entries. */
export const SEARCH_QUERY_FIELDS = [...SEARCH_FIELDS, 'glossary'] as const;
export type SearchQueryField = (typeof SEARCH_QUERY_FIELDS)[number];

/** Which part of a glossary entry a glossary hit matched in. */
export const GLOSSARY_PARTS = ['source', 'target', 'note', 'sentence'] as const;

/** A glossary entry that matched: "juru bicara → spokesperson", with the matched words marked. */
export const GlossaryHitSchema = z.object({
  entryId: IdSchema,
  source: z.string(),
  target: z.string(),
  from: GlossaryLangSchema,
  to: GlossaryLangSchema,
  score: z.number(),
  /** Each part of the entry that matched, in the order source, target, note, sentence. */
  matches: z.array(z.object({ part: z.enum(GLOSSARY_PARTS), snippet: z.string(), highlights: z.array(RangeSchema) })),
  /** The article the entry was saved from, if it is still in the library. */
  articleId: IdSchema.optional(),
  articleTitle: z.string().optional(),
});
export type GlossaryHit = z.infer<typeof GlossaryHitSchema>;

export const SearchQueryParamsSchema = z.object({
  query: z.string().trim().min(1).max(500),
  limit: z.number().int().min(1).max(500).default(20),
  /** Search inside one article only (the reader's find). */
  articleId: IdSchema.optional(),
  /** Facets: only articles with a quotation by this speaker (case-insensitive), in this language, with this tag. */
  speaker: z.string().trim().min(1).max(300).optional(),
  lang: LangSchema.optional(),
  tag: z.string().trim().min(1).max(64).optional(),
  /** Only matches in these fields (default: all); 'glossary' asks for glossary entries. */
  fields: z.array(z.enum(SEARCH_QUERY_FIELDS)).min(1).optional(),
  /** How many matches (snippets) to return per article; the reader's find asks for many. */
  matchesPerArticle: z.number().int().min(1).max(1000).default(5),
});

export const SearchQueryResultSchema = z.object({
  results: z.array(SearchResultSchema),
  /** How many articles matched in all (results holds at most `limit`). */
  total: z.number().int().nonnegative(),
  /** Speakers quoted in the matching articles, most frequent first: the values of the speaker facet. */
  speakers: z.array(z.object({ name: z.string(), count: z.number().int().positive() })),
  /** False while the index is still being built: the results may then be incomplete. */
  complete: z.boolean(),
  /**
   * Glossary entries that matched, best first, at most `limit`. Only when `fields` includes 'glossary'
   * (or is not given) and no speaker or tag facet is set; `lang` keeps entries translating from that
   * language, `articleId` those saved from that article.
   */
  glossary: z.array(GlossaryHitSchema),
});

export const SearchStatusSchema = z.object({
  /** Articles in the search index so far, out of `total`. */
  indexed: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** True while the index is being built or caught up (show a progress bar). */
  building: z.boolean(),
});

export const TrashedArticleSchema = ArticleSummarySchema.extend({
  deletedAt: z.string(),
  /** When the article will be removed for good (30 days after deletion). */
  purgeAt: z.string(),
});

const TagSchema = z.string().trim().min(1).max(64);
const TagListSchema = z.array(TagSchema).max(64);
export const IdsSchema = z.array(IdSchema).min(1).max(20_000);

/** The tags of one article and its annotations before a change: what undo puts back (tags.restore). */
export const TagSnapshotSchema = z.object({
  articleId: IdSchema,
  tags: z.array(z.string()),
  annotations: z.array(z.object({ id: IdSchema, tags: z.array(z.string()) })).default([]),
});
export type TagSnapshot = z.infer<typeof TagSnapshotSchema>;

export const TagChangeResultSchema = z.object({
  /** Articles whose own tags or annotation tags changed. */
  articles: z.number().int().nonnegative(),
  annotations: z.number().int().nonnegative(),
  /** Pass to tags.restore to undo. */
  undo: z.array(TagSnapshotSchema),
});

export const BulkTagParamsSchema = z
  .object({ ids: IdsSchema, add: TagListSchema.default([]), remove: TagListSchema.default([]) })
  .refine((p) => p.add.length + p.remove.length > 0, 'give tags to add or remove');

export { TagSchema, TagListSchema };
