/**
 * Deleting articles from the library — one row or a whole selection — as one step that Undo in the
 * toast or Ctrl+Z takes back. Deleted articles go to the trash (articles.deleteMany), and undo brings
 * them all back at once (articles.restoreMany). The rows leave the list at once; a failed delete
 * puts the list back as the library has it and says why.
 */
import { useCallback, useRef } from 'react';
import type { Result } from '../shared/api.js';
import type { Translator } from '../shared/i18n/index.js';
import type { ArticleSummary } from '../shared/model.js';
import type { ApiClient } from './api-client.js';
import type { ToastData } from './components/toast.js';
import { errorText } from './error-text.js';
import type { useLibrary } from './use-library.js';

/** A delete that Undo / Ctrl+Z can take back; `deleted` settles when the API has answered. */
interface DeletedEntry {
  articles: { id: string; title: string }[];
  deleted: Promise<Result<'articles.deleteMany'>>;
}

interface Options {
  client: ApiClient;
  library: ReturnType<typeof useLibrary>;
  showToast: (toast: Omit<ToastData, 'id'>) => void;
  tr: Translator;
  /** After an undo: the first restored row gets the focus. */
  onRestored: (ids: string[]) => void;
}

export function useDeleteUndo({ client, library, showToast, tr, onRestored }: Options) {
  const undoStack = useRef<DeletedEntry[]>([]);

  const restore = useCallback(
    async (entry: DeletedEntry) => {
      undoStack.current = undoStack.current.filter((other) => other !== entry);
      try {
        await entry.deleted;
      } catch {
        return; // The delete itself failed and said so; there is nothing to undo.
      }
      const first = entry.articles[0];
      try {
        const { articles } = await client.call('articles.restoreMany', { ids: entry.articles.map((a) => a.id) });
        library.putMany(articles);
        onRestored(articles.map((a) => a.id));
        const message =
          articles.length === 1 ? tr.t('delete.restored', { title: articles[0].title }) : tr.plural('delete.restoredMany', articles.length);
        showToast({ tone: 'info', message });
      } catch (error) {
        void library.reload();
        const message =
          entry.articles.length === 1
            ? tr.t('delete.restoreFailed', { title: first.title, message: errorText(error, tr) })
            : tr.t('delete.restoreManyFailed', { message: errorText(error, tr) });
        showToast({ tone: 'error', message });
      }
    },
    [client, library, onRestored, showToast, tr],
  );

  const deleteArticles = useCallback(
    async (articles: readonly ArticleSummary[]) => {
      if (articles.length === 0) return;
      library.removeMany(articles.map((a) => a.id));
      // On the undo stack at once, so a quick Ctrl+Z still works while the delete is under way.
      const entry: DeletedEntry = {
        articles: articles.map(({ id, title }) => ({ id, title })),
        deleted: client.call('articles.deleteMany', { ids: articles.map((a) => a.id) }),
      };
      undoStack.current.push(entry);
      try {
        const { deleted } = await entry.deleted;
        if (!undoStack.current.includes(entry)) return; // already undone
        const message = deleted.length === 1 ? tr.t('delete.toast', { title: deleted[0].title }) : tr.plural('delete.toastMany', deleted.length);
        showToast({ tone: 'info', message, action: { label: tr.t('delete.undo'), run: () => void restore(entry) } });
      } catch (error) {
        undoStack.current = undoStack.current.filter((other) => other !== entry);
        void library.reload();
        const message =
          articles.length === 1
            ? tr.t('delete.failed', { title: articles[0].title, message: errorText(error, tr) })
            : tr.t('delete.failedMany', { message: errorText(error, tr) });
        showToast({ tone: 'error', message });
      }
    },
    [client, library, restore, showToast, tr],
  );

  const undoLast = useCallback(() => {
    const last = undoStack.current.at(-1);
    if (last) void restore(last);
  }, [restore]);

  return { deleteArticles, undoLast };
}
