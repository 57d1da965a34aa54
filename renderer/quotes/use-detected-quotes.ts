/**
 * The reader's detected quotations: asked of the API (quotes.detect) when the article opens and again
 * whenever its text changes ("Edit text", a newer version), so the list always matches the text shown.
 */
import { useEffect, useState } from 'react';
import type { Speaker } from '../../shared/model.js';
import type { DetectedQuote } from '../../shared/quotes/detect-quotes.js';
import type { ApiClient } from '../api-client.js';

export type DetectedQuotesState = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; quotes: DetectedQuote[] };

export function useDetectedQuotes(client: ApiClient, articleId: string, text: string): DetectedQuotesState {
  const [state, setState] = useState<DetectedQuotesState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    client.call('quotes.detect', { articleId }).then(
      ({ quotes }) => !cancelled && setState({ status: 'ready', quotes }),
      (error: unknown) => !cancelled && setState({ status: 'failed', error }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, articleId, text]);
  return state;
}

/** The detected quotation a selection is on: the one it overlaps most, or null. */
export function quoteAtSpan(quotes: readonly DetectedQuote[], span: { start: number; end: number }): DetectedQuote | null {
  let best: DetectedQuote | null = null;
  let bestOverlap = 0;
  for (const q of quotes) {
    const overlap = Math.min(q.end, span.end) - Math.max(q.start, span.start);
    if (overlap > bestOverlap) {
      best = q;
      bestOverlap = overlap;
    }
  }
  return best;
}

/** The speaker to store with a kept quotation, or undefined when the detector found none. */
export function speakerOf(quote: DetectedQuote): Speaker | undefined {
  return quote.speaker ? { name: quote.speaker, ...(quote.role ? { role: quote.role } : {}) } : undefined;
}
