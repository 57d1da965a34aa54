/**
 * The tags page and bulk tagging as pure edits of one article file: rename/merge/delete a tag on the
 * article and on its annotations, add/remove tags, and the snapshot that undoes either.
 */
import type { ArticleFile } from '../model.js';
import type { TagSnapshot } from '../search/search-contract.js';

const uniq = (tags: readonly string[]) => [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

/** The article's and annotations' tags as they are now (what undo restores). */
export function tagSnapshot(file: ArticleFile): TagSnapshot {
  return {
    articleId: file.article.id,
    tags: [...file.article.tags],
    annotations: file.annotations.filter((a) => a.tags.length > 0).map((a) => ({ id: a.id, tags: [...a.tags] })),
  };
}

/**
 * Replaces tags through `map` (a tag maps to a new name, or to null to drop it; unmapped tags stay)
 * on the article and every annotation. Says whether the article's own tags changed and how many annotations did.
 */
export function mapTags(file: ArticleFile, map: ReadonlyMap<string, string | null>): { article: boolean; annotations: number } {
  const apply = (tags: readonly string[]) => uniq(tags.flatMap((t) => (map.has(t) ? (map.get(t) === null ? [] : [map.get(t)!]) : [t])));
  const next = apply(file.article.tags);
  const article = !same(next, file.article.tags);
  if (article) file.article.tags = next;
  let annotations = 0;
  for (const annotation of file.annotations) {
    const tags = apply(annotation.tags);
    if (!same(tags, annotation.tags)) {
      annotation.tags = tags;
      annotations++;
    }
  }
  return { article, annotations };
}

/** Adds and removes article tags (bulk tagging); true if the tags changed. */
export function addRemoveTags(file: ArticleFile, add: readonly string[], remove: readonly string[]): boolean {
  const drop = new Set(remove.map((t) => t.trim()));
  const next = uniq([...file.article.tags.filter((t) => !drop.has(t)), ...add.filter((t) => !drop.has(t.trim()))]);
  if (same(next, file.article.tags)) return false;
  file.article.tags = next;
  return true;
}

/** Puts the tags of a snapshot back; annotations deleted since are skipped. True if anything changed. */
export function restoreTags(file: ArticleFile, snapshot: TagSnapshot): boolean {
  let changed = false;
  if (!same(file.article.tags, snapshot.tags)) {
    file.article.tags = [...snapshot.tags];
    changed = true;
  }
  const wanted = new Map(snapshot.annotations.map((a) => [a.id, a.tags]));
  for (const annotation of file.annotations) {
    // Only annotations that had tags are in a snapshot; the others were not touched by the change.
    const tags = wanted.get(annotation.id);
    if (tags && !same(annotation.tags, tags)) {
      annotation.tags = [...tags];
      changed = true;
    }
  }
  return changed;
}
