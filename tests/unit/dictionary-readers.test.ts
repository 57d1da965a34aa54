import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readDictd, decodeDictdNumber } from '../../electron/dictionary/read-dictd.js';
import { readStardict } from '../../electron/dictionary/read-stardict.js';
import { readGlossaryTable } from '../../electron/dictionary/read-glossary-table.js';
import { compileDictionaryFile, languagesFromName } from '../../electron/dictionary/compile-dictionary.js';
import { DictionaryShelf } from '../../electron/dictionary/dictionary-shelf.js';
import { tempDir } from '../helpers/temp-library.js';

const ENG_IND = '/usr/share/dictd/freedict-eng-ind.index';
const hasEngInd = existsSync(ENG_IND);

/** A small StarDict writer: .ifo, .idx (word NUL offset size, big-endian), .dict.dz, .syn. */
async function writeStardict(dir: string, entries: Array<[string, string]>, synonyms: Array<[string, number]>) {
  const base = path.join(dir, 'mini-id-en');
  const idx: Buffer[] = [];
  const dict: Buffer[] = [];
  let offset = 0;
  for (const [word, text] of entries) {
    const data = Buffer.from(text, 'utf8');
    const head = Buffer.alloc(8);
    head.writeUInt32BE(offset, 0);
    head.writeUInt32BE(data.length, 4);
    idx.push(Buffer.from(`${word}\0`, 'utf8'), head);
    dict.push(data);
    offset += data.length;
  }
  const idxBuf = Buffer.concat(idx);
  const syn = synonyms.flatMap(([word, at]) => {
    const n = Buffer.alloc(4);
    n.writeUInt32BE(at);
    return [Buffer.from(`${word}\0`, 'utf8'), n];
  });
  await writeFile(`${base}.ifo`, `StarDict's dict ifo file\nversion=2.4.2\nwordcount=${entries.length}\nsynwordcount=${synonyms.length}\nidxfilesize=${idxBuf.length}\nbookname=Mini Indonesian-English\nsametypesequence=m\n`);
  await writeFile(`${base}.idx`, idxBuf);
  await writeFile(`${base}.dict.dz`, gzipSync(Buffer.concat(dict)));
  await writeFile(`${base}.syn`, Buffer.concat(syn));
  return `${base}.ifo`;
}

