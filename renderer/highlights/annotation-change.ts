/**
 * The changes a user can undo in the reader, as data: what was created, edited, re-attached or
 * deleted, with enough of the before and after to go either way through the API. The undo stack
 * holds these; use-annotations.ts turns a change and a direction into API calls.
 */
import type { Annotation, HighlightColor, Speaker } from '../../shared/model.js';

/** A translation note as stored on the annotation; null when it has none. */
export type TranslationNote = NonNullable<Annotation['translation']>;
import type { TextSpan } from './text-map.js';

export interface EditableFields {
  color: HighlightColor;
  note: string;
  tags: string[];
  translation: TranslationNote | null;
  /** Who said a quotation; null when unknown. */
  speaker: Speaker | null;
}

export type AnnotationChange =
  | { kind: 'create'; annotation: Annotation }
  | { kind: 'edit'; id: string; before: EditableFields; after: EditableFields }
  | { kind: 'attach'; before: Annotation; target: TextSpan }
  | { kind: 'delete'; annotation: Annotation };

export function editableFields(annotation: Annotation): EditableFields {
  return {
    color: annotation.color,
    note: annotation.note,
    tags: [...annotation.tags],
    translation: annotation.translation ?? null,
    speaker: annotation.speaker ? { ...annotation.speaker } : null,
  };
}

/** Only the fields that differ, for annotations.update; null when nothing changed. */
export function changedFields(before: EditableFields, after: Partial<EditableFields>): Partial<EditableFields> | null {
  const changed: Partial<EditableFields> = {};
  if (after.color !== undefined && after.color !== before.color) changed.color = after.color;
  if (after.note !== undefined && after.note !== before.note) changed.note = after.note;
  if (after.tags !== undefined && (after.tags.length !== before.tags.length || after.tags.some((t, i) => t !== before.tags[i]))) changed.tags = after.tags;
  if (after.translation !== undefined && !sameTranslation(after.translation, before.translation)) changed.translation = after.translation;
  if (after.speaker !== undefined && !sameSpeaker(after.speaker, before.speaker)) changed.speaker = after.speaker;
  return Object.keys(changed).length > 0 ? changed : null;
}

function sameTranslation(a: TranslationNote | null, b: TranslationNote | null): boolean {
  return a === b || (a !== null && b !== null && a.text === b.text && a.from === b.from && a.to === b.to);
}

function sameSpeaker(a: Speaker | null, b: Speaker | null): boolean {
  return a === b || (a !== null && b !== null && a.name === b.name && (a.role ?? '') === (b.role ?? ''));
}

/** The annotation a change is about (for announcements and focus). */
export function changeSubject(change: AnnotationChange): string {
  switch (change.kind) {
    case 'create':
    case 'delete':
      return change.annotation.id;
    case 'edit':
      return change.id;
    case 'attach':
      return change.before.id;
  }
}
