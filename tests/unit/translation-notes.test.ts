/**
 * Translation notes in the reader, below the UI: which block an interlinear note hangs on (jsdom, no
 * mocks; the article's text never changes), the display cycle, the words of a passage that get
 * glosses, and the translation as an undoable field of an annotation edit.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../shared/model.js';
import { changedFields, editableFields } from '../../renderer/highlights/annotation-change.js';
import { nextDisplay, paintTranslations, TRANSLATION_ATTRIBUTE } from '../../renderer/translation/translation-display.js';
import { firstWord } from '../../renderer/translation/word-at-point.js';
import { passageWords } from '../../renderer/components/translation-editor.js';

const { window } = new JSDOM('<!doctype html><html><body></body></html>');

function annotation(start: number, end: number, text: string | null, status: 'anchored' | 'orphan' = 'anchored'): Annotation {
  return {
    id: `a${start}-${end}`,
    articleId: 'x',
    status,
    kind: 'highlight',
    color: 'yellow',
    note: '',
    tags: [],
    target: { source: 'x', selector: [{ type: 'TextQuoteSelector', exact: 'q' }, { type: 'TextPositionSelector', start, end }] },
    ...(text === null ? {} : { translation: { text, from: 'id', to: 'en' } }),
    created: '2026-01-01T00:00:00.000Z',
    updated: '2026-01-01T00:00:00.000Z',
  } as unknown as Annotation;
}

describe('interlinear translations', () => {
  it('hang on the block holding the end of the passage, several joined in order, and leave the text alone', () => {
    const root = window.document.createElement('article');
    root.innerHTML = '<p>Satu <em>dua</em> tiga.</p>\n<ul><li>Empat lima.</li></ul>\n<p>Enam.</p>';
    const text = root.textContent!;
    const across = annotation(text.indexOf('dua'), text.indexOf('lima') + 4, 'two … five');
    const second = annotation(text.indexOf('Empat'), text.indexOf('Empat') + 5, 'four');
    const orphan = annotation(0, 4, 'lost', 'orphan');
    paintTranslations(root as unknown as HTMLElement, [across, second, orphan, annotation(0, 4, null)]);
    expect(root.querySelector('li')!.getAttribute(TRANSLATION_ATTRIBUTE)).toBe('two … five\nfour');
    expect(root.querySelectorAll(`[${TRANSLATION_ATTRIBUTE}]`).length).toBe(1);
    expect(root.textContent).toBe(text);
    paintTranslations(root as unknown as HTMLElement, []);
    expect(root.querySelectorAll(`[${TRANSLATION_ATTRIBUTE}]`).length).toBe(0);
  });

  it('cycles under the text → margin → hidden', () => {
    expect(nextDisplay('interlinear')).toBe('margin');
    expect(nextDisplay('margin')).toBe('hidden');
    expect(nextDisplay('hidden')).toBe('interlinear');
  });
});

describe('words of a passage', () => {
  it('keeps reduplications whole, drops numbers and repeats', () => {
    expect(passageWords('Buku-buku itu, buku 49% mengakuisisi—AI')).toEqual(['Buku-buku', 'itu', 'buku', 'mengakuisisi', 'AI']);
    expect(firstWord('  “mengakuisisi” 49%')).toBe('mengakuisisi');
    expect(firstWord('—')).toBeNull();
  });
});

describe('the translation as an edit', () => {
  it('is a field of the undoable edit: set, changed, removed, unchanged', () => {
    const before = editableFields(annotation(0, 4, 'one'));
    expect(before.translation).toEqual({ text: 'one', from: 'id', to: 'en' });
    expect(changedFields(before, { translation: { text: 'one', from: 'id', to: 'en' } })).toBeNull();
    expect(changedFields(before, { translation: { text: 'one', from: 'en', to: 'id' } })).toEqual({ translation: { text: 'one', from: 'en', to: 'id' } });
    expect(changedFields(before, { translation: null })).toEqual({ translation: null });
    expect(editableFields(annotation(0, 4, null)).translation).toBeNull();
  });
});
