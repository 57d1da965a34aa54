/**
 * What the reader shows of the personal glossary when underlining is on: the tooltip with a term's
 * translation while the pointer rests on it (for the eyes, like note-tooltip.tsx), and the list of
 * the glossary's terms found in the article, which screen readers and keyboard users get as well.
 */
import type { GlossaryMatch, GlossaryTip } from '../glossary/use-glossary-underline.js';
import { useI18n } from '../i18n-context.js';

export function GlossaryTooltip({ tip }: { tip: GlossaryTip }) {
  const { match, box } = tip;
  return (
    <div role="tooltip" className="note-tooltip glossary-tooltip" style={{ top: box.bottom + 6, left: Math.max(0, box.left) }}>
      <span lang={match.from}>{match.source}</span> → <span lang={match.to}>{match.target}</span>
    </div>
  );
}

export function GlossaryTerms({ matches }: { matches: readonly GlossaryMatch[] }) {
  const tr = useI18n();
  const distinct = [...new Map(matches.map((m) => [m.entryId, m])).values()];
  const counts = new Map<string, number>();
  for (const m of matches) counts.set(m.entryId, (counts.get(m.entryId) ?? 0) + 1);
  return (
    <section className="glossary-terms" aria-label={tr.t('glossary.inArticle')}>
      <h2 className="glossary-terms-title">{tr.plural('glossary.inArticleCount', distinct.length)}</h2>
      {distinct.length > 0 && (
        <ul>
          {distinct.map((m) => (
            <li key={m.entryId}>
              <span lang={m.from}>{m.source}</span> → <span lang={m.to}>{m.target}</span>
              {(counts.get(m.entryId) ?? 0) > 1 && <span className="glossary-terms-count"> ×{counts.get(m.entryId)}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
