import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../../electron/cli.js';
import { SAMPLE, tempDir } from '../helpers/temp-library.js';

const hasEngInd = existsSync('/usr/share/dictd/freedict-eng-ind.index');

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('tandai lookup, stem and dict', () => {
  it('stems words in order, as JSON and as lines', async () => {
    const lib = await tempDir();
    const json = await cli('stem', 'mengakuisisi', 'kecerdasan', 'buku-buku', '--json', '--library', lib);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toEqual([
      { word: 'mengakuisisi', root: 'akuisisi' },
      { word: 'kecerdasan', root: 'cerdas' },
      { word: 'buku-buku', root: 'buku' },
    ]);
    expect((await cli('stem', 'menaikkan', '--library', lib)).out).toBe('menaikkan\tnaik\n');
  });

  it.runIf(hasEngInd)('looks words up through their root, in both directions', async () => {
    const lib = await tempDir();
    const id = await cli('lookup', 'mengakuisisi', '--json', '--library', lib);
    expect(id.code).toBe(0);
    expect(JSON.parse(id.out)).toMatchObject({ root: 'akuisisi', from: 'id', to: 'en', entries: [{ headword: 'akuisisi', glosses: ['acquisition'] }] });
    expect((await cli('lookup', 'mengakuisisi', '--library', lib)).out).toBe('mengakuisisi → akuisisi (id→en)\n  akuisisi: acquisition  [freedict-eng-ind-inverted]\n');
    const en = JSON.parse((await cli('lookup', 'employees', '--from', 'en', '--json', '--library', lib)).out);
    expect(en).toMatchObject({ root: 'employee', entries: [{ glosses: ['karyawan', 'karyawati', 'pegawai', 'pekerja'] }] });
    expect((await cli('lookup', 'kecerdasan', 'buatan', '--from', 'id', '--library', lib)).out).toContain('artificial intelligence');
  });

  it('imports a TSV glossary and lists it', async () => {
    const lib = await tempDir();
    const file = path.join(await tempDir(), 'istilah-id-en.tsv');
    await writeFile(file, 'juru bicara\tspokesperson\nkecerdasan buatan\tartificial intelligence\n');
    const imported = await cli('dict', 'import', file, '--json', '--library', lib);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.out).dictionaries.map((d: { id: string }) => d.id)).toEqual(['istilah-id-en', 'istilah-id-en-inverted']);
    const listed = JSON.parse((await cli('dict', 'list', '--json', '--library', lib)).out);
    // The installed dictionaries (compiled on first use) are listed too, when there are any.
    expect(listed.dictionaries.map((d: { id: string; from: string }) => `${d.id}:${d.from}`)).toEqual(expect.arrayContaining(['istilah-id-en:id', 'istilah-id-en-inverted:en']));
    expect(listed.roots.count).toBeGreaterThan(300);
    const found = JSON.parse((await cli('lookup', 'juru bicara', '--from', 'id', '--json', '--library', lib)).out);
    expect(found.entries).toEqual([{ headword: 'juru bicara', glosses: ['spokesperson'], dictionary: 'istilah-id-en' }]);
  });

  it.each([
    [['lookup'], 2, /^Name the word to look up/],
    [['lookup', 'kata', '--from', 'fr'], 2, /^--from takes "id" or "en"/],
    [['stem'], 2, /^Name the words to stem/],
    [['dict'], 2, /^Use "tandai dict list"/],
    [['dict', 'import', '/no/such/file-id-en.tsv'], 1, /^There is no file/],
    [['dict', 'import', '/etc/hostname'], 1, /is not a dictionary Tandai reads/],
  ])('refuses %j with one sentence', async (args, code, message) => {
    const result = await cli(...(args as string[]), '--library', await tempDir());
    expect(result.code).toBe(code);
    expect(result.err).toMatch(message as RegExp);
    expect(result.err.trim().split('\n')).toHaveLength(1);
  });
});

describe('tandai annotate --translation', () => {
  it('stores a translation note with its direction, and show --json keeps it', async () => {
    const lib = await tempDir();
    const [{ id }] = JSON.parse((await cli('import', SAMPLE, '--json', '--library', lib)).out);
    const made = await cli('annotate', id, '--quote', 'Netralitas kini keharusan bagi lab AI.', '--translation', 'Neutrality is now a must for AI labs.', '--json', '--library', lib);
    expect(made.code).toBe(0);
    expect(JSON.parse(made.out).translation).toEqual({ text: 'Neutrality is now a must for AI labs.', from: 'id', to: 'en' });
    const explicit = await cli('annotate', id, '--quote', 'Alexandr Wang', '--occurrence', '1', '--translation', 'Alexandr Wang', '--from', 'en', '--json', '--library', lib);
    expect(JSON.parse(explicit.out).translation).toMatchObject({ from: 'en', to: 'id' });
    const { annotations } = JSON.parse((await cli('show', id, '--json', '--library', lib)).out);
    expect(annotations.map((a: { translation?: { from: string } }) => a.translation?.from).sort()).toEqual(['en', 'id']);
  });

  it('refuses --from without --translation', async () => {
    const result = await cli('annotate', 'abcdefghijklmnop', '--quote', 'x', '--from', 'id', '--library', await tempDir());
    expect(result).toMatchObject({ code: 2, err: '--from goes with --translation TEXT.\n' });
  });
});
