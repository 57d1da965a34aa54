import { describe, expect, it } from 'vitest';
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { CorpusWriter } from '../../bench/library-corpus.js';
import { BUILT_IN_INDONESIAN_ROOTS } from '../../shared/lang/indonesian-roots.js';
import { RankedIndex, type RankedDoc, type RankOptions, type TermQuery } from '../../shared/search/ranked-index.js';
import { articleDocument, INDEXED_FIELDS, type SearchDocument } from '../../shared/search/search-documents.js';
import { createTermProcessor, words } from '../../shared/search/search-terms.js';

// RankedIndex.rank must rank exactly as MiniSearch.search does with the same options: same documents,
// same scores, same matched terms and fields. A generated library (the bench's corpus, seeded) gives
// common and rare words, prefixes that expand to several terms, and near spellings.
const term = createTermProcessor(new Set(BUILT_IN_INDONESIAN_ROOTS));
const OPTIONS: Options<SearchDocument> = {
  fields: [...INDEXED_FIELDS],
  storeFields: ['articleId', 'kind', 'speakers'],
  tokenize: words,
  processTerm: (w: string) => term(w) ?? null,
  autoVacuum: false,
};
const BOOST = { title: 3, speaker: 2, note: 1.5, translation: 1.5, body: 1, glossary: 2 };

const writer = new CorpusWriter(0x7e57);
const DOCS = Array.from({ length: 120 }, (_, i) => {
  const { article, annotations } = writer.article(i);
  return articleDocument(article, annotations.slice(0, 8));
});
/** Words of the corpus by how many documents hold them. */
const byDocs = (() => {
  const count = new Map<string, number>();
  for (const doc of DOCS) for (const w of new Set(words(doc.body).map((x) => x.toLowerCase()))) count.set(w, (count.get(w) ?? 0) + 1);
  return [...count].filter(([w]) => w.length >= 6 && term(w) !== null).sort((a, b) => b[1] - a[1]);
})();
const common = byDocs[0][0];
const middling = byDocs[Math.floor(byDocs.length / 3)][0];
const rare = byDocs[byDocs.length - 1][0];
const typo = (w: string) => `${w.slice(0, 2)}${w[2] === 'x' ? 'q' : 'x'}${w.slice(3)}`;

function indexes() {
  const mini = new MiniSearch<SearchDocument>(OPTIONS);
  const ranked = new RankedIndex<SearchDocument>(OPTIONS);
  mini.addAll(DOCS);
  ranked.addAll(DOCS);
  return { mini, ranked };
}

interface Case {
  query: string;
  combineWith: 'AND' | 'OR';
  prefix?: boolean;
  fuzzy?: boolean;
  fields?: string[];
  filter?: (stored: Record<string, unknown>) => boolean;
}

const CASES: Case[] = [
  { query: common, combineWith: 'AND' },
  { query: rare, combineWith: 'AND' },
  { query: `${middling} ${common}`, combineWith: 'AND' },
  { query: `${rare} ${middling} ${common}`, combineWith: 'OR' },
  { query: common.slice(0, 4), combineWith: 'AND', prefix: true },
  { query: `${common} ${middling.slice(0, 5)}`, combineWith: 'AND', prefix: true },
  { query: typo(middling), combineWith: 'AND', fuzzy: true },
  { query: `${typo(common)} ${typo(rare)}`, combineWith: 'OR', fuzzy: true },
  { query: `${common} ${common}`, combineWith: 'AND' },
  { query: common, combineWith: 'AND', fields: ['title', 'note'] },
  { query: middling, combineWith: 'OR', filter: (stored) => String(stored.articleId) < DOCS[60].articleId },
];

/** What MiniSearch.search answers, and what RankedIndex.rank answers, for the same query and options. */
function both(mini: MiniSearch<SearchDocument>, ranked: RankedIndex<SearchDocument>, c: Case) {
  const terms = words(c.query)
    .map((w) => term(w))
    .filter((t): t is string => t !== null);
  const prefixAt = (i: number) => !!c.prefix && i === terms.length - 1;
  const fuzzyOf = (t: string) => (c.fuzzy && t.length >= 5 ? Math.min(2, Math.round(t.length * 0.2)) : 0);
  const expected = mini.search(c.query, {
    combineWith: c.combineWith,
    fields: c.fields,
    boost: BOOST,
    prefix: (_t, i) => prefixAt(i),
    fuzzy: (t) => (fuzzyOf(t) ? 0.2 : false),
    maxFuzzy: 2,
    filter: c.filter && ((r) => c.filter!(r)),
  });
  const queries: TermQuery[] = terms.map((t, i) => ({ term: t, prefix: prefixAt(i), fuzzy: fuzzyOf(t) }));
  const options: RankOptions = { combineWith: c.combineWith, fields: c.fields ?? [...INDEXED_FIELDS], boost: BOOST, filter: c.filter };
  return { expected, actual: ranked.rank(queries, options).top(Infinity) };
}

