import { describe, expect, it } from 'vitest';
import { chmod, mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bytesToDraft } from '../../electron/import/import-file.js';
import { Library } from '../../electron/library/library.js';
import { createHandlers } from '../../electron/handlers.js';
import { runCli } from '../../electron/cli.js';
import { dispatchCall } from '../../shared/dispatch-call.js';
import { ApiError } from '../../shared/api-error.js';
import { SAMPLE, tempDir } from '../helpers/temp-library.js';
import { badInputCases } from './import-bad-input.cases.js';

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('bad input', () => {
  it.each(badInputCases)('rejects $label with one sentence', ({ name, bytes, message }) => {
    let thrown: unknown;
    try {
      bytesToDraft(bytes(), name);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ApiError);
    expect((thrown as ApiError).message).toMatch(message);
    expect((thrown as ApiError).message).not.toContain('\n');
  });

  it.each(badInputCases.filter((c) => c.name !== 'huge.txt'))('leaves the library unchanged after $label', async ({ name, bytes, message }) => {
    const library = await Library.open(await tempDir(), { mode: 'write' });
    const result = await dispatchCall(createHandlers(library), 'articles.import', { files: [{ name, dataBase64: bytes().toString('base64') }] });
    expect(result).toMatchObject({ ok: true, value: { results: [{ file: name, error: expect.stringMatching(message) }] } });
    expect(library.list()).toEqual([]);
    expect(await readdir(library.layout.articles)).toEqual([]);
    await library.close();
  });

  it('refuses a file over 50 MB at the contract, before reading it', async () => {
    const library = await Library.open(await tempDir(), { mode: 'write' });
    const result = await dispatchCall(createHandlers(library), 'articles.import', {
      files: [{ name: 'huge.txt', dataBase64: 'a'.repeat(Math.ceil((50 * 1024 * 1024 * 4) / 3) + 8) }],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_params', message: expect.stringContaining('larger than 50 MB') } });
    await library.close();
  });

  it('imports the good files of a batch, lists the bad ones and exits 1', async () => {
    const lib = await tempDir();
    const dir = await tempDir('tandai-batch-');
    const empty = path.join(dir, 'empty.txt');
    const pdf = path.join(dir, 'report.pdf');
    const huge = path.join(dir, 'huge.txt');
    await writeFile(empty, '');
    await writeFile(pdf, '%PDF-1.7\n');
    await writeFile(huge, Buffer.alloc(50 * 1024 * 1024 + 10, 0x61));
    const missing = path.join(dir, 'missing.html');
    const result = await cli('import', empty, SAMPLE, pdf, missing, huge, '--library', lib);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/^Imported “Scale AI Resmi Diakuisisi 49% oleh Meta Senilai Rp232 Triliun” \([a-z2-7]{16}, id\)\n1 imported, 4 failed\.\n$/);
    expect(result.err.trim().split('\n')).toEqual([
      `"${empty}" is empty; there is nothing to import.`,
      expect.stringMatching(/^".*report\.pdf" is a PDF; importing PDF files is not supported yet/),
      `There is no file "${missing}".`,
      `"${huge}" is 50.0 MB, more than the 50 MB Tandai imports; save only the article, or split it.`,
    ]);
    expect(JSON.parse((await cli('list', '--json', '--library', lib)).out)).toHaveLength(1);
  });

  it('names a missing path, a dangling link and an unreadable file in one sentence each', async () => {
    const lib = await tempDir();
    const dir = await tempDir('tandai-paths-');
    const dangling = path.join(dir, 'gone.txt');
    await symlink(path.join(dir, 'nowhere.txt'), dangling);
    const locked = path.join(dir, 'locked.txt');
    await writeFile(locked, 'A short story that nobody may read.');
    await chmod(locked, 0);
    const args = ['/no/such/file.html', dangling];
    // root reads any file whatever its mode, so the permission case only exists for other users.
    const canLock = process.getuid?.() !== 0;
    if (canLock) args.push(locked);
    const result = await cli('import', ...args, '--json', '--library', lib);
    expect(result.code).toBe(1);
    const entries = JSON.parse(result.out);
    expect(entries.slice(0, 2)).toEqual([
      { file: '/no/such/file.html', error: 'There is no file "/no/such/file.html".' },
      { file: dangling, error: `There is no file "${dangling}".` },
    ]);
    if (canLock) expect(entries[2]).toEqual({ file: locked, error: `Tandai may not read "${locked}"; check its permissions.` });
    await chmod(locked, 0o600);
  });

  it('lists what it skips in a folder and why, without failing', async () => {
    const lib = await tempDir();
    const dir = await tempDir('tandai-folder-');
    await mkdir(path.join(dir, 'images'));
    await writeFile(path.join(dir, 'images', 'map.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    await writeFile(path.join(dir, 'book.epub'), Buffer.from('PK'));
    await writeFile(path.join(dir, 'note.md'), '# Harbour notes\n\nThe ferry left at six, and the harbour was quiet for the rest of the morning.\n');
    const result = await cli('import', dir, '--library', lib);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Imported “Harbour notes” \(.+, en\)\n1 imported, 2 skipped\.\n$/);
    expect(result.err).toBe(
      [
        `Skipped: "${path.join(dir, 'book.epub')}" is an EPUB e-book; importing EPUB files is not supported yet, so import its chapters as text or web pages for now.`,
        `Skipped: "${path.join(dir, 'images', 'map.png')}" is an image; Tandai imports only text, markdown and web pages, so import the article text instead.`,
        '',
      ].join('\n'),
    );
  });
});
