/**
 * Re-anchoring: where does an annotation's passage sit in a (possibly edited) text?
 * Tried in order: (1) the stored position, if the quote is still there; (2) the exact quote,
 * disambiguated by its prefix and suffix; (3) a fuzzy search (approx-string-match) scored on
 * quote, prefix, suffix and distance from the old position. Unlike the hypothesis client, a
 * candidate must clear quality thresholds and beat the runner-up clearly; otherwise the
 * annotation is an orphan — kept and listed, never put on the wrong text.
 */
import search from 'approx-string-match';
import type { TextPositionSelector, TextQuoteSelector } from '../model.js';
import { normalizeForMatching, normalizeString, spanToOriginal, type NormalizedText } from './normalize-text.js';
import { similarity } from './edit-distance.js';

export type AnchorOutcome =
  | { status: 'anchored'; start: number; end: number; method: 'position' | 'exact' | 'fuzzy'; score: number }
  | { status: 'orphan'; reason: 'not-found' | 'ambiguous' | 'low-confidence' };

/** The thresholds, named so tests and the benchmark can refer to them. */
export const ANCHOR_THRESHOLDS = {
  /** Context agreement (0..1, mean of prefix and suffix similarity) that confirms a candidate. */
  context: 0.5,
  /** A unique exact quote at least this long is trusted even when its surroundings changed. */
  uniqueQuoteLength: 16,
  /**
   * Fuzzy: a candidate is accepted when its quote is close and its surroundings agree, or when
   * its quote is less close but its surroundings agree strongly. Below both bars it is an orphan.
   */
  fuzzyQuote: 0.75,
  fuzzyContext: 0.4,
  fuzzyLooseQuote: 0.5,
  fuzzyStrongContext: 0.7,
  /** The search itself tolerates this share of the quote in errors. */
  fuzzyMaxErrors: 0.5,
  /** Fuzzy search is not tried for quotes shorter than this: too easy to match the wrong words. */
  fuzzyMinLength: 8,
  /** The best candidate must beat the runner-up elsewhere by this much. */
  margin: 0.05,
};

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };

interface Context {
  normalized: NormalizedText;
  quote: string;
  prefix: string;
  suffix: string;
  /** The old start, in normalized offsets (approximate). */
  oldStart?: number;
}

function prefixSimilarity(ctx: Context, start: number): number {
  if (!ctx.prefix) return start === 0 ? 1 : 0.5;
  const before = ctx.normalized.text.slice(Math.max(0, start - ctx.prefix.length), start);
  return similarity(before, ctx.prefix);
}

function suffixSimilarity(ctx: Context, end: number): number {
  const text = ctx.normalized.text;
  if (!ctx.suffix) return end >= text.trimEnd().length ? 1 : 0.5;
  return similarity(text.slice(end, end + ctx.suffix.length), ctx.suffix);
}

function contextAgreement(ctx: Context, start: number, end: number): number {
  return (prefixSimilarity(ctx, start) + suffixSimilarity(ctx, end)) / 2;
}

function positionCloseness(ctx: Context, start: number): number {
  if (ctx.oldStart === undefined) return 0.5;
  return 1 - Math.min(1, Math.abs(start - ctx.oldStart) / Math.max(1, ctx.normalized.text.length));
}

