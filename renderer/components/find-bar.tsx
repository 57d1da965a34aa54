/**
 * Ctrl+F in the reader: a find box over the article that highlights every match
 * (shared/library/find-in-text.ts finds them in the canonical text; the CSS Custom Highlight API
 * paints them, so the article's DOM is untouched), says "3 of 12", and moves with Enter / Shift+Enter
 * (or F3 / Shift+F3, or the arrow buttons). Escape closes it and returns to the article.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { findInText, firstMatchFrom } from '../../shared/library/find-in-text.js';
import {
  FIND_CURRENT_HIGHLIGHT,
  FIND_HIGHLIGHT,
  clearTextHighlight,
  scrollRangeIntoView,
  setTextHighlight,
  spansToRanges,
} from '../highlights/text-highlights.js';
import { useI18n } from '../i18n-context.js';
import { matchesShortcut, shortcutSpec } from '../shortcuts.js';
import { Icon } from './icons.js';

interface FindBarProps {
  bodyRef: { current: HTMLElement | null };
  /** The canonical text (the body's textContent). */
  text: string;
  /** Bumped by each Ctrl+F, so a second press focuses the open box again. */
  focusSeq: number;
  /** Changes whenever the body's marks are repainted (its text nodes change): the ranges are rebuilt. */
  paintKey: unknown;
  onClose: () => void;
}

const FIND_DELAY_MS = 120;

export function FindBar({ bodyRef, text, focusSeq, paintKey, onClose }: FindBarProps) {
  const tr = useI18n();
  const inputRef = useRef<HTMLInputElement>(null);
  const countId = useId();
  const [query, setQuery] = useState('');
  const [settled, setSettled] = useState('');
  const [current, setCurrent] = useState(-1);

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focusSeq]);

  // A long article is searched once typing pauses, not on every key.
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(query), FIND_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [query]);

  const matches = useMemo(() => findInText(text, settled), [text, settled]);
  const ranges = useMemo(
    () => (bodyRef.current ? spansToRanges(bodyRef.current, matches) : []),
    // paintKey: the marks were repainted, so the old ranges point into replaced text nodes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [bodyRef, matches, paintKey],
  );

  // New matches: start at the first one from where the reader is looking.
  useEffect(() => {
    if (ranges.length === 0) {
      setCurrent(-1);
      return;
    }
    const top = document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;
    const firstVisible = ranges.findIndex((range) => range.getBoundingClientRect().bottom > top);
    setCurrent(firstVisible < 0 ? firstMatchFrom(matches, 0) : firstVisible);
  }, [ranges, matches]);

  useEffect(() => {
    setTextHighlight(FIND_HIGHLIGHT, ranges);
    return () => clearTextHighlight(FIND_HIGHLIGHT);
  }, [ranges]);

  useEffect(() => {
    const range = ranges[current];
    setTextHighlight(FIND_CURRENT_HIGHLIGHT, range ? [range] : []);
    if (range) {
      // The block may be skipped by content-visibility; bring it in, then centre the match.
      range.startContainer.parentElement?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
      scrollRangeIntoView(range);
    }
    return () => clearTextHighlight(FIND_CURRENT_HIGHLIGHT);
  }, [ranges, current]);

  function step(by: 1 | -1) {
    if (ranges.length === 0) return;
    setCurrent((index) => (index + by + ranges.length) % ranges.length);
  }

  function close() {
    onClose();
    bodyRef.current?.focus({ preventScroll: true });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const native = event.nativeEvent;
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (matchesShortcut(native, shortcutSpec('findPrevious'))) {
      event.preventDefault();
      step(-1);
    } else if (matchesShortcut(native, shortcutSpec('findNext'))) {
      event.preventDefault();
      // Enter before the pause has run the search: search now.
      if (settled !== query) setSettled(query);
      else step(1);
    }
  }

  const count = settled.trim() === '' ? '' : matches.length === 0 ? tr.t('find.none') : tr.t('find.count', { current: current + 1, total: matches.length });
  return (
    <div className="find-bar" role="search" aria-label={tr.t('find.label')}>
      <Icon name="search" size={16} />
      <input
        ref={inputRef}
        type="search"
        className="input"
        aria-label={tr.t('find.label')}
        aria-describedby={countId}
        aria-keyshortcuts="Enter Shift+Enter Escape"
        placeholder={tr.t('find.placeholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <span id={countId} className="find-count" role="status" aria-live="polite">
        {count}
      </span>
      <button type="button" className="icon-button" aria-label={tr.t('find.previous')} title={`${tr.t('find.previous')} (Shift+Enter)`} disabled={matches.length === 0} onClick={() => step(-1)}>
        <Icon name="sortUp" />
      </button>
      <button type="button" className="icon-button" aria-label={tr.t('find.next')} title={`${tr.t('find.next')} (Enter)`} disabled={matches.length === 0} onClick={() => step(1)}>
        <Icon name="sortDown" />
      </button>
      <button type="button" className="icon-button" aria-label={tr.t('find.close')} title={`${tr.t('find.close')} (Esc)`} onClick={close}>
        <Icon name="close" />
      </button>
    </div>
  );
}
