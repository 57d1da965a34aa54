/**
 * A real `tandai import` process killed with SIGKILL in the middle of a bulk import leaves its lock
 * behind (and maybe a dirty index and a temp file); the next CLI run takes the stale lock over,
 * imports, and the library lists exactly the articles whose files were written — every one parses.
 * (tests/unit/lock.test.ts covers a killed process holding only the lock.)
 */
import { describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LOCK_FILE } from '../../electron/library/lock.js';
import { REPO, tempDir } from '../helpers/temp-library.js';

const FILES = 400;
const CLI = path.join(REPO, 'electron', 'cli-main.ts');

function runTandai(args: string[]): ChildProcess & { done: Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, out, err })),
  );
  return Object.assign(child, { done });
}

async function articleFiles(dir: string): Promise<string[]> {
  return (await readdir(path.join(dir, 'articles')).catch(() => [] as string[])).filter((n) => /^[a-z0-9-]+\.json$/.test(n));
}

describe('a killed CLI process', () => {
  it('leaves a stale lock that the next `tandai import` takes over, and loses no written article', async () => {
    const lib = await tempDir();
    const src = await tempDir('tandai-killed-cli-src-');
    await mkdir(path.join(src, 'batch'));
    for (let i = 0; i < FILES; i++) {
      const text = `Bulk story number ${i}\n\nThe ferry from the harbour left on time on day ${i}, carrying ${i * 7} passengers and their goods.\n\nOfficials said the timetable for week ${i} would not change.\n`;
      await writeFile(path.join(src, 'batch', `story-${String(i).padStart(4, '0')}.txt`), text);
    }
    const extra = path.join(src, 'after-the-crash.txt');
    await writeFile(extra, 'After the crash\n\nThis story was imported by the second process, after the first one was killed.\n');

    // 1. The first import runs until some articles are on disk, then is killed without warning.
    const first = runTandai(['import', path.join(src, 'batch'), '--library', lib]);
    const started = Date.now();
    while ((await articleFiles(lib)).length < 5) {
      if (first.exitCode !== null) throw new Error(`the import finished before it could be killed:\n${(await first.done).err}`);
      if (Date.now() - started > 20_000) throw new Error('the import wrote no articles within 20 s');
      await new Promise((r) => setTimeout(r, 20));
    }
    first.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.signal).toBe('SIGKILL');
    const lock = JSON.parse(await readFile(path.join(lib, LOCK_FILE), 'utf8'));
    expect(lock.pid, 'the killed process left its lock behind').toBe(first.pid);
    const writtenBeforeKill = (await articleFiles(lib)).length;
    expect(writtenBeforeKill).toBeGreaterThanOrEqual(5);
    expect(writtenBeforeKill, 'it was killed mid-run').toBeLessThan(FILES);

    // 2. The next CLI process takes the stale lock over and imports.
    const second = runTandai(['import', extra, '--json', '--library', lib]);
    const result = await second.done;
    expect(result.code, result.err).toBe(0);
    const [imported] = JSON.parse(result.out) as { id: string; title: string }[];
    expect(imported.title).toBe('After the crash');
    expect(existsSync(path.join(lib, LOCK_FILE)), 'the second process released its lock').toBe(false);

    // 3. Nothing written is lost: the index lists every article file, and every file parses.
    const files = await articleFiles(lib);
    expect(files.length).toBeGreaterThanOrEqual(writtenBeforeKill + 1);
    for (const name of files) JSON.parse(await readFile(path.join(lib, 'articles', name), 'utf8'));
    const listed = await runTandai(['list', '--json', '--library', lib]).done;
    expect(listed.code, listed.err).toBe(0);
    const ids = (JSON.parse(listed.out) as { id: string }[]).map((a) => a.id).sort();
    expect(ids).toEqual(files.map((n) => n.slice(0, -'.json'.length)).sort());
    expect(ids).toContain(imported.id);
    // No half-written temp file survives the next writer's start-up.
    expect((await readdir(path.join(lib, 'articles'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});
