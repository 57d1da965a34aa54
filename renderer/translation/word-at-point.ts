/**
 * The word under the pointer, for the dictionary popup (double-click or Alt+click): the run of letters,
 * digits, inner hyphens and apostrophes around the caret at a point, and the box it occupies, so the
 * popup can sit right under it. Reduplicated words ("buku-buku") stay one word for the stemmer.
 */
import type { SelectionBox } from '../highlights/use-text-selection.js';

const WORD_CHAR = /[\p{L}\p{N}\p{M}'’-]/u;

export interface PointedWord {
  word: string;
  box: SelectionBox;
}

/** The first word of a passage ("select a word and press D"). */
export function firstWord(text: string): string | null {
  const match = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/u.exec(text);
  return match ? match[0].replace(/[-'’]+$/u, '') : null;
}

export function wordAtPoint(root: HTMLElement, container: HTMLElement, x: number, y: number): PointedWord | null {
  const caret = document.caretRangeFromPoint?.(x, y);
  if (!caret || caret.startContainer.nodeType !== Node.TEXT_NODE || !root.contains(caret.startContainer)) return null;
  const node = caret.startContainer as Text;
  const data = node.data;
  let start = caret.startOffset;
  let end = caret.startOffset;
  while (start > 0 && WORD_CHAR.test(data[start - 1])) start--;
  while (end < data.length && WORD_CHAR.test(data[end])) end++;
  while (start < end && /[-'’]/u.test(data[start])) start++;
  while (end > start && /[-'’]/u.test(data[end - 1])) end--;
  if (start === end) return null;
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const rect = range.getBoundingClientRect();
  const origin = container.getBoundingClientRect();
  return {
    word: data.slice(start, end),
    box: { top: rect.top - origin.top, bottom: rect.bottom - origin.top, left: rect.left - origin.left, right: rect.right - origin.left },
  };
}
