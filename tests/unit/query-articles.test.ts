import { describe, expect, it } from 'vitest';
import {
  filterChoices,
  groupBySite,
  isFilterActive,
  matchesFilter,
  queryArticles,
  sortArticles,
  type LibraryArticle,
  type LibraryFilter,
} from '../../shared/library/query-articles.js';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const compare = collator.compare;

function article(id: string, fields: Partial<LibraryArticle>): LibraryArticle {
  return {
    id: `article-${id}`,
    title: `Title ${id}`,
    lang: 'id',
    importedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    wordCount: 100,
    annotationCount: 0,
    tags: [],
    annotationTags: [],
    annotationColors: [],
    noteCount: 0,
    translationCount: 0,
    orphanCount: 0,
    ...fields,
  };
}

const library: LibraryArticle[] = [
  article('a', {
    title: 'Scale AI Resmi Diakuisisi',
    site: 'Kompas.com',
    lang: 'id',
    publishedAt: '2025-06-13',
    importedAt: '2026-01-03T00:00:00.000Z',
    annotationCount: 5,
    annotationColors: ['yellow', 'blue'],
    noteCount: 2,
    tags: ['ai'],
    annotationTags: ['akuisisi'],
  }),
  article('b', {
    title: 'Coffee harvest in Solok',
    site: 'kompas.com',
    lang: 'en',
    publishedAt: '2024-02-01T10:00:00Z',
    importedAt: '2026-01-05T00:00:00.000Z',
    annotationCount: 1,
    annotationColors: ['green'],
    translationCount: 1,
    tags: ['Kopi'],
  }),
  article('c', {
    title: 'Ábaco dan kalkulator',
    lang: 'other',
    importedAt: '2026-01-02T00:00:00.000Z',
    lastOpenedAt: '2026-01-09T00:00:00.000Z',
    annotationCount: 9,
    orphanCount: 3,
    byline: 'Ana Wijaya',
  }),
  article('d', {
    title: 'Berita tanpa tanggal',
    site: 'Tempo',
    importedAt: '2026-01-04T00:00:00.000Z',
    publishedAt: 'not a date',
  }),
];

const titles = (list: readonly LibraryArticle[]) => list.map((a) => a.title);

describe('sortArticles', () => {
  const cases: { sort: 'recent' | 'title' | 'published' | 'annotated'; reversed?: boolean; expected: string[] }[] = [
    // Opened last (c) beats imported last (b).
    { sort: 'recent', expected: ['Ábaco dan kalkulator', 'Coffee harvest in Solok', 'Berita tanpa tanggal', 'Scale AI Resmi Diakuisisi'] },
    { sort: 'title', expected: ['Ábaco dan kalkulator', 'Berita tanpa tanggal', 'Coffee harvest in Solok', 'Scale AI Resmi Diakuisisi'] },
    { sort: 'title', reversed: true, expected: ['Scale AI Resmi Diakuisisi', 'Coffee harvest in Solok', 'Berita tanpa tanggal', 'Ábaco dan kalkulator'] },
    // Newest first; unknown or unreadable dates last, by title.
    { sort: 'published', expected: ['Scale AI Resmi Diakuisisi', 'Coffee harvest in Solok', 'Ábaco dan kalkulator', 'Berita tanpa tanggal'] },
    { sort: 'annotated', expected: ['Ábaco dan kalkulator', 'Scale AI Resmi Diakuisisi', 'Coffee harvest in Solok', 'Berita tanpa tanggal'] },
  ];
  it.each(cases)('$sort (reversed: $reversed)', ({ sort, reversed, expected }) => {
    expect(titles(sortArticles(library, sort, compare, reversed))).toEqual(expected);
  });

  it('does not change the list it is given', () => {
    const before = titles(library);
    sortArticles(library, 'title', compare);
    expect(titles(library)).toEqual(before);
  });

  it('breaks ties by title, then id, so equal rows never swap places between renders', () => {
    const twins = [article('y', { title: 'Same' }), article('x', { title: 'Same' })];
    expect(sortArticles(twins, 'annotated', compare).map((a) => a.id)).toEqual(['article-x', 'article-y']);
  });
});

