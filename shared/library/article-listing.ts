/**
 * articles.list with paging: the library view paints its first screen from one small page (the first
 * rows in the order it will show them) and loads the rest behind it, instead of waiting for every row
 * of a 10,000-article library (4.5 MB of JSON). Without parameters the call answers as it always did:
 * every row, newest import first.
 */
import { z } from 'zod';
import { createTranslator } from '../i18n/index.js';
import { ArticleSummarySchema, LocaleSchema, type ArticleSummary } from '../model.js';
import { LIBRARY_SORTS, sortArticles, sortKey, type LibrarySort } from './query-articles.js';

export const ListArticlesParamsSchema = z
  .object({
    /** The library view's order (shared/library/query-articles.ts); without it, the library's own order (newest import first). */
    sort: z.enum(LIBRARY_SORTS).optional(),
    reversed: z.boolean().optional(),
    /** Whose collation orders titles (the UI language); English without it. */
    locale: LocaleSchema.optional(),
    /** Rows to skip, and how many to return at most (all without a limit). */
    offset: z.number().int().nonnegative().max(10_000_000).default(0),
    limit: z.number().int().min(1).max(10_000_000).optional(),
  })
  .refine((p) => p.reversed === undefined || p.sort !== undefined, { message: 'reversed needs a sort', path: ['reversed'] });
export type ListArticlesParams = z.infer<typeof ListArticlesParamsSchema>;

export const ListArticlesResultSchema = z.object({
  articles: z.array(ArticleSummarySchema),
  /** How many articles the library holds in all (`articles` holds one page of them when paged). */
  total: z.number().int().nonnegative(),
});

/**
 * Methods whose results dispatchCall does not check again with zod. The listing's rows are summaries
 * the library already validated (library.json is read through its schema, and every summary is made
 * by one function); checking 10,000 of them again cost ~200 ms of the first paint. Params are still
 * validated like every other method's.
 */
export const TRUSTED_RESULTS: ReadonlySet<string> = new Set(['articles.list']);

/**
 * The rows' sort keys (unknown dates as -Infinity). The library hands out one frozen list until it
 * changes (electron/library/summary-map.ts), so the keys are kept with that list: the next page, or the
 * next start-up call, does not parse 10,000 dates again.
 */
const keysOfList = new WeakMap<readonly ArticleSummary[], Map<LibrarySort, Float64Array>>();

function sortKeys(rows: readonly ArticleSummary[], sort: LibrarySort): Float64Array {
  const cacheable = Object.isFrozen(rows);
  let bySort = cacheable ? keysOfList.get(rows) : undefined;
  let keys = bySort?.get(sort);
  if (!keys) {
    keys = Float64Array.from(rows, (row) => sortKey(row, sort)).map((key) => (Number.isNaN(key) ? -Infinity : key));
    if (cacheable) {
      if (!bySort) keysOfList.set(rows, (bySort = new Map()));
      bySort.set(sort, keys);
    }
  }
  return keys;
}

/** One page of the rows, in the order asked for. */
export function pageOfArticles<A extends ArticleSummary>(rows: readonly A[], params: Partial<ListArticlesParams>): A[] {
  const locale = params.locale ?? 'en';
  const collator = createTranslator(locale).collator; // made once per locale (shared/i18n)
  const offset = params.offset ?? 0;
  const sort = params.sort as LibrarySort | undefined;
  let candidates = rows;
  if (sort && !params.reversed && params.limit !== undefined && (offset + params.limit) * 2 <= rows.length) {
    // The first screen of a large library: only rows whose sort key reaches the page's last one can be
    // on it, so only those are sorted with the full comparison (the rest is one numeric sort).
    const keys = sortKeys(rows, sort);
    const threshold = Float64Array.from(keys).sort()[rows.length - (offset + params.limit)];
    candidates = rows.filter((_, i) => keys[i] >= threshold);
  }
  const sorted = sort ? sortArticles(candidates, sort, collator.compare, params.reversed) : rows;
  return sorted.slice(offset, params.limit === undefined ? undefined : offset + params.limit);
}