const sortedMatch = (match: Record<string, string[]>) => Object.fromEntries(Object.entries(match).map(([t, fields]) => [t, [...new Set(fields)].sort()]));

function expectSame(expected: SearchResult[], actual: RankedDoc[]) {
  expect(actual.map((r) => r.id).sort()).toEqual(expected.map((r) => String(r.id)).sort());
  const want = new Map(expected.map((r) => [String(r.id), r]));
  for (const r of actual) {
    const e = want.get(r.id)!;
    expect(r.score).toBeCloseTo(e.score, 9);
    expect(sortedMatch(r.match)).toEqual(sortedMatch(e.match));
    expect(r.stored.articleId).toBe(e.articleId);
  }
  // Best first.
  for (let i = 1; i < actual.length; i++) expect(actual[i - 1].score).toBeGreaterThanOrEqual(actual[i].score);
}

describe('RankedIndex', () => {
  it('finds the same documents with the same scores and matched terms as MiniSearch.search', () => {
    const { mini, ranked } = indexes();
    let nonEmpty = 0;
    for (const c of CASES) {
      const { expected, actual } = both(mini, ranked, c);
      if (expected.length) nonEmpty++;
      expectSame(expected, actual);
    }
    // The cases must exercise something: most find documents, some many.
    expect(nonEmpty).toBeGreaterThanOrEqual(CASES.length - 2);
    expect(both(mini, ranked, CASES[0]).actual.length).toBeGreaterThan(DOCS.length / 2);
  });

  it('takes the best n documents of a group in the order of the full ranking, and counts them', () => {
    const { ranked } = indexes();
    const queries: TermQuery[] = [{ term: term(common)!, prefix: false, fuzzy: 0 }];
    const parity = (articleId: unknown) => (Number.parseInt(String(articleId).slice(-1), 36) % 2 === 0 ? 'even' : 'odd');
    const options: RankOptions = { combineWith: 'AND', fields: [...INDEXED_FIELDS], boost: BOOST };
    const ranking = ranked.rank(queries, options);
    const all = ranking.top(Infinity);
    expect(ranking.count()).toBe(all.length);
    expect(ranking.top(5).map((r) => r.id)).toEqual(all.slice(0, 5).map((r) => r.id));
    const grouped = ranked.rank(queries, { ...options, group: (stored) => parity(stored.articleId) });
    for (const group of ['even', 'odd']) {
      const members = all.filter((r) => parity(r.stored.articleId) === group);
      expect(members.length).toBeGreaterThan(3);
      expect(grouped.top(3, group).map((r) => r.id)).toEqual(members.slice(0, 3).map((r) => r.id));
      expect(grouped.top(Infinity, group).map((r) => r.id)).toEqual(members.map((r) => r.id));
      expect(grouped.count(group)).toBe(members.length);
    }
    expect(grouped.count('none')).toBe(0);
    expect(grouped.top(3, 'none')).toEqual([]);
  });

  it('leaves out discarded documents before minisearch vacuums them, and ranks a loaded index the same', async () => {
    const { mini, ranked } = indexes();
    for (const doc of DOCS.slice(0, 40)) {
      mini.discard(doc.id);
      ranked.discard(doc.id);
    }
    const gone = new Set(DOCS.slice(0, 40).map((d) => d.id));
    const c: Case = { query: common, combineWith: 'AND' };
    const before = both(mini, ranked, c).actual;
    expect(before.length).toBeGreaterThan(0);
    expect(before.filter((r) => gone.has(r.id))).toEqual([]);
    await mini.vacuum();
    await ranked.vacuum();
    for (const k of CASES) expectSame(both(mini, ranked, k).expected, both(mini, ranked, k).actual);

    const loaded = RankedIndex.adopt(await MiniSearch.loadJSAsync<SearchDocument>(JSON.parse(JSON.stringify(ranked)), OPTIONS), OPTIONS);
    for (const k of CASES) expectSame(both(mini, ranked, k).expected, both(mini, loaded, k).actual);
  });

  it('says whether a term, or a term it begins, occurs in the given fields', () => {
    const { ranked } = indexes();
    const t = term(common)!;
    expect(ranked.occurs(t, false, ['body'])).toBe(true);
    expect(ranked.occurs(t.slice(0, 4), true, ['body'])).toBe(true);
    expect(ranked.occurs(typo(t), false, ['body'])).toBe(false);
    expect(ranked.occurs(t, false, ['glossary'])).toBe(false);
  });
});
