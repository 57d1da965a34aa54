/**
 * Painting text ranges without touching the DOM: the CSS Custom Highlight API (CSS.highlights),
 * styled in styles.css with ::highlight(name). Used for the find-in-article matches and for the
 * passage a search result opens at; the annotation marks (paint-highlights.ts) and the canonical
 * text stay exactly as they are. Where the API is missing, nothing is painted and the scroll still works.
 */
import { buildTextMap, spanToRange, type TextSpan } from './text-map.js';

export const FIND_HIGHLIGHT = 'tandai-find';
export const FIND_CURRENT_HIGHLIGHT = 'tandai-find-current';
export const PASSAGE_HIGHLIGHT = 'tandai-passage';
const PASSAGE_FLASH_MS = 1600;

function registry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined' ? CSS.highlights : null;
}

export function setTextHighlight(name: string, ranges: readonly Range[]): void {
  const highlights = registry();
  if (!highlights) return;
  if (ranges.length === 0) highlights.delete(name);
  else highlights.set(name, new Highlight(...ranges));
}

export function clearTextHighlight(name: string): void {
  registry()?.delete(name);
}

/** DOM ranges for spans of the body's text (one text map for all of them). */
export function spansToRanges(body: HTMLElement, spans: readonly TextSpan[]): Range[] {
  if (spans.length === 0) return [];
  const map = buildTextMap(body);
  return spans.flatMap((span) => spanToRange(map, span) ?? []);
}

/** Scrolls a range to the middle of the window (instantly when the user asked for less motion). */
export function scrollRangeIntoView(range: Range): void {
  const rect = range.getBoundingClientRect();
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollBy({ top: rect.top - window.innerHeight / 2 + rect.height / 2, behavior: reduced ? 'instant' : 'smooth' });
}

let passageTimer: number | undefined;

/** "Open at this passage": scrolls to it and lights it up for a moment. */
export function flashPassage(body: HTMLElement, span: TextSpan): boolean {
  const [range] = spansToRanges(body, [span]);
  if (!range) return false;
  // The block may be skipped by content-visibility: bring it into view first, then measure.
  (range.startContainer.parentElement ?? body).scrollIntoView({ block: 'center', behavior: 'instant' });
  scrollRangeIntoView(range);
  setTextHighlight(PASSAGE_HIGHLIGHT, [range]);
  window.clearTimeout(passageTimer);
  passageTimer = window.setTimeout(() => clearTextHighlight(PASSAGE_HIGHLIGHT), PASSAGE_FLASH_MS);
  return true;
}
