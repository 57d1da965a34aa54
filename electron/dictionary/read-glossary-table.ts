/**
 * Reads a TSV or CSV glossary: one term a row, the term in the first column and its translations in
 * the others. A first row naming the columns ("term,translation", "headword\tgloss", …) is skipped.
 * CSV follows RFC 4180 (quoted fields, doubled quotes, line breaks inside quotes).
 */
import type { RawEntry } from '../../shared/dictionary/compiled-dictionary.js';
import { parseCsvRows } from '../../shared/text/csv.js';

export { parseCsvRows };

const HEADER = /^(term|word|headword|source|english|indonesian|en|id|kata|istilah)$/i;

export function readGlossaryTable(text: string, kind: 'tsv' | 'csv'): RawEntry[] {
  const body = text.replace(/^\uFEFF/, '');
  const rows = kind === 'csv' ? parseCsvRows(body, ',') : body.split(/\r?\n/).map((line) => line.split('\t'));
  const entries: RawEntry[] = [];
  rows.forEach((cells, i) => {
    const [headword, ...rest] = cells.map((c) => c.trim());
    if (!headword || (i === 0 && HEADER.test(headword))) return;
    const glosses = rest.filter(Boolean);
    if (glosses.length) entries.push({ headword, glosses });
  });
  return entries;
}
