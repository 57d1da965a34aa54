/**
 * The full-text index: minisearch over SearchDocuments, with every word put through the language-aware
 * term processor (shared/search/search-terms.ts), prefix search for what is being typed and typo
 * tolerance. It also remembers each document's revision, so a saved index can be brought up to date
 * by re-indexing only what changed. Pure: loading and saving the JSON is electron/search's job.
 */
import MiniSearch from 'minisearch';
import { INDEXED_FIELDS, type SearchDocument } from './search-documents.js';
import { RankedIndex, type Ranking, type TermQuery } from './ranked-index.js';
import { words, type TermProcessor } from './search-terms.js';

/** Bumped when the term processing or the document shape changes: a saved index of another version is rebuilt. */
export const SEARCH_INDEX_VERSION = 5;

const MIN_PREFIX = 4;

const BOOST: Record<(typeof INDEXED_FIELDS)[number], number> = { title: 3, speaker: 2, note: 1.5, translation: 1.5, body: 1, glossary: 2 };

export interface EngineHit {
  docId: string;
  articleId: string;
  score: number;
  /** The index terms that matched (after prefix and typo expansion): what to highlight. */
  terms: string[];
  /** Which fields each matched term was found in. */
  fieldsByTerm: Record<string, string[]>;
}

export interface EngineQuery {
  fields?: readonly string[];
  /** Only documents for which this returns true (facets). */
  filter?: (stored: { articleId: string; kind: string; speakers: string[] }) => boolean;
}

/** What a query matched: counted whole, described only for the documents taken (the best few). */
export interface EngineResults {
  /** How many documents of this kind matched. */
  count(kind: string): number;
  /** The best `n` documents of this kind, best first. */
  top(kind: string, n: number): EngineHit[];
}

export interface SavedIndex {
  version: number;
  revisions: Record<string, string>;
  index: unknown;
}

export class SearchEngine {
  private readonly mini: RankedIndex<SearchDocument>;
  private readonly revisions: Map<string, string>;

  private constructor(
    readonly term: TermProcessor,
    mini: RankedIndex<SearchDocument> | undefined,
    revisions: Map<string, string>,
  ) {
    this.mini = mini ?? new RankedIndex<SearchDocument>(SearchEngine.options(term));
    this.revisions = revisions;
  }

  static create(term: TermProcessor): SearchEngine {
    return new SearchEngine(term, undefined, new Map());
  }

  /**
   * A saved index (see toLines); throws if it is of another version or malformed. Asynchronous:
   * minisearch yields to the event loop while it rebuilds its maps, so the app stays responsive.
   */
  static async load(term: TermProcessor, saved: SavedIndex): Promise<SearchEngine> {
    if (saved?.version !== SEARCH_INDEX_VERSION || typeof saved.revisions !== 'object' || saved.revisions === null) {
      throw new Error('the search index was written by another version');
    }
    const options = SearchEngine.options(term);
    const mini = RankedIndex.adopt(await MiniSearch.loadJSAsync<SearchDocument>(saved.index as never, options), options);
    return new SearchEngine(term, mini, new Map(Object.entries(saved.revisions)));
  }

  /**
   * The index as lines of JSON: a header (version, revisions, minisearch's bookkeeping), then the
   * terms in chunks. Saving and loading go line by line, so neither blocks the event loop for long
   * on a large library (one 40 MB JSON.parse or stringify would, for half a second).
   */
  *toLines(termsPerLine = 2000): Generator<string> {
    const { index, ...rest } = this.mini.toJSON() as unknown as { index: unknown[] } & Record<string, unknown>;
    yield JSON.stringify({ version: SEARCH_INDEX_VERSION, revisions: Object.fromEntries(this.revisions), mini: rest });
    for (let i = 0; i < index.length; i += termsPerLine) yield JSON.stringify(index.slice(i, i + termsPerLine));
  }

