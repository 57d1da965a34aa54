/**
 * A library folder Tandai may not write in. The app's side runs in a child process
 * (tests/unit/read-only-folder-child.ts) — as the user "nobody" when the tests run as root, since root
 * writes through any permission:
 * - only the articles folder is read-only: adding a highlight fails with code 'io' and a sentence, and
 *   what the app shows stays what is on disk (no phantom annotation);
 * - the whole library folder is read-only: the library still opens, read-only, with a sentence saying
 *   why, lists its articles, and refuses changes with that sentence; nothing on disk changes.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmod, chown, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Library } from '../../electron/library/library.js';
import type { Envelope } from '../../shared/api-error.js';
import { REPO, SAMPLE, tempDir } from '../helpers/temp-library.js';
import { folderContents } from '../helpers/folder-contents.js';

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
/** Whom the child runs as: "nobody" under root, else the test's own user, whom chmod already stops. */
const childUser = asRoot ? { uid: NOBODY, gid: NOBODY } : {};

type Report = {
  info: Envelope<{ readOnly: boolean; notices: string[] }>;
  create: Envelope<unknown>;
  annotations: number;
  list: Envelope<{ articles: { id: string; annotationCount: number }[] }>;
};

async function chownTree(dir: string, uid: number): Promise<void> {
  await chown(dir, uid, uid);
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) await chown(path.join(entry.parentPath, entry.name), uid, uid);
}

async function sampleLibrary() {
  const parent = await tempDir();
  await chmod(parent, 0o755); // mkdtemp makes it 0700; "nobody" must reach the library inside
  const dir = path.join(parent, 'library');
  const library = await Library.open(dir, { mode: 'write', addSample: true, samplePath: SAMPLE });
  const [{ id }] = library.list();
  await library.close();
  if (asRoot) await chownTree(dir, NOBODY);
  return { dir, id, home: parent };
}

function runAsNobody(dir: string, id: string, home: string): Report {
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'tests', 'unit', 'read-only-folder-child.ts'), dir, id], {
    cwd: REPO,
    ...childUser,
    encoding: 'utf8',
    env: { ...process.env, HOME: home, TSX_DISABLE_CACHE: '1' },
    timeout: 60_000,
  });
  expect(child.status, child.stderr).toBe(0);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as Report;
}

describe('a library folder Tandai may not write in', () => {
  it('a read-only articles folder fails the highlight with a sentence and leaves no phantom', async () => {
    const { dir, id, home } = await sampleLibrary();
    const articles = path.join(dir, 'articles');
    await chmod(articles, 0o555);
    const before = await readFile(path.join(articles, `${id}.json`), 'utf8');
    const report = runAsNobody(dir, id, home);
    expect(report.create.ok).toBe(false);
    if (!report.create.ok) {
      expect(report.create.error.code).toBe('io');
      expect(report.create.error.message).toMatch(/^Tandai could not save or read a library file because Tandai is not allowed to write in the library folder .*; nothing was changed\. .+\.$/s);
    }
    expect(report.annotations).toBe(0);
    expect(report.list.ok && report.list.value.articles.find((a) => a.id === id)?.annotationCount).toBe(0);
    await chmod(articles, 0o755);
    expect(await readFile(path.join(articles, `${id}.json`), 'utf8')).toBe(before);
    const reopened = await Library.open(dir, { mode: 'write' });
    try {
      expect((await reopened.get(id)).annotations).toEqual([]);
      expect(reopened.list().find((a) => a.id === id)?.annotationCount).toBe(0);
    } finally {
      await reopened.close();
    }
  });

  it('a read-only library folder opens read-only with a sentence, lists its articles and changes nothing', async () => {
    const { dir, id, home } = await sampleLibrary();
    await chmod(path.join(dir, 'articles'), 0o555);
    await chmod(dir, 0o555);
    const before = await folderContents(dir);
    const report = runAsNobody(dir, id, home);
    expect(report.info.ok && report.info.value.readOnly).toBe(true);
    const sentence = `Tandai cannot write in the library folder ${dir} (permission denied), so it opened the library read-only; check the folder's permissions to make changes.`;
    expect(report.info.ok && report.info.value.notices).toEqual([sentence]);
    expect(report.create).toEqual({ ok: false, error: { code: 'read_only', message: sentence } });
    expect(report.list.ok && report.list.value.articles.map((a) => a.id)).toEqual([id]);
    expect(await folderContents(dir)).toEqual(before);
    await chmod(dir, 0o755);
    await chmod(path.join(dir, 'articles'), 0o755);
  });
});
