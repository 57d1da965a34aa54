/**
 * The shape of a line of copied text, which is all plain text tells us about its role:
 * story paragraphs are sentences, headlines and list items are short and end without a full stop.
 */

export function wordsIn(text: string): number {
  const words = text.trim().split(/\s+/);
  return words[0] === '' ? 0 : words.length;
}

/** Ends like a sentence: a full stop or ellipsis, possibly inside closing quotes or brackets. */
export function endsWithFullStop(text: string): boolean {
  return /[.…:;,]["”’'»)\]]*$/.test(text.trim()) && !/\.{3}$|…$/.test(text.trim().replace(/["”’'»)\]]+$/, ''));
}

/** Story text: a long paragraph, or a sentence of some length. */
export function isBodyLike(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > 200) return true;
  if (trimmed.includes('\n') && trimmed.length > 120) return true;
  return wordsIn(trimmed) >= 6 && (endsWithFullStop(trimmed) || /[!?]["”’'»)\]]+$/.test(trimmed));
}

/** A headline, subheading or list item: one short line that is not a sentence. */
export function isHeadlineLike(text: string): boolean {
  const trimmed = text.trim();
  return !trimmed.includes('\n') && trimmed.length > 0 && trimmed.length <= 200 && wordsIn(trimmed) <= 30 && !isBodyLike(trimmed) && !endsWithFullStop(trimmed);
}
