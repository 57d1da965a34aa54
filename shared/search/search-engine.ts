/**
 * The full-text index: minisearch over SearchDocuments, with every word put through the language-aware
 * term processor (shared/search/search-terms.ts), prefix search for what is being typed and typo
 * tolerance. It also remembers each document's revision, so a saved index can be brought up to date
 * by re-indexing only what changed. Pure: loading and saving the JSON is electron/search's job.
 */
import MiniSearch, { type SearchResult as MiniResult } from 'minisearch';
import { INDEXED_FIELDS, type SearchDocument } from './search-documents.js';
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

export interface SavedIndex {
  version: number;
  revisions: Record<string, string>;
  index: unknown;
}

export class SearchEngine {
  private readonly mini: MiniSearch<SearchDocument>;
  private readonly revisions: Map<string, string>;

  private constructor(
    readonly term: TermProcessor,
    mini: MiniSearch<SearchDocument> | undefined,
    revisions: Map<string, string>,
  ) {
    this.mini = mini ?? new MiniSearch<SearchDocument>(SearchEngine.options(term));
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
    const mini = await MiniSearch.loadJSAsync<SearchDocument>(saved.index as never, SearchEngine.options(term));
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
   * tolerance is a second pass, only when the words as written find nothing: a fuzzy expansion adds
   * thousands of postings on a large library, and a correctly spelt query does not need it. When all
   * words together find nothing even so, any word may match.
   */
  search(query: string, options: EngineQuery = {}): EngineHit[] {
    const run = (combineWith: 'AND' | 'OR', fuzzy: boolean) =>
      this.mini.search(query, {
        combineWith,
        fields: options.fields ? [...options.fields] : undefined,
        boost: BOOST,
        // Prefix search for the word being typed (the last one) once it says enough: a 3-letter prefix
        // expands to hundreds of terms and thousands of postings on a large library.
        prefix: (t, i, terms) => i === terms.length - 1 && t.length >= MIN_PREFIX,
        // One typo from 5 letters, two from 10.
        fuzzy: fuzzy ? (t) => (t.length >= 5 ? 0.2 : false) : false,
        maxFuzzy: 2,
        filter: options.filter ? (r) => options.filter!(r as never) : undefined,
      });
    let results = run('AND', false);
    if (results.length === 0) results = run('AND', true);
    if (results.length === 0 && words(query).length > 1) results = run('OR', false);
    if (results.length === 0 && words(query).length > 1) results = run('OR', true);
    return results.map((r: MiniResult) => ({
      docId: String(r.id),
      articleId: r.articleId as string,
      score: r.score,
      terms: r.terms,
      fieldsByTerm: r.match,
    }));
  }
}
