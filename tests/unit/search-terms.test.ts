import { describe, expect, it } from 'vitest';
import { BUILT_IN_INDONESIAN_ROOTS } from '../../shared/lang/indonesian-roots.js';
import { createTermProcessor, lightEnglishStem, WORD } from '../../shared/search/search-terms.js';
import { findHits, snippetsOf } from '../../shared/search/search-snippets.js';

const term = createTermProcessor(new Set(BUILT_IN_INDONESIAN_ROOTS));

describe('search terms', () => {
  it.each([
    [['acquire', 'acquired', 'acquiring'], 'acquir'],
    [['company', 'companies'], 'compani'],
    [['report', 'reports', 'reported', 'reporting'], 'report'],
    [['study', 'studies', 'studied', 'studying'], 'studi'],
    [['run', 'runs', 'running'], 'run'],
    [['box', 'boxes'], 'box'],
  ])('meets English inflections of %j at one stem', (words, stem) => {
    expect(words.map(lightEnglishStem)).toEqual(words.map(() => stem));
  });

  it('takes Indonesian words to their root, folds case and accents, and ignores punctuation', () => {
    expect(['akuisisi', 'mengakuisisi', 'Diakuisisi', 'diakuisisi,'].map(term)).toEqual(['akuisisi', 'akuisisi', 'akuisisi', 'akuisisi']);
    expect(term('Café')).toBe('caf');
    expect(term('—')).toBeNull();
    expect(term('2025')).toBe('2025');
    // Stop words are not indexed.
    expect(['yang', 'The', 'dan'].map(term)).toEqual([null, null, null]);
  });
});

describe('search snippets', () => {
  const text = `${'lorem '.repeat(30)}Meta mengakuisisi Scale.\n${'ipsum '.repeat(40)}Akuisisi itu besar.`;
  const hits = [...findHits(text, new Set(['akuisisi']), term)];

  it('finds every word whose term matched, with its offsets', () => {
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['mengakuisisi', 'Akuisisi']);
  });

  it('cuts windows at whole words, marks the hits inside them, and stops at the limit', () => {
    const snippets = snippetsOf(text, hits, 5);
    expect(snippets).toHaveLength(2);
    for (const [i, s] of snippets.entries()) {
      expect(s.snippet.startsWith('…')).toBe(true);
      expect(s.snippet).not.toContain('\n');
      expect(s.highlights.map((h) => s.snippet.slice(h.start, h.end))).toEqual([text.slice(hits[i].start, hits[i].end)]);
      expect([s.start, s.end]).toEqual([hits[i].start, hits[i].end]);
    }
    expect(snippets[0].snippet).toMatch(/^…lorem /);
    expect(snippetsOf(text, hits, 1)).toHaveLength(1);
  });
});

describe('finding the words to mark', () => {
  // Every word whose term is wanted, by the plain way: tokenize everything and process every word.
  const everyWord = (text: string, terms: ReadonlySet<string>) => [...text.matchAll(WORD)].filter((m) => terms.has(term(m[0]) ?? '')).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const text =
    'Pemerintah MENGAKUISISI saham; akuisisi-nya "diakuisisi" pada 2025. The companies’ reports: Company reported, re-reporting — ' +
    'Café cafés naïve. Don’t stop: perusahaan, Perusahaan-perusahaan, diakuisisikan. Studied studies STUDYING akuisisi.';
  it.each([
    ['akuisisi'],
    ['compani', 'report'],
    ['studi'],
    ['caf', 'naiv'],
    ['usaha'],
    ['don’t'],
    ['re-report', 'stop'],
    ['2025'],
  ])('marks exactly the words the full scan marks for %j', (...wanted) => {
    const terms = new Set(wanted.map((w) => term(w) ?? w));
    expect([...findHits(text, terms, term)]).toEqual(everyWord(text, terms));
    expect(everyWord(text, terms).length).toBeGreaterThan(0);
  });
});
