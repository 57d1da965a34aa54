/**
 * Schema versions. A version-1 library (tests/fixtures/library-v1: hand-made in the format Tandai wrote
 * before SCHEMA_VERSION 2, with the fields older files may lack left out) opens, is snapshotted, migrated
 * file by file with the old version kept as `.bak`, its index rebuilt, and every annotation survives.
 * A library written by a newer Tandai opens read-only, with a sentence, in the CLI and in the app's Library.
 */
import { describe, expect, it, vi } from 'vitest';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../../electron/cli.js';
import { Library } from '../../electron/library/library.js';
import { createHandlers } from '../../electron/handlers.js';
import { dispatchCall } from '../../shared/dispatch-call.js';
import { SCHEMA_VERSION, type ArticleFile } from '../../shared/model.js';
import { REPO, tempDir } from '../helpers/temp-library.js';
import { folderContents } from '../helpers/folder-contents.js';

const FIXTURE = path.join(REPO, 'tests', 'fixtures', 'library-v1');

async function copyFixture(): Promise<string> {
  const dir = path.join(await tempDir(), 'library');
  await cp(FIXTURE, dir, { recursive: true });
  return dir;
}

/** Every file under `dir` with its text, for "nothing changed" checks and byte comparisons. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files = await folderContents(dir);
  return Object.fromEntries(Object.entries(files).filter(([, v]) => v !== '<dir>').map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]));
}

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  // Library notices go to the process's stderr; collect them with the command's own.
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  try {
    const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s) });
    return { code, out, err };
  } finally {
    spy.mockRestore();
  }
}

const readJson = async <T>(file: string): Promise<T> => JSON.parse(await readFile(file, 'utf8')) as T;

describe('a version-1 library', () => {
  it('is the version before this one', () => {
    expect(SCHEMA_VERSION).toBe(2);
  });

  it('is read by the read-only CLI without writing anything', async () => {
    const dir = await copyFixture();
    const before = await snapshot(dir);
    const listed = await cli('list', '--json', '--library', dir);
    expect(listed.code, listed.err).toBe(0);
    expect(listed.err).toBe('');
    expect((JSON.parse(listed.out) as { annotationCount: number }[]).map((a) => a.annotationCount).sort()).toEqual([1, 3]);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('opens, is backed up, migrated with .bak kept, and keeps every annotation', async () => {
    const dir = await copyFixture();
    const original = await snapshot(dir);
    const articleFiles = Object.keys(original).filter((f) => f.startsWith('articles'));
    const fixtureAnnotations = new Map<string, ArticleFile['annotations']>();
    for (const file of articleFiles) {
      const data = JSON.parse(original[file]) as ArticleFile;
      fixtureAnnotations.set(data.article.id, data.annotations);
    }

    const library = await Library.open(dir, { mode: 'write', indexDelayMs: 0, clock: () => new Date('2026-11-28T10:00:00Z') });
    try {
      expect(library.readOnly).toBe(false);
      expect(library.notices).toEqual([]);
      const handlers = createHandlers(library);
      const call = async (method: string, params: unknown) => {
        const envelope = await dispatchCall(handlers, method, params);
        if (!envelope.ok) throw new Error(envelope.error.message);
        return envelope.value as never;
      };
      // The index was rebuilt: fields the v1 index lacked are computed from the articles.
      const { articles } = await call('articles.list', {}) as { articles: Array<{ id: string; annotationCount: number; annotationTags: string[]; readingMinutes?: number; tags: string[] }> };
      expect(articles).toHaveLength(2);
      for (const summary of articles) {
        expect(summary.annotationCount).toBe(fixtureAnnotations.get(summary.id)!.length);
        expect(summary.readingMinutes).toBeGreaterThanOrEqual(1);
      }
      expect(articles.find((a) => a.annotationCount === 3)!.annotationTags).toEqual(['data']);
      expect(articles.find((a) => a.annotationCount === 1)!.tags).toEqual([]);

      // Every annotation survives as it was, with the defaults filled in where v1 left them out.
      for (const [id, expected] of fixtureAnnotations) {
        const { annotations } = await call('articles.get', { id }) as { annotations: ArticleFile['annotations'] };
        expect(annotations).toEqual(expected.map((a) => ({ ...a, kind: a.kind ?? 'highlight' })));
      }
      const settings = await call('settings.get', {}) as { fontSize: number; theme: string };
      expect(settings).toMatchObject({ fontSize: 21, theme: 'dark' });
      // And the migrated library takes new work.
      const [first] = articles;
      await call('annotations.create', { articleId: first.id, target: { start: 0, end: 5 }, note: 'baru' });
    } finally {
      await library.close();
    }

    // On disk: every file is version 2, and the version-1 bytes are kept as .bak and in a snapshot.
    const after = await snapshot(dir);
    for (const file of ['library.json', 'settings.json', ...articleFiles]) {
      expect(JSON.parse(after[file]).schemaVersion, file).toBe(2);
    }
    for (const file of ['settings.json', ...articleFiles]) {
      // The article that took a new annotation has been saved again since; its .bak is the migrated version.
      const bak = JSON.parse(after[`${file}.bak`]);
      expect([1, 2]).toContain(bak.schemaVersion);
      if (bak.schemaVersion === 1) expect(after[`${file}.bak`]).toBe(original[file]);
    }
    expect(articleFiles.filter((f) => JSON.parse(after[`${f}.bak`]).schemaVersion === 1)).toHaveLength(1);
    const [backupId] = await readdir(path.join(dir, 'backups'));
    const backup = await readJson<{ reason: string; articleCount: number }>(path.join(dir, 'backups', backupId, 'snapshot.json'));
    expect(backup).toMatchObject({ reason: 'before-upgrade', articleCount: 2 });
    for (const file of Object.keys(original)) expect(after[path.join('backups', backupId, file)], file).toBe(original[file]);

    // A second start finds nothing to migrate and takes no second snapshot.
    const reopened = await Library.open(dir, { mode: 'write' });
    expect(reopened.notices).toEqual([]);
    expect(reopened.list()).toHaveLength(2);
    await reopened.close();
    expect(await readdir(path.join(dir, 'backups'))).toEqual([backupId]);

    // Restoring the pre-upgrade snapshot brings back the version-1 files; they are upgraded again on
    // reading, the index is rebuilt (not taken from the old-format snapshot), and the later highlight is gone.
    const restoring = await Library.open(dir, { mode: 'write', clock: () => new Date('2026-11-28T11:00:00Z') });
    try {
      const restored = await dispatchCall(createHandlers(restoring), 'backups.restore', { id: backupId });
      expect(restored).toMatchObject({ ok: true, value: { articleCount: 2 } });
      const counts = restoring.list().map((a) => [a.id, a.annotationCount, a.annotationTags.length > 0] as const);
      expect(new Map(counts.map(([id, count]) => [id, count]))).toEqual(new Map([...fixtureAnnotations].map(([id, list]) => [id, list.length])));
      expect(counts.some(([, , hasTags]) => hasTags)).toBe(true); // computed by the rebuild; the v1 index had none
      for (const [id, expected] of fixtureAnnotations) expect((await restoring.get(id)).annotations.map((a) => a.id)).toEqual(expected.map((a) => a.id));
    } finally {
      await restoring.close();
    }
  });
});

describe('a library written by a newer Tandai', () => {
  async function newerLibrary(): Promise<string> {
    const dir = await copyFixture();
    // Open once so it is current, then pretend a newer Tandai rewrote the index and one article.
    await (await Library.open(dir, { mode: 'write' })).close();
    for (const file of ['library.json', path.join('articles', 'rsx6irwj5a53yg3c.json')]) {
      const data = await readJson<Record<string, unknown>>(path.join(dir, file));
      await writeFile(path.join(dir, file), JSON.stringify({ ...data, schemaVersion: SCHEMA_VERSION + 1, someNewField: true }));
    }
    return dir;
  }

  it('opens read-only in the CLI: reading works with a sentence, writing is refused with one', async () => {
    const dir = await newerLibrary();
    const before = await snapshot(dir);
    const listed = await cli('list', '--library', dir);
    expect(listed.code).toBe(0);
    expect(listed.err).toBe(`The library index was written by a newer version of Tandai (format ${SCHEMA_VERSION + 1}); update Tandai to change it.\n`);
    const imported = await cli('import', path.join(REPO, 'tests', 'fixtures', 'news-en.html'), '--library', dir);
    expect(imported.code).toBe(1);
    expect(imported.err.trim().split('\n').at(-1)).toMatch(/^The library index was written by a newer version of Tandai \(format \d+\); update Tandai to change it\.$/);
    const backup = await cli('backup', '--library', dir);
    expect(backup.code).toBe(1);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('opens read-only in the app: app.info says so and carries the sentence, and nothing is written', async () => {
    const dir = await newerLibrary();
    const before = await snapshot(dir);
    const library = await Library.open(dir, { mode: 'write', dailyBackup: true });
    try {
      const handlers = createHandlers(library);
      const info = await dispatchCall(handlers, 'app.info', {});
      expect(info).toMatchObject({ ok: true, value: { readOnly: true } });
      expect((info as { value: { notices: string[] } }).value.notices).toContain(
        `The library index was written by a newer version of Tandai (format ${SCHEMA_VERSION + 1}); update Tandai to change it.`,
      );
      const [article] = library.list();
      const refused = await dispatchCall(handlers, 'annotations.create', { articleId: article.id, target: { start: 0, end: 4 } });
      expect(refused).toMatchObject({ ok: false, error: { code: 'read_only' } });
    } finally {
      await library.close();
    }
    const after = await snapshot(dir);
    delete after['tandai.lock'];
    expect(after).toEqual(before);
  });
});
