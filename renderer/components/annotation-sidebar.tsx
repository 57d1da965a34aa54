/**
 * The article's annotations in text order, beside the text (a complementary landmark), and below
 * them the orphans: annotations whose passage could not be found after the text changed, listed
 * with their quote so they can be re-attached or deleted, never silently lost.
 */
import { useId } from 'react';
import type { Annotation } from '../../shared/model.js';
import { useI18n } from '../i18n-context.js';
import { AnnotationCard, type CardActions } from './annotation-card.js';

interface AnnotationSidebarProps extends CardActions {
  annotations: readonly Annotation[];
  activeId: string | null;
  editingId: string | null;
  knownTags: readonly string[];
  showTranslations: boolean;
  /** The cards are not rendered yet (a long list waits for the article's first frame). */
  pending?: boolean;
}

export function AnnotationSidebar({ annotations, activeId, editingId, knownTags, showTranslations, pending = false, ...actions }: AnnotationSidebarProps) {
  const tr = useI18n();
  const headingId = useId();
  const orphanHeadingId = useId();
  const anchored = annotations.filter((a) => a.status === 'anchored');
  const orphans = annotations.filter((a) => a.status === 'orphan');
  const card = (annotation: Annotation) => (
    <AnnotationCard
      key={annotation.id}
      annotation={annotation}
      active={annotation.id === activeId}
      editing={annotation.id === editingId}
      knownTags={knownTags}
      showTranslation={showTranslations}
      {...actions}
    />
  );

  return (
    <aside className="annotation-sidebar" aria-labelledby={headingId} aria-busy={pending || undefined}>
      <div className="sidebar-head">
        <h2 id={headingId}>{tr.t('highlights.sidebar')}</h2>
        {!pending && <span className="sidebar-count">{tr.plural('highlights.count', anchored.length)}</span>}
      </div>
      {annotations.length === 0 && !pending && <p className="sidebar-empty">{tr.t('highlights.empty')}</p>}
      {anchored.length > 0 && (
        <ol className="annotation-list" aria-labelledby={headingId}>
          {anchored.map(card)}
        </ol>
      )}
      {orphans.length > 0 && (
        <section className="orphan-section" aria-labelledby={orphanHeadingId}>
          <h3 id={orphanHeadingId}>
            {tr.t('highlights.orphaned')} <span className="sidebar-count">({tr.formatNumber(orphans.length)})</span>
          </h3>
          <p className="field-hint">{tr.t('highlights.orphanedHint')}</p>
          <ol className="annotation-list" aria-labelledby={orphanHeadingId}>
            {orphans.map(card)}
          </ol>
        </section>
      )}
    </aside>
  );
}
