import { describe, expect, it } from 'vitest';
import { snippetSegments } from '../../shared/library/snippet-segments.js';

const show = (snippet: string, ranges: { start: number; end: number }[]) =>
  snippetSegments(snippet, ranges)
    .map((s) => (s.highlighted ? `[${s.text}]` : s.text))
    .join('');

describe('snippetSegments', () => {
  const cases: { name: string; snippet: string; ranges: { start: number; end: number }[]; expected: string }[] = [
    { name: 'no ranges', snippet: 'plain text', ranges: [], expected: 'plain text' },
    { name: 'one range', snippet: 'Meta mengakuisisi Scale', ranges: [{ start: 5, end: 17 }], expected: 'Meta [mengakuisisi] Scale' },
    { name: 'unsorted ranges', snippet: 'a b c', ranges: [{ start: 4, end: 5 }, { start: 0, end: 1 }], expected: '[a] b [c]' },
    { name: 'overlapping and touching ranges merge', snippet: 'abcdef', ranges: [{ start: 0, end: 3 }, { start: 2, end: 4 }, { start: 4, end: 5 }], expected: '[abcde]f' },
    { name: 'ranges past the end are cut', snippet: 'abc', ranges: [{ start: 1, end: 99 }], expected: 'a[bc]' },
    { name: 'empty and inverted ranges are ignored', snippet: 'abc', ranges: [{ start: 2, end: 2 }, { start: 2, end: 1 }], expected: 'abc' },
    { name: 'markup stays text', snippet: '<b>x</b>', ranges: [{ start: 3, end: 4 }], expected: '<b>[x]</b>' },
  ];
  it.each(cases)('$name', ({ snippet, ranges, expected }) => {
    expect(show(snippet, ranges)).toBe(expected);
    expect(snippetSegments(snippet, ranges).map((s) => s.text).join('')).toBe(snippet);
  });
});
