/**
 * Sentences of the canonical text for the keyboard "reading cursor": J/K (or Alt+↓/↑) select the
 * next or previous sentence, Shift extends the selection. Intl.Segmenter knows sentence rules for
 * Indonesian and English; a line break (between paragraphs, list items, headings) always ends one.
 */
import type { TextSpan } from './text-map.js';

/** Sentence spans without their surrounding white space, in text order. */
export function sentenceSpans(text: string, locale: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) spans.push({ start, end });
  };
  // Split at line breaks ourselves, so a heading without a full stop never runs into the next paragraph.
  let lineStart = 0;
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    const line = text.slice(lineStart, i);
    if (/\S/.test(line)) for (const { index, segment } of segmenter.segment(line)) push(lineStart + index, lineStart + index + segment.length);
    lineStart = i + 1;
  }
  return spans;
}

/**
 * Where the reading cursor goes next. Without a current span, forward starts at the first sentence
 * and backward at the last. `extend` grows the current span by one sentence in that direction
 * (backward shrinks it again while it spans more than one).
 */
export function stepSentence(spans: readonly TextSpan[], current: TextSpan | null, direction: 1 | -1, extend = false): TextSpan | null {
  if (spans.length === 0) return null;
  if (!current) return direction === 1 ? spans[0] : spans[spans.length - 1];
  if (direction === 1) {
    const next = spans.find((s) => s.start >= current.end) ?? null;
    if (!next) return extend ? current : spans[spans.length - 1];
    return extend ? { start: current.start, end: next.end } : next;
  }
  if (extend) {
    // Drop the last sentence of a multi-sentence span.
    const inside = spans.filter((s) => s.start >= current.start && s.end <= current.end);
    if (inside.length > 1) return { start: current.start, end: inside[inside.length - 2].end };
    const previous = [...spans].reverse().find((s) => s.end <= current.start);
    return previous ? { start: previous.start, end: current.end } : current;
  }
  const previous = [...spans].reverse().find((s) => s.end <= current.start);
  return previous ?? spans[0];
}
