/**
 * Keeps a library's search index: loads the saved index (search-index.json), brings it up to date by
 * re-indexing only the articles and glossary entries whose revision changed (or everything, when the
 * file is missing, damaged or of another version), follows every change the library and its glossary
 * report, and saves the index
 * atomically a little after changes and at close. Queries never wait for a first build: they search
 * what is indexed so far and say the results are incomplete.
 */
import { promises as fs } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Params, Result } from '../../shared/api.js';
import { articleDocument, documentId, glossaryDocument, glossaryRevision } from '../../shared/search/search-documents.js';
import { glossaryMatches } from '../../shared/search/glossary-matches.js';
import { SearchEngine, type EngineResults } from '../../shared/search/search-engine.js';
import { articleMatches } from '../../shared/search/search-snippets.js';
import { SEARCH_FIELDS, type GlossaryHit, type SearchField } from '../../shared/search/search-contract.js';
import { createTermProcessor } from '../../shared/search/search-terms.js';
import { loadIndonesianRoots } from '../dictionary/hunspell-roots.js';
import { glossaryOf, type Glossary } from '../glossary/glossary-store.js';
import { writeFileDurably } from '../library/durable-json-file.js';
import type { Library, LibraryChange } from '../library/library.js';

/** Articles indexed between two yields to the event loop while building (the app stays responsive). */
const BATCH = 10;
/**
 * How long after a change the index is saved. Saving is only an optimisation (an unsaved change is
 * re-indexed from its revision at the next start), and at 10,000 articles it writes ~40 MB, so it
 * waits for a quiet spell.
 */
const SAVE_DELAY_MS = 30_000;
/**
 * How long after start-up (or the first search.status) loading the index begins: the library's first
 * paint comes first. Loading a 10,000-article index takes seconds of CPU, in slices.
 */
export const WARM_UP_DELAY_MS = 3000;
/** Up to this many articles to (re)index, the first query waits for them; more are indexed in the background. */
const WAIT_FOR_AT_MOST = 200;

export interface SearchServiceOptions {
  /** How long after a change the index is saved, in ms. */
  saveDelayMs?: number;
}

export class SearchService {
  private engine?: SearchEngine;
  private started?: Promise<void>;
  private built?: Promise<void>;
  private building = false;
  private indexed = 0;
  private total = 0;
  /** Articles changed since the index last saw them: upserted or removed when processed. */
  private pending = new Set<string>();
  private draining?: Promise<void>;
  private changed = false;
  private saveTimer?: NodeJS.Timeout;
  private saving: Promise<void> = Promise.resolve();
  private warmUpTimer?: NodeJS.Timeout;
  private closing = false;
  /** The library's glossary, whose entries are indexed too (unset if it could not be opened). */
  private glossary?: Glossary;
  /** The glossary changed since the index last compared it. */
  private glossaryStale = false;

  constructor(
    private readonly library: Library,
    private readonly options: SearchServiceOptions = {},
  ) {
    library.onChange((change) => this.onChange(change));
    library.onClose(() => this.close());
  }

  /** Loads or builds the index (once); resolves when the engine exists, not when the build is done. */
  start(): Promise<void> {
    if (this.warmUpTimer) clearTimeout(this.warmUpTimer);
    this.started ??= this.load();
    return this.started;
  }

  /** Starts after `delayMs` unless something starts it sooner (a search does, at once). */
  startSoon(delayMs = WARM_UP_DELAY_MS): void {
    if (this.started || this.warmUpTimer) return;
    this.warmUpTimer = setTimeout(() => void this.start().catch(() => {}), delayMs);
    this.warmUpTimer.unref?.();
  }

  /** Resolves when the index covers the whole library. */
  async ready(): Promise<void> {
    await this.start();
    await this.built;
    await this.drain();
  }

  status(): Result<'search.status'> {
    const total = this.engine ? this.total : this.library.list().length;
    return { indexed: Math.min(this.indexed, total), total, building: this.building || !this.engine };
  }

  private async load(): Promise<void> {
    const term = createTermProcessor((await loadIndonesianRoots()).roots);
    let engine: SearchEngine | undefined;
    try {
      const text = await fs.readFile(this.library.layout.searchIndex, 'utf8');
      engine = await SearchEngine.fromLines(term, text.split('\n'), () => nextTurn());
    } catch {
      // Missing, damaged or from another version: the index is only a cache, so it is built again.
      engine = undefined;
    }
    this.engine = engine ?? SearchEngine.create(term);
    this.changed = !engine;
    // A glossary that cannot be opened says so in app.info; search goes on without it.
    this.glossary = await glossaryOf(this.library).catch(() => undefined);
    this.glossary?.onChange(() => this.onGlossaryChange());
    const stale = this.catchUpSize();
    this.built = this.catchUp();
    this.built.catch(() => {});
    if (stale <= WAIT_FOR_AT_MOST) await this.built;
  }

