import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../shared/import/classify-line.js';
import { JUNK_RULE_SETS } from '../../shared/import/junk-rules/junk-rules.js';
import { lineCases } from './import-rules.cases.js';

describe('the web-junk rules', () => {
  it.each(lineCases)('classifies "$line" as $kind', ({ line, kind, meta }) => {
    const found = classifyLine(line);
    expect(found.kind).toBe(kind);
    if (meta) expect(found).toEqual({ kind: 'meta', meta });
  });

  it('keeps one rule set per language, all of them anchored to whole lines', () => {
    expect(JUNK_RULE_SETS.map((s) => s.lang)).toEqual(['id', 'en', 'any']);
    for (const set of JUNK_RULE_SETS) {
      for (const pattern of [...set.junkLines, ...set.listHeadings]) {
        expect(pattern.source.startsWith('^') && pattern.source.endsWith('$'), pattern.source).toBe(true);
      }
      for (const pattern of set.seeAlsoPrefixes) expect(pattern.source.startsWith('^'), pattern.source).toBe(true);
    }
  });

  it('leaves long lines alone whatever they start with', () => {
    const long = `Baca juga ${'laporan panjang tentang harga kopi di Solok, '.repeat(12)}`;
    expect(classifyLine(long).kind).toBe('body');
  });
});
