/**
 * The speaker facet of Ctrl+K search: the people and organisations quoted (kept quotes with a
 * speaker) in the matching articles, as toggle buttons. Choosing one narrows the results to articles
 * quoting them; choosing it again, or "Anyone", lifts the filter.
 */
import type { Result } from '../../shared/api.js';
import { useI18n } from '../i18n-context.js';

type Speakers = Result<'search.query'>['speakers'];

interface SearchSpeakerFacetProps {
  speakers: Speakers;
  /** The chosen speaker, if any (kept even when the current answer no longer lists it). */
  chosen: string | null;
  onChoose: (speaker: string | null) => void;
}

/** At most this many speakers are offered; the most quoted come first. */
const MAX_SPEAKERS = 8;

export function SearchSpeakerFacet({ speakers, chosen, onChoose }: SearchSpeakerFacetProps) {
  const tr = useI18n();
  const shown = speakers.slice(0, MAX_SPEAKERS);
  if (chosen && !shown.some((s) => s.name === chosen)) shown.unshift({ name: chosen, count: 0 });
  if (shown.length === 0) return null;
  return (
    <div role="group" aria-label={tr.t('search.speakerFacet')} className="search-facet">
      <span className="search-facet-label">{tr.t('search.speakerFacet')}</span>
      <button type="button" className="button button-small" aria-pressed={chosen === null} onClick={() => onChoose(null)}>
        {tr.t('search.anySpeaker')}
      </button>
      {shown.map((speaker) => (
        <button
          key={speaker.name}
          type="button"
          className="button button-small"
          aria-pressed={chosen === speaker.name}
          onClick={() => onChoose(chosen === speaker.name ? null : speaker.name)}
        >
          {speaker.name}
          {speaker.count > 0 && <span className="search-facet-count"> {speaker.count}</span>}
        </button>
      ))}
    </div>
  );
}
