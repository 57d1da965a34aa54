import { describe, expect, it } from 'vitest';
import { anchorAnnotation } from '../../shared/anchoring/anchor-annotation.js';
import { describeSpan } from '../../shared/anchoring/describe-selectors.js';
import { anchorCases } from './anchor-annotation.cases.js';

function nthIndexOf(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(needle, at + 1);
  return at;
}

describe('re-anchoring', () => {
  it.each(anchorCases)('$label', ({ original, edited, expect: expected, occurrence = 0 }) => {
    const start = original.indexOf('[[');
    const plain = original.replace('[[', '').replace(']]', '');
    const end = original.indexOf(']]') - 2;
    const [quote, position] = describeSpan(plain, start, end);
    const outcome = anchorAnnotation(edited, quote, position);
    if (expected === null) {
      expect(outcome.status).toBe('orphan');
      return;
    }
    expect(outcome.status).toBe('anchored');
    if (outcome.status !== 'anchored') return;
    expect(edited.slice(outcome.start, outcome.end)).toBe(expected);
    expect(outcome.start).toBe(nthIndexOf(edited, expected, occurrence));
  });
});
