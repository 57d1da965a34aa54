/** The keyboard reading cursor's sentences (renderer/highlights/sentence-spans.ts), "Copy quote" text, and notes as plain text. */
import { describe, expect, it } from 'vitest';
import { sentenceSpans, stepSentence } from '../../renderer/highlights/sentence-spans.js';
import { quoteForClipboard } from '../../renderer/highlights/quote-text.js';
import { notePlainText } from '../../renderer/highlights/render-note.js';

const TEXT = 'Judul Tanpa Titik\nMeta membeli 49% saham. Nilainya USD 14,3 miliar! Apa artinya?\n\n“Kami senang,” ujar Meta. Selesai.';

describe('sentences', () => {
  const spans = sentenceSpans(TEXT, 'id');
  const texts = spans.map((s) => TEXT.slice(s.start, s.end));

  it('splits by sentence and always at line breaks, without surrounding white space', () => {
    expect(texts).toEqual([
      'Judul Tanpa Titik',
      'Meta membeli 49% saham.',
      'Nilainya USD 14,3 miliar!',
      'Apa artinya?',
      '“Kami senang,” ujar Meta.',
      'Selesai.',
    ]);
  });

  it('moves forward and back one sentence at a time', () => {
    const first = stepSentence(spans, null, 1)!;
    expect(first).toEqual(spans[0]);
    const second = stepSentence(spans, first, 1)!;
    expect(second).toEqual(spans[1]);
    expect(stepSentence(spans, second, -1)).toEqual(spans[0]);
    expect(stepSentence(spans, spans[0], -1)).toEqual(spans[0]);
    expect(stepSentence(spans, spans[5], 1)).toEqual(spans[5]);
    expect(stepSentence(spans, null, -1)).toEqual(spans[5]);
  });

  it('extends by a sentence and shrinks back', () => {
    const two = stepSentence(spans, spans[1], 1, true)!;
    expect(TEXT.slice(two.start, two.end)).toBe('Meta membeli 49% saham. Nilainya USD 14,3 miliar!');
    const three = stepSentence(spans, two, 1, true)!;
    expect(three).toEqual({ start: spans[1].start, end: spans[3].end });
    expect(stepSentence(spans, three, -1, true)).toEqual(two);
    // From a single sentence, extending backwards takes in the one before.
    expect(stepSentence(spans, spans[1], -1, true)).toEqual({ start: spans[0].start, end: spans[1].end });
  });

  it('continues after a mouse selection that is not a whole sentence', () => {
    const inside = { start: TEXT.indexOf('membeli'), end: TEXT.indexOf('saham') };
    expect(stepSentence(spans, inside, 1)).toEqual(spans[2]);
    expect(stepSentence(spans, inside, -1)).toEqual(spans[0]);
  });

  it('has nothing to step through in an empty text', () => {
    expect(sentenceSpans(' \n ', 'en')).toEqual([]);
    expect(stepSentence([], null, 1)).toBeNull();
  });
});

describe('copy quote', () => {
  it('quotes the passage, one line per paragraph, with its source', () => {
    expect(quoteForClipboard('guna memimpin   divisi.\nNamun, langkah ini', { title: 'Scale AI', byline: 'Redaksi', sourceUrl: 'https://example.org/a' })).toBe(
      '“guna memimpin divisi.\nNamun, langkah ini”\n— Redaksi, Scale AI\nhttps://example.org/a',
    );
    expect(quoteForClipboard('x', { title: 'T', sourceUrl: 'javascript:alert(1)' })).toBe('“x”\n— T');
  });
});

describe('note text for screen readers', () => {
  it('drops the markdown syntax and keeps the words', () => {
    expect(notePlainText('Angka **terbesar** kedua; lihat [Reuters](https://www.reuters.com/).')).toBe('Angka terbesar kedua; lihat Reuters.');
    expect(notePlainText('# Judul\n\n- satu *dua* `kode`\n> kutip _miring_ snake_case_name ![gambar](x.png)')).toBe('Judul satu dua kode kutip miring snake_case_name gambar');
    expect(notePlainText('2*3*4 and a*b')).toBe('2*3*4 and a*b');
  });
});
