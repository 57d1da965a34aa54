/**
 * Writing a translation note for a passage: the original, a text area, a from/to switch (the
 * passage's own language by default, else the article's) and, to help, suggestions from every
 * SuggestionProvider (shared/translation/suggestion-provider.ts): terms already in the personal
 * glossary (click to insert) and the dictionary glosses of each word. "Save term pair" puts a term of
 * the original and its translation in the glossary, with the sentence it came from. Used under the
 * passage for a new selection and inside an annotation card for an existing annotation.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import { collectSuggestions, dictionaryProvider, glossaryProvider, type ProviderSuggestions } from '../../shared/translation/suggestion-provider.js';
import { passageWords } from '../../shared/translation/passage-words.js';
import type { ApiClient } from '../api-client.js';
import { errorText } from '../error-text.js';
import type { TranslationNote } from '../highlights/annotation-change.js';
import { useI18n } from '../i18n-context.js';
import { editorKeys } from '../editor-keys.js';
import { notifyGlossaryChanged } from '../glossary-events.js';
import type { LookupLang } from './word-lookup-popup.js';

export { passageWords };

interface TranslationEditorProps {
  client: ApiClient;
  original: string;
  initial: TranslationNote | null;
  defaultFrom: LookupLang;
  onSave: (translation: TranslationNote | null) => void;
  onCancel: () => void;
  /** The article the passage is in, and the sentence(s) around it: kept with a saved term pair. */
  articleId?: string;
  sentence?: string;
  /** Where the editor says what happened (a polite live region). */
  onAnnounce?: (text: string) => void;
  className?: string;
  style?: CSSProperties;
}

