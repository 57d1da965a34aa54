/**
 * The library list's view state: sort (remembered on this machine), filters and grouping, and the
 * rows they give (shared/library/query-articles.ts does the work). Filters are not remembered: a
 * library that opens half-hidden by yesterday's filter looks like lost articles.
 */
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { Translator } from '../shared/i18n/index.js';
import {
  LIBRARY_SORTS,
  filterChoices,
  isFilterActive,
  queryArticles,
  type LibraryArticle,
  type LibraryFilter,
  type LibrarySort,
} from '../shared/library/query-articles.js';

const STORAGE_KEY = 'tandai.libraryView';

interface Remembered {
  sort: LibrarySort;
  reversed: boolean;
  groupBySite: boolean;
}
const DEFAULTS: Remembered = { sort: 'recent', reversed: false, groupBySite: false };

/** The sort and grouping remembered on this machine (use-library.ts asks for its first page in this order). */
export function remembered(): Remembered {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<Remembered> | null;
    if (!stored || typeof stored !== 'object') return DEFAULTS;
    return {
      sort: LIBRARY_SORTS.includes(stored.sort as LibrarySort) ? (stored.sort as LibrarySort) : DEFAULTS.sort,
      reversed: stored.reversed === true,
      groupBySite: stored.groupBySite === true,
    };
  } catch {
    return DEFAULTS;
  }
}

function remember(value: Remembered): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(value));
  } catch {
    // Storage unavailable: the choice lasts for this session.
  }
}

export function useLibraryQuery(articles: readonly LibraryArticle[] | null, tr: Translator) {
  const [view, setViewState] = useState<Remembered>(remembered);
  const [filter, setFilter] = useState<LibraryFilter>({});
  const setView = useCallback((change: Partial<Remembered>) => {
    setViewState((current) => {
      const next = { ...current, ...change };
      remember(next);
      return next;
    });
  }, []);

  /** A header click: the same sort again flips its direction; another sort starts in its natural one. */
  const chooseSort = useCallback(
    (sort: LibrarySort) => setView(view.sort === sort ? { reversed: !view.reversed } : { sort, reversed: false }),
    [setView, view.sort, view.reversed],
  );

  // Typing in the filter field stays responsive at 10,000 rows: the list catches up a frame later.
  const deferredFilter = useDeferredValue(filter);
  const groups = useMemo(
    () => (articles ? queryArticles(articles, { sort: view.sort, reversed: view.reversed, filter: deferredFilter, groupBySite: view.groupBySite }, tr.collator.compare) : []),
    [articles, view, deferredFilter, tr],
  );
  const visibleCount = useMemo(() => groups.reduce((sum, group) => sum + group.articles.length, 0), [groups]);
  // The filter menus' choices wait for the list's first paint (they are not needed to show it).
  const deferredArticles = useDeferredValue(articles);
  const choices = useMemo(() => filterChoices(deferredArticles ?? []), [deferredArticles]);

  return {
    ...view,
    setView,
    chooseSort,
    filter,
    setFilter,
    updateFilter: useCallback((change: Partial<LibraryFilter>) => setFilter((current) => ({ ...current, ...change })), []),
    clearFilter: useCallback(() => setFilter({}), []),
    filtering: isFilterActive(filter),
    groups,
    visibleCount,
    choices,
  };
}
