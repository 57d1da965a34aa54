/**
 * The library-at-scale methods: the trash (list, purge, delete and restore many), reading progress,
 * bulk tagging and the tags page (rename, merge, delete, each undoable through tags.restore).
 */
import type { Handlers } from '../../shared/api.js';
import type { ArticleSummary } from '../../shared/model.js';
import type { TagSnapshot } from '../../shared/search/search-contract.js';
import { addRemoveTags, mapTags, restoreTags, tagSnapshot } from '../../shared/tags/tag-edits.js';
import type { Library } from '../library/library.js';

type Methods = Pick<
  Handlers,
  | 'articles.trash'
  | 'articles.purge'
  | 'articles.deleteMany'
  | 'articles.restoreMany'
  | 'articles.setProgress'
  | 'articles.tag'
  | 'tags.rename'
  | 'tags.merge'
  | 'tags.delete'
  | 'tags.restore'
>;

/**
 * A summary as the library view gets it: without the fields only the library itself uses (the
 * duplicate check's content hash, the search index's revision), which are a fifth of the listing's
 * bytes at 10,000 articles.
 */
export function listingRow(summary: ArticleSummary): ArticleSummary {
  const { contentHash: _hash, revision: _revision, ...row } = summary;
  return row;
}

export function libraryScaleHandlers(library: Library): Methods {
  /** Applies a tag mapping to every article that uses one of the mapped tags, as one operation. */
  async function remapTags(map: Map<string, string | null>) {
    const ids = library
      .list()
      .filter((s) => s.tags.some((t) => map.has(t)) || s.annotationTags.some((t) => map.has(t)))
      .map((s) => s.id);
    const undo: TagSnapshot[] = [];
    let annotations = 0;
    if (ids.length) {
      await library.updateMany(ids, (file) => {
        const snapshot = tagSnapshot(file);
        const changed = mapTags(file, map);
        if (!changed.article && changed.annotations === 0) return false;
        undo.push(snapshot);
        annotations += changed.annotations;
        return true;
      });
    }
    return { articles: undo.length, annotations, undo };
  }

  return {
    'articles.trash': async () => ({ articles: await library.trash() }),
    'articles.purge': async ({ ids }) => ({ purged: await library.purge(ids) }),
    'articles.deleteMany': async ({ ids }) => ({ deleted: await library.deleteMany(ids) }),
    'articles.restoreMany': async ({ ids }) => ({ articles: await library.restoreMany(ids) }),
    'articles.setProgress': ({ id, progress }) => library.setProgress(id, progress),
    'articles.tag': async ({ ids, add, remove }) => {
      const undo: TagSnapshot[] = [];
      const changed = await library.updateMany(ids, (file) => {
        const snapshot = tagSnapshot(file);
        if (!addRemoveTags(file, add, remove)) return false;
        undo.push(snapshot);
        return true;
      });
      const articles = changed.map((id) => library.summary(id)).filter((s): s is ArticleSummary => s !== undefined);
      return { articles, undo };
    },
    'tags.rename': ({ from, to }) => remapTags(new Map([[from, to]])),
    'tags.merge': ({ from, to }) => remapTags(new Map(from.map((t) => [t, to]))),
    'tags.delete': ({ tag }) => remapTags(new Map([[tag, null]])),
    'tags.restore': async ({ items }) => {
      // Articles deleted since the change are skipped: there is nothing left to put tags back on.
      const byId = new Map(items.filter((item) => library.summary(item.articleId)).map((item) => [item.articleId, item]));
      if (byId.size === 0) return { articles: 0 };
      const changed = await library.updateMany([...byId.keys()], (file) => restoreTags(file, byId.get(file.article.id)!));
      return { articles: changed.length };
    },
  };
}
