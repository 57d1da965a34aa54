/**
 * Ctrl+K: search the whole library (search.query) — titles, text, highlights, notes, translations.
 * Results are grouped by article, each match a snippet with its words highlighted (React elements
 * built from the match ranges; nothing from the index is ever parsed as HTML). An ARIA combobox:
 * typing stays in the field while ↑/↓ move through the results and Enter opens the chosen one at
 * its passage. While the index is still being built, a progress bar says how far it got.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Result } from '../../shared/api.js';
import type { PlainMessageKey } from '../../shared/i18n/index.js';
import type { ApiClient } from '../api-client.js';
import { errorText } from '../error-text.js';
import { useI18n } from '../i18n-context.js';
import type { Passage } from '../views/reader-view.js';
import { Icon } from './icons.js';
import { SearchIndexProgress, useSearchStatus } from './search-index-progress.js';
import { MarkedSnippet, SearchOption } from './search-option.js';
import { SearchSpeakerFacet } from './search-speaker-facet.js';
import { SearchGlossaryResults, glossaryOptions, type GlossaryOption } from './search-glossary-results.js';
import { useModalDialog } from '../use-modal-dialog.js';

type SearchAnswer = Result<'search.query'>;
type SearchResult = SearchAnswer['results'][number];
type SearchMatch = SearchResult['matches'][number];
type State = { status: 'idle' } | { status: 'searching'; query: string } | { status: 'done'; query: string; answer: SearchAnswer } | { status: 'failed'; error: unknown };

const FIELD_LABELS: Record<SearchMatch['field'], PlainMessageKey> = {
  title: 'search.field.title',
  body: 'search.field.body',
  quote: 'search.field.quote',
  note: 'search.field.note',
  translation: 'search.field.translation',
  speaker: 'search.field.speaker',
};
const SEARCH_DELAY_MS = 150;
const RESULT_LIMIT = 30;
const MATCHES_PER_ARTICLE = 3;

interface SearchDialogProps {
  open: boolean;
  client: ApiClient;
  onClose: () => void;
  onChoose: (articleId: string, passage: Passage) => void;
  /** A glossary hit was chosen: show the Glossary panel filtered to this term. */
  onShowGlossaryTerm?: (term: string) => void;
}

interface Option {
  id: string;
  result: SearchResult;
  match: SearchMatch;
}

