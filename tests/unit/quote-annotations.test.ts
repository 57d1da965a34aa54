/** The reader's logic for kept quotations: speaker edits as undoable fields, and which quotation a selection is on. */
import { describe, expect, it } from 'vitest';
import { changedFields, editableFields } from '../../renderer/highlights/annotation-change.js';
import { isKept } from '../../renderer/components/quotes-panel.js';
import { quoteAtSpan, speakerOf } from '../../renderer/quotes/use-detected-quotes.js';
import type { Annotation } from '../../shared/model.js';
import type { DetectedQuote } from '../../shared/quotes/detect-quotes.js';

const text = '“Kami siap,” ujar Budi. Lalu hujan turun. “Besok kami mulai,” kata Ani, Ketua RT.';
const quotes: DetectedQuote[] = [
  { quote: 'Kami siap', speaker: 'Budi', role: null, start: 1, end: 10 },
  { quote: 'Besok kami mulai', speaker: 'Ani', role: 'Ketua RT', start: 43, end: 59 },
];

function annotation(start: number, end: number, extra: Partial<Annotation> = {}): Annotation {
  return {
    id: 'aaaaaaaa-0001',
    articleId: 'bbbbbbbbbbbbbbbb',
    kind: 'quote',
    target: { selector: [{ type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: '', suffix: '' }, { type: 'TextPositionSelector', start, end }] },
    status: 'anchored',
    color: 'yellow',
    note: '',
    tags: [],
    created: '2026-01-01T00:00:00.000Z',
    updated: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

describe('kept quotations in the reader', () => {
  it('treats the speaker as an editable, undoable field', () => {
    const before = editableFields(annotation(1, 10, { speaker: { name: 'Budi' } }));
    expect(before.speaker).toEqual({ name: 'Budi' });
    expect(changedFields(before, { speaker: { name: 'Budi' } })).toBeNull();
    expect(changedFields(before, { speaker: { name: 'Budi', role: 'warga' } })).toEqual({ speaker: { name: 'Budi', role: 'warga' } });
    expect(changedFields(before, { speaker: null })).toEqual({ speaker: null });
    expect(editableFields(annotation(1, 10)).speaker).toBeNull();
  });

  it('finds the quotation a selection is on, preferring the larger overlap', () => {
    expect(quoteAtSpan(quotes, { start: 3, end: 7 })).toBe(quotes[0]);
    expect(quoteAtSpan(quotes, { start: 8, end: 50 })).toBe(quotes[1]);
    expect(quoteAtSpan(quotes, { start: 24, end: 40 })).toBeNull();
    expect(speakerOf(quotes[1])).toEqual({ name: 'Ani', role: 'Ketua RT' });
    expect(speakerOf(quotes[0])).toEqual({ name: 'Budi' });
    expect(speakerOf({ ...quotes[0], speaker: null })).toBeUndefined();
  });

  it('knows a quotation is kept only by a quote annotation on exactly its words', () => {
    expect(isKept(quotes[0], [annotation(1, 10)])).toBe(true);
    expect(isKept(quotes[0], [annotation(1, 10, { kind: 'highlight' })])).toBe(false);
    expect(isKept(quotes[0], [annotation(1, 9)])).toBe(false);
    expect(isKept(quotes[0], [annotation(1, 10, { status: 'orphan' })])).toBe(false);
  });
});
