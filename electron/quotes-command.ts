/**
 * `tandai quotes ID [--json]`: the direct quotations of one article, in text order, with their
 * speakers. --json prints the array of {quote, speaker, role, start, end} the API returns; without
 * it, one quotation per line with its speaker, for reading in a terminal.
 */
import type { DetectedQuote } from '../shared/quotes/detect-quotes.js';

export const QUOTES_USAGE = 'Name the article whose quotations to list, e.g. "tandai quotes ID" (ids are in "tandai list").';

/** One line per quotation: “…” — Speaker, role (characters start–end). */
export function formatQuotes(quotes: readonly DetectedQuote[]): string {
  if (quotes.length === 0) return 'No direct quotations found in this article.\n';
  return quotes
    .map((q) => {
      const who = q.speaker ? `${q.speaker}${q.role ? `, ${q.role}` : ''}` : 'speaker unknown';
      return `“${q.quote.replace(/\s+/g, ' ')}” — ${who}  [${q.start}–${q.end}]\n`;
    })
    .join('');
}
