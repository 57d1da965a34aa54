import { describe, expect, it } from 'vitest';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../../electron/cli.js';
import { Library } from '../../electron/library/library.js';
import { REPO, SAMPLE, tempDir } from '../helpers/temp-library.js';

const NEWS_ID = path.join(REPO, 'tests', 'fixtures', 'news-id.html');
const NEWS_EN = path.join(REPO, 'tests', 'fixtures', 'news-en.html');

async function cli(args: string[], stdin?: Uint8Array) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s), readStdin: async () => stdin ?? new Uint8Array() });
  return { code, out, err };
}

async function list(lib: string): Promise<Array<{ id: string; title: string }>> {
  return JSON.parse((await cli(['list', '--json', '--library', lib])).out);
}

describe('tandai import', () => {
  it('takes every format and walks folders recursively', async () => {
    const lib = await tempDir();
    const dir = await tempDir('tandai-tree-');
    await mkdir(path.join(dir, 'nested', 'deeper'), { recursive: true });
    await mkdir(path.join(dir, '.git'));
    await copyFile(NEWS_ID, path.join(dir, 'kopi.html'));
    await copyFile(SAMPLE, path.join(dir, 'nested', 'scale-ai.txt'));
    await writeFile(path.join(dir, 'nested', 'deeper', 'harbour.md'), '---\ntitle: Harbour notes\nauthor: Ana Costa\n---\n\nThe ferry left at six, and the harbour was quiet for the rest of the morning.\n');
    await writeFile(path.join(dir, '.git', 'HEAD.txt'), 'ref: refs/heads/main\n');
    const { code, out } = await cli(['import', dir, '--json', '--library', lib]);
    expect(code).toBe(0);
    const entries = JSON.parse(out);
    expect(entries.map((e: { file: string }) => path.relative(dir, e.file))).toEqual(['kopi.html', 'nested/deeper/harbour.md', 'nested/scale-ai.txt']);
    expect(entries.map((e: { title: string; lang: string }) => [e.title, e.lang])).toEqual([
      ['Petani Kopi Solok Panen Lebih Awal, Harga Arabika Naik', 'id'],
      ['Harbour notes', 'en'],
      ['Scale AI Resmi Diakuisisi 49% oleh Meta Senilai Rp232 Triliun', 'id'],
    ]);
    for (const e of entries) expect(Object.keys(e)).toEqual(expect.arrayContaining(['file', 'id', 'title', 'lang']));
    expect(await list(lib)).toHaveLength(3);
  });

  it('reads text from standard input', async () => {
    const lib = await tempDir();
    const { code, out } = await cli(['import', '--stdin', '--json', '--library', lib], await readFile(SAMPLE));
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([
      expect.objectContaining({ file: 'stdin', title: 'Scale AI Resmi Diakuisisi 49% oleh Meta Senilai Rp232 Triliun', lang: 'id' }),
    ]);
  });

  it('recognises HTML on standard input', async () => {
    const lib = await tempDir();
    const { code, out } = await cli(['import', '--stdin', '--library', lib], await readFile(NEWS_EN));
    expect(code).toBe(0);
    expect(out).toMatch(/^Imported “Ferry operators cut fares to Riau islands as fuel prices fall” \(.+, en\)\n$/);
    const [{ id }] = await list(lib);
    const shown = JSON.parse((await cli(['show', id, '--json', '--library', lib])).out);
    expect(shown.article).toMatchObject({ format: 'html', byline: 'Thomas Whitcombe and Siti Rahayu', site: 'The Harbour Ledger' });
  });

  it('refuses an empty standard input in one sentence', async () => {
    const lib = await tempDir();
    const { code, err } = await cli(['import', '--stdin', '--library', lib], new Uint8Array());
    expect(code).toBe(1);
    expect(err).toBe('"stdin" is empty; there is nothing to import.\n');
  });

  it('does not make a silent copy of the same text, and --force adds it anyway', async () => {
    const lib = await tempDir();
    const first = await cli(['import', SAMPLE, '--json', '--library', lib]);
    const [{ id }] = JSON.parse(first.out);
    // The same story, copied again with different line breaks, is the same content.
    const dir = await tempDir('tandai-dup-');
    const again = path.join(dir, 'again.txt');
    await writeFile(again, (await readFile(SAMPLE, 'utf8')).replace(/\n\n/g, '\n\n\n'));
    const second = await cli(['import', again, '--library', lib]);
    expect(second.code).toBe(1);
    expect(second.out).toBe('');
    expect(second.err).toBe(
      `"${again}" is already in the library as ${id} (“Scale AI Resmi Diakuisisi 49% oleh Meta Senilai Rp232 Triliun”).\nAdd --force to import files that are already in the library.\n`,
    );
    const asJson = JSON.parse((await cli(['import', again, '--json', '--library', lib])).out);
    expect(asJson).toEqual([{ file: again, error: expect.stringContaining('is already in the library as'), duplicateOf: id }]);
    expect(await list(lib)).toHaveLength(1);
    const forced = await cli(['import', again, '--force', '--library', lib]);
    expect(forced.code).toBe(0);
    expect(await list(lib)).toHaveLength(2);
  });

  it('knows a page again by its source address even when the text changed', async () => {
    const lib = await tempDir();
    await cli(['import', NEWS_ID, '--library', lib]);
    const dir = await tempDir('tandai-dup-');
    const edited = path.join(dir, 'kopi-edited.html');
    const html = await readFile(NEWS_ID, 'utf8');
    await writeFile(edited, html.replace('tiga minggu lebih awal', 'dua minggu lebih awal').replace('utm_source=feed', 'utm_source=twitter'));
    const result = await cli(['import', edited, '--json', '--library', lib]);
    expect(result.code).toBe(1);
    const [{ id }] = await list(lib);
    expect(JSON.parse(result.out)).toEqual([expect.objectContaining({ file: edited, duplicateOf: id })]);
  });

  it('--update replaces the text and metadata, keeping the id, import date, tags and annotations', async () => {
    const lib = await tempDir();
    const [{ id }] = JSON.parse((await cli(['import', NEWS_ID, '--json', '--library', lib])).out);
    const library = await Library.open(lib, { mode: 'write' });
    await library.updateMetadata(id, { tags: ['kopi'] });
    await library.updateArticle(id, (file) => {
      const start = file.article.text.indexOf('Marlis Efendi');
      file.annotations.push({
        id: 'annotation-0001', articleId: id, kind: 'highlight', status: 'anchored', color: 'green', note: 'ketua kelompok tani', tags: [],
        target: { selector: [
          { type: 'TextQuoteSelector', exact: 'Marlis Efendi', prefix: '', suffix: '' },
          { type: 'TextPositionSelector', start, end: start + 'Marlis Efendi'.length },
        ] },
        created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z',
      });
    });
    await library.close();
    const before = JSON.parse((await cli(['show', id, '--json', '--library', lib])).out);

    const dir = await tempDir('tandai-update-');
    const newer = path.join(dir, 'kopi-v2.html');
    const html = await readFile(NEWS_ID, 'utf8');
    await writeFile(
      newer,
      html
        .replaceAll('Petani Kopi Solok Panen Lebih Awal, Harga Arabika Naik', 'Petani Kopi Solok Panen Lebih Awal, Harga Arabika Naik Lagi')
        .replace('<p>Marlis berharap', '<p>Pemerintah provinsi menyatakan akan membantu pemasaran kopi Solok ke luar negeri mulai tahun depan.</p>\n<p>Marlis berharap'),
    );
    const result = await cli(['import', '--update', id, newer, '--library', lib]);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toBe(`Updated “Petani Kopi Solok Panen Lebih Awal, Harga Arabika Naik Lagi” (${id}, id)\n`);
    const after = JSON.parse((await cli(['show', id, '--json', '--library', lib])).out);
    expect(after.article.id).toBe(id);
    expect(after.article.importedAt).toBe(before.article.importedAt);
    expect(after.article.updatedAt > before.article.updatedAt).toBe(true);
    expect(after.article.tags).toEqual(['kopi']);
    expect(after.article.title).toBe('Petani Kopi Solok Panen Lebih Awal, Harga Arabika Naik Lagi');
    expect(after.article.text).toContain('Pemerintah provinsi menyatakan akan membantu pemasaran');
    // The annotations stay (moving them onto the new text is the re-anchoring's job, tested with it).
    expect(after.annotations).toHaveLength(1);
    const [annotation] = after.annotations;
    expect(annotation).toMatchObject({ id: 'annotation-0001', color: 'green', note: 'ketua kelompok tani', status: 'anchored' });
    const [quote, position] = annotation.target.selector;
    expect(quote.exact).toBe('Marlis Efendi');
    expect(after.article.text.slice(position.start, position.end)).toBe('Marlis Efendi');
    expect(await list(lib)).toHaveLength(1);
  });

  it.each([
    [['import', '--update', 'aaaaaaaaaaaaaaaa', 'SAMPLE'], 1, /^There is no article with id aaaaaaaaaaaaaaaa in this library\.$/],
    [['import', '--update', 'aaaaaaaaaaaaaaaa', 'SAMPLE', 'SAMPLE'], 2, /^--update replaces one article: name exactly one file/],
    [['import'], 2, /^Name at least one file or folder to import/],
    [['import', '--stdin', 'SAMPLE'], 2, /^Use either --stdin or file names, not both\.$/],
  ])('fails %j with exit %i and one sentence', async (args, code, message) => {
    const lib = await tempDir();
    const result = await cli([...(args as string[]).map((a) => (a === 'SAMPLE' ? SAMPLE : a)), '--library', lib]);
    expect(result.code).toBe(code);
    expect(result.err.trim()).toMatch(message as RegExp);
    expect(result.err.trim().split('\n')).toHaveLength(1);
  });
});