  private catchUpSize(): number {
    const engine = this.engine!;
    return this.library.list().filter((s) => engine.revision(documentId('article', s.id)) !== s.revision).length;
  }

  /** Indexes what the saved index lacks or has stale, and drops what the library no longer has. */
  private async catchUp(): Promise<void> {
    const engine = this.engine!;
    const summaries = this.library.list();
    const live = new Set(summaries.map((s) => documentId('article', s.id)));
    for (const docId of engine.docIds()) {
      if (docId.startsWith('article:') && !live.has(docId)) {
        engine.remove(docId);
        this.changed = true;
      }
    }
    if (this.syncGlossary()) this.changed = true;
    const todo = summaries.filter((s) => engine.revision(documentId('article', s.id)) !== s.revision).map((s) => s.id);
    this.total = summaries.length;
    this.indexed = summaries.length - todo.length;
    if (todo.length === 0) return this.save();
    this.building = true;
    try {
      for (let i = 0; i < todo.length; i++) {
        // Closing stops a long build; what is indexed so far is saved and the next start goes on from there.
        if (this.closing) break;
        await this.index(todo[i]);
        this.indexed++;
        if (i % BATCH === BATCH - 1) await nextTurn();
      }
      this.changed = true;
    } finally {
      this.building = false;
      this.total = this.library.list().length;
      this.indexed = this.total;
    }
    await this.save();
  }

  /** (Re)indexes one article from its file, or drops it when it is gone. */
  private async index(id: string): Promise<void> {
    const engine = this.engine!;
    const summary = this.library.summary(id);
    if (!summary) {
      engine.remove(documentId('article', id));
      return;
    }
    const file = this.library.peek(id);
    try {
      if (!file) throw new Error('unreadable');
      engine.upsert(articleDocument(file.article, file.annotations), summary.revision ?? '');
    } catch {
      // An article that cannot be read is left out (opening it reports and quarantines the file).
      engine.remove(documentId('article', id));
    }
  }

  /**
   * Brings the glossary documents in line with the glossary: entries whose revision differs are
   * (re)indexed, entries no longer there dropped. The glossary is small, so it is compared whole.
   */
  private syncGlossary(): boolean {
    const engine = this.engine!;
    if (!this.glossary) return false;
    const entries = this.glossary.list();
    const live = new Set(entries.map((e) => documentId('glossary', e.id)));
    let changed = false;
    for (const docId of engine.docIds()) {
      if (docId.startsWith('glossary:') && !live.has(docId)) {
        engine.remove(docId);
        changed = true;
      }
    }
    for (const entry of entries) {
      const revision = glossaryRevision(entry);
      if (engine.revision(documentId('glossary', entry.id)) === revision) continue;
      engine.upsert(glossaryDocument(entry), revision);
      changed = true;
    }
    return changed;
  }

  private onGlossaryChange(): void {
    this.glossaryStale = true;
    this.changed = true;
    if (this.engine && !this.building) void this.drain().catch(() => {});
    this.scheduleSave();
  }

  private onChange(change: LibraryChange): void {
    this.pending.add(change.id);
    this.changed = true;
    if (this.engine && !this.building) void this.drain().catch(() => {});
    this.scheduleSave();
  }

  /** Applies pending changes (after the first build; changes during it are picked up at its end). */
  private drain(): Promise<void> {
    if (!this.engine || this.building) return this.built ?? Promise.resolve();
    // The glossary is compared whole and at once (no file to read).
    if (this.glossaryStale) {
      this.glossaryStale = false;
      this.syncGlossary();
    }
    if (this.draining) return this.draining;
    if (this.pending.size === 0) return Promise.resolve();
    const run = (async () => {
      try {
        while (this.pending.size) {
          const [id] = this.pending;
          this.pending.delete(id);
          await this.index(id);
        }
      } finally {
        this.draining = undefined;
      }
    })();
    this.draining = run;
    return run;
  }

