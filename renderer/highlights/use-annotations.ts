/**
 * The reader's annotations: the list from the API, and every change to it — create, edit, re-attach,
 * delete — made through the API, recorded on an undo stack and announced to screen readers.
 * Changes run one after another (a quick Ctrl+Z never overtakes the create it undoes).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Annotation, HighlightColor, Speaker } from '../../shared/model.js';
import type { ApiClient } from '../api-client.js';
import { changedFields, editableFields, type AnnotationChange, type EditableFields, type TranslationNote } from './annotation-change.js';
import type { TextSpan } from './text-map.js';
import { UndoStack } from './undo-stack.js';

/** Text order: anchored by position, then orphans oldest first (the same rule as the API's). */
export function sortAnnotations(annotations: Annotation[]): Annotation[] {
  return [...annotations].sort((a, b) => {
    if (a.status !== b.status) return a.status === 'orphan' ? 1 : -1;
    if (a.status === 'orphan') return a.created.localeCompare(b.created);
    return a.target.selector[1].start - b.target.selector[1].start || a.target.selector[1].end - b.target.selector[1].end;
  });
}

/** What makes an annotation a kept quotation: its kind, and who said it when known. */
export interface QuoteFields {
  kind: 'quote';
  speaker?: Speaker;
}

export type ChangeEvent =
  | { type: 'done'; change: AnnotationChange }
  | { type: 'undone'; change: AnnotationChange }
  | { type: 'redone'; change: AnnotationChange }
  | { type: 'nothing'; direction: 'undo' | 'redo' }
  | { type: 'failed'; error: unknown };

export interface AnnotationsApi {
  annotations: Annotation[];
  create(span: TextSpan, color: HighlightColor, note?: string, translation?: TranslationNote, quote?: QuoteFields): Promise<Annotation | null>;
  edit(id: string, fields: Partial<EditableFields>): Promise<boolean>;
  attach(id: string, span: TextSpan): Promise<boolean>;
  remove(id: string): Promise<boolean>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** After the text changed (edit, newer version): the API's re-anchored list replaces ours. */
  replaceAll(annotations: Annotation[]): void;
}

