/**
 * The "Glossary" group of the Ctrl+K search dialog: glossary entries that matched, shown as
 * "juru bicara → spokesperson" with the matched words marked (and the note or sentence, when that is
 * where the words are). Choosing an entry opens the Glossary panel filtered to its term; an entry
 * saved from an article adds a second option that opens that article. Its own module so the dialog
 * only has to put these options after the articles' in its keyboard order.
 */
import type { GlossaryHit } from '../../shared/search/search-contract.js';
import { useI18n } from '../i18n-context.js';
import { MarkedSnippet, SearchOption } from './search-option.js';

export interface GlossaryOption {
  id: string;
  hit: GlossaryHit;
  /** Open the Glossary panel at this entry, or the article it was saved from. */
  action: 'glossary' | 'article';
}

/** The options of the glossary hits, in the dialog's keyboard order. */
export function glossaryOptions(hits: readonly GlossaryHit[] | undefined, idPrefix: string): GlossaryOption[] {
  return (hits ?? []).flatMap((hit) => {
    const entry: GlossaryOption = { id: `${idPrefix}-${hit.entryId}`, hit, action: 'glossary' };
    return hit.articleId ? [entry, { id: `${idPrefix}-${hit.entryId}-article`, hit, action: 'article' as const }] : [entry];
  });
}

interface SearchGlossaryResultsProps {
  options: readonly GlossaryOption[];
  active: GlossaryOption | undefined;
  idPrefix: string;
  onChoose: (option: GlossaryOption) => void;
  onHover: (option: GlossaryOption) => void;
}

export function SearchGlossaryResults({ options, active, idPrefix, onChoose, onHover }: SearchGlossaryResultsProps) {
  const tr = useI18n();
  if (options.length === 0) return null;
  const titleId = `${idPrefix}-title`;
  return (
    <div role="group" aria-labelledby={titleId} className="search-group">
      <div id={titleId} className="search-group-title">
        {tr.t('search.glossary.title')}
      </div>
      {options.map((option) => (
        <SearchOption key={option.id} id={option.id} active={option === active} onHover={() => onHover(option)} onChoose={() => onChoose(option)}>
          {option.action === 'glossary' ? <EntryOption hit={option.hit} /> : <ArticleOption hit={option.hit} />}
        </SearchOption>
      ))}
    </div>
  );
}

function Marked({ hit, part, text }: { hit: GlossaryHit; part: GlossaryHit['matches'][number]['part']; text: string }) {
  const match = hit.matches.find((m) => m.part === part);
  if (!match) return <>{text}</>;
  return <MarkedSnippet snippet={match.snippet} highlights={match.highlights} />;
}

function EntryOption({ hit }: { hit: GlossaryHit }) {
  const tr = useI18n();
  const detail = hit.matches.find((m) => m.part === 'note' || m.part === 'sentence');
  return (
    <>
      <span className="search-field-label">{tr.t('search.glossary.label')}</span>
      <span className="search-snippet">
        <span lang={hit.from}>
          <Marked hit={hit} part="source" text={hit.source} />
        </span>
        {' → '}
        <span lang={hit.to}>
          <Marked hit={hit} part="target" text={hit.target} />
        </span>
        {detail && (
          <span className="search-group-site" lang={detail.part === 'sentence' ? hit.from : undefined}>
            {' · '}
            <Marked hit={hit} part={detail.part} text="" />
          </span>
        )}
      </span>
    </>
  );
}

function ArticleOption({ hit }: { hit: GlossaryHit }) {
  const tr = useI18n();
  return (
    <>
      <span className="search-field-label">{tr.t('search.glossary.articleLabel')}</span>
      <span className="search-snippet">{tr.t('search.glossary.openArticle', { term: hit.source, title: hit.articleTitle ?? '' })}</span>
    </>
  );
}
