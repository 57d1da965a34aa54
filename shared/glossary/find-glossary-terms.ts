/**
 * Finds the glossary's terms in a text, inflected forms included: each word is compared through its
 * root (Indonesian: the stemmer, so "juru bicaranya" finds "juru bicara"; English: the plural/-ed/-ing/-ly
 * forms, so "spokespersons" finds "spokesperson"). Multi-word terms match consecutive words separated
 * only by white space; where terms overlap, the one starting first wins, then the longer one.
 * Pure: the caller passes the Indonesian roots the stemmer checks against.
 */
import { englishCandidates } from '../lang/english-stemmer.js';
import { normalizeIndonesianWord, stemIndonesian, type Roots } from '../lang/indonesian-stemmer.js';
import { wordsWithOffsets } from '../translation/passage-words.js';
import type { GlossaryEntry, GlossaryLang } from './glossary-model.js';

export interface TermMatch {
  start: number;
  end: number;
  entryId: string;
  source: string;
  target: string;
  from: GlossaryLang;
  to: GlossaryLang;
}

/** Term words give one key each; text words give every form they may stand for. */
function termKey(word: string, lang: GlossaryLang, roots: Roots): string {
  return lang === 'id' ? stemIndonesian(word, roots) : (englishCandidates(word)[0] ?? '');
}

function textKeys(word: string, lang: GlossaryLang, roots: Roots): string[] {
  return lang === 'id' ? [...new Set([normalizeIndonesianWord(word), stemIndonesian(word, roots)])] : englishCandidates(word);
}

interface PreparedTerm {
  entry: GlossaryEntry;
  keys: string[];
}

/**
 * The glossary terms in `text`, in text order. `from` limits the search to entries in that language
 * (an Indonesian article looks for Indonesian terms); without it every entry is tried in its own language.
 */
export function findGlossaryTerms(text: string, entries: readonly GlossaryEntry[], roots: Roots, from?: GlossaryLang): TermMatch[] {
  const byFirst = new Map<string, PreparedTerm[]>();
  for (const entry of entries) {
    if (from && entry.from !== from) continue;
    const keys = wordsWithOffsets(entry.source).map((w) => termKey(w.word, entry.from, roots));
    if (keys.length === 0 || keys.some((k) => !k)) continue;
    const slot = `${entry.from}:${keys[0]}`;
    const list = byFirst.get(slot) ?? [];
    list.push({ entry, keys });
    byFirst.set(slot, list);
  }
  if (byFirst.size === 0) return [];
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  const langs: GlossaryLang[] = from ? [from] : (['id', 'en'] as const).filter((l) => entries.some((e) => e.from === l));

  const words = wordsWithOffsets(text);
  // A long article repeats its words: stem each distinct word once.
  const cache = new Map<string, string[]>();
  const keysAt = (i: number, lang: GlossaryLang) => {
    const lower = words[i].word.toLowerCase();
    const id = `${lang}:${lower}`;
    let keys = cache.get(id);
    if (!keys) cache.set(id, (keys = textKeys(lower, lang, roots)));
    return keys;
  };
  const adjacent = (i: number) => /^\s+$/.test(text.slice(words[i - 1].end, words[i].start));

  const matches: TermMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    let found: { term: PreparedTerm; last: number } | undefined;
    for (const lang of langs) {
      for (const key of keysAt(i, lang)) {
        for (const term of byFirst.get(`${lang}:${key}`) ?? []) {
          if (found && found.term.keys.length >= term.keys.length) break;
          let j = 1;
          while (j < term.keys.length && i + j < words.length && adjacent(i + j) && keysAt(i + j, lang).includes(term.keys[j])) j++;
          if (j === term.keys.length) found = { term, last: i + j - 1 };
        }
      }
    }
    if (!found) continue;
    const { entry } = found.term;
    matches.push({ start: words[i].start, end: words[found.last].end, entryId: entry.id, source: entry.source, target: entry.target, from: entry.from, to: entry.to });
    i = found.last;
  }
  return matches;
}