export function useAnnotations(
  client: ApiClient,
  articleId: string,
  initial: Annotation[],
  onEvent: (event: ChangeEvent) => void,
): AnnotationsApi {
  const [annotations, setAnnotations] = useState(() => sortAnnotations(initial));
  const stack = useRef(new UndoStack<AnnotationChange>());
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const onEventRef = useRef(onEvent);
  useEffect(() => {
    onEventRef.current = onEvent;
  });
  const current = useRef(annotations);
  useEffect(() => {
    current.current = annotations;
  }, [annotations]);

  const put = useCallback((annotation: Annotation) => {
    setAnnotations((list) => {
      const next = sortAnnotations([...list.filter((a) => a.id !== annotation.id), annotation]);
      current.current = next;
      return next;
    });
  }, []);
  const drop = useCallback((id: string) => {
    setAnnotations((list) => {
      const next = list.filter((a) => a.id !== id);
      current.current = next;
      return next;
    });
  }, []);

  /** Runs `task` after every earlier change has finished; reports failures. */
  const enqueue = useCallback(<T,>(task: () => Promise<T>, fallback: T): Promise<T> => {
    const run = queue.current.then(task).catch((error: unknown) => {
      onEventRef.current({ type: 'failed', error });
      return fallback;
    });
    queue.current = run;
    return run;
  }, []);

  /** Applies a change in one direction through the API and updates the list. */
  const apply = useCallback(
    async (change: AnnotationChange, direction: 'forward' | 'backward'): Promise<AnnotationChange> => {
      switch (change.kind) {
        case 'create':
        case 'delete': {
          const present = (change.kind === 'create') === (direction === 'forward');
          if (present) {
            const restored = await client.call('annotations.restore', { articleId, annotation: change.annotation });
            put(restored);
            return { ...change, annotation: restored };
          }
          const { annotation } = await client.call('annotations.delete', { articleId, id: change.annotation.id });
          drop(annotation.id);
          return { ...change, annotation };
        }
        case 'edit': {
          const fields = direction === 'forward' ? change.after : change.before;
          put(await client.call('annotations.update', { articleId, id: change.id, ...fields }));
          return change;
        }
        case 'attach': {
          if (direction === 'forward') {
            put(await client.call('annotations.update', { articleId, id: change.before.id, target: change.target }));
            return change;
          }
          // Back to the orphan it was: the API re-places the old annotation, which leaves it an orphan again.
          await client.call('annotations.delete', { articleId, id: change.before.id });
          drop(change.before.id);
          put(await client.call('annotations.restore', { articleId, annotation: change.before }));
          return change;
        }
      }
    },
    [client, articleId, put, drop],
  );

  const record = useCallback((change: AnnotationChange) => {
    stack.current.push(change);
    onEventRef.current({ type: 'done', change });
  }, []);

  const create = useCallback(
    (span: TextSpan, color: HighlightColor, note = '', translation?: TranslationNote, quote?: QuoteFields) =>
      enqueue(async () => {
        const annotation = await client.call('annotations.create', { articleId, target: span, color, note, ...(translation ? { translation } : {}), ...(quote ?? {}) });
        put(annotation);
        record({ kind: 'create', annotation });
        return annotation;
      }, null),
    [client, articleId, enqueue, put, record],
  );

  const edit = useCallback(
    (id: string, fields: Partial<EditableFields>) =>
      enqueue(async () => {
        const annotation = current.current.find((a) => a.id === id);
        if (!annotation) return false;
        const before = editableFields(annotation);
        const changed = changedFields(before, fields);
        if (!changed) return true;
        const updated = await client.call('annotations.update', { articleId, id, ...changed });
        put(updated);
        record({ kind: 'edit', id, before, after: editableFields(updated) });
        return true;
      }, false),
    [client, articleId, enqueue, put, record],
  );

  const attach = useCallback(
    (id: string, span: TextSpan) =>
      enqueue(async () => {
        const before = current.current.find((a) => a.id === id);
        if (!before) return false;
        put(await client.call('annotations.update', { articleId, id, target: span }));
        record({ kind: 'attach', before, target: span });
        return true;
      }, false),
    [client, articleId, enqueue, put, record],
  );

  const remove = useCallback(
    (id: string) =>
      enqueue(async () => {
        const { annotation } = await client.call('annotations.delete', { articleId, id });
        drop(id);
        record({ kind: 'delete', annotation });
        return true;
      }, false),
    [client, articleId, enqueue, drop, record],
  );

  const step = useCallback(
    (direction: 'undo' | 'redo') =>
      enqueue(async () => {
        const change = direction === 'undo' ? stack.current.undo() : stack.current.redo();
        if (!change) {
          onEventRef.current({ type: 'nothing', direction });
          return;
        }
        try {
          const updated = await apply(change, direction === 'undo' ? 'backward' : 'forward');
          // Keep the freshest copy (a restore may have re-placed it) for the next undo or redo.
          if (updated !== change) stack.current.map((entry) => (entry === change ? updated : entry));
          onEventRef.current({ type: direction === 'undo' ? 'undone' : 'redone', change: updated });
        } catch (error) {
          stack.current.discard(change);
          throw error;
        }
      }, undefined),
    [enqueue, apply],
  );

  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);

  const replaceAll = useCallback((list: Annotation[]) => {
    const next = sortAnnotations(list);
    current.current = next;
    setAnnotations(next);
  }, []);

  return useMemo(
    () => ({ annotations, create, edit, attach, remove, undo, redo, replaceAll }),
    [annotations, create, edit, attach, remove, undo, redo, replaceAll],
  );
}

