/**
 * The personal glossary on disk: <library>/glossary.json, written durably through the same adapter
 * as every other library file (temp file, fsync, .bak, rename). A damaged file is quarantined and its
 * previous version restored, or, with none, the glossary starts empty and says so in one sentence.
 * Changes run one at a time; a failed write leaves memory as the disk has it.
 */
import path from 'node:path';
import { Low } from 'lowdb';
import { ApiError } from '../../shared/api-error.js';
import { parseGlossaryCsv } from '../../shared/glossary/glossary-csv.js';
import {
  GlossaryFileSchema,
  glossaryKey,
  otherLang,
  sortGlossary,
  type GlossaryEntry,
  type GlossaryFile,
  type GlossaryLang,
} from '../../shared/glossary/glossary-model.js';
import { SCHEMA_VERSION } from '../../shared/model.js';
import { newId } from '../import/draft-to-article.js';
import { DurableJsonFile, TooNewError } from '../library/durable-json-file.js';
import type { Library } from '../library/library.js';

export const GLOSSARY_FILE = 'glossary.json';

export interface NewPair {
  source: string;
  target: string;
  from: GlossaryLang;
  to?: GlossaryLang;
  note?: string;
  sentence?: string;
  articleId?: string;
}

export interface PairPatch {
  source?: string;
  target?: string;
  from?: GlossaryLang;
  to?: GlossaryLang;
  note?: string | null;
  sentence?: string | null;
}

export interface ImportLine {
  line: number;
  outcome: 'added' | 'updated' | 'skipped';
  term?: string;
  reason?: string;
}

export class Glossary {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly noticesList: string[] = [];
  private readOnlyReason?: string;
  private readonly listeners = new Set<() => void>();

  private constructor(
    private readonly db: Low<GlossaryFile>,
    private readonly library: Library,
  ) {}

  static async open(library: Library): Promise<Glossary> {
    const file = path.join(library.dir, GLOSSARY_FILE);
    const notices: string[] = [];
    const db = new Low<GlossaryFile>(
      new DurableJsonFile(file, GlossaryFileSchema, {
        quarantineDir: library.layout.quarantine,
        describe: () => 'the glossary',
        onNotice: (sentence) => notices.push(sentence),
        repair: !library.readOnly,
      }),
      { schemaVersion: SCHEMA_VERSION, entries: [] },
    );
    const glossary = new Glossary(db, library);
    try {
      await db.read();
    } catch (error) {
      if (error instanceof TooNewError) glossary.readOnlyReason = error.message;
      else if (error instanceof ApiError && error.code === 'damaged') notices.push(`${error.message} The glossary starts empty.`);
      else throw error;
    }
    glossary.noticesList.push(...notices);
    if (glossary.readOnlyReason) glossary.noticesList.push(glossary.readOnlyReason);
    return glossary;
  }

  /** Sentences about repairs made when the glossary was opened. */
  get notices(): readonly string[] {
    return this.noticesList;
  }

  /**
   * Calls `listener` after every change that was written (add, update, delete, restore, import), so
   * the search index follows the glossary. Returns the function that stops listening.
   */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  list(): GlossaryEntry[] {
    return sortGlossary(structuredClone(this.db.data.entries));
  }

  add(pair: NewPair): Promise<GlossaryEntry> {
    return this.change((entries) => {
      const entry = this.newEntry(pair);
      const existing = entries.find((e) => glossaryKey(e) === glossaryKey(entry));
      if (existing) {
        throw new ApiError('invalid_params', `“${existing.source}” is already in the glossary as “${existing.target}”; edit that entry instead.`);
      }
      entries.push(entry);
      return entry;
    });
  }

  update(id: string, patch: PairPatch): Promise<GlossaryEntry> {
    return this.change((entries) => {
      const entry = entries.find((e) => e.id === id);
      if (!entry) throw new ApiError('not_found', `There is no glossary entry with id ${id}.`);
      if (patch.source !== undefined) entry.source = patch.source.trim();
      if (patch.target !== undefined) entry.target = patch.target.trim();
      if (patch.from !== undefined) {
        entry.from = patch.from;
        entry.to = patch.to ?? otherLang(patch.from);
      } else if (patch.to !== undefined) entry.to = patch.to;
      if (entry.from === entry.to) throw new ApiError('invalid_params', 'A glossary entry must translate into the other language.');
      for (const field of ['note', 'sentence'] as const) {
        const value = patch[field];
        if (value === undefined) continue;
        if (value === null || value.trim() === '') delete entry[field];
        else entry[field] = value.trim();
      }
      const clash = entries.find((e) => e !== entry && glossaryKey(e) === glossaryKey(entry));
      if (clash) throw new ApiError('invalid_params', `“${clash.source}” is already in the glossary as “${clash.target}”.`);
      entry.updated = new Date().toISOString();
      return entry;
    });
  }

