/**
 * One annotation in the sidebar: its quote (a button that shows the passage in the text), its note
 * rendered from markdown, its tags, and Edit / Delete — or, for an orphan, "Attach to new text".
 * Memoised: a long article has hundreds of cards and most do not change on a given update.
 */
import { memo, useId } from 'react';
import type { Annotation } from '../../shared/model.js';
import type { EditableFields } from '../highlights/annotation-change.js';
import { COLOR_LABELS } from '../highlights/highlight-colors.js';
import { noteHtml } from '../highlights/render-note.js';
import { useI18n } from '../i18n-context.js';
import { onLinkActivate } from '../open-external.js';
import { AnnotationEditor } from './annotation-editor.js';
import { Icon } from './icons.js';

export const cardElementId = (id: string) => `annotation-card-${id}`;

/** A quote short enough for a button label. */
export function shortQuote(exact: string, max = 60): string {
  const flat = exact.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export interface CardActions {
  onShow: (id: string) => void;
  onEdit: (id: string | null) => void;
  onSave: (id: string, fields: Partial<EditableFields>) => void;
  onDelete: (id: string) => void;
  onAttach: (id: string) => void;
  /** Opens the translation editor under the annotation's passage. */
  onTranslate: (id: string) => void;
  /** "Copy quote": the annotation as the quotes digest writes it (shared/export/quotes-digest.ts), on the clipboard. */
  onCopyQuote?: (id: string) => void;
}

interface AnnotationCardProps extends CardActions {
  annotation: Annotation;
  active: boolean;
  editing: boolean;
  knownTags: readonly string[];
  /** Whether the translation note shows on the card (not when translations are hidden). */
  showTranslation: boolean;
}

/** "— Jonathan Siddharth, CEO Turing" under a kept quotation, or "Speaker unknown". */
function SpeakerLine({ annotation }: { annotation: Annotation }) {
  const tr = useI18n();
  const { speaker } = annotation;
  return (
    <p className={speaker ? 'quote-speaker' : 'quote-speaker is-unknown'}>
      <span className="visually-hidden">{tr.t('quotes.kindLabel')}: </span>
      {speaker
        ? speaker.role
          ? tr.t('quotes.speakerRoleLine', { speaker: speaker.name, role: speaker.role })
          : tr.t('quotes.speakerLine', { speaker: speaker.name })
        : tr.t('quotes.speakerUnknown')}
    </p>
  );
}

export const AnnotationCard = memo(function AnnotationCard({
  annotation,
  active,
  editing,
  knownTags,
  showTranslation,
  onShow,
  onEdit,
  onSave,
  onDelete,
  onAttach,
  onTranslate,
  onCopyQuote,
}: AnnotationCardProps) {
  const tr = useI18n();
  const quoteId = useId();
  const quote = annotation.target.selector[0].exact;
  const label = shortQuote(quote);
  const orphan = annotation.status === 'orphan';
  const classes = ['annotation-card', `card-${annotation.color}`, active ? 'is-active' : '', orphan ? 'is-orphan' : ''].filter(Boolean).join(' ');

  return (
    <li className="annotation-item">
      <article id={cardElementId(annotation.id)} className={classes} tabIndex={-1} aria-labelledby={quoteId} data-annotation-id={annotation.id}>
        {orphan ? (
          <blockquote id={quoteId} className="card-quote card-quote-orphan">
            {shortQuote(quote, 240)}
          </blockquote>
        ) : (
          <button type="button" id={quoteId} className="card-quote" title={tr.t('highlights.showInText')} onClick={() => onShow(annotation.id)}>
            <span className={`swatch swatch-${annotation.color}`} aria-hidden="true" title={tr.t(COLOR_LABELS[annotation.color])} />
            <span className="card-quote-text">{shortQuote(quote, 240)}</span>
          </button>
        )}
        {annotation.kind === 'quote' && !editing && <SpeakerLine annotation={annotation} />}
        {editing ? (
          <AnnotationEditor
            annotation={annotation}
            knownTags={knownTags}
            onSave={(fields) => onSave(annotation.id, fields)}
            onCancel={() => onEdit(null)}
          />
        ) : (
          <>
            {annotation.note && (
              <div className="card-note" onClick={onLinkActivate} dangerouslySetInnerHTML={{ __html: noteHtml(annotation.note) }} />
            )}
            {showTranslation && annotation.translation?.text && (
              <figure className="card-translation">
                <figcaption>
                  {tr.t('translation.cardLabel', {
                    from: tr.t(annotation.translation.from === 'id' ? 'translation.lang.id' : 'translation.lang.en'),
                    to: tr.t(annotation.translation.to === 'id' ? 'translation.lang.id' : 'translation.lang.en'),
                  })}
                </figcaption>
                <p lang={annotation.translation.to}>{annotation.translation.text}</p>
              </figure>
            )}
            {annotation.tags.length > 0 && (
              <ul className="card-tags" aria-label={tr.t('highlights.tags')}>
                {annotation.tags.map((tag) => (
                  <li key={tag} className="tag-chip">
                    {tag}
                  </li>
                ))}
              </ul>
            )}
            <div className="card-actions">
              {orphan && (
                <button
                  type="button"
                  className="button button-small"
                  aria-label={tr.t('highlights.attachLabel', { quote: label })}
                  // Keep the text selection (if any): the attach goes to it.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => onAttach(annotation.id)}
                >
                  {tr.t('highlights.attach')}
                </button>
              )}
              {onCopyQuote && (
                <button
                  type="button"
                  className="button button-quiet button-small"
                  aria-label={tr.t('highlights.copyQuoteLabel', { quote: label })}
                  onClick={() => onCopyQuote(annotation.id)}
                >
                  {tr.t('highlights.copyQuote')}
                </button>
              )}
              <button type="button" className="button button-quiet button-small" aria-label={tr.t('highlights.editLabel', { quote: label })} onClick={() => onEdit(annotation.id)}>
                {tr.t('highlights.edit')}
              </button>
              {!orphan && (
                <button
                  type="button"
                  className="button button-quiet button-small"
                  aria-label={tr.t('translation.translateLabel', { quote: label })}
                  onClick={() => onTranslate(annotation.id)}
                >
                  {tr.t('translation.translate')}
                </button>
              )}
              <button
                type="button"
                className="icon-button icon-button-danger"
                aria-label={tr.t('highlights.deleteLabel', { quote: label })}
                title={tr.t('highlights.delete')}
                onClick={() => onDelete(annotation.id)}
              >
                <Icon name="trash" size={16} />
              </button>
            </div>
          </>
        )}
      </article>
    </li>
  );
});
