import { describe, expect, it } from 'vitest';
import { findInText, firstMatchFrom, foldForFind } from '../../shared/library/find-in-text.js';

const spans = (text: string, phrase: string) => findInText(text, phrase).map(({ start, end }) => text.slice(start, end));

describe('findInText', () => {
  const cases: { name: string; text: string; phrase: string; expected: string[] }[] = [
    { name: 'every occurrence, any case', text: 'Meta dan meta, META.', phrase: 'meta', expected: ['Meta', 'meta', 'META'] },
    { name: 'accents do not matter either way', text: 'Café and cafe', phrase: 'CAFE', expected: ['Café', 'cafe'] },
    { name: 'a typed accent still finds the bare word', text: 'cafe', phrase: 'café', expected: ['cafe'] },
    { name: 'white space runs match each other', text: 'Scale\n\nAI resmi', phrase: 'scale   ai', expected: ['Scale\n\nAI'] },
    { name: 'regular expression characters are text', text: 'USD 14,3 (miliar) a.b', phrase: '(miliar)', expected: ['(miliar)'] },
    { name: 'a dot is a dot', text: 'axb a.b', phrase: 'a.b', expected: ['a.b'] },
    { name: 'nothing to find', text: 'abc', phrase: '   ', expected: [] },
    { name: 'no match', text: 'abc', phrase: 'zzz', expected: [] },
    { name: 'offsets stay right after emoji and decomposed letters', text: '😀 e\u0301 mengakuisisi', phrase: 'akuisisi', expected: ['akuisisi'] },
  ];
  it.each(cases)('$name', ({ text, phrase, expected }) => {
    expect(spans(text, phrase)).toEqual(expected);
  });

  it('folds without changing the length', () => {
    const text = 'İstanbul ŉ ß Ǆ Café 😀';
    expect(foldForFind(text)).toHaveLength(text.length);
  });

  it('stops at the limit', () => {
    expect(findInText('a '.repeat(100), 'a', 10)).toHaveLength(10);
  });

  it('starts from where the reader is', () => {
    const matches = findInText('x.. x.. x', 'x');
    expect(firstMatchFrom(matches, 4)).toBe(1);
    expect(firstMatchFrom(matches, 100)).toBe(0);
    expect(firstMatchFrom([], 0)).toBe(-1);
  });
});
