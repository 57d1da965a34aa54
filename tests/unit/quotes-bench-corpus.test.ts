/** The quotes bench's labelled corpus is well-formed, and its speaker matching means what the bench says. */
import { describe, expect, it } from 'vitest';
import { baselineQuotes, loadSet, sameSpeaker } from '../../bench/quotes.js';

describe('the quotes bench corpus', () => {
  it.each(['dev', 'held-out', 'held-out-2'] as const)('%s: every labelled quote is in its text, in order, with a speaker', (name) => {
    const set = loadSet(name);
    expect(set.length).toBeGreaterThanOrEqual(8);
    for (const item of set) {
      expect(['id', 'en']).toContain(item.lang);
      let last = -1;
      for (const q of item.quotes) {
        expect(item.text.slice(q.start, q.end)).toBe(q.quote);
        expect(q.start).toBeGreaterThan(last);
        last = q.end;
        expect(q.speaker, `${item.file}: ${q.quote}`).toBeTruthy();
      }
    }
  });

  it('matches speakers by person, not by spelling out every word', () => {
    expect(sameSpeaker('Erick Thohir', 'Erick')).toBe(true);
    expect(sameSpeaker('the ministry', 'ministry')).toBe(true);
    expect(sameSpeaker('perawat itu', 'perawat')).toBe(true);
    expect(sameSpeaker('juru bicara Scale AI', 'Scale AI')).toBe(false);
    expect(sameSpeaker('Erick Thohir', 'Erick Tohir')).toBe(false);
    expect(sameSpeaker('Budi', null)).toBe(false);
  });

  it('has a baseline that pairs marks and takes the nearest capitalised words', () => {
    expect(baselineQuotes('“Kami siap,” kata Budi Santoso.')).toEqual([{ quote: 'Kami siap', speaker: 'Budi Santoso', role: null, start: 1, end: 10 }]);
  });
});
