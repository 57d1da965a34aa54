/**
 * Ctrl+F inside an article: every place a typed phrase occurs in the canonical text, as offsets the
 * reader turns into DOM ranges. Matching is case- and accent-insensitive ("cafe" finds "Café") and
 * any run of white space in the phrase matches any run in the text (a phrase may cross a line or
 * paragraph break). The folding keeps one folded character per text character, so every offset
 * found is an offset into the original text.
 */

export interface FoundSpan {
  start: number;
  end: number;
}

/** At most this many matches are reported; more would only slow the painting down. */
export const MAX_FIND_MATCHES = 5000;

/** One character folded to one character: accents and case removed where that keeps it one character. */
function foldChar(char: string): string {
  const bare = char.normalize('NFD').replace(/\p{M}/gu, '');
  const lower = (bare.length === 1 ? bare : char).toLowerCase();
  return lower.length === 1 ? lower : char;
}

/** The text folded character by character (same length as the input, so offsets carry over). */
export function foldForFind(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // Surrogate pairs (emoji, rare scripts) are kept as they are: two code units in, two out.
    if (code >= 0xd800 && code <= 0xdfff) out += text[i];
    else out += code < 128 ? text[i].toLowerCase() : foldChar(text[i]);
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function findInText(text: string, phrase: string, limit = MAX_FIND_MATCHES): FoundSpan[] {
  const words = foldForFind(phrase.trim()).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'g');
  const folded = foldForFind(text);
  const found: FoundSpan[] = [];
  for (const match of folded.matchAll(pattern)) {
    found.push({ start: match.index, end: match.index + match[0].length });
    if (found.length >= limit) break;
  }
  return found;
}

/** The match to show first: the first one at or after `offset` (where the reader is), else the first. */
export function firstMatchFrom(matches: readonly FoundSpan[], offset: number): number {
  if (matches.length === 0) return -1;
  const at = matches.findIndex((match) => match.start >= offset);
  return at < 0 ? 0 : at;
}
