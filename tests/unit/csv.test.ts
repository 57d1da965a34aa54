/** shared/text/csv.ts: RFC 4180 reading with the line each row starts on, separator sniffing, and writing that reads back. */
import { describe, expect, it } from 'vitest';
import { csvField, formatCsv, parseCsv, sniffSeparator } from '../../shared/text/csv.js';

describe('CSV', () => {
  it('reads quoted fields, doubled quotes and line breaks inside quotes, with each row’s first line', () => {
    const text = '\uFEFFa,"b, c"\r\n"multi\r\nline","say ""hi"""\n\nlast,';
    expect(parseCsv(text, ',')).toEqual([
      { cells: ['a', 'b, c'], line: 1 },
      { cells: ['multi\r\nline', 'say "hi"'], line: 2 },
      { cells: [''], line: 4 },
      { cells: ['last', ''], line: 5 },
    ]);
  });

  it('sniffs tabs only when the first line has no commas', () => {
    expect(sniffSeparator('a\tb\nc,d')).toBe('\t');
    expect(sniffSeparator('a,b\tc')).toBe(',');
    expect(sniffSeparator('')).toBe(',');
  });

  it('quotes only what needs it, and what it writes reads back', () => {
    expect(csvField('plain', ',')).toBe('plain');
    expect(csvField('a,b', ',')).toBe('"a,b"');
    expect(csvField('a,b', '\t')).toBe('a,b');
    expect(csvField('tab\there', '\t')).toBe('"tab\there"');
    expect(csvField(' padded', ',')).toBe('" padded"');
    const rows = [['kata', 'word'], ['“kutip” "dua"', 'line\nbreak'], ['', 'ñ, é']];
    for (const sep of [',', '\t']) expect(parseCsv(formatCsv(rows, sep), sep).map((r) => r.cells)).toEqual(rows);
  });
});