describe('matchesFilter', () => {
  const cases: { name: string; filter: LibraryFilter; expected: string[] }[] = [
    { name: 'nothing', filter: {}, expected: ['a', 'b', 'c', 'd'] },
    { name: 'language', filter: { lang: 'en' }, expected: ['b'] },
    { name: 'article tag, any case', filter: { tag: 'kopi' }, expected: ['b'] },
    { name: 'annotation tag', filter: { tag: 'akuisisi' }, expected: ['a'] },
    { name: 'colour', filter: { color: 'blue' }, expected: ['a'] },
    { name: 'has notes', filter: { hasNotes: true }, expected: ['a'] },
    { name: 'has translations', filter: { hasTranslations: true }, expected: ['b'] },
    { name: 'has orphans', filter: { hasOrphans: true }, expected: ['c'] },
    { name: 'text without accents finds accented titles', filter: { text: 'abaco' }, expected: ['c'] },
    { name: 'text in the byline', filter: { text: 'wijaya' }, expected: ['c'] },
    { name: 'every word, any order, title and site', filter: { text: 'kompas coffee' }, expected: ['b'] },
    { name: 'filters combine', filter: { lang: 'id', hasNotes: true, color: 'green' }, expected: [] },
  ];
  it.each(cases)('$name', ({ filter, expected }) => {
    expect(library.filter((a) => matchesFilter(a, filter)).map((a) => a.id.replace('article-', ''))).toEqual(expected);
  });

  it('treats summaries without the newer counts as having none', () => {
    const old = article('z', {});
    expect(matchesFilter(old, { hasNotes: true })).toBe(false);
    expect(matchesFilter(old, { color: 'yellow' })).toBe(false);
    expect(matchesFilter(old, {})).toBe(true);
  });

  it('knows when a filter is active', () => {
    expect(isFilterActive({})).toBe(false);
    expect(isFilterActive({ text: '  ', lang: null, hasNotes: false })).toBe(false);
    expect(isFilterActive({ hasOrphans: true })).toBe(true);
  });
});

describe('groupBySite', () => {
  it('keeps the sort order, merges sites that differ only in case, and puts articles without a site last', () => {
    const groups = groupBySite(sortArticles(library, 'title', compare));
    expect(groups.map((g) => [g.site, titles(g.articles)])).toEqual([
      ['Tempo', ['Berita tanpa tanggal']],
      ['kompas.com', ['Coffee harvest in Solok', 'Scale AI Resmi Diakuisisi']],
      [null, ['Ábaco dan kalkulator']],
    ]);
  });
});

describe('queryArticles', () => {
  it('filters, sorts and groups in one call', () => {
    const groups = queryArticles(library, { sort: 'annotated', filter: { text: 'a' }, groupBySite: true }, compare);
    expect(groups.map((g) => g.site)).toEqual(['Kompas.com', 'Tempo', null]);
    expect(groups.flatMap((g) => titles(g.articles))).toEqual([
      'Scale AI Resmi Diakuisisi',
      'Coffee harvest in Solok',
      'Berita tanpa tanggal',
      'Ábaco dan kalkulator',
    ]);
  });

  it('gives one group when not grouping, and an empty group when nothing matches', () => {
    expect(queryArticles(library, { sort: 'title', filter: {} }, compare).map((g) => g.articles.length)).toEqual([4]);
    expect(queryArticles(library, { sort: 'title', filter: { text: 'zzz' } }, compare)).toEqual([{ site: null, articles: [] }]);
  });

  it('sorts 10,000 articles', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => article(String(i).padStart(5, '0'), { annotationCount: i % 37, site: `site-${i % 50}` }));
    const groups = queryArticles(many, { sort: 'annotated', filter: {}, groupBySite: true }, compare);
    expect(groups).toHaveLength(50);
    expect(groups.reduce((sum, g) => sum + g.articles.length, 0)).toBe(10_000);
    expect(groups[0].articles[0].annotationCount).toBe(36);
  });
});

describe('filterChoices', () => {
  it('offers the languages, tags (most used first) and colours in use', () => {
    const choices = filterChoices([...library, article('e', { tags: ['ai'], annotationColors: ['yellow'] })]);
    expect(choices.langs).toEqual(['id', 'en', 'other']);
    expect(choices.tags).toEqual([
      { tag: 'ai', count: 2 },
      { tag: 'akuisisi', count: 1 },
      { tag: 'Kopi', count: 1 },
    ]);
    expect(choices.colors).toEqual(['yellow', 'blue', 'green']);
  });
});
