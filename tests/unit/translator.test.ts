import { describe, expect, it } from 'vitest';
import { createTranslator, detectLocale } from '../../shared/i18n/index.js';

describe('translators', () => {
  it('are made once per locale and shared', () => {
    expect(createTranslator('en')).toBe(createTranslator('en'));
    expect(createTranslator('id')).not.toBe(createTranslator('en'));
  });

  it('format numbers, plurals and dates in their language whether or not they were prepared first', () => {
    const en = createTranslator('en');
    expect(en.plural('library.count', 1)).toBe('1 article');
    expect(en.plural('library.count', 10_000)).toBe('10,000 articles');
    const id = createTranslator('id');
    id.prepare();
    expect(id.plural('library.count', 10_000)).toBe('10.000 artikel');
    // A bare date is a calendar day: it never shifts with the time zone.
    expect(en.formatDate('2025-06-13')).toBe('Jun 13, 2025');
    expect(id.formatDate('2025-06-13')).toBe('13 Jun 2025');
    expect(en.formatDate('not a date')).toBe('not a date');
  });

  it('sort titles with their language’s collator, numbers by value', () => {
    const titles = ['Bab 10', 'bab 2', 'Apel'];
    expect([...titles].sort(createTranslator(detectLocale('id-ID')).collator.compare)).toEqual(['Apel', 'bab 2', 'Bab 10']);
  });
});
