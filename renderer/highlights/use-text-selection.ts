/**
 * Follows the user's text selection inside the article: its span of the canonical text and where it
 * sits on screen (for the floating toolbar), and sets it from a span (the keyboard reading cursor).
 * Selections that reach outside the article are clipped to it; white space at either end is dropped.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { buildTextMap, rangeToSpan, spanToRange, trimSpan, type TextSpan } from './text-map.js';

export interface SelectionBox {
  /** Relative to the container element given to the hook. */
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface TextSelection {
  span: TextSpan;
  /** The selected passage of the canonical text. */
  text: string;
  box: SelectionBox;
}

function boxOf(range: Range, container: HTMLElement): SelectionBox | null {
  const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 || r.height > 0);
  if (rects.length === 0) return null;
  const origin = container.getBoundingClientRect();
  const first = rects[0];
  const last = rects[rects.length - 1];
  return {
    top: first.top - origin.top,
    bottom: last.bottom - origin.top,
    left: Math.min(...rects.map((r) => r.left)) - origin.left,
    right: Math.max(...rects.map((r) => r.right)) - origin.left,
  };
}

export function useTextSelection(bodyRef: RefObject<HTMLElement | null>, containerRef: RefObject<HTMLElement | null>, text: string) {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const textRef = useRef(text);
  useEffect(() => {
    textRef.current = text;
  }, [text]);

  const read = useCallback((): TextSelection | null => {
    const root = bodyRef.current;
    const container = containerRef.current;
    const dom = document.getSelection();
    if (!root || !container || !dom || dom.rangeCount === 0 || dom.isCollapsed) return null;
    const range = dom.getRangeAt(0);
    if (!range.intersectsNode(root)) return null;
    const span = trimSpan(textRef.current, rangeToSpan(buildTextMap(root), range));
    if (span.end <= span.start) return null;
    const box = boxOf(range, container);
    if (!box) return null;
    return { span, text: textRef.current.slice(span.start, span.end), box };
  }, [bodyRef, containerRef]);

  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setSelection(read()));
    };
    document.addEventListener('selectionchange', update);
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
      window.removeEventListener('resize', update);
    };
  }, [read]);

  /** Removes the selection (Esc, or after an action). `collapseToEnd` keeps the caret after it for the reading cursor. */
  const clear = useCallback((collapseToEnd = false) => {
    const dom = document.getSelection();
    if (dom && dom.rangeCount > 0) {
      if (collapseToEnd) dom.collapseToEnd();
      else dom.removeAllRanges();
    }
    setSelection(null);
  }, []);

  /** Selects a span of the article and scrolls it into view. */
  const select = useCallback(
    (span: TextSpan) => {
      const root = bodyRef.current;
      const dom = document.getSelection();
      if (!root || !dom) return;
      const range = spanToRange(buildTextMap(root), span);
      if (!range) return;
      dom.removeAllRanges();
      dom.addRange(range);
      const rect = range.getBoundingClientRect();
      // Keep clear of the sticky header and reading toolbar at the top.
      const topMargin = 140;
      if (rect.top < topMargin || rect.bottom > window.innerHeight - 80) {
        window.scrollBy({ top: rect.top - Math.max(topMargin, window.innerHeight / 3), behavior: 'instant' });
      }
      setSelection(read());
    },
    [bodyRef, read],
  );

  /**
   * The selection as it is now. Actions use this rather than `selection`, which follows the DOM one
   * animation frame late: a key pressed right after the selection changed must act on the new one.
   */
  const current = useCallback((): TextSelection | null => read(), [read]);

  return { selection, clear, select, current };
}