describe('dictionary readers', () => {
  it('decodes dictd base64 numbers', () => {
    expect(decodeDictdNumber('B')).toBe(1);
    expect(decodeDictdNumber('BA')).toBe(64);
    expect(decodeDictdNumber('lPQ')).toBe(37 * 4096 + 15 * 64 + 16);
  });

  it.runIf(hasEngInd)('reads FreeDict eng-ind from /usr/share/dictd, with translations and licence', async () => {
    const db = await readDictd(ENG_IND);
    expect(db.entries.length).toBeGreaterThan(9_000);
    expect(db.name).toMatch(/English-Bahasa Indonesia/);
    expect(db.licence).toMatch(/Creative Commons Attribution-ShareAlike 3\.0/);
    const glossesOf = (w: string) => db.entries.filter((e) => e.headword === w).flatMap((e) => e.glosses);
    expect(glossesOf('acquisition')).toEqual(['akuisisi']);
    expect(glossesOf('employee')).toEqual(['karyawan', 'karyawati', 'pegawai', 'pekerja']);
    expect(glossesOf('run')).toEqual(expect.arrayContaining(['menjalankan', 'berlari', 'mengalir', 'lari']));
    expect(glossesOf('artificial intelligence')).toEqual(['kecerdasan buatan', 'kecerdasan artifisial']);
  });

  it.runIf(hasEngInd)('inverts eng-ind so Indonesian words and phrases become headwords', async () => {
    const [forward, inverted] = await compileDictionaryFile(ENG_IND);
    expect(forward.meta).toMatchObject({ id: 'freedict-eng-ind', from: 'en', to: 'id', format: 'dictd' });
    expect(inverted.meta).toMatchObject({ id: 'freedict-eng-ind-inverted', from: 'id', to: 'en', format: 'inverted', invertedFrom: 'freedict-eng-ind' });
    const gloss = (w: string) => inverted.glosses[inverted.headwords.indexOf(w)];
    expect(gloss('akuisisi')).toEqual(['acquisition']);
    expect(gloss('kecerdasan buatan')).toEqual(['artificial intelligence']);
    expect(gloss('karyawan')).toContain('employee');
    expect(inverted.headwords.some((h) => /[0-9]/.test(h))).toBe(false);
    expect(inverted.headwords.filter((h) => h.includes(' ')).length).toBeGreaterThan(500);
  });

  it('reads a StarDict dictionary it wrote itself, with synonyms', async () => {
    const dir = await tempDir();
    const ifo = await writeStardict(dir, [['akuisisi', 'acquisition\ntakeover'], ['juru bicara', 'spokesperson']], [['pengambilalihan', 0]]);
    const db = await readStardict(ifo);
    expect(db.name).toBe('Mini Indonesian-English');
    expect(db.entries).toEqual([
      { headword: 'akuisisi', glosses: ['acquisition', 'takeover'] },
      { headword: 'juru bicara', glosses: ['spokesperson'] },
      { headword: 'pengambilalihan', glosses: ['acquisition', 'takeover'] },
    ]);
    const [compiled] = await compileDictionaryFile(ifo);
    expect(compiled.meta).toMatchObject({ from: 'id', to: 'en', format: 'stardict', entryCount: 3 });
  });

  it.each([
    ['tsv', 'term\ttranslation\njuru bicara\tspokesperson\nakuisisi\tacquisition\ttakeover\n\n'],
    ['csv', 'term,translation\n"juru bicara","spokesperson"\nakuisisi,acquisition,takeover\n'],
  ] as const)('reads a %s glossary', (kind, text) => {
    expect(readGlossaryTable(text, kind)).toEqual([
      { headword: 'juru bicara', glosses: ['spokesperson'] },
      { headword: 'akuisisi', glosses: ['acquisition', 'takeover'] },
    ]);
  });

  it.each([
    ['/usr/share/dictd/freedict-eng-ind.index', { from: 'en', to: 'id' }],
    ['glossary-id-en.tsv', { from: 'id', to: 'en' }],
    ['notes.csv', undefined],
  ])('tells the languages of %s from its name', (file, langs) => {
    expect(languagesFromName(file)).toEqual(langs);
  });
});

describe('lookup through a library shelf', () => {
  it.runIf(hasEngInd)('compiles the installed eng-ind once and looks up through roots in both directions', async () => {
    const lib = await tempDir();
    const shelf = await DictionaryShelf.open(lib, { writable: true, installed: async () => [{ path: ENG_IND, format: 'dictd' }] });
    expect(shelf.list().map((d) => d.id)).toEqual(['freedict-eng-ind', 'freedict-eng-ind-inverted']);
    expect(shelf.lookup('mengakuisisi')).toEqual({
      query: 'mengakuisisi', from: 'id', to: 'en', root: 'akuisisi',
      entries: [{ headword: 'akuisisi', glosses: ['acquisition'], dictionary: 'freedict-eng-ind-inverted' }],
    });
    expect(shelf.lookup('kecerdasan buatan', 'id').entries[0].glosses).toEqual(['artificial intelligence']);
    expect(shelf.lookup('employees')).toMatchObject({ from: 'en', to: 'id', root: 'employee', entries: [{ headword: 'employee' }] });
    expect(shelf.lookup('menaikkan', 'id').root).toBe('naik');
    expect(shelf.lookup('qwertyuiop', 'id')).toMatchObject({ root: null, entries: [] });
    // A second open reads the compiled files and discovers nothing.
    const again = await DictionaryShelf.open(lib, { writable: true, installed: async () => { throw new Error('should not discover'); } });
    expect(again.lookup('mengakuisisi').entries[0].glosses).toEqual(['acquisition']);
  });
});
