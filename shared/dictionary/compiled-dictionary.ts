/**
 * The compiled form every imported dictionary is turned into (dictd, StarDict, TSV/CSV alike): sorted
 * headwords with their glosses, stored as one JSON file per dictionary in <library>/dictionaries/.
 * Loading it is one JSON.parse and one pass to build a Map, instead of re-parsing the source format.
 * Also here: merging raw entries, and inverting a dictionary (eng→ind read as ind→eng).
 */
import { z } from 'zod';

export const DICTIONARY_FORMAT_VERSION = 1;

export const DictionaryLangSchema = z.string().regex(/^[a-z]{2,3}$/, 'must be a language code such as "id" or "en"');

export const DictionaryMetaSchema = z.object({
  /** File-name-safe id, e.g. "freedict-eng-ind" or "freedict-eng-ind-inverted". */
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,99}$/),
  name: z.string(),
  from: DictionaryLangSchema,
  to: DictionaryLangSchema,
  format: z.enum(['dictd', 'stardict', 'tsv', 'csv', 'inverted']),
  /** The file it was compiled from. */
  source: z.string(),
  licence: z.string().optional(),
  /** For an inverted dictionary: the id of the one it was made from. */
  invertedFrom: z.string().optional(),
  entryCount: z.number().int().nonnegative(),
});
export type DictionaryMeta = z.infer<typeof DictionaryMetaSchema>;

export interface RawEntry {
  headword: string;
  glosses: string[];
}

export interface CompiledDictionary {
  tandaiDictionary: typeof DICTIONARY_FORMAT_VERSION;
  meta: DictionaryMeta;
  /** Sorted by lookupKey; glosses[i] belongs to headwords[i]. */
  headwords: string[];
  glosses: string[][];
}

/** How headwords are compared: lower case, NFC, single spaces. */
export function lookupKey(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Merges entries with the same headword (keeping gloss order, dropping repeats) and sorts them. */
export function compileEntries(entries: Iterable<RawEntry>, meta: Omit<DictionaryMeta, 'entryCount'>): CompiledDictionary {
  const merged = new Map<string, { headword: string; glosses: string[] }>();
  for (const { headword, glosses } of entries) {
    const key = lookupKey(headword);
    if (!key) continue;
    let entry = merged.get(key);
    if (!entry) merged.set(key, (entry = { headword: headword.trim(), glosses: [] }));
    for (const gloss of glosses) {
      const g = gloss.trim();
      if (g && !entry.glosses.includes(g)) entry.glosses.push(g);
    }
  }
  const keys = [...merged.keys()].filter((k) => merged.get(k)!.glosses.length > 0).sort();
  return {
    tandaiDictionary: DICTIONARY_FORMAT_VERSION,
    meta: { ...meta, entryCount: keys.length },
    headwords: keys.map((k) => merged.get(k)!.headword),
    glosses: keys.map((k) => merged.get(k)!.glosses),
  };
}

/**
 * A gloss fit to become a headword of the inverted dictionary: a word or a phrase of up to five
 * words, without the digits, affix dashes and explanations that bilingual glosses carry
 * ("ke-10", "e- -an", "(informal)").
 */
export function invertibleGloss(gloss: string): string | undefined {
  const g = gloss.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  if (!g || g.length > 60 || /[0-9]/.test(g) || /^-|-$|\s-|-\s/.test(g)) return undefined;
  if (g.split(' ').length > 5) return undefined;
  if (!/^[\p{L}][\p{L}' -]*$/u.test(g)) return undefined;
  return g;
}

/** Reads a dictionary backwards: each gloss becomes a headword whose glosses are the original headwords. */
export function invertDictionary(dict: CompiledDictionary): CompiledDictionary {
  const entries: RawEntry[] = [];
  dict.headwords.forEach((headword, i) => {
    for (const gloss of dict.glosses[i]) {
      const inverted = invertibleGloss(gloss);
      if (inverted) entries.push({ headword: inverted.toLowerCase(), glosses: [headword] });
    }
  });
  return compileEntries(entries, {
    id: `${dict.meta.id}-inverted`.slice(0, 100),
    name: `${dict.meta.name} (${dict.meta.to}→${dict.meta.from}, inverted)`,
    from: dict.meta.to,
    to: dict.meta.from,
    format: 'inverted',
    source: dict.meta.source,
    licence: dict.meta.licence,
    invertedFrom: dict.meta.id,
  });
}

/** Cheap shape check for a compiled file read from disk (zod on 20k arrays would cost more than the parse). */
export function asCompiledDictionary(value: unknown): CompiledDictionary | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Partial<CompiledDictionary>;
  if (v.tandaiDictionary !== DICTIONARY_FORMAT_VERSION || !Array.isArray(v.headwords) || !Array.isArray(v.glosses)) return undefined;
  if (v.headwords.length !== v.glosses.length) return undefined;
  const meta = DictionaryMetaSchema.safeParse(v.meta);
  if (!meta.success) return undefined;
  return { tandaiDictionary: DICTIONARY_FORMAT_VERSION, meta: meta.data, headwords: v.headwords, glosses: v.glosses };
}
