/**
 * The Quotes panel beside the article: every direct quotation found in the text with its speaker
 * (shared/quotes/detect-quotes.ts, through quotes.detect). Clicking a quotation selects it in the
 * text (so H, N or Q act on it); "Keep quote" keeps it as an annotation of kind quote with its speaker.
 */
import { useId } from 'react';
import type { Annotation } from '../../shared/model.js';
import type { DetectedQuote } from '../../shared/quotes/detect-quotes.js';
import { errorText } from '../error-text.js';
import { useI18n } from '../i18n-context.js';
import type { DetectedQuotesState } from '../quotes/use-detected-quotes.js';
import { shortQuote } from './annotation-card.js';

interface QuotesPanelProps {
  state: DetectedQuotesState;
  annotations: readonly Annotation[];
  onShow: (quote: DetectedQuote) => void;
  onKeep: (quote: DetectedQuote) => void;
}

/** Whether a quotation is already kept: an anchored quote annotation on exactly its words. */
export function isKept(quote: DetectedQuote, annotations: readonly Annotation[]): boolean {
  return annotations.some((a) => a.kind === 'quote' && a.status === 'anchored' && a.target.selector[1].start === quote.start && a.target.selector[1].end === quote.end);
}

export function QuotesPanel({ state, annotations, onShow, onKeep }: QuotesPanelProps) {
  const tr = useI18n();
  const headingId = useId();
  const hintId = useId();

  return (
    <aside className="quotes-panel" aria-labelledby={headingId} aria-describedby={hintId} aria-busy={state.status === 'loading' || undefined}>
      <div className="sidebar-head">
        <h2 id={headingId}>{tr.t('quotes.heading')}</h2>
        {state.status === 'ready' && <span className="sidebar-count">{tr.plural('quotes.count', state.quotes.length)}</span>}
      </div>
      <p id={hintId} className="field-hint">
        {tr.t('quotes.hint')}
      </p>
      {state.status === 'loading' && <p className="sidebar-empty">{tr.t('quotes.loading')}</p>}
      {state.status === 'failed' && (
        <p className="sidebar-empty" role="alert">
          {tr.t('quotes.failed', { message: errorText(state.error, tr) })}
        </p>
      )}
      {state.status === 'ready' && state.quotes.length === 0 && <p className="sidebar-empty">{tr.t('quotes.empty')}</p>}
      {state.status === 'ready' && state.quotes.length > 0 && (
        <ol className="annotation-list" aria-labelledby={headingId}>
          {state.quotes.map((quote) => (
            <QuoteItem key={`${quote.start}:${quote.end}`} quote={quote} kept={isKept(quote, annotations)} onShow={onShow} onKeep={onKeep} />
          ))}
        </ol>
      )}
    </aside>
  );
}

function QuoteItem({ quote, kept, onShow, onKeep }: { quote: DetectedQuote; kept: boolean; onShow: (q: DetectedQuote) => void; onKeep: (q: DetectedQuote) => void }) {
  const tr = useI18n();
  const quoteId = useId();
  const label = shortQuote(quote.quote);
  return (
    <li className="annotation-item">
      <article className={`quote-card${kept ? ' is-kept' : ''}`} aria-labelledby={quoteId} data-quote-start={quote.start}>
        <button type="button" id={quoteId} className="card-quote" aria-label={tr.t('quotes.showLabel', { quote: label })} onClick={() => onShow(quote)}>
          <span className="card-quote-text">“{shortQuote(quote.quote, 240)}”</span>
        </button>
        <p className={quote.speaker ? 'quote-speaker' : 'quote-speaker is-unknown'}>
          {quote.speaker
            ? quote.role
              ? tr.t('quotes.speakerRoleLine', { speaker: quote.speaker, role: quote.role })
              : tr.t('quotes.speakerLine', { speaker: quote.speaker })
            : tr.t('quotes.speakerUnknown')}
        </p>
        <div className="card-actions">
          {kept ? (
            <span className="quote-kept" title={tr.t('quotes.keptLabel', { quote: label })}>
              {tr.t('quotes.kept')}
            </span>
          ) : (
            <button type="button" className="button button-small" aria-label={tr.t('quotes.keepLabel', { quote: label })} onClick={() => onKeep(quote)}>
              {tr.t('quotes.keep')}
            </button>
          )}
        </div>
      </article>
    </li>
  );
}
