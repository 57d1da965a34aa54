/**
 * Deleting articles from the library — one row or a whole selection — as one step that Undo in the
 * toast or Ctrl+Z takes back (it goes on the app's undo history, use-undo-history.ts). Deleted
 * articles go to the trash (articles.deleteMany), and undo brings them all back at once
 * (articles.restoreMany). The rows leave the list at once; a failed delete puts the list back as
 * the library has it and says why.
 */
import { useCallback } from 'react';
import type { Result } from '../shared/api.js';
import type { Translator } from '../shared/i18n/index.js';
import type { ArticleSummary } from '../shared/model.js';
import type { ApiClient } from './api-client.js';
import type { ToastData } from './components/toast.js';
import { errorText } from './error-text.js';
import type { useLibrary } from './use-library.js';
import type { UndoHistory } from './use-undo-history.js';

interface Options {
  client: ApiClient;
  library: ReturnType<typeof useLibrary>;
  history: UndoHistory;
  showToast: (toast: Omit<ToastData, 'id'>) => void;
  tr: Translator;
  /** After an undo: the first restored row gets the focus. */
  onRestored: (ids: string[]) => void;
}

export function useDeleteUndo({ client, library, history, showToast, tr, onRestored }: Options) {
  /** Undo of one delete; `deleted` settles when the API has answered the delete. */
  const restore = useCallback(
    async (articles: readonly { id: string; title: string }[], deleted: Promise<Result<'articles.deleteMany'>>) => {
      try {
        await deleted;
      } catch {
        return; // The delete itself failed and said so; there is nothing to undo.
      }
      try {
        const { articles: restored } = await client.call('articles.restoreMany', { ids: articles.map((a) => a.id) });
        library.putMany(restored);
        onRestored(restored.map((a) => a.id));
        const message =
          restored.length === 1 ? tr.t('delete.restored', { title: restored[0].title }) : tr.plural('delete.restoredMany', restored.length);
        showToast({ tone: 'info', message });
      } catch (error) {
        void library.reload();
        const message =
          articles.length === 1
            ? tr.t('delete.restoreFailed', { title: articles[0].title, message: errorText(error, tr) })
            : tr.t('delete.restoreManyFailed', { message: errorText(error, tr) });
        showToast({ tone: 'error', message });
      }
    },
    [client, library, onRestored, showToast, tr],
  );

  const deleteArticles = useCallback(
    async (articles: readonly ArticleSummary[]) => {
      if (articles.length === 0) return;
      const ids = articles.map((a) => a.id);
      library.removeMany(ids);
      const deleting = client.call('articles.deleteMany', { ids });
      // On the history at once, so a quick Ctrl+Z still works while the delete is under way.
      const kept = articles.map(({ id, title }) => ({ id, title }));
      const entry = history.record(() => restore(kept, deleting));
      try {
        const { deleted } = await deleting;
        if (entry.undone) return;
        entry.offer(deleted.length === 1 ? tr.t('delete.toast', { title: deleted[0].title }) : tr.plural('delete.toastMany', deleted.length));
      } catch (error) {
        entry.drop();
        void library.reload();
        const message =
          articles.length === 1
            ? tr.t('delete.failed', { title: articles[0].title, message: errorText(error, tr) })
            : tr.t('delete.failedMany', { message: errorText(error, tr) });
        showToast({ tone: 'error', message });
      }
    },
    [client, history, library, restore, showToast, tr],
  );

  return { deleteArticles };
}
