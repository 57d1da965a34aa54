/**
 * Builds the W3C selectors for a span of the canonical text, and finds a quote back in a text.
 * Strings in, offsets out: no DOM here (the DOM mapping is the reader's job).
 * Fuzzy re-anchoring after text changes is the highlights issue's work and builds on these.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../model.js';

export const CONTEXT_LENGTH = 32;

export function describeSpan(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds `exact` in `text`. With several occurrences, the one whose surroundings best match
 * `prefix`/`suffix` wins; ties go to the first. Returns undefined when the quote does not occur.
 */
export function findExactQuote(text: string, quote: { exact: string; prefix?: string; suffix?: string }): { start: number; end: number } | undefined {
  let best: { start: number; score: number } | undefined;
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    const before = text.slice(Math.max(0, at - CONTEXT_LENGTH), at);
    const after = text.slice(at + quote.exact.length, at + quote.exact.length + CONTEXT_LENGTH);
    const score = (quote.prefix ? commonSuffixLength(before, quote.prefix) : 0) + (quote.suffix ? commonPrefixLength(after, quote.suffix) : 0);
    if (!best || score > best.score) best = { start: at, score };
  }
  return best && { start: best.start, end: best.start + quote.exact.length };
}
