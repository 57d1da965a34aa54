/**
 * `export.library`: a folder with one file per article and index.md, progress readable through
 * `export.progress` while it runs, and every failure a sentence that leaves the folder as it was.
 */
import { describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDir } from '../helpers/temp-library.js';
import { exportLibrary } from './export-fixture.js';
import { dispatchCall } from '../../shared/dispatch-call.js';
import { createHandlers } from '../../electron/handlers.js';
import { startServer } from '../../electron/server.js';

async function library() {
  const fixture = await exportLibrary();
  // Titles that need care: Indonesian punctuation, a duplicate, a reserved name, a long one.
  const titles = ['Harga Kopi “Naik” 10%: Petani Senang', 'Harga kopi naik 10% — petani senang', 'CON', `Sangat ${'panjang '.repeat(30)}`];
  const files = titles.map((title, i) => ({ name: `t${i}.md`, dataBase64: Buffer.from(`---\ntitle: ${JSON.stringify(title)}\n---\n\nBerita ke-${i} tentang kopi.\n`).toString('base64') }));
  const imported = await fixture.call('articles.import', { files });
  const ids = imported.results.map((r) => (r as { id: string }).id);
  return { ...fixture, ids };
}

describe('export.library', () => {
  it('writes one file per article with safe, unique names and an index, reporting progress while it runs', async () => {
    const { library: lib, call, ids, sampleId } = await library();
    const dir = path.join(await tempDir(), 'new', 'folder');
    const handlers = createHandlers(lib);
    const seen: Array<{ state: string; done: number; total: number }> = [];
    let finished = false;
    const exporting = call('export.library', { dir, jobId: 'job-1', style: 'gfm' }).finally(() => (finished = true));
    // Poll as the app does (a second call while the first runs).
    while (!finished) {
      const progress = await dispatchCall(handlers, 'export.progress', { jobId: 'job-1' });
      if (progress.ok) seen.push(progress.value as (typeof seen)[number]);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    const result = await exporting;
    expect(result.count).toBe(6);
    expect(result.dir).toBe(dir);
    expect(result.files).toEqual(expect.arrayContaining([
      'harga-kopi-naik-10-petani-senang.md',
      'harga-kopi-naik-10-petani-senang-2.md',
      `${ids[2]}.md`,
      `sangat-${'panjang-'.repeat(10).slice(0, 73)}.md`,
      'coffee-in-aceh.md',
    ]));
    expect((await readdir(dir)).sort()).toEqual([...result.files, 'index.md'].sort());
    const sample = await readFile(path.join(dir, result.files[lib.list().findIndex((s) => s.id === sampleId)]), 'utf8');
    expect(sample).toContain('<mark>“Netralitas kini keharusan bagi lab AI.”</mark>[^3]');
    const index = await readFile(path.join(dir, 'index.md'), 'utf8');
    for (const name of result.files) expect(index).toContain(`](<${name}>)`);
    // Progress went up to the total, and the job ends as done.
    expect(seen.some((p) => p.state === 'running')).toBe(true);
    expect(seen.every((p, i) => i === 0 || p.done >= seen[i - 1].done)).toBe(true);
    expect((await call('export.progress', { jobId: 'job-1' }))).toEqual({ jobId: 'job-1', state: 'done', done: 6, total: 6 });
    expect((await call('export.progress', { jobId: 'never-started' })).state).toBe('unknown');
    await lib.close();
  });

  it('exports a selection, in any format', async () => {
    const { library: lib, call, ids, mdId } = await library();
    const dir = await tempDir();
    const result = await call('export.library', { dir, ids: [mdId, ids[0]], format: 'quotes' });
    expect(result.files).toEqual(['coffee-in-aceh-quotes.md', 'harga-kopi-naik-10-petani-senang-quotes.md']);
    expect(await readFile(path.join(dir, result.files[0]), 'utf8')).toContain('export: quotes');
    const json = await call('export.library', { dir: path.join(dir, 'json'), ids: [mdId], format: 'json' });
    expect(JSON.parse(await readFile(path.join(dir, 'json', json.files[0]), 'utf8')).type).toBe('AnnotationCollection');
    await lib.close();
  });

  it('says which id is unknown and writes nothing', async () => {
    const { library: lib, mdId } = await library();
    const dir = path.join(await tempDir(), 'out');
    const result = await dispatchCall(createHandlers(lib), 'export.library', { dir, ids: [mdId, 'zzzzzzzzzzzzzzzz'] });
    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: 'There is no article with id zzzzzzzzzzzzzzzz in this library; nothing was exported.' } });
    await expect(readdir(dir)).rejects.toThrow();
    await lib.close();
  });

  it('refuses to replace existing files unless told to, changing nothing', async () => {
    const { library: lib, call, mdId } = await library();
    const dir = await tempDir();
    await writeFile(path.join(dir, 'index.md'), 'mine');
    const result = await dispatchCall(createHandlers(lib), 'export.library', { dir });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toEqual({ code: 'exists', message: `"${path.join(dir, 'index.md')}" already exists; replace them or choose another folder.` });
    expect(await readdir(dir)).toEqual(['index.md']);
    await call('export.library', { dir, ids: [mdId], overwrite: true });
    expect(await readFile(path.join(dir, 'index.md'), 'utf8')).toMatch(/^# Tandai export/);
    await lib.close();
  });

  it('says when the folder cannot be written, and takes back what it wrote when a file fails part-way', async () => {
    const { library: lib, call } = await library();
    const base = await tempDir();
    await writeFile(path.join(base, 'file'), '');
    const blocked = await dispatchCall(createHandlers(lib), 'export.library', { dir: path.join(base, 'file') });
    expect(!blocked.ok && blocked.error).toEqual({ code: 'io', message: `"${path.join(base, 'file')}" is a file, not a folder; choose a folder to export into.` });
    const under = await dispatchCall(createHandlers(lib), 'export.library', { dir: path.join(base, 'file', 'sub') });
    expect(!under.ok && under.error.code).toBe('io');
    expect(!under.ok && under.error.message).toMatch(/^(There is no folder|".*" cannot be made)/);
    // A folder where the last article's file should go: that write fails after the others succeeded.
    const dir = path.join(base, 'out');
    await mkdir(path.join(dir, `sangat-${'panjang-'.repeat(10).slice(0, 73)}.md`), { recursive: true });
    await writeFile(path.join(dir, 'notes.txt'), 'mine');
    const before = (await readdir(dir)).sort();
    const failed = await dispatchCall(createHandlers(lib), 'export.library', { dir, overwrite: true, jobId: 'job-2' });
    expect(!failed.ok && failed.error.code).toBe('io');
    expect((await readdir(dir)).sort()).toEqual(before);
    expect((await call('export.progress', { jobId: 'job-2' })).state).toBe('failed');
    await lib.close();
  });

  it('answers progress over HTTP while the export call is still running, and done after it', async () => {
    const { library: lib } = await library();
    const rendererDir = await tempDir();
    await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Tandai</title>');
    const server = await startServer({ handlers: createHandlers(lib), rendererDir });
    const api = async (method: string, params: unknown) => {
      const response = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(params),
      });
      return response.json();
    };
    try {
      const dir = path.join(await tempDir(), 'http');
      let finished = false;
      const exporting = api('export.library', { dir, jobId: 'http-job' }).finally(() => (finished = true));
      const states = new Set<string>();
      while (!finished) {
        const progress = await api('export.progress', { jobId: 'http-job' });
        states.add(progress.value.state);
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      expect((await exporting).value.count).toBe(6);
      // Polled while the first request was in flight (its answer may already be on its way: done).
      expect(states.size).toBeGreaterThan(0);
      expect([...states].every((state) => ['unknown', 'running', 'done'].includes(state))).toBe(true);
      expect((await api('export.progress', { jobId: 'http-job' })).value).toEqual({ jobId: 'http-job', state: 'done', done: 6, total: 6 });
    } finally {
      await server.close();
      await lib.close();
    }
  });
});
