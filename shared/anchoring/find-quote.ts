/**
 * Finds a quote the user typed (CLI `annotate --quote`, or a quote target in the API) in the
 * canonical text. White space and typographic quotes are matched loosely, so a quote given with
 * single spaces still matches where the text breaks across paragraphs.
 */
import { normalizeForMatching, normalizeString, spanToOriginal } from './normalize-text.js';
import { similarity } from './edit-distance.js';

export interface QuoteQuery {
  exact: string;
  prefix?: string;
  suffix?: string;
  /** 1-based. */
  occurrence?: number;
}

export type QuoteSearch =
  | { kind: 'found'; start: number; end: number }
  | { kind: 'not-found' }
  | { kind: 'ambiguous'; count: number }
  | { kind: 'no-such-occurrence'; count: number };

export function findQuote(text: string, query: QuoteQuery): QuoteSearch {
  const normalized = normalizeForMatching(text);
  const needle = normalizeString(query.exact).trim();
  if (!needle) return { kind: 'not-found' };
  const hits: number[] = [];
  for (let at = normalized.text.indexOf(needle); at !== -1; at = normalized.text.indexOf(needle, at + 1)) hits.push(at);
  const span = (at: number) => ({ kind: 'found' as const, ...spanToOriginal(normalized, at, at + needle.length) });
  if (hits.length === 0) return { kind: 'not-found' };
  if (query.occurrence !== undefined) {
    return query.occurrence <= hits.length ? span(hits[query.occurrence - 1]) : { kind: 'no-such-occurrence', count: hits.length };
  }
  if (hits.length === 1) return span(hits[0]);
  if (query.prefix || query.suffix) {
    const prefix = normalizeString(query.prefix ?? '');
    const suffix = normalizeString(query.suffix ?? '');
    const scored = hits
      .map((at) => {
        const before = normalized.text.slice(Math.max(0, at - prefix.length), at);
        const after = normalized.text.slice(at + needle.length, at + needle.length + suffix.length);
        return { at, score: (prefix ? similarity(before, prefix) : 0) + (suffix ? similarity(after, suffix) : 0) };
      })
      .sort((a, b) => b.score - a.score);
    if (scored[0].score > scored[1].score) return span(scored[0].at);
  }
  return { kind: 'ambiguous', count: hits.length };
}
