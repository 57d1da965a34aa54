/**
 * Word count and reading time for the library list. Words are runs of letters and digits, so
 * "USD 14,3 miliar" is three words and "pasca-kabar" one, the same in Indonesian and English.
 */

/** An unhurried adult reading pace for news prose; the same for Indonesian and English. */
export const WORDS_PER_MINUTE = 200;

export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu);
  return matches ? matches.length : 0;
}

/** Whole minutes, at least 1 for any text at all (a list saying "0 min" reads as broken). */
export function readingMinutes(wordCount: number): number {
  return wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
