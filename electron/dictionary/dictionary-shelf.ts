/**
 * A library's dictionaries, loaded once per open library: the compiled files in <library>/dictionaries/,
 * and, when that folder holds none yet, the dictionaries installed on the system (compiled on first use
 * and saved there when the library is writable, so later starts only parse JSON).
 * Compiled files are caches of their sources: a plain temp-and-rename write is enough.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api-error.js';
import { asCompiledDictionary, type CompiledDictionary, type DictionaryMeta } from '../../shared/dictionary/compiled-dictionary.js';
import { loadDictionary, lookupWord, type LoadedDictionary, type LookupLang, type LookupResult } from '../../shared/dictionary/lookup.js';
import { enabledDictionaries, NO_PREFERENCES, type DictionaryPreferences } from '../../shared/dictionary/dictionary-preferences.js';
import { stemIndonesian } from '../../shared/lang/indonesian-stemmer.js';
import type { Library } from '../library/library.js';
import { compileDictionaryFile } from './compile-dictionary.js';
import { discoverDictionaries, type FoundDictionary } from './discover-dictionaries.js';
import { loadIndonesianRoots, type RootList } from './hunspell-roots.js';

export const DICTIONARIES_FOLDER = 'dictionaries';

export class DictionaryShelf {
  private loaded: LoadedDictionary[] = [];
  /** The enabled dictionaries in the user's order, kept until the preferences or the shelf change. */
  private arranged: { key: string; list: LoadedDictionary[] } | null = null;
  private constructor(
    readonly folder: string,
    private readonly writable: boolean,
    readonly roots: RootList,
  ) {}

  /** Opens the shelf of a library folder; `installed` are compiled when the folder has no dictionary yet. */
  static async open(libraryDir: string, options: { writable: boolean; installed?: () => Promise<FoundDictionary[]> }): Promise<DictionaryShelf> {
    const shelf = new DictionaryShelf(path.join(libraryDir, DICTIONARIES_FOLDER), options.writable, await loadIndonesianRoots());
    await shelf.loadCompiled();
    if (shelf.loaded.length === 0) {
      for (const found of await (options.installed ?? discoverDictionaries)()) {
        try {
          await shelf.add(await compileDictionaryFile(found.path));
        } catch (error) {
          // A system dictionary in languages we cannot name is skipped, not fatal.
          if (!(error instanceof ApiError)) throw error;
        }
      }
    }
    return shelf;
  }

  private async loadCompiled(): Promise<void> {
    const names = (await fs.readdir(this.folder).catch(() => [] as string[])).filter((n) => n.endsWith('.json')).sort();
    for (const name of names) {
      const parsed = asCompiledDictionary(JSON.parse(await fs.readFile(path.join(this.folder, name), 'utf8').catch(() => 'null')));
      if (parsed) this.loaded.push(loadDictionary(parsed));
    }
  }

  /** Adds (or replaces, by id) compiled dictionaries, saving them when the library is writable. */
  async add(dictionaries: CompiledDictionary[]): Promise<void> {
    for (const dictionary of dictionaries) {
      if (this.writable) {
        await fs.mkdir(this.folder, { recursive: true });
        const file = path.join(this.folder, `${dictionary.meta.id}.json`);
        await fs.writeFile(`${file}.tmp`, JSON.stringify(dictionary));
        await fs.rename(`${file}.tmp`, file);
      }
      this.loaded = [...this.loaded.filter((d) => d.dictionary.meta.id !== dictionary.meta.id), loadDictionary(dictionary)];
      this.arranged = null;
    }
  }

  list(): DictionaryMeta[] {
    return this.loaded.map((d) => d.dictionary.meta);
  }

  /** Looks a word up in the enabled dictionaries, in the user's order (Settings → Dictionaries). */
  lookup(word: string, from?: LookupLang, prefs: DictionaryPreferences = NO_PREFERENCES): LookupResult {
    return lookupWord(word, from, this.inUse(prefs), this.roots.roots);
  }

  private inUse(prefs: DictionaryPreferences): LoadedDictionary[] {
    const key = `${prefs.order.join('\n')}\0${prefs.disabled.join('\n')}`;
    if (this.arranged?.key !== key) this.arranged = { key, list: enabledDictionaries(this.loaded, (d) => d.dictionary.meta.id, prefs) };
    return this.arranged.list;
  }

  stem(word: string): string {
    return stemIndonesian(word, this.roots.roots);
  }
}

const shelves = new WeakMap<Library, Promise<DictionaryShelf>>();

/** The shelf of an open library, opened on first use and kept while the library object lives. */
export function shelfOf(library: Library): Promise<DictionaryShelf> {
  let shelf = shelves.get(library);
  if (!shelf) {
    shelf = DictionaryShelf.open(library.dir, { writable: !library.readOnly });
    shelf.catch(() => shelves.delete(library));
    shelves.set(library, shelf);
  }
  return shelf;
}

/** Drops the cached shelf after the library's files were replaced (a backup restored); the next call reopens it. */
export function forgetShelf(library: Library): void {
  shelves.delete(library);
}
