/**
 * Word lookup over loaded dictionaries, in the right direction and through the word's root:
 * "mengakuisisi" (id) → root "akuisisi" → the id→en entries for it. Pure: the dictionaries and the
 * Indonesian root set are passed in; loading them from disk is electron/dictionary/dictionary-shelf.ts.
 */
import { lookupKey, type CompiledDictionary } from './compiled-dictionary.js';
import { stemIndonesian, normalizeIndonesianWord, type Roots } from '../lang/indonesian-stemmer.js';
import { englishCandidates } from '../lang/english-stemmer.js';

export type LookupLang = 'id' | 'en';

export interface LoadedDictionary {
  dictionary: CompiledDictionary;
  /** lookupKey(headword) → entry number. */
  index: Map<string, number>;
}

export interface LookupEntry {
  headword: string;
  glosses: string[];
  dictionary: string;
}

export interface LookupResult {
  query: string;
  from: LookupLang;
  to: LookupLang;
  /** The root or headword form the entries were found through; null when nothing was found. */
  root: string | null;
  entries: LookupEntry[];
}

export function loadDictionary(dictionary: CompiledDictionary): LoadedDictionary {
  const index = new Map<string, number>();
  dictionary.headwords.forEach((h, i) => index.set(lookupKey(h), i));
  return { dictionary, index };
}

const other = (lang: LookupLang): LookupLang => (lang === 'id' ? 'en' : 'id');

function entriesFor(key: string, dictionaries: readonly LoadedDictionary[]): LookupEntry[] {
  const out: LookupEntry[] = [];
  for (const { dictionary, index } of dictionaries) {
    const at = index.get(key);
    if (at !== undefined) out.push({ headword: dictionary.headwords[at], glosses: dictionary.glosses[at], dictionary: dictionary.meta.id });
  }
  return out;
}

/** The forms to try for a word, most specific first: the word, then its root (id) or headword forms (en). */
function candidates(word: string, from: LookupLang, roots: Roots): string[] {
  const key = lookupKey(word).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (from === 'id') {
    if (key.includes(' ')) return [key];
    return [...new Set([key, normalizeIndonesianWord(key), stemIndonesian(key, roots)])];
  }
  return key.includes(' ') ? [key] : englishCandidates(key);
}

function lookupIn(word: string, from: LookupLang, all: readonly LoadedDictionary[], roots: Roots): LookupResult {
  const dictionaries = all.filter((d) => d.dictionary.meta.from === from && d.dictionary.meta.to === other(from));
  const forms = candidates(word, from, roots);
  const entries: LookupEntry[] = [];
  let root: string | null = null;
  for (const form of forms) {
    const found = entriesFor(form, dictionaries).filter((e) => !entries.some((x) => x.dictionary === e.dictionary && x.headword === e.headword));
    if (found.length && root === null) root = form;
    entries.push(...found);
    // English candidates are alternatives; stop at the first that is a headword ("employees" → "employee").
    if (from === 'en' && entries.length) break;
  }
  // For Indonesian, report the root even when the word itself had entries: "kecerdasan" → "cerdas".
  if (from === 'id' && entries.length) root = forms[forms.length - 1] ?? root;
  return { query: word, from, to: other(from), root, entries };
}

/**
 * Looks a word up. Without `from`, tries Indonesian then English and answers with the direction
 * that found something (Indonesian when neither did, since Tandai's readers read Indonesian).
 */
export function lookupWord(word: string, from: LookupLang | undefined, dictionaries: readonly LoadedDictionary[], roots: Roots): LookupResult {
  if (from) return lookupIn(word, from, dictionaries, roots);
  const id = lookupIn(word, 'id', dictionaries, roots);
  if (id.entries.length) return id;
  const en = lookupIn(word, 'en', dictionaries, roots);
  return en.entries.length ? en : id;
}

/** The naive baseline for the benchmark: scan every headword of every dictionary, no index, no stemming. */
export function lookupByScan(word: string, from: LookupLang, dictionaries: readonly CompiledDictionary[]): LookupEntry[] {
  const key = lookupKey(word);
  const out: LookupEntry[] = [];
  for (const d of dictionaries) {
    if (d.meta.from !== from) continue;
    for (let i = 0; i < d.headwords.length; i++) {
      if (lookupKey(d.headwords[i]) === key) out.push({ headword: d.headwords[i], glosses: d.glosses[i], dictionary: d.meta.id });
    }
  }
  return out;
}