export function TranslationEditor({
  client,
  original,
  initial,
  defaultFrom,
  onSave,
  onCancel,
  articleId,
  sentence,
  onAnnounce,
  className,
  style,
}: TranslationEditorProps) {
  const tr = useI18n();
  const titleId = useId();
  const textId = useId();
  const glossId = useId();
  const termId = useId();
  const pairTargetId = useId();
  const pairListId = useId();
  const [from, setFrom] = useState<LookupLang>(initial?.from ?? defaultFrom);
  const to: LookupLang = from === 'id' ? 'en' : 'id';
  const [text, setText] = useState(initial?.text ?? '');
  const [results, setResults] = useState<ProviderSuggestions[] | null>(null);
  const [version, setVersion] = useState(0);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const originalRef = useRef<HTMLQuoteElement>(null);
  const call = useMemo(() => client.call.bind(client) as Parameters<typeof glossaryProvider>[0], [client]);
  const providers = useMemo(() => [glossaryProvider(call), dictionaryProvider(call)], [call]);

  // "Save term pair": a term of the original and its translation.
  const [pairOpen, setPairOpen] = useState(false);
  const [term, setTerm] = useState('');
  const [pairTarget, setPairTarget] = useState('');
  const [pairStatus, setPairStatus] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [termGlosses, setTermGlosses] = useState<string[]>([]);

  useEffect(() => {
    textRef.current?.focus();
  }, []);

  useEffect(() => {
    let cancelled = false;
    setResults(null);
    collectSuggestions(providers, { passage: original, from, to }).then((list) => !cancelled && setResults(list));
    return () => {
      cancelled = true;
    };
  }, [providers, original, from, to, version]);

  // Translations to pick from for the term: the dictionaries' glosses for it.
  useEffect(() => {
    const word = term.trim();
    if (!word) {
      setTermGlosses([]);
      return undefined;
    }
    let cancelled = false;
    const timer = window.setTimeout(() => {
      client.call('dictionary.lookup', { word, from }).then(
        (r) => !cancelled && setTermGlosses([...new Set(r.entries.flatMap((e) => e.glosses))].slice(0, 12)),
        () => !cancelled && setTermGlosses([]),
      );
    }, 150);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [client, term, from]);

  /** Words selected inside the original become the term. */
  const takeSelection = useCallback(() => {
    const selection = window.getSelection();
    const quote = originalRef.current;
    if (!selection || selection.isCollapsed || !quote || !selection.anchorNode || !quote.contains(selection.anchorNode)) return;
    const picked = selection.toString().replace(/\s+/g, ' ').trim();
    if (!picked) return;
    setPairOpen(true);
    setTerm(picked);
  }, []);

  const insert = useCallback((value: string) => {
    const area = textRef.current;
    setText((current) => {
      const start = area?.selectionStart ?? current.length;
      const end = area?.selectionEnd ?? current.length;
      const before = current.slice(0, start);
      const spacer = before && !/\s$/.test(before) ? ' ' : '';
      const next = `${before}${spacer}${value}${current.slice(end)}`;
      requestAnimationFrame(() => {
        if (!area) return;
        area.focus();
        const at = start + spacer.length + value.length;
        area.setSelectionRange(at, at);
      });
      return next;
    });
  }, []);

  const savePair = async () => {
    const source = term.trim();
    const target = pairTarget.trim();
    if (!source || !target) {
      setPairStatus({ tone: 'error', text: tr.t('glossary.pairIncomplete') });
      return;
    }
    try {
      await client.call('glossary.add', { source, target, from, to, sentence: sentence?.slice(0, 2000), articleId });
      const message = tr.t('glossary.saved', { term: source, translation: target });
      setPairStatus({ tone: 'info', text: message });
      onAnnounce?.(message);
      setTerm('');
      setPairTarget('');
      setVersion((n) => n + 1);
      notifyGlossaryChanged();
    } catch (error) {
      setPairStatus({ tone: 'error', text: tr.t('glossary.saveFailed', { message: errorText(error, tr) }) });
    }
  };

  const save = () => onSave(text.trim() ? { text: text.trim(), from, to } : null);
  const onKeyDown = editorKeys({ cancel: onCancel, save });
  const langName = (lang: LookupLang) => tr.t(lang === 'id' ? 'translation.lang.id' : 'translation.lang.en');
  const glossary = results?.find((r) => r.provider.id === 'glossary');
  const dictionary = results?.find((r) => r.provider.id === 'dictionary');

  return (
    <section className={['translation-editor', className].filter(Boolean).join(' ')} style={style} aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <h2 id={titleId} className="translation-editor-title">
        {tr.t('translation.editorTitle')}
      </h2>
      <figure className="translation-original">
        <figcaption>{tr.t('translation.original')}</figcaption>
        <blockquote ref={originalRef} lang={from} onMouseUp={takeSelection} onKeyUp={takeSelection}>
          {original}
        </blockquote>
      </figure>
      <button type="button" className="button button-quiet button-small" onClick={() => setFrom(to)}>
        {tr.t('translation.direction', { from: langName(from), to: langName(to) })}
      </button>
      <label htmlFor={textId} className="translation-label">
        {tr.t('translation.text')}
      </label>
      <textarea
        id={textId}
        ref={textRef}
        className="translation-text"
        lang={to}
        rows={3}
        value={text}
        aria-describedby={glossId}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="translation-suggestions" role="group" aria-label={tr.t('suggestions.heading')}>
        <h3>{tr.t('suggestions.heading')}</h3>
        {glossary === undefined ? (
          <p>{tr.t('translation.lookupLoading')}</p>
        ) : glossary.suggestions.length === 0 ? (
          <p className="translation-suggestions-none">{tr.t(glossary.error ? 'suggestions.failed' : 'suggestions.none')}</p>
        ) : (
          <ul>
            {glossary.suggestions.map((s) =>
              s.translations.map((translation) => (
                <li key={`${s.entryId ?? s.term}:${translation}`}>
                  <button
                    type="button"
                    className="suggestion-chip"
                    aria-label={tr.t('suggestions.insert', { translation, term: s.term })}
                    onClick={() => insert(translation)}
                  >
                    <span lang={from}>{s.term}</span> → <span lang={to}>{translation}</span>
                  </button>
                  <span className="suggestion-source">{tr.t(glossary.provider.label)}</span>
                </li>
              )),
            )}
          </ul>
        )}
      </div>
      <div id={glossId} className="translation-glosses">
        <h3>
          {tr.t('translation.glosses')} <span className="suggestion-source">{tr.t('suggestions.source.dictionary')}</span>
        </h3>
        {dictionary === undefined ? (
          <p>{tr.t('translation.lookupLoading')}</p>
        ) : (
          <dl>
            {dictionary.suggestions.map((g) => (
              <div key={g.term} className="translation-gloss">
                <dt lang={from}>{g.root && g.root !== g.term.toLowerCase() ? tr.t('translation.rootUsed', { word: g.term, root: g.root }) : g.term}</dt>
                <dd lang={to}>{g.translations.length > 0 ? g.translations.join('; ') : tr.t('translation.noGloss')}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
      <div className="translation-pair">
        <button type="button" className="button button-quiet button-small" aria-expanded={pairOpen} onClick={() => setPairOpen((open) => !open)}>
          {tr.t('glossary.savePair')}
        </button>
        {pairOpen && (
          <div className="translation-pair-form" role="group" aria-label={tr.t('glossary.savePair')}>
            <p className="field-hint">{tr.t('glossary.pairHint')}</p>
            <label htmlFor={termId} className="translation-label">
              {tr.t('glossary.term', { lang: langName(from) })}
            </label>
            <input id={termId} className="input" lang={from} value={term} onChange={(event) => setTerm(event.target.value)} />
            <label htmlFor={pairTargetId} className="translation-label">
              {tr.t('glossary.translation', { lang: langName(to) })}
            </label>
            <input
              id={pairTargetId}
              className="input"
              lang={to}
              list={pairListId}
              value={pairTarget}
              onChange={(event) => setPairTarget(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  void savePair();
                }
              }}
            />
            <datalist id={pairListId}>
              {termGlosses.map((g) => (
                <option key={g} value={g} />
              ))}
            </datalist>
            <button type="button" className="button button-small" onClick={() => void savePair()}>
              {tr.t('glossary.saveToGlossary')}
            </button>
          </div>
        )}
        {pairStatus && (
          <p className={`translation-pair-status is-${pairStatus.tone}`} role={pairStatus.tone === 'error' ? 'alert' : 'status'}>
            {pairStatus.text}
          </p>
        )}
      </div>
      <div className="translation-actions">
        <button type="button" className="button button-small button-primary" onClick={save}>
          {tr.t('translation.save')}
        </button>
        {initial && (
          <button type="button" className="button button-quiet button-small" onClick={() => onSave(null)}>
            {tr.t('translation.remove')}
          </button>
        )}
        <button type="button" className="button button-quiet button-small" onClick={onCancel}>
          {tr.t('translation.cancel')}
        </button>
      </div>
    </section>
  );
}
