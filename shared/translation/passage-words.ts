/**
 * The words of a passage with where they are: letters and digits with inner hyphens and apostrophes,
 * so reduplications ("buku-buku") stay one word. Shared by the translation editor's word-by-word
 * glosses and the glossary's term finder, so both see the same words.
 */

export interface PassageWord {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

/** Every word of `text`, in order, with its offsets (trailing hyphens and apostrophes left out). */
export function wordsWithOffsets(text: string): PassageWord[] {
  const out: PassageWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0].replace(/[-'’]+$/u, '');
    out.push({ word, start: match.index, end: match.index + word.length });
  }
  return out;
}

/** The distinct words of a passage, in order (numbers left out). */
export function passageWords(text: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const { word } of wordsWithOffsets(text)) {
    const key = word.toLowerCase();
    if (!/\p{L}/u.test(word) || seen.has(key)) continue;
    seen.add(key);
    words.push(word);
  }
  return words;
}
