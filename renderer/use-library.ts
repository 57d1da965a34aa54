/**
 * The article list as the app knows it: loaded from articles.list, changed in place by
 * delete/restore/import/tagging so the table does not flicker through a reload on every action.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ArticleSummary } from '../shared/model.js';
import type { ApiClient } from './api-client.js';

export function useLibrary(client: ApiClient) {
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);

  const reload = useCallback(async () => {
    try {
      const { articles: list } = await client.call('articles.list', {});
      setArticles(list);
      setLoadError(null);
    } catch (error) {
      setLoadError(error);
    }
  }, [client]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const remove = useCallback((id: string) => {
    setArticles((list) => list && list.filter((article) => article.id !== id));
  }, []);

  const removeMany = useCallback((ids: readonly string[]) => {
    const gone = new Set(ids);
    setArticles((list) => list && list.filter((article) => !gone.has(article.id)));
  }, []);

  const put = useCallback((summary: ArticleSummary) => {
    setArticles((list) => [...(list ?? []).filter((article) => article.id !== summary.id), summary]);
  }, []);

  const putMany = useCallback((summaries: readonly ArticleSummary[]) => {
    const replaced = new Set(summaries.map((summary) => summary.id));
    setArticles((list) => [...(list ?? []).filter((article) => !replaced.has(article.id)), ...summaries]);
  }, []);

  /** Changes a few fields of one row (reading progress) without a reload. */
  const patch = useCallback((id: string, fields: Partial<ArticleSummary>) => {
    setArticles((list) => list && list.map((article) => (article.id === id ? { ...article, ...fields } : article)));
  }, []);

  return { articles, loadError, reload, remove, removeMany, put, putMany, patch };
}
