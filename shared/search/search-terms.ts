/**
 * What a word becomes in the search index, so that inflected forms meet: an Indonesian word goes to
 * its root through the dictionary stemmer ("mengakuisisi" → "akuisisi"), any other word through a
 * light English suffix stripper (plurals, -ed, -ing: "acquisitions", "acquired", "acquiring" →
 * "acquisit"/"acquir"). The same function processes the indexed text and the query, so a term needs
 * only to be consistent, not a real word. Results are memoised: news text repeats its vocabulary.
 * Stop words (yang, dan, the, of, …) are not indexed.
 */
import { findIndonesianRoot, type Roots } from '../lang/indonesian-stemmer.js';

/** Words shorter than this are kept as they are (stemming "is" or "di" only adds noise). */
const MIN_STEM = 4;
const CACHE_LIMIT = 100_000;

/** Lower case without diacritics ("Café" → "cafe"), keeping letters, digits and inner hyphens. */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

const VOWEL = /[aeiouy]/;

/** A light, dictionary-free English stem: inflections only (plural, -ed, -ing, final -e). */
export function lightEnglishStem(w: string): string {
  if (w.length < MIN_STEM || /\d/.test(w)) return w;
  let s = w;
  if (s.endsWith('ies') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (/(x|ch|sh)es$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith('ied') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith('eed')) {
    /* agreed, freed: keep */
  } else if (s.endsWith('ed') && s.length >= 5 && VOWEL.test(s.slice(0, -2))) s = undouble(s.slice(0, -2));
  else if (s.endsWith('ing') && s.length >= 6 && VOWEL.test(s.slice(0, -3))) s = undouble(s.slice(0, -3));
  if (s.endsWith('e') && s.length >= MIN_STEM) s = s.slice(0, -1);
  if (s.endsWith('y') && s.length > MIN_STEM) s = `${s.slice(0, -1)}i`;
  return s;
}

function undouble(stem: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(stem) && !/(ll|ss|zz)$/.test(stem) ? stem.slice(0, -1) : stem;
}

/**
 * Words too common to tell articles apart, left out of the index: each is in nearly every article,
 * so indexing them costs a posting per article (and a query holding one scores them all) for no gain.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'yang dan di ke dari untuk dengan pada adalah ini itu tidak akan sudah juga dalam bisa ada karena oleh sebagai ' +
    'atau tetapi namun saat agar bahwa para pun lah kah nya se telah masih hanya lebih sangat serta maupun ' +
    'the a an and or of to in on at for with by from as is are was were be been being it its this that these those ' +
    'not but if then than so such into about over also has have had do does did will would can could should may might'
  ).split(' '),
);

export interface TermProcessor {
  /** The index term for a word, or null for a word that is not indexed (no letters or digits). */
  (word: string): string | null;
}

const processors = new WeakMap<Roots, TermProcessor>();

/** The term processor over a set of Indonesian roots (hunspell-id or the built-in list); one per set, so its memo is shared. */
export function createTermProcessor(roots: Roots): TermProcessor {
  let processor = processors.get(roots);
  if (!processor) {
    processor = newTermProcessor(roots);
    processors.set(roots, processor);
  }
  return processor;
}

function newTermProcessor(roots: Roots): TermProcessor {
  const cache = new Map<string, string | null>();
  return (word: string) => {
    let term = cache.get(word);
    if (term !== undefined) return term;
    const w = foldWord(word);
    if (!w || STOP_WORDS.has(w)) term = null;
    else if (w.length < MIN_STEM || /\d/.test(w)) term = w;
    else term = findIndonesianRoot(w, roots) ?? lightEnglishStem(w);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, term);
    return term;
  };
}

/** Words with their offsets, as the index splits text (letters and digits, inner hyphens and apostrophes kept). */
export function tokenize(text: string): Array<{ word: string; start: number; end: number }> {
  const out: Array<{ word: string; start: number; end: number }> = [];
  for (const m of text.matchAll(WORD)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

export const WORD = /[\p{L}\p{N}\p{M}]+(?:[-'’][\p{L}\p{N}\p{M}]+)*/gu;

/** Just the words, for minisearch's tokenize option. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}