  private scheduleSave(): void {
    if (this.saveTimer || this.library.readOnly) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.save().catch(() => {});
    }, this.options.saveDelayMs ?? SAVE_DELAY_MS);
    this.saveTimer.unref?.();
  }

  /** Writes the index atomically if it changed (never from a read-only library). */
  save(): Promise<void> {
    this.saving = this.saving.then(async () => {
      if (!this.engine || !this.changed || this.library.readOnly || this.building) return;
      await this.drain();
      this.changed = false;
      try {
        const lines: string[] = [];
        for (const line of this.engine.toLines()) {
          lines.push(line);
          await nextTurn();
        }
        await writeFileDurably(this.library.layout.searchIndex, lines.join('\n'), { keepBackup: false });
      } catch (error) {
        this.changed = true;
        throw error;
      }
    });
    return this.saving;
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.warmUpTimer) clearTimeout(this.warmUpTimer);
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.started) return;
    await this.started;
    await this.built?.catch(() => {});
    await this.save();
  }

  async query(params: Params<'search.query'>): Promise<Result<'search.query'>> {
    await this.start();
    if (!this.building) await this.drain();
    const engine = this.engine!;
    const speaker = params.speaker?.toLowerCase();
    const articleFields = params.fields?.filter((f): f is SearchField => f !== 'glossary');
    const wantArticles = articleFields === undefined || articleFields.length > 0;
    // Glossary entries have no speakers or tags: those facets leave them out.
    const wantGlossary = (params.fields === undefined || params.fields.includes('glossary')) && speaker === undefined && params.tag === undefined;
    // The language and tag facets are in the summary. So is whether the article is still there: once the
    // index has caught up (not building, nothing pending) it has no deleted article, and looking up the
    // summary of each of thousands of hits to a common word is not needed.
    const checkSummary = params.lang !== undefined || params.tag !== undefined || this.building || this.pending.size > 0;
    const articleWanted = (articleId: string) => {
      if (!checkSummary) return true;
      const summary = this.library.summary(articleId);
      if (!summary) return false;
      if (params.lang && summary.lang !== params.lang) return false;
      if (params.tag && !summary.tags.includes(params.tag) && !summary.annotationTags.includes(params.tag)) return false;
      return true;
    };
    const found = engine.search(params.query, {
      // Quotes are found through the body (see search-documents.ts).
      fields: params.fields && [...new Set(params.fields.map((f) => (f === 'quote' ? 'body' : f)))],
      filter: (doc) =>
        (params.articleId === undefined || doc.articleId === params.articleId) &&
        (doc.kind === 'article'
          ? wantArticles && (speaker === undefined || doc.speakers.includes(speaker)) && articleWanted(doc.articleId)
          : doc.kind === 'glossary' && wantGlossary),
    });
    const results: Result<'search.query'>['results'] = [];
    const speakers = new Map<string, number>();
    for (const hit of found.top('article', params.limit)) {
      // The snippets need the article's text and annotations.
      const file = this.library.peek(hit.articleId);
      if (!file) continue;
      const { article, annotations } = file;
      for (const name of new Set(annotations.map((a) => a.speaker?.name).filter((n): n is string => !!n))) speakers.set(name, (speakers.get(name) ?? 0) + 1);
      const matches = articleMatches(article, annotations, new Set(hit.terms), engine.term, {
        // Only the fields the engine says matched are scanned for snippets.
        fields: matchedFields(hit.fieldsByTerm, articleFields),
        max: params.matchesPerArticle,
      });
      // Asked for quotes only, a body match outside every quote is not a result.
      if (params.fields && matches.length === 0) continue;
      results.push({
        articleId: article.id,
        title: article.title,
        ...(article.site ? { site: article.site } : {}),
        lang: article.lang,
        score: hit.score,
        matches,
      });
    }
    return {
      results,
      total: found.count('article'),
      speakers: [...speakers].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
      complete: !this.building,
      glossary: this.glossaryHits(found, params),
    };
  }

  /** The glossary entries among the hits, best first, as search.query returns them. */
  private glossaryHits(found: EngineResults, params: Params<'search.query'>): GlossaryHit[] {
    // Every matching entry, best first: some may be of another language (the glossary is small).
    const hits = found.top('glossary', Infinity);
    if (hits.length === 0 || !this.glossary) return [];
    const entries = new Map(this.glossary.list().map((e) => [documentId('glossary', e.id), e]));
    const out: GlossaryHit[] = [];
    for (const hit of hits) {
      if (out.length >= params.limit) break;
      const entry = entries.get(hit.docId);
      if (!entry || (params.lang && entry.from !== params.lang)) continue;
      const article = entry.articleId ? this.library.summary(entry.articleId) : undefined;
      out.push({
        entryId: entry.id,
        source: entry.source,
        target: entry.target,
        from: entry.from,
        to: entry.to,
        score: hit.score,
        matches: glossaryMatches(entry, new Set(hit.terms), this.engine!.term),
        ...(article ? { articleId: article.id, articleTitle: article.title } : {}),
      });
    }
    return out;
  }
}

/** The fields any matched term was found in (within those asked for). */
function matchedFields(fieldsByTerm: Record<string, string[]>, asked: readonly SearchField[] | undefined): SearchField[] {
  const found = new Set(Object.values(fieldsByTerm).flat());
  if (found.has('body')) found.add('quote');
  return (asked ?? SEARCH_FIELDS).filter((f) => found.has(f));
}

const services = new WeakMap<Library, SearchService>();

/** The one search service of an open library (created on first use). */
export function searchServiceFor(library: Library, options?: SearchServiceOptions): SearchService {
  let service = services.get(library);
  if (!service) {
    service = new SearchService(library, options);
    services.set(library, service);
  }
  return service;
}

/**
 * Starts loading or building a library's search index a little after start-up (the app and `tandai
 * serve` call this), so the first search is fast and the first paint of the library is not slowed.
 */
export function warmUpSearch(library: Library, delayMs = WARM_UP_DELAY_MS): void {
  searchServiceFor(library).startSoon(delayMs);
}
