/** The reader's undo/redo rules (renderer/highlights/undo-stack.ts), and the change records it holds. */
import { describe, expect, it } from 'vitest';
import { UndoStack } from '../../renderer/highlights/undo-stack.js';
import { changedFields, changeSubject, editableFields } from '../../renderer/highlights/annotation-change.js';
import type { Annotation } from '../../shared/model.js';

describe('undo stack', () => {
  it('undoes newest first and redoes in the order undone', () => {
    const stack = new UndoStack<string>();
    expect(stack.canUndo).toBe(false);
    expect(stack.undo()).toBeUndefined();
    stack.push('create');
    stack.push('edit');
    stack.push('delete');
    expect(stack.undo()).toBe('delete');
    expect(stack.undo()).toBe('edit');
    expect(stack.canRedo).toBe(true);
    expect(stack.redo()).toBe('edit');
    expect(stack.redo()).toBe('delete');
    expect(stack.redo()).toBeUndefined();
    expect(stack.snapshot()).toEqual({ past: ['create', 'edit', 'delete'], future: [] });
  });

  it('forgets what was undone once a new change is made', () => {
    const stack = new UndoStack<string>();
    stack.push('a');
    stack.push('b');
    stack.undo();
    stack.push('c');
    expect(stack.canRedo).toBe(false);
    expect(stack.redo()).toBeUndefined();
    expect(stack.snapshot().past).toEqual(['a', 'c']);
  });

  it('drops a step that failed, wherever it is', () => {
    const stack = new UndoStack<string>();
    stack.push('a');
    stack.push('b');
    const failed = stack.undo()!;
    stack.discard(failed);
    expect(stack.snapshot()).toEqual({ past: ['a'], future: [] });
    stack.discard('a');
    expect(stack.canUndo).toBe(false);
  });

  it('keeps at most `limit` entries, dropping the oldest', () => {
    const stack = new UndoStack<number>(3);
    for (let i = 1; i <= 5; i++) stack.push(i);
    expect(stack.snapshot().past).toEqual([3, 4, 5]);
  });

  it('replaces entries in place (a restore hands back a fresh copy)', () => {
    const stack = new UndoStack<{ id: string; v: number }>();
    const first = { id: 'x', v: 1 };
    stack.push(first);
    stack.push({ id: 'y', v: 1 });
    stack.undo();
    stack.map((e) => (e.id === 'y' ? { ...e, v: 2 } : e));
    expect(stack.snapshot()).toEqual({ past: [first], future: [{ id: 'y', v: 2 }] });
    stack.clear();
    expect(stack.canUndo || stack.canRedo).toBe(false);
  });
});

const annotation: Annotation = {
  id: 'aaaaaaaa-1',
  articleId: 'bbbbbbbb-1',
  kind: 'highlight',
  target: {
    selector: [
      { type: 'TextQuoteSelector', exact: 'quoted', prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 0, end: 6 },
    ],
  },
  status: 'anchored',
  color: 'yellow',
  note: 'a note',
  tags: ['one', 'two'],
  created: '2025-01-01T00:00:00.000Z',
  updated: '2025-01-01T00:00:00.000Z',
};

describe('annotation changes', () => {
  it('sends only the fields that changed', () => {
    const before = editableFields(annotation);
    expect(changedFields(before, { color: 'yellow', note: 'a note', tags: ['one', 'two'] })).toBeNull();
    expect(changedFields(before, { color: 'blue' })).toEqual({ color: 'blue' });
    expect(changedFields(before, { note: 'new', tags: ['two', 'one'] })).toEqual({ note: 'new', tags: ['two', 'one'] });
    expect(changedFields(before, { tags: ['one'] })).toEqual({ tags: ['one'] });
  });

  it('names the annotation each change is about', () => {
    expect(changeSubject({ kind: 'create', annotation })).toBe('aaaaaaaa-1');
    expect(changeSubject({ kind: 'delete', annotation })).toBe('aaaaaaaa-1');
    expect(changeSubject({ kind: 'edit', id: 'cccccccc-1', before: editableFields(annotation), after: editableFields(annotation) })).toBe('cccccccc-1');
    expect(changeSubject({ kind: 'attach', before: annotation, target: { start: 1, end: 2 } })).toBe('aaaaaaaa-1');
  });
});
