import { describe, expect, it } from 'vitest';
import { Library } from '../../electron/library/library.js';
import { detectQuotes } from '../../shared/quotes/detect-quotes.js';
import { findQuoteSpans } from '../../shared/quotes/find-quote-spans.js';
import { SAMPLE, tempDir } from '../helpers/temp-library.js';
import { quoteCases } from './quote-detection.cases.js';

describe('quote detection', () => {
  it.each(quoteCases)('$label', ({ text, lang, quotes }) => {
    const found = detectQuotes(text, lang);
    expect(found.map(({ quote, speaker, role }) => ({ quote, speaker, role }))).toEqual(
      quotes.map(({ quote, speaker, role }) => ({ quote, speaker, role: role ?? null })),
    );
    for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.quote);
  });

  it('returns nothing for text without marks, and ignores a mark left open', () => {
    expect(detectQuotes('Tidak ada kutipan di sini.', 'id')).toEqual([]);
    expect(detectQuotes('“Kalimat ini tidak pernah ditutup, ujar Budi.\nParagraf berikutnya biasa saja.', 'id')).toEqual([]);
    expect(findQuoteSpans('Dia lahir pada Jum’at, 5 Mei.')).toEqual([]);
  });

  it('finds the 8 quotations of the sample article and their speakers', async () => {
    const library = await Library.open(await tempDir(), { mode: 'write', addSample: true, samplePath: SAMPLE });
    const [summary] = library.list();
    const { article } = await library.get(summary.id);
    await library.close();
    const found = detectQuotes(article.text, article.lang);
    expect(found.map((q) => [q.speaker, q.role])).toEqual([
      ['Meta', null],
      ['ZeeBiz', null],
      ['Louise Matsakis', 'Semafor Technology'],
      ['Raja Krishnamoorthi', 'Anggota Kongres'],
      ['juru bicara Scale AI', null],
      ['Jonathan Siddharth', 'CEO Turing'],
      ['Jonathan Siddharth', 'CEO Turing'],
      ['Garrett Lord', 'CEO Handshake'],
    ]);
    // Boundaries: inside the marks, without the comma that belongs to the attribution.
    for (const q of found) {
      expect(article.text.slice(q.start, q.end)).toBe(q.quote);
      expect(article.text[q.start - 1]).toBe('“');
      expect(q.quote).not.toMatch(/,$/);
    }
    expect(found[3].quote).toBe('sangat berwawasan dan ramah.');
    // The second Siddharth quote follows the first in the same paragraph.
    expect(found[6].start).toBeGreaterThan(found[5].end);
    expect(article.text.slice(found[5].end, found[6].start)).not.toContain('\n');
  });
});
