/**
 * Disk full and read-only folders: a write that the disk refuses fails with code 'io' and one clear
 * sentence, and what the app shows stays what is on disk — no phantom annotation in `articles.get`
 * or the list, the article file byte for byte as before, and a reopened library agrees.
 *
 * Tests run as root in CI, where chmod stops nothing, so the failures are made in ways root cannot
 * write through: a file size limit (RLIMIT_FSIZE via prlimit, which fails the write with EFBIG as a
 * full disk does) in a child process, and a folder standing where the article's backup must go.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createHandlers } from '../../electron/handlers.js';
import { Library } from '../../electron/library/library.js';
import { dispatchCall } from '../../shared/dispatch-call.js';
import type { Envelope } from '../../shared/api-error.js';
import { REPO, SAMPLE, tempDir } from '../helpers/temp-library.js';

// prlimit comes with util-linux, which every Debian system has.

async function sampleLibrary() {
  const dir = await tempDir();
  const library = await Library.open(dir, { mode: 'write', addSample: true, samplePath: SAMPLE });
  const [{ id }] = library.list();
  await library.close();
  return { dir, id, file: path.join(dir, 'articles', `${id}.json`) };
}

function expectIoSentence(envelope: Envelope<unknown>): void {
  expect(envelope.ok).toBe(false);
  if (envelope.ok) return;
  expect(envelope.error.code).toBe('io');
  expect(envelope.error.message).toMatch(/^Tandai could not save or read a library file because .+; nothing was changed\. .+\.$/s);
  expect(envelope.error.message).not.toMatch(/Something went wrong inside Tandai/);
}

/** The annotation write fails; then the API, a reopened library and the file all still say "no annotation". */
async function checkNoPhantom(dir: string, id: string, file: string, fileBefore: string, library: Library): Promise<void> {
  const handlers = createHandlers(library);
  const get = await dispatchCall(handlers, 'articles.get', { id });
  expect(get.ok).toBe(true);
  expect((get as { value: { annotations: unknown[] } }).value.annotations).toEqual([]);
  const list = await dispatchCall(handlers, 'articles.list', {});
  expect((list as { value: { articles: { id: string; annotationCount: number }[] } }).value.articles.find((a) => a.id === id)?.annotationCount).toBe(0);
  expect(await readFile(file, 'utf8')).toBe(fileBefore);
  await library.close();
  const reopened = await Library.open(dir, { mode: 'write' });
  try {
    expect((await reopened.get(id)).annotations).toEqual([]);
    expect(reopened.list().find((a) => a.id === id)?.annotationCount).toBe(0);
    // And the library still takes writes once the disk does.
    await reopened.updateArticle(id, (f) => {
      f.article.tags = ['after'];
    });
  } finally {
    await reopened.close();
  }
}

describe('when the disk refuses a write', () => {
  it('a full disk (file size limit, EFBIG) fails the annotation with a sentence and leaves no phantom', async () => {
    const { dir, id, file } = await sampleLibrary();
    const fileBefore = await readFile(file, 'utf8');
    const { size } = await stat(file);
    // Room for the lock, the dirty marker and the index, not for the article with a 4,000-character note.
    const limit = size + 1024;
    const child = spawnSync(
      'prlimit',
      [`--fsize=${limit}`, process.execPath, '--import', 'tsx', path.join(REPO, 'tests', 'unit', 'disk-failure-child.ts'), dir, id],
      { cwd: REPO, encoding: 'utf8', env: { ...process.env, TSX_DISABLE_CACHE: '1' }, timeout: 60_000 },
    );
    expect(child.status, child.stderr).toBe(0);
    const report = JSON.parse(child.stdout.trim().split('\n').pop()!) as { create: Envelope<unknown>; annotations: number; list: Envelope<{ articles: { id: string; annotationCount: number }[] }> };
    expectIoSentence(report.create);
    expect((report.create as { error: { message: string } }).error.message).toContain('larger than the system allows');
    // What the same process showed right after the failure.
    expect(report.annotations).toBe(0);
    expect(report.list.ok && report.list.value.articles.find((a) => a.id === id)?.annotationCount).toBe(0);
    const library = await Library.open(dir, { mode: 'write' });
    await checkNoPhantom(dir, id, file, fileBefore, library);
  });

  it('a folder in the way of the backup fails the annotation with a sentence and leaves no phantom (even as root)', async () => {
    const { dir, id, file } = await sampleLibrary();
    const library = await Library.open(dir, { mode: 'write' });
    const handlers = createHandlers(library);
    await library.get(id);
    const fileBefore = await readFile(file, 'utf8');
    // `<id>.json.bak` becomes a folder with something in it: the durable write cannot set the old version aside.
    await mkdir(`${file}.bak/inside`, { recursive: true });
    const create = await dispatchCall(handlers, 'annotations.create', { articleId: id, target: { start: 0, end: 20 }, color: 'green' });
    expectIoSentence(create);
    // No temp file is left behind either.
    const leftovers = (await import('node:fs/promises')).readdir(path.join(dir, 'articles'));
    expect((await leftovers).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    // The disk "recovers": the obstacle goes, and the checks below write again.
    await rm(`${file}.bak`, { recursive: true });
    await checkNoPhantom(dir, id, file, fileBefore, library);
  });

  it('a file in the way of the trash folder fails a delete with a sentence and keeps the article', async () => {
    const { dir, id, file } = await sampleLibrary();
    await writeFile(path.join(dir, 'trash'), 'not a folder');
    const library = await Library.open(dir, { mode: 'write' });
    try {
      const handlers = createHandlers(library);
      const deleted = await dispatchCall(handlers, 'articles.delete', { id });
      expectIoSentence(deleted);
      expect(library.list().map((a) => a.id)).toEqual([id]);
      expect(existsSync(file)).toBe(true);
    } finally {
      await library.close();
    }
    const reopened = await Library.open(dir, { mode: 'read' });
    expect(reopened.list().map((a) => a.id)).toEqual([id]);
    await reopened.close();
  });
});
