/**
 * The library on disk: one small lowdb file per article (record, markdown, annotations) and
 * library.json, an index of summaries that is only a cache. Adding a highlight rewrites one small
 * article file, so writes do not grow with the library. The index is written shortly after changes
 * (coalesced); `library.dirty` marks a pending index write, and if a crash leaves it behind the index
 * is rebuilt from the article files on the next start.
 */
import { promises as fs, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { ApiError } from '../../shared/api-error.js';
import {
  ArticleFileSchema,
  LibraryIndexSchema,
  SCHEMA_VERSION,
  SettingsFileSchema,
  SettingsSchema,
  SUMMARY_VERSION,
  summarize,
  type Annotation,
  type Article,
  type ArticleFile,
  type ArticleSummary,
  type LibraryIndex,
  type Settings,
  type SettingsFile,
} from '../../shared/model.js';
import type { ArticleDraft } from '../../shared/import/article-draft.js';
import { reanchorAnnotations } from '../../shared/anchoring/reanchor-annotations.js';
import { DamagedFileError, DurableJsonFile, TEMP_SUFFIX, TooNewError, writeFileDurably } from './durable-json-file.js';
import { LibraryLock } from './lock.js';
import { libraryLayout, type LibraryLayout } from './paths.js';
import { draftToArticle, replaceArticleText } from '../import/draft-to-article.js';
import { bytesToDraft, guardDeepInput, importFromBytes, type ImportFormat } from '../import/import-file.js';
import { sourceUrlKey } from '../../shared/import/normalize-url.js';
import { backupBeforeUpgrade, takeDailyBackup } from './backups.js';
import { SummaryMap } from './summary-map.js';
import type { Lang } from '../../shared/model.js';

export type ImportOutcome =
  | { kind: 'imported'; summary: ArticleSummary }
  | { kind: 'duplicate'; of: ArticleSummary; reason: 'sourceUrl' | 'content' };

export interface MetadataPatch {
  title?: string;
  byline?: string | null;
  editor?: string | null;
  site?: string | null;
  sourceUrl?: string | null;
  publishedAt?: string | null;
  lang?: Lang;
  tags?: string[];
}

export interface OpenOptions {
  /** 'write' takes the lock; 'read' never writes anything (for read-only CLI commands). */
  mode: 'write' | 'read';
  /** Add the first-run sample to a brand-new library (the app does; the CLI never does). */
  addSample?: boolean;
  /** Where the sample article lives; see electron/sample.ts. */
  samplePath?: string;
  /** How long index writes are coalesced, in ms. */
  indexDelayMs?: number;
  /** Take the once-a-day backup snapshot on opening (the app and `tandai serve` do; see backups.ts). */
  dailyBackup?: boolean;
  /**
   * Wait this long before that snapshot (the app and `tandai serve`: DAILY_BACKUP_DELAY_MS), so the first
   * window gets the CPU; a library closed sooner takes it while closing. 0 (the default) queues it at once.
   */
  dailyBackupDelayMs?: number;
  /** The clock for backup names and ages and the trash's 30 days; tests inject one instead of sleeping. */
  clock?: () => Date;
}

/** Trashed articles are removed for good this long after deletion. */
export const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What changed, for listeners such as the search index: an article's searchable content, or its removal. */
export type LibraryChange = { kind: 'upsert'; id: string } | { kind: 'remove'; id: string };

const ARTICLE_CACHE_SIZE = 64;
/** Thrown inside updateMany's change to skip an article that needs no write. */
const NO_CHANGE = Symbol('no change');

export class Library {
  readonly layout: LibraryLayout;
  private summaries = new SummaryMap();
  private articleDbs = new Map<string, Low<ArticleFile>>();
  private queue: Promise<unknown> = Promise.resolve();
  private noticesList: string[] = [];
  private indexDb!: Low<LibraryIndex>;
  private settingsDb!: Low<SettingsFile>;
  private lock?: LibraryLock;
  private flushTimer?: NodeJS.Timeout;
  /** The daily snapshot still waiting for its delay (see OpenOptions.dailyBackupDelayMs). */
  private dailyBackupTimer?: NodeJS.Timeout;
  private dirtyMarked = false;
  private closed = false;
  private readOnlyReason?: string;
  /** Index changes that need no crash marker (reading progress): written lazily, lost at worst. */
  private lazyIndexChanges = false;
  private listeners = new Set<(change: LibraryChange) => void>();
  private closeHooks: Array<() => Promise<void>> = [];

  private constructor(
    readonly dir: string,
    private readonly options: OpenOptions,
  ) {
    this.layout = libraryLayout(dir);
  }

  static async open(dir: string, options: OpenOptions): Promise<Library> {
    const library = new Library(path.resolve(dir), options);
    try {
      await library.load();
    } catch (error) {
      library.lock?.release();
      throw error;
    }
    return library;
  }

  get readOnly(): boolean {
    return this.options.mode === 'read' || this.readOnlyReason !== undefined;
  }

  /** Sentences about repairs and problems since the library was opened. */
  get notices(): readonly string[] {
    return this.noticesList;
  }

  private notice = (sentence: string) => {
    this.noticesList.push(sentence);
  };

  private get repair(): boolean {
    return this.options.mode === 'write' && this.lock !== undefined;
  }

  private async load(): Promise<void> {
    const { layout } = this;
    if (this.options.mode === 'write') {
      try {
        await fs.mkdir(layout.articles, { recursive: true });
        this.lock = await LibraryLock.acquire(this.dir);
      } catch (error) {
        // A folder Tandai may not write in (permissions, a read-only disk) still opens, read-only, with a sentence.
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'EACCES' && code !== 'EPERM' && code !== 'EROFS') throw error;
        this.readOnlyReason = `Tandai cannot write in the library folder ${this.dir} (${code === 'EROFS' ? 'the disk is read-only' : 'permission denied'}), so it opened the library read-only; check the folder's permissions to make changes.`;
      }
    }
    if (this.lock) {
      await this.removeLeftoverTempFiles();
      await backupBeforeUpgrade(this).catch((error: unknown) =>
        this.notice(`Tandai could not back up the library before upgrading its files (${error instanceof Error ? error.message.replace(/\.$/, '') : String(error)}).`),
      );
    }
    this.settingsDb = new Low(
      new DurableJsonFile(layout.settings, SettingsFileSchema, {
        quarantineDir: layout.quarantine,
        describe: () => 'the settings file',
        onNotice: this.notice,
        repair: this.repair,
      }),
      { schemaVersion: SCHEMA_VERSION, sampleOffered: false, settings: SettingsSchema.parse({}) },
    );
    try {
      await this.settingsDb.read();
    } catch (error) {
      if (error instanceof TooNewError) this.readOnlyReason = error.message;
      else if (error instanceof ApiError && error.code === 'damaged') this.notice(`${error.message} Tandai is using default settings.`);
      else throw error;
    }
    let indexMigrated = false;
    this.indexDb = new Low(
      new DurableJsonFile(layout.index, LibraryIndexSchema, {
        quarantineDir: layout.quarantine,
        describe: () => 'the library index',
        onNotice: this.notice,
        repair: this.repair,
        // An index from an older Tandai lacks summary fields added since: rebuild it from the articles.
        onMigrated: () => (indexMigrated = true),
      }),
      { schemaVersion: SCHEMA_VERSION, articles: [] },
    );
    let index: LibraryIndex | null = null;
    let rebuild = existsSync(layout.indexDirty);
    if (!rebuild) {
      try {
        index = await this.indexDb.adapter.read();
      } catch (error) {
        if (error instanceof TooNewError) {
          this.readOnlyReason = error.message;
          // Shown read-only as the newer Tandai left it, if its rows still fit; else rebuilt in memory.
          index = await (this.indexDb.adapter as DurableJsonFile<LibraryIndex>).readLeniently();
        } else if (error instanceof ApiError && error.code === 'damaged') {
          // The index is only a cache: rebuild it instead of giving up, and say so.
          this.notice(`${error.message} ${this.repair ? 'Tandai rebuilt the library index from the article files.' : 'Tandai read the article files instead.'}`);
        } else throw error;
      }
      if (index === null || indexMigrated) rebuild = true;
      // Written by an older Tandai whose summaries lack fields the library view filters on.
      else if (index.summaryVersion !== SUMMARY_VERSION) rebuild = true;
    }
    if (rebuild) {
      await this.rebuildIndex();
    } else if (index) {
      for (const summary of index.articles) this.summaries.set(summary.id, summary);
    }
    if (this.readOnlyReason) this.notice(this.readOnlyReason);
    if (this.options.mode === 'write' && !this.readOnly) {
      await this.purgeExpiredTrash();
      await this.maybeAddSample();
    }
    if (this.options.dailyBackup && this.options.mode === 'write' && !this.readOnly) {
      const delay = this.options.dailyBackupDelayMs ?? 0;
      if (delay > 0) {
        this.dailyBackupTimer = setTimeout(() => this.takeDailyBackupNow(), delay);
        this.dailyBackupTimer.unref?.();
      } else {
        this.takeDailyBackupNow();
      }
    }
  }

  /** Queued, not awaited: the window opens while the snapshot is taken. A failure (a full disk) is a notice. */
  private takeDailyBackupNow(): void {
    clearTimeout(this.dailyBackupTimer);
    this.dailyBackupTimer = undefined;
    void takeDailyBackup(this).catch((error: unknown) =>
      this.notice(`Tandai could not take today's backup of the library (${error instanceof Error ? error.message.replace(/\.$/, '') : String(error)}).`),
    );
  }

  private async removeLeftoverTempFiles(): Promise<void> {
    for (const dir of [this.dir, this.layout.articles]) {
      for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
        // Half-written files from a crash are never read; they are only cleaned up.
        if (name.endsWith(TEMP_SUFFIX)) await fs.rm(path.join(dir, name), { force: true });
      }
    }
  }

  /** Reads every article file and rebuilds the index from them (after a crash or a damaged index). */
  private async rebuildIndex(): Promise<void> {
    this.summaries.clear();
    const names = (await fs.readdir(this.layout.articles).catch(() => [] as string[])).filter((n) => /^[a-z0-9-]+\.json$/.test(n));
    const summaries = new Map<string, ArticleSummary>();
    // A few reads in flight at once: at 10,000 articles the rebuild is mostly waiting on the disk.
    let next = 0;
    const worker = async () => {
      while (next < names.length) {
        const id = names[next++].slice(0, -'.json'.length);
        try {
          const db = await this.articleDb(id);
          summaries.set(id, summarize(db.data.article, db.data.annotations));
        } catch (error) {
          if (error instanceof TooNewError) {
            // From a newer Tandai: the library goes read-only, and the article is listed if it still fits.
            this.readOnlyReason ??= error.message;
            const file = await new DurableJsonFile(this.layout.articleFile(id), ArticleFileSchema, { quarantineDir: this.layout.quarantine, describe: () => id, repair: false }).readLeniently();
            if (file) summaries.set(id, summarize(file.article, file.annotations));
          } else if (error instanceof ApiError) this.notice(error.message);
          else throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    // In directory order, as before, whatever order the reads finished in.
    for (const name of names) {
      const id = name.slice(0, -'.json'.length);
      const summary = summaries.get(id);
      if (summary) this.summaries.set(id, summary);
    }
    if (this.repair && !this.readOnly) {
      await this.writeIndexNow();
      await fs.rm(this.layout.indexDirty, { force: true });
    }
  }

  private async maybeAddSample(): Promise<void> {
    const file = this.settingsDb.data;
    if (file.sampleOffered || this.summaries.size > 0) return;
    if (this.options.addSample && file.settings.addSample && this.options.samplePath) {
      try {
        const bytes = await fs.readFile(this.options.samplePath);
        await this.addArticle(bytesToDraft(bytes, path.basename(this.options.samplePath), 'text'), undefined);
      } catch (error) {
        this.notice(`The sample article could not be added (${error instanceof Error ? error.message : String(error)}).`);
      }
    }
    file.sampleOffered = true;
    await this.settingsDb.write();
  }

  // ---- the write queue: one mutation at a time, in order ----

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(() => {
      this.assertWritable();
      return fn();
    });
    this.queue = run.catch(() => {});
    return run;
  }

  private assertWritable(): void {
    if (this.closed) throw new ApiError('internal', 'The library has been closed.');
    if (this.options.mode === 'read') throw new ApiError('read_only', 'This command opened the library read-only.');
    if (this.readOnlyReason) throw new ApiError('read_only', this.readOnlyReason);
  }

  // ---- index upkeep ----

  private async writeIndexNow(): Promise<void> {
    this.indexDb.data = { schemaVersion: SCHEMA_VERSION, summaryVersion: SUMMARY_VERSION, articles: [...this.summaries.values()] };
    await this.indexDb.write();
  }

  /**
   * Marks the index stale on disk (once per flush). Called BEFORE the article file changes: a crash
   * between the two then leaves the marker behind and the next start rebuilds the index.
   */
  private async markIndexDirty(): Promise<void> {
    if (this.dirtyMarked) return;
    await writeFileDurably(this.layout.indexDirty, new Date().toISOString(), { keepBackup: false });
    this.dirtyMarked = true;
  }

  /** Schedules one coalesced index write for changes already made in memory. */
  private scheduleIndexFlush(delayMs = this.options.indexDelayMs ?? 1000): void {
    if (!this.flushTimer) {
      this.flushTimer = setTimeout(() => {
        this.flushTimer = undefined;
        void this.flushIndex().catch((error) => this.notice(`The library index could not be saved: ${String(error)}`));
      }, delayMs);
      this.flushTimer.unref?.();
    }
  }

  /** Writes the index now if changes are pending. */
  flushIndex(): Promise<void> {
    if (this.flushTimer) {
      clearTimeout(this.flushTimer);
      this.flushTimer = undefined;
    }
    return this.exclusive(() => this.writePendingIndex());
  }

  private async writePendingIndex(): Promise<void> {
    if (!this.dirtyMarked && !this.lazyIndexChanges) return;
    this.lazyIndexChanges = false;
    await this.writeIndexNow();
    if (this.dirtyMarked) await fs.rm(this.layout.indexDirty, { force: true });
    this.dirtyMarked = false;
  }

  // ---- hooks for backups (electron/library/backups.ts) ----

  now(): Date {
    return this.options.clock?.() ?? new Date();
  }

  /** Runs `fn` on the write queue once the index on disk is up to date, so the files on disk agree. */
  whileQuiet<T>(fn: () => Promise<T>): Promise<T> {
    if (this.flushTimer) {
      clearTimeout(this.flushTimer);
      this.flushTimer = undefined;
    }
    return this.exclusive(async () => {
      await this.writePendingIndex();
      return fn();
    });
  }

  /** Marks the index stale before files are replaced behind the library's back (inside whileQuiet). */
  markStale(): Promise<void> {
    return this.markIndexDirty();
  }

  /**
   * After files were replaced on disk (inside whileQuiet): forget the caches, re-read settings, and take the
   * index that came with the files if `trustIndex` and it reads cleanly at this version (a snapshot's index
   * was written with nothing pending, so it matches its articles); else rebuild it from the article files.
   */
  async reloadFromDisk(trustIndex = false): Promise<void> {
    this.articleDbs.clear();
    try {
      await this.settingsDb.read();
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'damaged')) throw error;
      this.notice(`${error.message} Tandai is using default settings.`);
    }
    let index: LibraryIndex | null = null;
    if (trustIndex) {
      let migrated = false;
      const file = new DurableJsonFile(this.layout.index, LibraryIndexSchema, {
        quarantineDir: this.layout.quarantine,
        describe: () => 'the library index',
        onNotice: this.notice,
        repair: this.repair,
        onMigrated: () => (migrated = true),
      });
      index = await file.read().catch(() => null);
      if (migrated) index = null;
    }
    if (index) {
      this.summaries.clear();
      for (const summary of index.articles) this.summaries.set(summary.id, summary);
      await fs.rm(this.layout.indexDirty, { force: true });
    } else {
      await this.rebuildIndex();
    }
    this.dirtyMarked = false;
  }

  // ---- articles ----

  private async articleDb(id: string): Promise<Low<ArticleFile> & { data: ArticleFile }> {
    let db = this.articleDbs.get(id);
    if (db) {
      // Refresh its place in the LRU order.
      this.articleDbs.delete(id);
      this.articleDbs.set(id, db);
      return db as Low<ArticleFile> & { data: ArticleFile };
    }
    const title = this.summaries.get(id)?.title;
    db = new Low<ArticleFile>(
      new DurableJsonFile(this.layout.articleFile(id), ArticleFileSchema, {
        quarantineDir: this.layout.quarantine,
        describe: () => (title ? `the article "${title}"` : `the article file ${id}.json`),
        onNotice: this.notice,
        repair: this.repair,
      }),
      // lowdb insists on default data; the real data is read just below.
      { schemaVersion: SCHEMA_VERSION, article: undefined as unknown as Article, annotations: [] },
    );
    let data: ArticleFile | null;
    try {
      data = await db.adapter.read();
    } catch (error) {
      // Damaged beyond repair: the file is now in quarantine, so the index must stop listing it
      // (else the library shows an article that can never open). The sentence names the article.
      if (error instanceof DamagedFileError && this.repair) {
        this.notice(error.message);
        await this.forgetArticle(id);
      }
      throw error;
    }
    if (!data) {
      // Listed but its file is gone (e.g. quarantined by an earlier run): drop the stale entry.
      if (this.repair) await this.forgetArticle(id);
      throw new ApiError('not_found', `There is no article with id ${id} in this library.`);
    }
    db.data = data;
    this.articleDbs.set(id, db);
    if (this.articleDbs.size > ARTICLE_CACHE_SIZE) {
      const oldest = this.articleDbs.keys().next().value as string;
      this.articleDbs.delete(oldest);
    }
    return db as Low<ArticleFile> & { data: ArticleFile };
  }

  /** Removes an article whose file is missing or quarantined from the index (memory now, disk soon). */
  private async forgetArticle(id: string): Promise<void> {
    if (!this.summaries.has(id) || this.readOnly) return;
    this.summaries.delete(id);
    await this.markIndexDirty();
    this.scheduleIndexFlush();
    this.emit({ kind: 'remove', id });
  }

  /** Every summary, newest import first (shared and frozen; see summary-map.ts). */
  list(): readonly ArticleSummary[] {
    return this.summaries.inOrder();
  }

  async get(id: string): Promise<{ article: Article; annotations: Annotation[] }> {
    if (this.options.mode === 'read') {
      // Read-only processes never cache: another process may be writing.
      this.articleDbs.delete(id);
    }
    const db = await this.articleDb(id);
    return structuredClone({ article: db.data.article, annotations: db.data.annotations });
  }

  /**
   * Imports one file's bytes. Errors are ApiErrors with a sentence; the library is unchanged on failure.
   * A file already in the library (same source URL, or the same canonical text) is not added again
   * unless `allowDuplicates`; the outcome names the article it duplicates instead.
   */
  async importBytes(bytes: Uint8Array, fileName: string, options: { format?: ImportFormat; allowDuplicates?: boolean } = {}): Promise<ImportOutcome> {
    // Parsing and rendering are pure CPU work on the caller's data: done before taking the write queue.
    const { article, annotations } = importFromBytes(bytes, fileName, options.format);
    return this.exclusive(async () => {
      if (!options.allowDuplicates) {
        const duplicate = this.findDuplicate(article);
        if (duplicate) return { kind: 'duplicate', of: duplicate.summary, reason: duplicate.reason } as const;
      }
      return { kind: 'imported', summary: await this.storeNewArticle(article, annotations) } as const;
    });
  }

  /** The article this one repeats: the same source address first, then the same text. */
  findDuplicate(article: Pick<Article, 'sourceUrl' | 'contentHash'>): { summary: ArticleSummary; reason: 'sourceUrl' | 'content' } | undefined {
    const key = sourceUrlKey(article.sourceUrl);
    if (key) {
      for (const summary of this.summaries.values()) if (sourceUrlKey(summary.sourceUrl) === key) return { summary, reason: 'sourceUrl' };
    }
    if (article.contentHash) {
      for (const summary of this.summaries.values()) if (summary.contentHash === article.contentHash) return { summary, reason: 'content' };
    }
    return undefined;
  }

  private async addArticle(draft: ArticleDraft, sourceFile: string | undefined): Promise<ArticleSummary> {
    return this.storeNewArticle(draftToArticle(draft, sourceFile));
  }

  private async storeNewArticle(article: Article, annotations: Annotation[] = []): Promise<ArticleSummary> {
    const file: ArticleFile = { schemaVersion: SCHEMA_VERSION, article, annotations };
    await this.markIndexDirty();
    await writeFileDurably(this.layout.articleFile(article.id), JSON.stringify(file), { keepBackup: false });
    const summary = summarize(article, annotations);
    this.summaries.set(article.id, summary);
    this.scheduleIndexFlush();
    this.emit({ kind: 'upsert', id: article.id });
    return summary;
  }

  /**
   * Replaces an article's text and metadata with a newer version of the same story (`tandai import
   * --update`): id, import date, tags and annotations stay, and the annotations are re-anchored
   * onto the new text.
   */
  async replaceText(id: string, bytes: Uint8Array, fileName: string, format?: ImportFormat): Promise<ArticleSummary> {
    if (!this.summaries.has(id)) throw new ApiError('not_found', `There is no article with id ${id} in this library.`);
    const draft = guardDeepInput(fileName, () => bytesToDraft(bytes, fileName, format));
    return this.updateArticle(id, (file) => {
      file.article = guardDeepInput(fileName, () => replaceArticleText(file.article, draft, fileName));
      // The annotations follow the text; what cannot be placed with confidence becomes an orphan.
      file.annotations = reanchorAnnotations(file.article.text, file.annotations);
      return summarize(file.article, file.annotations);
    });
  }

  /** Edits metadata; undefined leaves a field alone, null clears it. */
  updateMetadata(id: string, patch: MetadataPatch): Promise<ArticleSummary> {
    return this.updateArticle(id, (file) => {
      const article = file.article;
      if (patch.title !== undefined) article.title = patch.title;
      for (const field of ['byline', 'editor', 'site', 'sourceUrl', 'publishedAt'] as const) {
        const value = patch[field];
        if (value === undefined) continue;
        if (value === null || value === '') delete article[field];
        else article[field] = value;
      }
      if (patch.lang !== undefined) article.lang = patch.lang;
      if (patch.tags !== undefined) article.tags = [...new Set(patch.tags.map((t) => t.trim()).filter(Boolean))];
      article.updatedAt = new Date().toISOString();
      return summarize(article, file.annotations);
    });
  }

  /** Moves an article to the trash; `restore` brings it back (undo). */
  async delete(id: string): Promise<{ id: string; title: string }> {
    const [deleted] = await this.deleteMany([id]);
    return deleted;
  }

  async restore(id: string): Promise<ArticleSummary> {
    const [summary] = await this.restoreMany([id]);
    return summary;
  }

  // ---- annotations ----

  /** Runs `change` on an article's file and saves it durably; on failure memory is rolled back to disk's state. */
  updateArticle<T>(id: string, change: (file: ArticleFile) => T): Promise<T> {
    return this.exclusive(() => this.changeArticle(id, change));
  }

  /** updateArticle's body, for callers already holding the write queue. */
  private async changeArticle<T>(id: string, change: (file: ArticleFile) => T): Promise<T> {
    const db = await this.articleDb(id);
    const before = structuredClone(db.data);
    const previous = this.summaries.get(id);
    let result: T;
    let summary: ArticleSummary;
    let indexChanges = false;
    try {
      result = change(db.data);
      summary = summarize(db.data.article, db.data.annotations);
      indexChanges = JSON.stringify(previous) !== JSON.stringify(summary);
      if (indexChanges) await this.markIndexDirty();
      await db.write();
    } catch (error) {
      db.data = before;
      throw error;
    }
    this.summaries.set(id, summary);
    if (indexChanges) this.scheduleIndexFlush();
    if (previous?.revision !== summary.revision) this.emit({ kind: 'upsert', id });
    return result;
  }

  // ---- many articles at once, the trash, reading progress ----

  /** Calls `listener` after every change to what search indexes; returns the unsubscribe function. */
  onChange(listener: (change: LibraryChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(change: LibraryChange): void {
    for (const listener of this.listeners) listener(change);
  }

  /**
   * An article file as stored, for read-only consumers that need speed more than validation (the
   * search index and its snippets): the cached copy when there is one (never modify it), else the
   * file parsed without the schema check; undefined when it is missing or not JSON. Damaged files are
   * reported and quarantined by `get`, not here.
   */
  peek(id: string): ArticleFile | undefined {
    const cached = this.options.mode === 'write' ? this.articleDbs.get(id) : undefined;
    if (cached) return cached.data;
    try {
      // Synchronous on purpose: a small file from the page cache reads in microseconds, while a trip
      // through libuv's thread pool waits for a free CPU, which on a busy machine costs milliseconds.
      const file = JSON.parse(readFileSync(this.layout.articleFile(id), 'utf8')) as ArticleFile;
      return file?.article && Array.isArray(file.annotations) ? file : undefined;
    } catch {
      return undefined;
    }
  }

  /** The summary of an article in the library, if it is there. */
  summary(id: string): ArticleSummary | undefined {
    return this.summaries.get(id);
  }

  /**
   * Moves articles to the trash in one operation (all or none): the file's modification time records
   * the deletion, and the trash is emptied of articles older than TRASH_DAYS when the library opens.
   */
  deleteMany(ids: readonly string[]): Promise<Array<{ id: string; title: string }>> {
    return this.exclusive(async () => {
      const unique = [...new Set(ids)];
      const missing = unique.filter((id) => !this.summaries.has(id));
      if (missing.length) throw new ApiError('not_found', `There is no article with id ${missing[0]} in this library${missing.length > 1 ? ` (nor ${missing.length - 1} more of the chosen ones)` : ''}.`);
      await fs.mkdir(this.layout.trash, { recursive: true });
      await this.markIndexDirty();
      const moved: string[] = [];
      try {
        for (const id of unique) {
          await fs.rename(this.layout.articleFile(id), this.layout.trashFile(id));
          moved.push(id);
        }
      } catch (error) {
        // Put back what already moved, so a failure leaves the library as it was.
        for (const id of moved.reverse()) await fs.rename(this.layout.trashFile(id), this.layout.articleFile(id)).catch(() => {});
        throw error;
      }
      const now = this.now();
      const deleted: Array<{ id: string; title: string }> = [];
      for (const id of unique) {
        await fs.rm(`${this.layout.articleFile(id)}.bak`, { force: true });
        await fs.utimes(this.layout.trashFile(id), now, now);
        this.articleDbs.delete(id);
        deleted.push({ id, title: this.summaries.get(id)!.title });
        this.summaries.delete(id);
        this.emit({ kind: 'remove', id });
      }
      this.scheduleIndexFlush();
      return deleted;
    });
  }

  /** Brings articles back from the trash (undo of deleteMany), all or none. */
  restoreMany(ids: readonly string[]): Promise<ArticleSummary[]> {
    return this.exclusive(async () => {
      const unique = [...new Set(ids)];
      const present = unique.find((id) => this.summaries.has(id));
      if (present) throw new ApiError('invalid_params', `The article ${present} is already in the library.`);
      const absent = unique.find((id) => !existsSync(this.layout.trashFile(id)));
      if (absent) throw new ApiError('not_found', `There is no article with id ${absent} in the trash.`);
      await this.markIndexDirty();
      const moved: string[] = [];
      try {
        for (const id of unique) {
          await fs.rename(this.layout.trashFile(id), this.layout.articleFile(id));
          moved.push(id);
        }
        const summaries: ArticleSummary[] = [];
        for (const id of unique) {
          const db = await this.articleDb(id);
          summaries.push(summarize(db.data.article, db.data.annotations));
        }
        for (const summary of summaries) {
          this.summaries.set(summary.id, summary);
          this.emit({ kind: 'upsert', id: summary.id });
        }
        this.scheduleIndexFlush();
        return summaries;
      } catch (error) {
        for (const id of moved.reverse()) {
          this.articleDbs.delete(id);
          await fs.rename(this.layout.articleFile(id), this.layout.trashFile(id)).catch(() => {});
        }
        throw error;
      }
    });
  }

  /** The trash, most recently deleted first, each with its deletion and purge dates. */
  async trash(): Promise<Array<ArticleSummary & { deletedAt: string; purgeAt: string }>> {
    const names = (await fs.readdir(this.layout.trash).catch(() => [] as string[])).filter((n) => /^[a-z0-9-]+\.json$/.test(n));
    const out: Array<ArticleSummary & { deletedAt: string; purgeAt: string }> = [];
    for (const name of names) {
      const file = path.join(this.layout.trash, name);
      try {
        const [stat, raw] = await Promise.all([fs.stat(file), fs.readFile(file, 'utf8')]);
        const parsed = ArticleFileSchema.safeParse(JSON.parse(raw));
        if (!parsed.success) continue; // unreadable leftovers are not offered for restore
        const deletedAt = stat.mtime;
        out.push({
          ...summarize(parsed.data.article, parsed.data.annotations),
          deletedAt: deletedAt.toISOString(),
          purgeAt: new Date(deletedAt.getTime() + TRASH_DAYS * DAY_MS).toISOString(),
        });
      } catch {
        continue;
      }
    }
    return out.sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : a.deletedAt > b.deletedAt ? -1 : 0));
  }

  /** Removes articles from the trash for good; all must be there. */
  purge(ids: readonly string[]): Promise<string[]> {
    return this.exclusive(async () => {
      const unique = [...new Set(ids)];
      const absent = unique.find((id) => !existsSync(this.layout.trashFile(id)));
      if (absent) throw new ApiError('not_found', `There is no article with id ${absent} in the trash.`);
      for (const id of unique) await fs.rm(this.layout.trashFile(id), { force: true });
      return unique;
    });
  }

  /** Empties the trash of articles deleted more than TRASH_DAYS ago (at open). */
  private async purgeExpiredTrash(): Promise<void> {
    const names = await fs.readdir(this.layout.trash).catch(() => [] as string[]);
    const cutoff = this.now().getTime() - TRASH_DAYS * DAY_MS;
    for (const name of names) {
      if (!name.endsWith('.json')) continue;
      const file = path.join(this.layout.trash, name);
      const stat = await fs.stat(file).catch(() => undefined);
      if (stat && stat.mtime.getTime() < cutoff) await fs.rm(file, { force: true });
    }
  }

  /**
   * Remembers the reading position. The article file is written (it is the truth), but the index
   * is only written lazily and without the crash marker: losing a position in the listing after a
   * crash is harmless, while rewriting library.json on every scroll would not be.
   */
  setProgress(id: string, progress: number): Promise<{ id: string; readingProgress: number; lastOpenedAt: string }> {
    return this.exclusive(async () => {
      const db = await this.articleDb(id);
      const before = structuredClone(db.data.article);
      const lastOpenedAt = this.now().toISOString();
      db.data.article.readingProgress = progress;
      db.data.article.lastOpenedAt = lastOpenedAt;
      try {
        await db.write();
      } catch (error) {
        db.data.article = before;
        throw error;
      }
      const summary = this.summaries.get(id);
      if (summary) this.summaries.set(id, { ...summary, readingProgress: progress, lastOpenedAt });
      this.lazyIndexChanges = true;
      this.scheduleIndexFlush(Math.max(this.options.indexDelayMs ?? 1000, 10_000));
      return { id, readingProgress: progress, lastOpenedAt };
    });
  }

  /**
   * Changes many articles in one operation: `change` runs on each file; if one write fails the ones
   * already written are put back as they were, and the error is rethrown.
   */
  updateMany(ids: readonly string[], change: (file: ArticleFile) => boolean): Promise<string[]> {
    return this.exclusive(async () => {
      const unique = [...new Set(ids)];
      const missing = unique.find((id) => !this.summaries.has(id));
      if (missing) throw new ApiError('not_found', `There is no article with id ${missing} in this library.`);
      const done: Array<{ id: string; before: ArticleFile }> = [];
      try {
        for (const id of unique) {
          const db = await this.articleDb(id);
          const before = structuredClone(db.data);
          let changed = false;
          await this.changeArticle(id, (file) => {
            changed = change(file);
            if (!changed) throw NO_CHANGE;
          }).catch((error) => {
            if (error !== NO_CHANGE) throw error;
          });
          if (changed) done.push({ id, before });
        }
      } catch (error) {
        for (const { id, before } of done.reverse()) {
          await this.changeArticle(id, (file) => {
            file.article = before.article;
            file.annotations = before.annotations;
          }).catch(() => {});
        }
        throw error;
      }
      return done.map((d) => d.id);
    });
  }

  // ---- settings ----

  settings(): Settings {
    return structuredClone(this.settingsDb.data.settings);
  }

  updateSettings(patch: Partial<Settings>): Promise<Settings> {
    return this.exclusive(async () => {
      const before = this.settingsDb.data.settings;
      this.settingsDb.data.settings = SettingsSchema.parse({ ...before, ...patch });
      try {
        await this.settingsDb.write();
      } catch (error) {
        this.settingsDb.data.settings = before;
        throw error;
      }
      return this.settings();
    });
  }

  /** Runs `hook` when the library closes, before the lock is released (e.g. to save the search index). */
  onClose(hook: () => Promise<void>): void {
    this.closeHooks.push(hook);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    try {
      // Closed before the daily snapshot's delay ran out: it is taken now, so the day still has one.
      if (this.dailyBackupTimer) this.takeDailyBackupNow();
      for (const hook of this.closeHooks) await hook().catch((error) => this.notice(String(error)));
      if (this.options.mode === 'write' && !this.readOnlyReason) await this.flushIndex();
      await this.queue;
    } finally {
      this.closed = true;
      this.lock?.release();
    }
  }
}
