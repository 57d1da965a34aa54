/**
 * Editing one annotation in its sidebar card: the note (markdown), its tags and its colour.
 * Save sends only what changed (one undoable step); Ctrl+Enter saves, Escape cancels.
 */
import { useId, useRef, useState } from 'react';
import type { Annotation, HighlightColor } from '../../shared/model.js';
import { COLOR_LABELS, HIGHLIGHT_COLORS } from '../highlights/highlight-colors.js';
import type { EditableFields } from '../highlights/annotation-change.js';
import { useI18n } from '../i18n-context.js';
import { editorKeys } from '../editor-keys.js';
import { TagCombobox } from './tag-combobox.js';

interface AnnotationEditorProps {
  annotation: Annotation;
  knownTags: readonly string[];
  onSave: (fields: Partial<EditableFields>) => void;
  onCancel: () => void;
}

export function AnnotationEditor({ annotation, knownTags, onSave, onCancel }: AnnotationEditorProps) {
  const tr = useI18n();
  const noteId = useId();
  const hintId = useId();
  const [note, setNote] = useState(annotation.note);
  const [tags, setTags] = useState(annotation.tags);
  const [color, setColor] = useState<HighlightColor>(annotation.color);
  const isQuote = annotation.kind === 'quote';
  const [speakerName, setSpeakerName] = useState(annotation.speaker?.name ?? '');
  const [speakerRole, setSpeakerRole] = useState(annotation.speaker?.role ?? '');
  const speakerId = useId();
  const roleId = useId();
  const speakerHintId = useId();
  const formRef = useRef<HTMLFormElement>(null);

  const onKeyDown = editorKeys({ cancel: onCancel, save: () => formRef.current?.requestSubmit() });

  return (
    <form
      ref={formRef}
      className="annotation-editor"
      aria-label={tr.t('highlights.editorLabel')}
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        // A tag still in the field counts (blur adds it, but Ctrl+Enter never blurs).
        const pending = formRef.current?.querySelector<HTMLInputElement>('input[role="combobox"]')?.value.trim();
        const allTags = pending && !tags.includes(pending) ? [...tags, pending] : tags;
        const name = speakerName.trim();
        const role = speakerRole.trim();
        const speaker = name ? { name, ...(role ? { role } : {}) } : null;
        onSave({ note, tags: allTags, color, ...(isQuote ? { speaker } : {}) });
      }}
    >
      {isQuote && (
        <div className="speaker-fields">
          <label htmlFor={speakerId} className="field-label">
            {tr.t('quotes.speaker')}
          </label>
          <input id={speakerId} className="input" value={speakerName} maxLength={300} autoFocus aria-describedby={speakerHintId} onChange={(event) => setSpeakerName(event.target.value)} />
          <label htmlFor={roleId} className="field-label">
            {tr.t('quotes.role')}
          </label>
          <input id={roleId} className="input" value={speakerRole} maxLength={300} onChange={(event) => setSpeakerRole(event.target.value)} />
          <p id={speakerHintId} className="field-hint">
            {tr.t('quotes.speakerHint')}
          </p>
        </div>
      )}
      <label htmlFor={noteId} className="field-label">
        {tr.t('highlights.note')}
      </label>
      <textarea
        id={noteId}
        className="input note-input"
        rows={4}
        value={note}
        autoFocus={!isQuote}
        aria-describedby={hintId}
        onChange={(event) => setNote(event.target.value)}
      />
      <p id={hintId} className="field-hint">
        {tr.t('highlights.noteHint')}
      </p>
      <TagCombobox tags={tags} onChange={setTags} known={knownTags} />
      <fieldset className="color-field">
        <legend className="field-label">{tr.t('highlights.colour')}</legend>
        {HIGHLIGHT_COLORS.map((name) => (
          <label key={name} className="color-option">
            <input type="radio" name={`${noteId}-color`} value={name} checked={color === name} onChange={() => setColor(name)} />
            <span className={`swatch swatch-${name}`} aria-hidden="true" />
            {tr.t(COLOR_LABELS[name])}
          </label>
        ))}
      </fieldset>
      <div className="editor-actions">
        <button type="submit" className="button button-primary">
          {tr.t('highlights.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {tr.t('highlights.cancel')}
        </button>
      </div>
    </form>
  );
}
