/**
 * Backups: real libraries in temp folders, a clock the test moves. The daily snapshot is taken once a
 * day on opening and kept 7 days; backups.create/restore go through the API; a restore is undoable,
 * rebuilds the index and needs the lock; the CLI's `tandai backup` and `tandai restore` work the same.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chmod, chown, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Library, type OpenOptions } from '../../electron/library/library.js';
import { createHandlers } from '../../electron/handlers.js';
import { linkSafe } from '../../electron/library/backups.js';
import { runCli } from '../../electron/cli.js';
import { dispatchCall } from '../../shared/dispatch-call.js';
import type { MethodName, ParamsIn, Result } from '../../shared/api.js';
import { REPO, SAMPLE, tempDir } from '../helpers/temp-library.js';

const DAY = 24 * 60 * 60 * 1000;

/** A clock the test sets; the library reads it for backup names and ages. */
function testClock(start: string) {
  let now = Date.parse(start);
  return { clock: () => new Date(now), advance: (ms: number) => (now += ms), set: (iso: string) => (now = Date.parse(iso)) };
}

async function open(dir: string, options: Partial<OpenOptions> = {}) {
  const library = await Library.open(dir, { mode: 'write', addSample: true, samplePath: SAMPLE, indexDelayMs: 0, ...options });
  const handlers = createHandlers(library);
  const call = async <M extends MethodName>(method: M, params: ParamsIn<M>): Promise<Result<M>> => {
    const envelope = await dispatchCall(handlers, method, params);
    if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
    return envelope.value as Result<M>;
  };
  return { library, call };
}

