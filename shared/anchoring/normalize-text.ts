/**
 * Matching ignores differences a reader does not see: runs of white space (including line breaks
 * between paragraphs and non-breaking spaces) count as one space, and typographic quotes, dashes
 * and apostrophes count as their plain forms. Offsets found in the normalized string map back to
 * the original through `toOriginal`.
 */

const EQUIVALENT: Record<string, string> = {
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u2013': '-', '\u2014': '-', '\u2212': '-', '\u2011': '-',
  '\u2026': '.',
};

export interface NormalizedText {
  text: string;
  /** toOriginal[i] is the offset in the original string of normalized character i; one extra entry for the end. */
  toOriginal: number[];
}

export function normalizeForMatching(original: string): NormalizedText {
  let text = '';
  const toOriginal: number[] = [];
  let inSpace = false;
  for (let i = 0; i < original.length; i++) {
    const c = original[i];
    if (/\s/.test(c)) {
      if (!inSpace) {
        text += ' ';
        toOriginal.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    text += EQUIVALENT[c] ?? c;
    toOriginal.push(i);
  }
  toOriginal.push(original.length);
  return { text, toOriginal };
}

/** Maps a normalized span back to the original, without including trailing collapsed white space. */
export function spanToOriginal(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  const originalStart = normalized.toOriginal[start];
  const originalEnd = end > start ? normalized.toOriginal[end - 1] + 1 : originalStart;
  return { start: originalStart, end: originalEnd };
}

/** The normalized form of a short string (a quote, a prefix), trimmed of its outer white space only when asked. */
export function normalizeString(s: string): string {
  return normalizeForMatching(s).text;
}