function toNormalizedOffset(normalized: NormalizedText, original: number): number {
  // toOriginal is sorted; find the first normalized index at or after the original offset.
  let lo = 0;
  let hi = normalized.toOriginal.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (normalized.toOriginal[mid] < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function anchored(ctx: Context, start: number, end: number, method: 'position' | 'exact' | 'fuzzy', score: number): AnchorOutcome {
  return { status: 'anchored', ...spanToOriginal(ctx.normalized, start, end), method, score };
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

export function anchorAnnotation(text: string, quote: TextQuoteSelector, position?: TextPositionSelector, normalizedText?: NormalizedText): AnchorOutcome {
  const normalized = normalizedText ?? normalizeForMatching(text);
  const q = normalizeString(quote.exact).trim();
  if (!q) return { status: 'orphan', reason: 'not-found' };
  const ctx: Context = {
    normalized,
    quote: q,
    prefix: normalizeString(quote.prefix).slice(-32),
    suffix: normalizeString(quote.suffix).slice(0, 32),
    oldStart: position ? toNormalizedOffset(normalized, position.start) : undefined,
  };
  // Leading white space of the quote collapses into the prefix side; keep prefix comparisons aligned.
  if (/^\s/.test(normalizeString(quote.exact))) ctx.prefix = `${ctx.prefix} `.slice(-32);
  if (/\s$/.test(normalizeString(quote.exact))) ctx.suffix = ` ${ctx.suffix}`.slice(0, 32);

  const exactHits = occurrences(normalized.text, q);

  // 1. The stored position still holds the quote.
  if (ctx.oldStart !== undefined) {
    const at = exactHits.find((hit) => Math.abs(hit - ctx.oldStart!) <= 1);
    if (at !== undefined && (exactHits.length === 1 || contextAgreement(ctx, at, at + q.length) >= ANCHOR_THRESHOLDS.context)) {
      return anchored(ctx, at, at + q.length, 'position', 1);
    }
  }

  // 2. The exact quote elsewhere.
  if (exactHits.length > 0) {
    const ranked = exactHits
      .map((at) => ({ at, context: contextAgreement(ctx, at, at + q.length), closeness: positionCloseness(ctx, at) }))
      .sort((a, b) => b.context - a.context || b.closeness - a.closeness);
    const [best, second] = ranked;
    const trusted =
      best.context >= ANCHOR_THRESHOLDS.context || (exactHits.length === 1 && q.length >= ANCHOR_THRESHOLDS.uniqueQuoteLength);
    const clear = !second || best.context - second.context >= ANCHOR_THRESHOLDS.margin;
    if (trusted && clear) return anchored(ctx, best.at, best.at + q.length, 'exact', best.context);
    if (trusted && !clear) return { status: 'orphan', reason: 'ambiguous' };
  }

  // 3. Fuzzy.
  if (q.length < ANCHOR_THRESHOLDS.fuzzyMinLength) return { status: 'orphan', reason: exactHits.length ? 'low-confidence' : 'not-found' };
  const maxErrors = Math.max(1, Math.min(256, Math.floor(q.length * ANCHOR_THRESHOLDS.fuzzyMaxErrors)));
  const matches = search(normalized.text, q, maxErrors).sort((a, b) => a.errors - b.errors);
  // Keep the best match per region: the search reports many overlapping ends for one place.
  const regions: typeof matches = [];
  for (const m of matches) if (!regions.some((r) => m.start < r.end && r.start < m.end)) regions.push(m);
  const scored = regions
    .map((m) => {
      const quoteSim = 1 - m.errors / q.length;
      const prefix = prefixSimilarity(ctx, m.start);
      const suffix = suffixSimilarity(ctx, m.end);
      const score =
        (WEIGHTS.quote * quoteSim + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix + WEIGHTS.position * positionCloseness(ctx, m.start)) /
        (WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position);
      return { ...m, quoteSim, context: (prefix + suffix) / 2, score };
    })
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best) return { status: 'orphan', reason: 'not-found' };
  const T = ANCHOR_THRESHOLDS;
  const confident =
    (best.quoteSim >= T.fuzzyQuote && best.context >= T.fuzzyContext) || (best.quoteSim >= T.fuzzyLooseQuote && best.context >= T.fuzzyStrongContext);
  if (!confident) return { status: 'orphan', reason: 'low-confidence' };
  if (second && best.score - second.score < ANCHOR_THRESHOLDS.margin) return { status: 'orphan', reason: 'ambiguous' };
  return anchored(ctx, best.start, best.end, 'fuzzy', best.score);
}