export function SearchDialog({ open, client, onClose, onChoose, onShowGlossaryTerm }: SearchDialogProps) {
  const tr = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const listId = useId();
  const hintId = useId();
  const [query, setQuery] = useState('');
  const [state, setState] = useState<State>({ status: 'idle' });
  const [active, setActive] = useState(0);
  /** The speaker facet: only articles quoting this speaker. */
  const [speaker, setSpeaker] = useState<string | null>(null);
  const status = useSearchStatus(client, open);

  useModalDialog(dialogRef, open, () => inputRef.current?.select());

  // Search once typing pauses; an older answer never replaces a newer one.
  const trimmed = query.trim();
  const indexBuilding = status?.building === true;
  useEffect(() => {
    if (!open) return undefined;
    if (!trimmed) {
      setState({ status: 'idle' });
      return undefined;
    }
    let cancelled = false;
    const timer = window.setTimeout(() => {
      setState((current) => (current.status === 'done' ? current : { status: 'searching', query: trimmed }));
      client.call('search.query', { query: trimmed, limit: RESULT_LIMIT, matchesPerArticle: MATCHES_PER_ARTICLE, ...(speaker ? { speaker } : {}) }).then(
        (answer) => {
          if (cancelled) return;
          setState({ status: 'done', query: trimmed, answer });
          setActive(0);
        },
        (error: unknown) => !cancelled && setState({ status: 'failed', error }),
      );
    }, SEARCH_DELAY_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
    // indexBuilding: when the index finishes, the same query is asked again for the complete answer.
  }, [client, open, trimmed, indexBuilding, speaker]);

  const results = state.status === 'done' ? state.answer.results : [];
  const options = useMemo<Option[]>(
    () =>
      results.flatMap((result) => {
        const matches: SearchMatch[] = result.matches.length > 0 ? result.matches : [{ field: 'title', snippet: result.title, highlights: [] }];
        return matches.map((match, index) => ({ id: `${listId}-${result.articleId}-${index}`, result, match }));
      }),
    [results, listId],
  );
  // Glossary hits come after the articles in the keyboard order (search-glossary-results.tsx).
  const glossary = useMemo(() => glossaryOptions(state.status === 'done' ? state.answer.glossary : [], `${listId}-glossary`), [state, listId]);
  const count = options.length + glossary.length;
  const activeOption = active < options.length ? options[active] : undefined;
  const activeGlossary = active >= options.length ? glossary[Math.min(active, count - 1) - options.length] : undefined;
  const activeId = activeOption?.id ?? activeGlossary?.id;

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  function chooseGlossary(option: GlossaryOption | undefined) {
    if (!option) return;
    onClose();
    if (option.action === 'article' && option.hit.articleId) onChoose(option.hit.articleId, { seq: Date.now() });
    else onShowGlossaryTerm?.(option.hit.source);
  }

  function choose(option: Option | undefined) {
    if (!option) return;
    const { match, result } = option;
    onClose();
    onChoose(result.articleId, { start: match.start, end: match.end, annotationId: match.annotationId, seq: Date.now() });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, PageDown: active + 5, PageUp: active - 5 };
    if (event.key in moves && count > 0) {
      event.preventDefault();
      setActive(Math.max(0, Math.min(count - 1, moves[event.key])));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (activeGlossary) chooseGlossary(activeGlossary);
      else choose(activeOption);
    }
  }

  let summary = '';
  if (state.status === 'done') {
    summary = state.answer.total === 0 ? tr.t('search.noResults', { query: state.query }) : tr.plural('search.results', state.answer.total);
    if (state.answer.total === 0 && glossary.length > 0) summary = tr.plural('search.glossary.found', state.answer.glossary.length);
  } else if (state.status === 'failed') {
    summary = tr.t('search.failed', { message: errorText(state.error, tr) });
  }

  return (
    <dialog ref={dialogRef} className="dialog search-dialog" aria-labelledby={titleId} aria-describedby={hintId} onClose={onClose}>
      <div className="dialog-content">
        <h2 id={titleId} className="visually-hidden">
          {tr.t('search.title')}
        </h2>
        <div className="search-field search-dialog-field">
          <Icon name="search" size={18} />
          <input
            ref={inputRef}
            type="text"
            className="input"
            role="combobox"
            aria-label={tr.t('search.label')}
            aria-expanded={count > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={activeId}
            placeholder={tr.t('search.placeholder')}
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onKeyDown}
          />
        </div>
        <p id={hintId} className="field-hint">
          {tr.t('search.hint')}
        </p>
        <SearchIndexProgress status={status} />
        {state.status === 'done' && !state.answer.complete && <p className="field-hint">{tr.t('search.incomplete')}</p>}
        {state.status === 'done' && <SearchSpeakerFacet speakers={state.answer.speakers} chosen={speaker} onChoose={setSpeaker} />}
        <p className="search-summary" role="status">
          {summary}
        </p>
        <div ref={listRef} id={listId} role="listbox" className="search-results" aria-label={tr.t('search.title')}>
          {results.map((result) => {
            const groupId = `${listId}-${result.articleId}`;
            return (
              <div key={result.articleId} role="group" aria-labelledby={`${groupId}-title`} className="search-group">
                <div id={`${groupId}-title`} className="search-group-title">
                  {result.title}
                  {result.site && <span className="search-group-site"> · {result.site}</span>}
                </div>
                {options
                  .filter((option) => option.result === result)
                  .map((option) => (
                    <SearchOption
                      key={option.id}
                      id={option.id}
                      active={option === activeOption}
                      onHover={() => setActive(options.indexOf(option))}
                      onChoose={() => choose(option)}
                    >
                      <span className="search-field-label">{tr.t(FIELD_LABELS[option.match.field])}</span>
                      <span className="search-snippet" lang={result.lang === 'other' ? undefined : result.lang}>
                        <MarkedSnippet snippet={option.match.snippet} highlights={option.match.highlights} />
                      </span>
                    </SearchOption>
                  ))}
              </div>
            );
          })}
          <SearchGlossaryResults
            options={glossary}
            active={activeGlossary}
            idPrefix={`${listId}-glossary`}
            onChoose={chooseGlossary}
            onHover={(option) => setActive(options.length + glossary.indexOf(option))}
          />
        </div>
      </div>
    </dialog>
  );
}
