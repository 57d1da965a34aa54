/**
 * The library list's sort, filter and grouping, as pure functions over the article summaries the
 * app already holds (articles.list), so 10,000 rows are re-sorted on the client without a round trip
 * and the rules are tested without a DOM. The view (renderer/views/library-view.tsx) keeps the
 * state; this module only answers "which rows, in which order, under which headings".
 */
import { HIGHLIGHT_COLORS } from '../model-constants.js';
import type { ArticleSummary, HighlightColor, Lang } from '../model.js';

/** A row of the list: the summary carries the counts the filters need (annotationColors, noteCount, …). */
export type LibraryArticle = ArticleSummary;

export const LIBRARY_SORTS = ['recent', 'title', 'published', 'annotated'] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];

export interface LibraryFilter {
  /** Words to find in the title, site or byline (case- and accent-insensitive). */
  text?: string;
  lang?: Lang | null;
  tag?: string | null;
  color?: HighlightColor | null;
  hasNotes?: boolean;
  hasTranslations?: boolean;
  hasOrphans?: boolean;
}

export interface LibraryQuery {
  sort: LibrarySort;
  /** Reverses the sort's natural order (recent, published and annotated: newest/most first; title: A→Z). */
  reversed?: boolean;
  filter: LibraryFilter;
  groupBySite?: boolean;
}

export interface ArticleGroup<A extends LibraryArticle = LibraryArticle> {
  /** The source site, or null for articles without one (always the last group). */
  site: string | null;
  articles: A[];
}

/** Compares two strings the way the UI language sorts them (Intl.Collator#compare fits). */
export type CompareText = (a: string, b: string) => number;

/** Case- and accent-insensitive, so "kabar" finds "Kabar" and "cafe" finds "Café". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** When the article was last touched by the reader: opened, else imported. */
export function recency(article: LibraryArticle): string {
  return article.lastOpenedAt && article.lastOpenedAt > article.importedAt ? article.lastOpenedAt : article.importedAt;
}

/** A stored date as a sortable number; articles without a readable date get NaN (sorted last). */
function time(value: string | undefined): number {
  if (!value) return Number.NaN;
  return Date.parse(value);
}

/** Bigger first; NaN (unknown) always last. */
function byNumberDescending(a: number, b: number): number {
  const aKnown = !Number.isNaN(a);
  const bKnown = !Number.isNaN(b);
  if (aKnown !== bKnown) return aKnown ? -1 : 1;
  if (!aKnown) return 0;
  return b - a;
}

/** Every tag an article carries: its own and its annotations'. */
export function articleTags(article: LibraryArticle): string[] {
  return [...new Set([...(article.tags ?? []), ...(article.annotationTags ?? [])])];
}

export function matchesFilter(article: LibraryArticle, filter: LibraryFilter): boolean {
  if (filter.lang && article.lang !== filter.lang) return false;
  if (filter.tag) {
    const wanted = filter.tag.toLocaleLowerCase();
    if (!articleTags(article).some((tag) => tag.toLocaleLowerCase() === wanted)) return false;
  }
  if (filter.color && !(article.annotationColors ?? []).includes(filter.color)) return false;
  if (filter.hasNotes && !(article.noteCount ?? 0)) return false;
  if (filter.hasTranslations && !(article.translationCount ?? 0)) return false;
  if (filter.hasOrphans && !(article.orphanCount ?? 0)) return false;
  const text = filter.text?.trim();
  if (text) {
    const haystack = foldText(`${article.title} ${article.site ?? ''} ${article.byline ?? ''}`);
    // Every word must appear, in any order: "kompas meta" finds Meta's story on Kompas.
    if (!foldText(text).split(/\s+/).every((word) => haystack.includes(word))) return false;
  }
  return true;
}

export function isFilterActive(filter: LibraryFilter): boolean {
  return Boolean(filter.text?.trim() || filter.lang || filter.tag || filter.color || filter.hasNotes || filter.hasTranslations || filter.hasOrphans);
}

