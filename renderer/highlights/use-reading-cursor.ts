/**
 * The keyboard "reading cursor": with the article focused, J/K (or Alt+↓/↑) select the next or
 * previous sentence and Shift extends the selection, so a user without a mouse can reach any passage
 * and highlight it with H. The cursor starts at the first sentence on screen, and continues after a
 * highlight just made or a passage just shown from the sidebar.
 */
import { useCallback, useRef, type KeyboardEvent, type RefObject } from 'react';
import { matchesShortcut, shortcutSpec } from '../shortcuts.js';
import { sentenceSpans, stepSentence } from './sentence-spans.js';
import { buildTextMap, pointToOffset, type TextSpan } from './text-map.js';
import type { TextSelection } from './use-text-selection.js';

/** The text offset at the top of the window, below the sticky header and reading toolbar. */
function offsetAtViewportTop(root: HTMLElement): number {
  const rect = root.getBoundingClientRect();
  const covered = document.querySelector('.reader-toolbar')?.getBoundingClientRect().bottom ?? 0;
  const doc = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  const position = doc.caretPositionFromPoint?.(rect.left + 4, Math.max(rect.top + 4, covered + 8));
  if (!position || !root.contains(position.offsetNode)) return 0;
  return pointToOffset(buildTextMap(root), position.offsetNode, position.offset);
}

interface ReadingCursorOptions {
  bodyRef: RefObject<HTMLElement | null>;
  text: string;
  /** BCP 47 language of the text, for the sentence rules. */
  locale: string;
  currentSelection: () => TextSelection | null;
  select: (span: TextSpan) => void;
  /** Called with each newly selected passage (for the screen reader). */
  onSelected: (passage: string) => void;
}

export function useReadingCursor({ bodyRef, text, locale, currentSelection, select, onSelected }: ReadingCursorOptions) {
  /** Where the cursor is when nothing is selected (after a highlight, or a passage shown from its card). */
  const cursor = useRef<TextSpan | null>(null);
  // Sentences are found on the first J/K, not on every render: segmenting a long article takes a while.
  const cache = useRef<{ text: string; locale: string; spans: TextSpan[] } | null>(null);

  const move = useCallback(
    (direction: 1 | -1, extend: boolean) => {
      const root = bodyRef.current;
      if (!root) return;
      if (cache.current?.text !== text || cache.current.locale !== locale) cache.current = { text, locale, spans: sentenceSpans(text, locale) };
      const spans = cache.current.spans;
      let next: TextSpan | null;
      const current = currentSelection()?.span ?? cursor.current;
      if (current) {
        next = stepSentence(spans, current, direction, extend);
      } else {
        // Nothing chosen yet: start with the first sentence on screen.
        const top = offsetAtViewportTop(root);
        next = spans.find((s) => s.end > top) ?? spans[0] ?? null;
      }
      if (!next) return;
      cursor.current = next;
      select(next);
      onSelected(text.slice(next.start, next.end));
    },
    [bodyRef, text, locale, currentSelection, select, onSelected],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const native = event.nativeEvent;
      if (matchesShortcut(native, shortcutSpec('nextSentence'))) move(1, false);
      else if (matchesShortcut(native, shortcutSpec('previousSentence'))) move(-1, false);
      else if (matchesShortcut(native, shortcutSpec('extendSentence'))) move(event.key === 'ArrowUp' || event.key.toLowerCase() === 'k' ? -1 : 1, true);
      else return;
      event.preventDefault();
    },
    [move],
  );

  return { cursor, onKeyDown };
}