  /** Reads what toLines wrote; `parse` is called per line, so the caller may yield between lines. */
  static async fromLines(term: TermProcessor, lines: readonly string[], pause: () => Promise<unknown>): Promise<SearchEngine> {
    const header = JSON.parse(lines[0]) as { version: number; revisions: Record<string, string>; mini: Record<string, unknown> };
    const index: unknown[] = [];
    for (let i = 1; i < lines.length; i++) {
      if (!lines[i]) continue;
      for (const entry of JSON.parse(lines[i]) as unknown[]) index.push(entry);
      await pause();
    }
    return SearchEngine.load(term, { version: header.version, revisions: header.revisions, index: { ...header.mini, index } });
  }

  private static options(term: TermProcessor) {
    return {
      fields: [...INDEXED_FIELDS],
      storeFields: ['articleId', 'kind', 'speakers'],
      tokenize: words,
      processTerm: (word: string) => term(word) ?? null,
      // Vacuuming runs in the background after many removals; it needs no help from us.
      autoVacuum: true,
    };
  }

  get size(): number {
    return this.mini.documentCount;
  }

  revision(docId: string): string | undefined {
    return this.revisions.get(docId);
  }

  docIds(): string[] {
    return [...this.revisions.keys()];
  }

  /** Adds or replaces a document. */
  upsert(doc: SearchDocument, revision: string): void {
    if (this.mini.has(doc.id)) this.mini.discard(doc.id);
    this.mini.add(doc);
    this.revisions.set(doc.id, revision);
  }

  remove(docId: string): void {
    if (this.mini.has(docId)) this.mini.discard(docId);
    this.revisions.delete(docId);
  }

  /**
   * Best first. Every word must match, the last one as a prefix (it may still be being typed). Typo
   * tolerance is a second pass, only when the words as written find nothing, and only for the words that
   * occur nowhere in the searched fields (the others are as written): a fuzzy expansion adds thousands of
   * postings on a large library, and a correctly spelt word does not need it. When all words together
   * find nothing even so, any word may match (and then, if none does, any near spelling of one).
   */
  search(query: string, options: EngineQuery = {}): EngineResults {
    const terms = words(query)
      .map((w) => this.term(w))
      .filter((t): t is string => t !== null);
    const fields = options.fields ? [...options.fields] : [...INDEXED_FIELDS];
    const filter = options.filter;
    const exact: TermQuery[] = terms.map((term, i) => ({
      term,
      // Prefix search for the word being typed (the last one) once it says enough: a 3-letter prefix
      // expands to hundreds of terms and thousands of postings on a large library.
      prefix: i === terms.length - 1 && term.length >= MIN_PREFIX,
      fuzzy: 0,
    }));
    const run = (queries: TermQuery[], combineWith: 'AND' | 'OR') =>
      this.mini.rank(queries, {
        combineWith,
        fields,
        boost: BOOST,
        filter: filter && ((stored) => filter(stored as never)),
        group: (stored) => stored.kind as string,
      });
    // One typo from 5 letters, two from 8, for a word that occurs nowhere as written.
    const typos = (all: boolean) =>
      exact.map((q) => ({ ...q, fuzzy: q.term.length >= 5 && (all || !this.mini.occurs(q.term, q.prefix, fields)) ? Math.min(2, Math.round(q.term.length * 0.2)) : 0 }));
    const hasFuzzy = (queries: TermQuery[]) => queries.some((q) => q.fuzzy > 0);
    let ranking: Ranking | undefined = terms.length ? run(exact, 'AND') : undefined;
    if (ranking?.size === 0) {
      const fuzzy = typos(false);
      if (hasFuzzy(fuzzy)) ranking = run(fuzzy, 'AND');
    }
    if (ranking?.size === 0 && terms.length > 1) ranking = run(exact, 'OR');
    if (ranking?.size === 0 && terms.length > 1) {
      const fuzzy = typos(true);
      if (hasFuzzy(fuzzy)) ranking = run(fuzzy, 'OR');
    }
    return {
      count: (kind) => ranking?.count(kind) ?? 0,
      top: (kind, n) =>
        (ranking?.top(n, kind) ?? []).map((r) => ({
          docId: r.id,
          articleId: r.stored.articleId as string,
          score: r.score,
          terms: Object.keys(r.match),
          fieldsByTerm: r.match,
        })),
    };
  }
}