async function snapshotNames(dir: string): Promise<string[]> {
  return (await readdir(path.join(dir, 'backups')).catch(() => [] as string[])).sort();
}

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('backups', () => {
  it('takes one snapshot a day on opening and keeps them 7 days', async () => {
    const dir = await tempDir();
    const time = testClock('2026-11-01T08:00:00Z');
    const reopen = async () => (await open(dir, { dailyBackup: true, clock: time.clock })).library.close();

    await reopen();
    expect(await snapshotNames(dir)).toEqual(['2026-11-01T08-00-00Z']);
    time.advance(6 * 60 * 60 * 1000); // later the same day: no second daily snapshot
    await reopen();
    expect(await snapshotNames(dir)).toEqual(['2026-11-01T08-00-00Z']);
    for (let day = 2; day <= 7; day++) {
      time.set(`2026-11-0${day}T09:00:00Z`);
      await reopen();
    }
    expect(await snapshotNames(dir)).toHaveLength(7);
    // Day 9, 08:30: day 1's snapshot is more than 7 days old and goes; day 2's (09:00) is 30 minutes short of it and stays.
    time.set('2026-11-09T08:30:00Z');
    await reopen();
    const names = await snapshotNames(dir);
    expect(names[0]).toBe('2026-11-02T09-00-00Z');
    expect(names.at(-1)).toBe('2026-11-09T08-30-00Z');
    expect(names).toHaveLength(7);
    // Each is a whole library: the index and the sample article are in it.
    const newest = path.join(dir, 'backups', names.at(-1)!);
    const manifest = JSON.parse(await readFile(path.join(newest, 'snapshot.json'), 'utf8'));
    expect(manifest).toMatchObject({ reason: 'daily', articleCount: 1 });
    expect((await readdir(path.join(newest, 'articles'))).filter((n) => n.endsWith('.json'))).toHaveLength(1);
    expect(existsSync(path.join(newest, 'library.json'))).toBe(true);
  });

  it('waits its delay before the daily snapshot, and takes it on closing when the library closes sooner', async () => {
    const dir = await tempDir();
    const time = testClock('2026-11-01T08:00:00Z');
    const first = await open(dir, { dailyBackup: true, dailyBackupDelayMs: 600_000, clock: time.clock });
    await first.library.flushIndex(); // the write queue is idle: nothing was queued at opening
    expect(await snapshotNames(dir)).toEqual([]);
    await first.library.close();
    expect(await snapshotNames(dir)).toEqual(['2026-11-01T08-00-00Z']);

    // Open past the delay: taken then, while the library stays open.
    time.set('2026-11-02T08:00:00Z');
    const second = await open(dir, { dailyBackup: true, dailyBackupDelayMs: 20, clock: time.clock });
    try {
      for (let waited = 0; waited < 10_000 && (await snapshotNames(dir)).length < 2; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await snapshotNames(dir)).toEqual(['2026-11-01T08-00-00Z', '2026-11-02T08-00-00Z']);
    } finally {
      await second.library.close();
    }
    expect(await snapshotNames(dir)).toHaveLength(2); // not a second one on closing
  });

  it('still opens when the daily snapshot fails, and says why in a sentence', async () => {
    const dir = await tempDir();
    await (await open(dir)).library.close();
    await writeFile(path.join(dir, 'backups'), 'a file where the backups folder should be');
    const { library, call } = await open(dir, { dailyBackup: true });
    try {
      await library.flushIndex(); // queued behind the snapshot
      expect(library.notices).toEqual([expect.stringMatching(/^Tandai could not take today's backup of the library \(.*\)\.$/)]);
      expect((await call('articles.list', {})).articles).toHaveLength(1);
    } finally {
      await library.close();
    }
  });

  it('takes no snapshot when opened without the daily option (CLI commands, tests)', async () => {
    const dir = await tempDir();
    const { library } = await open(dir);
    await library.close();
    expect(await snapshotNames(dir)).toEqual([]);
  });

  it('restores a snapshot through the API, and the restore can be undone', async () => {
    const dir = await tempDir();
    const time = testClock('2026-11-20T10:00:00Z');
    const { library, call } = await open(dir, { clock: time.clock });
    try {
      const [sample] = (await call('articles.list', {})).articles;
      const first = await call('annotations.create', { articleId: sample.id, target: { start: 0, end: 10 }, note: 'kept' });
      await call('settings.update', { fontSize: 22 });
      const { backup, path: where } = await call('backups.create', {});
      expect(backup).toMatchObject({ id: '2026-11-20T10-00-00Z', reason: 'manual', articleCount: 1 });
      expect(where).toBe(path.join(dir, 'backups', backup.id));
      const snapshotFile = path.join(where, 'articles', `${sample.id}.json`);
      const snapshotBytes = await readFile(snapshotFile, 'utf8');

      // Work after the snapshot: another highlight, a new setting, the article deleted, another imported.
      time.advance(60 * 60 * 1000);
      const later = await call('annotations.create', { articleId: sample.id, target: { start: 20, end: 30 }, note: 'after' });
      await call('settings.update', { fontSize: 14 });
      await call('articles.delete', { id: sample.id });
      const imported = await call('articles.import', { files: [{ name: 'baru.md', dataBase64: Buffer.from('# Berita baru\n\nIsi berita yang baru.\n').toString('base64') }] });
      const newId = (imported.results[0] as { id: string }).id;
      // Later writes replace files by rename, so the hard-linked snapshot is untouched.
      expect(await readFile(snapshotFile, 'utf8')).toBe(snapshotBytes);

      time.advance(60 * 1000);
      const restored = await call('backups.restore', { id: backup.id });
      expect(restored.restored.id).toBe(backup.id);
      expect(restored.undo).toMatchObject({ reason: 'before-restore', articleCount: 1 });
      expect(restored.articleCount).toBe(1);
      // The library is as it was: the index was rebuilt, the caches dropped, the settings re-read.
      expect((await call('articles.list', {})).articles.map((a) => a.id)).toEqual([sample.id]);
      const { annotations } = await call('articles.get', { id: sample.id });
      expect(annotations.map((a) => a.id)).toEqual([first.id]);
      expect((await call('settings.get', {})).fontSize).toBe(22);
      await expect(call('articles.get', { id: newId })).rejects.toMatchObject({ code: 'not_found' });
      // Nothing pending: the index on disk agrees.
      expect(existsSync(path.join(dir, 'library.dirty'))).toBe(false);
      expect(JSON.parse(await readFile(path.join(dir, 'library.json'), 'utf8')).articles.map((a: { id: string }) => a.id)).toEqual([sample.id]);

      // Undo: back to the state just before the restore.
      await call('backups.restore', { id: restored.undo.id });
      expect((await call('articles.list', {})).articles.map((a) => a.id)).toEqual([newId]);
      expect((await call('settings.get', {})).fontSize).toBe(14);
      // The deleted article is in the trash again, with its later highlight: undo of the delete still works.
      await call('articles.restore', { id: sample.id });
      expect((await call('articles.get', { id: sample.id })).annotations.map((a) => a.id).sort()).toEqual([first.id, later.id].sort());

      const { backups } = await call('backups.list', {});
      expect(backups.map((b) => b.reason)).toEqual(['before-restore', 'before-restore', 'manual']);
    } finally {
      await library.close();
    }
    // A fresh start agrees with what the restore left.
    const reopened = await Library.open(dir, { mode: 'write' });
    expect(reopened.list()).toHaveLength(2);
    expect(reopened.notices).toEqual([]);
    await reopened.close();
  });

  it('hard-links the files whose writers replace them by rename, and copies files of other kinds', async () => {
    const dir = await tempDir();
    const { library, call } = await open(dir, { clock: testClock('2026-11-20T10:00:00Z').clock });
    try {
      const [article] = (await call('articles.list', {})).articles;
      // A file a later feature might write in place (not through durable-json-file.ts).
      await writeFile(path.join(dir, 'notes.txt'), 'first');
      const { path: where } = await call('backups.create', {});
      const ino = async (file: string) => (await stat(file)).ino;
      expect(await ino(path.join(where, 'articles', `${article.id}.json`))).toBe(await ino(path.join(dir, 'articles', `${article.id}.json`)));
      expect(await ino(path.join(where, 'notes.txt'))).not.toBe(await ino(path.join(dir, 'notes.txt')));
      await writeFile(path.join(dir, 'notes.txt'), 'changed in place');
      expect(await readFile(path.join(where, 'notes.txt'), 'utf8')).toBe('first');
      expect(['library.json', 'settings.json', 'articles/x.json', 'trash/x.json', 'dictionaries/x.json'].map((f) => linkSafe(f.split('/').join(path.sep)))).toEqual([true, true, true, true, true]);
      expect(['notes.txt', 'glossary.json', 'articles/x.json.tmp', 'search/index.json'].map((f) => linkSafe(f.split('/').join(path.sep)))).toEqual([false, false, false, false]);
    } finally {
      await library.close();
    }
  });

  it('refuses an unknown or malformed backup id with a sentence and changes nothing', async () => {
    const dir = await tempDir();
    const { library, call } = await open(dir, { clock: testClock('2026-11-20T10:00:00Z').clock });
    try {
      await expect(call('backups.restore', { id: '2026-01-01T00-00-00Z' })).rejects.toMatchObject({ code: 'not_found', message: expect.stringMatching(/^There is no backup called 2026-01-01T00-00-00Z; .*\.$/) });
      await expect(call('backups.restore', { id: '../articles' })).rejects.toMatchObject({ code: 'invalid_params' });
      // The failed restore took no snapshot.
      expect((await call('backups.list', {})).backups).toEqual([]);
    } finally {
      await library.close();
    }
  });

  it('fails a restore from a snapshot it cannot read before changing anything, with a sentence', async () => {
    // Root reads everything, so under root the restore runs as "nobody" and meets a snapshot file it may not read.
    const asRoot = process.getuid?.() === 0;
    const parent = await tempDir();
    await chmod(parent, 0o755);
    const dir = path.join(parent, 'library');
    const { library, call } = await open(dir, { clock: testClock('2026-11-20T10:00:00Z').clock });
    const [article] = (await call('articles.list', {})).articles;
    const { backup, path: where } = await call('backups.create', {});
    await call('articles.delete', { id: article.id });
    await library.close();
    const before = await readFile(path.join(dir, 'library.json'), 'utf8');
    if (asRoot) {
      for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) await chown(path.join(entry.parentPath, entry.name), 65534, 65534);
      await chown(dir, 65534, 65534);
      // Owned by root and unreadable: "nobody" can neither link it (protected hard links) nor copy it.
      const unreadable = path.join(where, 'articles', `${article.id}.json`);
      await chown(unreadable, 0, 0);
      await chmod(unreadable, 0o000);
    } else {
      await chmod(path.join(where, 'articles'), 0o000);
    }
    const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'tests', 'unit', 'restore-child.ts'), dir, backup.id], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, HOME: parent, TSX_DISABLE_CACHE: '1' },
      timeout: 60_000,
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    expect(child.status, child.stderr).toBe(0);
    const report = JSON.parse(child.stdout.trim().split('\n').pop()!) as { restore: { ok: boolean; error?: { code: string; message: string } }; ids: string[] };
    expect(report.restore.ok).toBe(false);
    expect(report.restore.error?.code).toBe('io');
    expect(report.restore.error?.message).toMatch(/^Tandai could not save or read a library file because Tandai is not allowed to write in the library folder .*; nothing was changed\. .+\.$/s);
    // Nothing changed: the article is still deleted, the index as it was, no staging left behind.
    expect(report.ids).toEqual([]);
    expect(await readFile(path.join(dir, 'library.json'), 'utf8')).toBe(before);
    expect(existsSync(path.join(dir, 'library.dirty'))).toBe(false);
    expect((await readdir(path.join(dir, 'backups'))).filter((n) => n.startsWith('.partial-'))).toEqual([]);
    if (!asRoot) await chmod(path.join(where, 'articles'), 0o755);
  });

  it('ignores and clears a snapshot a crash interrupted', async () => {
    const dir = await tempDir();
    const { library, call } = await open(dir, { clock: testClock('2026-11-20T10:00:00Z').clock });
    try {
      await mkdir(path.join(dir, 'backups', '.partial-2026-11-19T10-00-00Z-abcd', 'articles'), { recursive: true });
      await mkdir(path.join(dir, 'backups', '2026-11-18T10-00-00Z'), { recursive: true }); // no manifest: not a snapshot
      expect((await call('backups.list', {})).backups).toEqual([]);
      await call('backups.create', {});
      expect(await snapshotNames(dir)).toEqual(['2026-11-18T10-00-00Z', '2026-11-20T10-00-00Z']);
    } finally {
      await library.close();
    }
  });

  it('refuses to back up a library written by a newer Tandai (it is read-only)', async () => {
    const dir = await tempDir();
    await (await open(dir)).library.close();
    const settings = path.join(dir, 'settings.json');
    await writeFile(settings, JSON.stringify({ ...JSON.parse(await readFile(settings, 'utf8')), schemaVersion: 99 }));
    const { library, call } = await open(dir, { dailyBackup: true });
    try {
      await expect(call('backups.create', {})).rejects.toMatchObject({ code: 'read_only' });
      expect(await snapshotNames(dir)).toEqual([]);
    } finally {
      await library.close();
    }
  });

  it('tandai backup and tandai restore [ID] [--list] from the shell', async () => {
    const dir = await tempDir();
    await (await open(dir)).library.close();

    const made = await cli('backup', '--library', dir);
    expect(made.code, made.err).toBe(0);
    const id = (await snapshotNames(dir))[0];
    expect(made.out).toBe(`Backed up 1 articles to ${path.join(dir, 'backups', id)}\n`);

    const listed = await cli('restore', '--list', '--json', '--library', dir);
    expect(JSON.parse(listed.out)).toMatchObject([{ id, reason: 'manual', articleCount: 1 }]);
    const human = await cli('restore', '--library', dir);
    expect(human.out).toContain(`${id}`);
    expect(human.err).toBe(`Name the backup to restore, e.g. "tandai restore ${id}".\n`);

    // Delete the article, then restore it from the shell.
    const [article] = JSON.parse((await cli('list', '--json', '--library', dir)).out) as { id: string }[];
    expect((await cli('delete', article.id, '--library', dir)).code).toBe(0);
    const restored = await cli('restore', id, '--library', dir);
    expect(restored.code, restored.err).toBe(0);
    expect(restored.out).toMatch(new RegExp(`^Restored the library as it was at ${id} \\(1 articles\\)\\. To undo, run "tandai restore \\S+"\\.\\n$`));
    expect(JSON.parse((await cli('list', '--json', '--library', dir)).out)).toHaveLength(1);

    const bad = await cli('restore', 'yesterday', '--library', dir);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^Invalid parameters for backups.restore: id: must be a backup id.*\.\n$/);

    // The lock must be held: with the app open on the library, the CLI may not restore.
    const app = await Library.open(dir, { mode: 'write' });
    try {
      const locked = await cli('restore', id, '--library', dir);
      expect(locked.code).toBe(1);
      expect(locked.err).toMatch(/already open in this Tandai process/);
    } finally {
      await app.close();
    }
  });
});