/** The number an article is sorted by first, bigger first (NaN: unknown, last); 0 for the title sort. */
export function sortKey(article: LibraryArticle, sort: LibrarySort): number {
  switch (sort) {
    case 'recent':
      return time(recency(article));
    case 'title':
      return 0;
    case 'published':
      return time(article.publishedAt);
    case 'annotated':
      return article.annotationCount;
  }
}

/** Ties fall back to the title, then the id, so the order is stable. */
function tieBreak(a: LibraryArticle, b: LibraryArticle, compareText: CompareText): number {
  return compareText(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** One comparison per sort, in its natural direction. */
export function compareArticles(a: LibraryArticle, b: LibraryArticle, sort: LibrarySort, compareText: CompareText): number {
  return byNumberDescending(sortKey(a, sort), sortKey(b, sort)) || tieBreak(a, b, compareText);
}

/**
 * The order of compareArticles, with each article's date parsed once rather than at every comparison
 * (10,000 rows take ~260,000 comparisons: the difference between a few milliseconds and fifty).
 */
export function sortArticles<A extends LibraryArticle>(articles: readonly A[], sort: LibrarySort, compareText: CompareText, reversed = false): A[] {
  const keyed = articles.map((article) => ({ article, key: sortKey(article, sort) }));
  keyed.sort((a, b) => byNumberDescending(a.key, b.key) || tieBreak(a.article, b.article, compareText));
  const sorted = keyed.map((entry) => entry.article);
  return reversed ? sorted.reverse() : sorted;
}

/** Groups in the order of their first article (so the sort still decides what comes first); no site last. */
export function groupBySite<A extends LibraryArticle>(articles: readonly A[]): ArticleGroup<A>[] {
  const groups = new Map<string, ArticleGroup<A>>();
  let noSite: ArticleGroup<A> | null = null;
  for (const article of articles) {
    const site = article.site?.trim() || null;
    if (site === null) {
      noSite ??= { site: null, articles: [] };
      noSite.articles.push(article);
      continue;
    }
    // Sites differ in case between imports ("kompas.com", "Kompas.com"): one group, named as first seen.
    const key = site.toLocaleLowerCase();
    let group = groups.get(key);
    if (!group) {
      group = { site, articles: [] };
      groups.set(key, group);
    }
    group.articles.push(article);
  }
  return noSite ? [...groups.values(), noSite] : [...groups.values()];
}

/** Filter, sort, and group (one group with site null holds everything when not grouping). */
export function queryArticles<A extends LibraryArticle>(articles: readonly A[], query: LibraryQuery, compareText: CompareText): ArticleGroup<A>[] {
  const kept = articles.filter((article) => matchesFilter(article, query.filter));
  const sorted = sortArticles(kept, query.sort, compareText, query.reversed);
  return query.groupBySite ? groupBySite(sorted) : [{ site: null, articles: sorted }];
}

/** The choices the filter menus offer: languages, tags (most used first) and colours present in the library. */
export function filterChoices(articles: readonly LibraryArticle[]): { langs: Lang[]; tags: { tag: string; count: number }[]; colors: HighlightColor[] } {
  const langs = new Set<Lang>();
  const tags = new Map<string, { tag: string; count: number }>();
  const colors = new Set<HighlightColor>();
  for (const article of articles) {
    langs.add(article.lang);
    for (const tag of articleTags(article)) {
      const key = tag.toLocaleLowerCase();
      const entry = tags.get(key) ?? { tag, count: 0 };
      entry.count += 1;
      tags.set(key, entry);
    }
    for (const color of article.annotationColors ?? []) colors.add(color);
  }
  const order: Lang[] = ['id', 'en', 'other'];
  return {
    langs: order.filter((lang) => langs.has(lang)),
    tags: [...tags.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag)),
    colors: HIGHLIGHT_COLORS.filter((color) => colors.has(color)),
  };
}
