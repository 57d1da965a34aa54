import { describe, expect, it } from 'vitest';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../../electron/cli.js';
import { tempDir } from '../helpers/temp-library.js';
import { exportLibrary } from './export-fixture.js';
import { exportCliErrorCases } from './export-cli.cases.js';

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

async function annotatedLibrary() {
  const { library, sampleId, mdId } = await exportLibrary();
  const dir = library.dir;
  await library.close();
  return { dir, sampleId, mdId };
}

describe('tandai export', () => {
  it('writes one article to standard output in each format', async () => {
    const { dir, sampleId } = await annotatedLibrary();
    const md = await cli('export', sampleId, '--style', 'gfm', '--library', dir);
    expect(md.code).toBe(0);
    expect(md.out).toMatch(/^---\ntitle: Scale AI Resmi Diakuisisi/);
    expect(md.out).toContain('<mark>“Netralitas kini keharusan bagi lab AI.”</mark>[^3]');
    const obsidian = await cli('export', sampleId, '--library', dir);
    expect(obsidian.out).toContain('==“Netralitas kini keharusan bagi lab AI.”==[^3]');
    const quotes = await cli('export', sampleId, '--format', 'quotes', '--library', dir);
    expect(quotes.out).toContain('> *EN:* Neutrality is now a must for AI labs.');
    const json = JSON.parse((await cli('export', sampleId, '--format', 'json', '--library', dir)).out);
    expect(json).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 4 });
  });

  it('writes a file with --out, refuses to replace it without --force', async () => {
    const { dir, sampleId } = await annotatedLibrary();
    const out = path.join(await tempDir(), 'scale.md');
    expect(await cli('export', sampleId, '--out', out, '--library', dir)).toMatchObject({ code: 0, out: `Wrote ${out}\n` });
    expect(await readFile(out, 'utf8')).toContain('tandai:\n  version: 2\n  id: ');
    await writeFile(out, 'mine');
    const again = await cli('export', sampleId, '--out', out, '--library', dir);
    expect(again).toMatchObject({ code: 1, err: `"${out}" already exists; add --force to replace it.\n` });
    expect(await readFile(out, 'utf8')).toBe('mine');
    expect((await cli('export', sampleId, '--out', out, '--force', '--library', dir)).code).toBe(0);
    expect(await readFile(out, 'utf8')).toContain('==“Netralitas');
    // A folder as --out gets the article's own file name.
    const folder = await tempDir();
    expect((await cli('export', sampleId, '--format', 'json', '--out', folder, '--library', dir)).code).toBe(0);
    expect(await readdir(folder)).toEqual(['scale-ai-resmi-diakuisisi-49-oleh-meta-senilai-rp232-triliun.jsonld']);
  });

  it('exports the whole library into a folder with unique names and an index', async () => {
    const { dir } = await annotatedLibrary();
    const out = path.join(await tempDir(), 'export');
    const result = await cli('export', '--all', '--out', out, '--json', '--library', dir);
    expect(result.code).toBe(0);
    const { written } = JSON.parse(result.out);
    expect(written.map((f: string) => path.basename(f))).toEqual(expect.arrayContaining(['coffee-in-aceh.md', 'index.md']));
    expect((await readdir(out)).sort()).toEqual(['coffee-in-aceh.md', 'index.md', 'scale-ai-resmi-diakuisisi-49-oleh-meta-senilai-rp232-triliun.md']);
    const index = await readFile(path.join(out, 'index.md'), 'utf8');
    expect(index).toContain('- [Coffee in \\*Aceh\\*](<coffee-in-aceh.md>) — Sari Dewi (4 annotations)');
    // Nothing half-written is left behind.
    expect((await readdir(out)).some((f) => f.includes('.tmp'))).toBe(false);
    // A second export into the same folder changes nothing without --force.
    await writeFile(path.join(out, 'index.md'), 'mine');
    const again = await cli('export', '--all', '--out', out, '--library', dir);
    expect(again.code).toBe(1);
    expect(again.err).toContain(`already exists; add --force to replace the files in "${out}".\n`);
    expect(await readFile(path.join(out, 'index.md'), 'utf8')).toBe('mine');
    expect((await cli('export', '--all', '--out', out, '--force', '--library', dir)).code).toBe(0);
    expect(await readFile(path.join(out, 'index.md'), 'utf8')).toMatch(/^# Tandai export/);
    // --all without --out: every article on standard output.
    const all = await cli('export', '--all', '--format', 'json', '--library', dir);
    expect(JSON.parse(all.out)).toHaveLength(2);
  });

  it('says when the folder cannot be written', async () => {
    const { dir } = await annotatedLibrary();
    const blocker = path.join(await tempDir(), 'file');
    await writeFile(blocker, '');
    const result = await cli('export', '--all', '--out', path.join(blocker, 'sub'), '--library', dir);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^(There is no folder|".*" cannot be made)/);
    expect(result.err.trim().split('\n')).toHaveLength(1);
  });

  it.each(exportCliErrorCases)('$args gives a sentence', async ({ args, code, message }) => {
    const { dir, sampleId } = await annotatedLibrary();
    const result = await cli(...args.map((a) => (a === 'ID' ? sampleId : a)), '--library', dir);
    expect(result.code).toBe(code);
    expect(result.err).toMatch(message);
    expect(result.err.trim().split('\n')).toHaveLength(1);
  });

  it('lists export in --help', async () => {
    expect((await cli('--help')).out).toContain('export ID|--all');
  });
});
