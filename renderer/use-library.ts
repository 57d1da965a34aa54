/**
 * The article list as the app knows it: loaded from articles.list, changed in place by
 * delete/restore/import/tagging so the table does not flicker through a reload on every action.
 *
 * The first load comes in two steps, so a large library paints at once: a page of the first rows in
 * the order the view shows them (asked for while the app is still booting, see preloadLibrary), then
 * every row behind it. Changes made in between are applied again to the full list when it arrives.
 * If the rest takes more than a second, `loading` says how far it got.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { FIRST_PAGE_ROWS } from '../shared/model-constants.js';
import type { ArticleSummary } from '../shared/model.js';
import { afterNextPaint } from './after-next-paint.js';
import type { ApiClient } from './api-client.js';
import { remembered } from './use-library-query.js';

/** The rest loading for longer than this shows a status. */
const SLOW_MS = 1000;

type Listing = { articles: ArticleSummary[]; total: number };
type Change = (list: ArticleSummary[] | null) => ArticleSummary[] | null;

/** The first page asked for early, and the page itself once it has arrived (so the first render can show it). */
const firstPages = new WeakMap<ApiClient, { page: Promise<Listing>; arrived?: Listing }>();

function firstPage(client: ApiClient): Promise<Listing> {
  const { sort, reversed } = remembered();
  return client.call('articles.list', { sort, reversed, limit: FIRST_PAGE_ROWS });
}

/** Asks for the first page before the app has booted (boot-calls.ts), so it arrives with app.info and settings. */
export function preloadLibrary(client: ApiClient): Promise<Listing> {
  let early = firstPages.get(client);
  if (!early) {
    const entry: { page: Promise<Listing>; arrived?: Listing } = { page: firstPage(client) };
    entry.page.then((listing) => (entry.arrived = listing)).catch(() => {}); // reload() reports a failure when it takes the page.
    firstPages.set(client, (early = entry));
  }
  return early.page;
}

export function useLibrary(client: ApiClient) {
  // The first page is usually in already (the app waits for it before its first screen): no empty frame.
  const [articles, setArticles] = useState<ArticleSummary[] | null>(() => firstPages.get(client)?.arrived?.articles ?? null);
  const [loadError, setLoadError] = useState<unknown>(null);
  /** Set while the rest of the first load is still coming after a second. */
  const [loading, setLoading] = useState<{ loaded: number; total: number } | null>(null);
  /** From the first page until the whole list is in: how many articles the library has (Ctrl+A and Export wait or ask). */
  const [partialTotal, setPartialTotal] = useState<number | null>(null);
  const started = useRef(false);
  const generation = useRef(0);
  /** Changes made while only the first page is shown, to apply again to the full list. */
  const replay = useRef<Change[] | null>(null);

  const reload = useCallback(async () => {
    const current = ++generation.current;
    let slow: ReturnType<typeof setTimeout> | undefined;
    try {
      if (!started.current) {
        started.current = true;
        const early = firstPages.get(client);
        firstPages.delete(client);
        const first = await (early?.page ?? firstPage(client));
        if (current !== generation.current) return;
        setArticles(first.articles);
        setLoadError(null);
        if (first.articles.length >= first.total) return;
        replay.current = [];
        setPartialTotal(first.total);
        slow = setTimeout(() => setLoading({ loaded: first.articles.length, total: first.total }), SLOW_MS);
        // The rest is asked for once the first rows are on screen: building and sending megabytes of
        // rows would otherwise take the CPU from the first frame's layout and paint.
        await new Promise<void>((resolve) => afterNextPaint(resolve));
        if (current !== generation.current) return;
      }
      const { articles: list } = await client.call('articles.list', {});
      if (current !== generation.current) return;
      const changes = replay.current ?? [];
      replay.current = null;
      setArticles(changes.reduce<ArticleSummary[] | null>((rows, change) => change(rows), list));
      setPartialTotal(null);
      setLoadError(null);
    } catch (error) {
      if (current === generation.current) setLoadError(error);
    } finally {
      clearTimeout(slow);
      if (current === generation.current) setLoading(null);
    }
  }, [client]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const change = useCallback((fn: Change) => {
    replay.current?.push(fn);
    setArticles(fn);
  }, []);

  const remove = useCallback((id: string) => change((list) => list && list.filter((article) => article.id !== id)), [change]);

  const removeMany = useCallback(
    (ids: readonly string[]) => {
      const gone = new Set(ids);
      change((list) => list && list.filter((article) => !gone.has(article.id)));
    },
    [change],
  );

  const put = useCallback((summary: ArticleSummary) => change((list) => [...(list ?? []).filter((article) => article.id !== summary.id), summary]), [change]);

  const putMany = useCallback(
    (summaries: readonly ArticleSummary[]) => {
      const replaced = new Set(summaries.map((summary) => summary.id));
      change((list) => [...(list ?? []).filter((article) => !replaced.has(article.id)), ...summaries]);
    },
    [change],
  );

  /** Changes a few fields of one row (reading progress) without a reload. */
  const patch = useCallback(
    (id: string, fields: Partial<ArticleSummary>) => change((list) => list && list.map((article) => (article.id === id ? { ...article, ...fields } : article))),
    [change],
  );

  return { articles, loading, partialTotal, loadError, reload, remove, removeMany, put, putMany, patch };
}
