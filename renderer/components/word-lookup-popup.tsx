/**
 * The dictionary popup for one word (double-click, Alt+click, or select and press D): the entries in
 * the article's direction (id→en for Indonesian, en→id for English), with the root the lookup used
 * ("mengakuisisi → akuisisi"). A non-modal dialog that takes focus, closes on Escape or its button,
 * and gives focus back to the article.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Result } from '../../shared/api.js';
import type { ApiClient } from '../api-client.js';
import { errorText } from '../error-text.js';
import type { SelectionBox } from '../highlights/use-text-selection.js';
import { useI18n } from '../i18n-context.js';

export type LookupLang = 'id' | 'en';

interface WordLookupPopupProps {
  client: ApiClient;
  word: string;
  from: LookupLang;
  box: SelectionBox;
  onClose: () => void;
}

type State = { status: 'loading' } | { status: 'done'; result: Result<'dictionary.lookup'> } | { status: 'failed'; message: string };

export function WordLookupPopup({ client, word, from, box, onClose }: WordLookupPopupProps) {
  const tr = useI18n();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    client.call('dictionary.lookup', { word, from }).then(
      (result) => !cancelled && setState({ status: 'done', result }),
      (error: unknown) => !cancelled && setState({ status: 'failed', message: errorText(error, tr) }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, word, from, tr]);

  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, [word]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  }

  const result = state.status === 'done' ? state.result : null;
  const root = result?.root && result.root !== result.query.toLowerCase() ? result.root : null;
  return (
    <div
      ref={ref}
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      className="word-lookup"
      data-testid="word-lookup"
      style={{ top: box.bottom + 6, left: Math.max(0, box.left) }}
      onKeyDown={onKeyDown}
    >
      <div className="word-lookup-head">
        <h2 id={titleId} className="word-lookup-title" lang={from}>
          {tr.t('translation.lookupTitle', { word })}
        </h2>
        <button type="button" className="button button-quiet button-small" onClick={onClose}>
          {tr.t('translation.close')}
        </button>
      </div>
      <div aria-live="polite">
        {state.status === 'loading' && <p className="word-lookup-status">{tr.t('translation.lookupLoading')}</p>}
        {state.status === 'failed' && <p className="word-lookup-status">{tr.t('translation.lookupFailed', { message: state.message })}</p>}
        {result && result.entries.length === 0 && <p className="word-lookup-status">{tr.t('translation.lookupNone', { word })}</p>}
        {result && result.entries.length > 0 && (
          <>
            {root && (
              <p className="word-lookup-root" lang={result.from}>
                {tr.t('translation.rootUsed', { word: result.query, root })}
              </p>
            )}
            <ul className="word-lookup-entries">
              {result.entries.map((entry, i) => (
                <li key={`${entry.dictionary}:${entry.headword}:${i}`}>
                  <span className="word-lookup-headword" lang={result.from}>
                    {entry.headword}
                  </span>
                  {': '}
                  <span lang={result.to}>{entry.glosses.join('; ')}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