  /** Removes an entry and returns it, so the caller can undo with `restore`. */
  delete(id: string): Promise<GlossaryEntry> {
    return this.change((entries) => {
      const at = entries.findIndex((e) => e.id === id);
      if (at === -1) throw new ApiError('not_found', `There is no glossary entry with id ${id}.`);
      return entries.splice(at, 1)[0];
    });
  }

  /** Undo of delete: puts the entry back as it was (refused if the same term has been added since). */
  restore(entry: GlossaryEntry): Promise<GlossaryEntry> {
    return this.change((entries) => {
      if (entries.some((e) => e.id === entry.id)) throw new ApiError('invalid_params', `The glossary entry “${entry.source}” is already there.`);
      const clash = entries.find((e) => glossaryKey(e) === glossaryKey(entry));
      if (clash) throw new ApiError('invalid_params', `“${clash.source}” is in the glossary again (as “${clash.target}”), so the deleted entry was not brought back.`);
      const restored = structuredClone(entry);
      entries.push(restored);
      return restored;
    });
  }

  /**
   * Adds the pairs of a CSV, updating the translation (and note) of terms already there. The whole
   * import is one write: if it fails, the glossary is as it was.
   */
  importCsv(csv: string, defaultFrom: GlossaryLang): Promise<{ added: number; updated: number; skipped: number; lines: ImportLine[] }> {
    const parsed = parseGlossaryCsv(csv, defaultFrom);
    return this.change((entries) => {
      const lines: ImportLine[] = [];
      const byKey = new Map(entries.map((e) => [glossaryKey(e), e]));
      for (const row of parsed) {
        if ('skipped' in row) {
          lines.push({ line: row.line, outcome: 'skipped', term: row.term, reason: row.skipped });
          continue;
        }
        const { pair } = row;
        const existing = byKey.get(glossaryKey(pair));
        if (!existing) {
          const entry = this.newEntry(pair);
          entries.push(entry);
          byKey.set(glossaryKey(entry), entry);
          lines.push({ line: row.line, outcome: 'added', term: pair.source });
          continue;
        }
        const same = existing.target === pair.target && (pair.note === undefined || pair.note === existing.note);
        if (same) {
          lines.push({ line: row.line, outcome: 'skipped', term: pair.source, reason: `“${pair.source}” is already in the glossary as “${existing.target}”` });
          continue;
        }
        existing.target = pair.target;
        if (pair.note !== undefined) existing.note = pair.note;
        if (pair.sentence !== undefined && !existing.sentence) existing.sentence = pair.sentence;
        existing.updated = new Date().toISOString();
        lines.push({ line: row.line, outcome: 'updated', term: pair.source });
      }
      const count = (outcome: ImportLine['outcome']) => lines.filter((l) => l.outcome === outcome).length;
      return { added: count('added'), updated: count('updated'), skipped: count('skipped'), lines };
    });
  }

  private newEntry(pair: NewPair): GlossaryEntry {
    const now = new Date().toISOString();
    const to = pair.to ?? otherLang(pair.from);
    if (to === pair.from) throw new ApiError('invalid_params', 'A glossary entry must translate into the other language.');
    const entry: GlossaryEntry = { id: newId(), source: pair.source.trim(), target: pair.target.trim(), from: pair.from, to, created: now, updated: now };
    if (pair.note?.trim()) entry.note = pair.note.trim();
    if (pair.sentence?.trim()) entry.sentence = pair.sentence.trim().replace(/\s+/g, ' ');
    if (pair.articleId) entry.articleId = pair.articleId;
    return entry;
  }

  /** Runs `fn` on a copy of the entries and saves it; memory changes only once the write succeeded. */
  private change<T>(fn: (entries: GlossaryEntry[]) => T): Promise<T> {
    const run = this.queue.then(async () => {
      if (this.library.readOnly) throw new ApiError('read_only', 'This library is open read-only, so the glossary cannot be changed.');
      if (this.readOnlyReason) throw new ApiError('read_only', this.readOnlyReason);
      const entries = structuredClone(this.db.data.entries);
      const result = fn(entries);
      const before = this.db.data;
      this.db.data = { schemaVersion: SCHEMA_VERSION, entries };
      try {
        await this.db.write();
      } catch (error) {
        this.db.data = before;
        throw error;
      }
      for (const listener of this.listeners) listener();
      return structuredClone(result);
    });
    this.queue = run.catch(() => {});
    return run;
  }
}

const glossaries = new WeakMap<Library, Promise<Glossary>>();

/** The glossary of an open library, read on first use and kept while the library object lives. */
export function glossaryOf(library: Library): Promise<Glossary> {
  let glossary = glossaries.get(library);
  if (!glossary) {
    glossary = Glossary.open(library);
    glossary.catch(() => glossaries.delete(library));
    glossaries.set(library, glossary);
  }
  return glossary;
}

/** The glossary's sentences for app.info (shown with the library's at start-up); never fails the caller. */
export async function glossaryNotices(library: Library): Promise<string[]> {
  try {
    return [...(await glossaryOf(library)).notices];
  } catch (error) {
    return [`The glossary could not be opened (${error instanceof Error ? error.message.replace(/\.$/, '') : String(error)}).`];
  }
}
