import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Library } from '../../electron/library/library.js';
import { LibraryLock, LOCK_FILE, processIsAlive } from '../../electron/library/lock.js';
import { SAMPLE, tempDir } from '../helpers/temp-library.js';

describe('the library lock', () => {
  it('refuses a second writer and names the holder, while readers still work', async () => {
    const dir = await tempDir();
    const writer = await Library.open(dir, { mode: 'write', addSample: true, samplePath: SAMPLE });
    await expect(Library.open(dir, { mode: 'write' })).rejects.toMatchObject({ code: 'locked' });
    const reader = await Library.open(dir, { mode: 'read' });
    expect(reader.list()).toHaveLength(1);
    await reader.close();
    await writer.close();
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    const again = await Library.open(dir, { mode: 'write' });
    await again.close();
  });

  it('names another process holding the lock by its pid', async () => {
    const dir = await tempDir();
    // A live process that is not us: the lock names it.
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      await writeFile(path.join(dir, LOCK_FILE), JSON.stringify({ pid: child.pid, host: (await import('node:os')).hostname(), startedAt: new Date().toISOString() }));
      await expect(LibraryLock.acquire(dir)).rejects.toThrow(`open in another Tandai process (pid ${child.pid}); close it and try again.`);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it.runIf(process.platform === 'linux')('takes over a lock whose process is a zombie nobody has reaped', async () => {
    const dir = await tempDir();
    // The shell starts a child that exits at once, then becomes sleep, which never reaps it.
    const parent = spawn('sh', ['-c', 'true & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const zombie = Number(await new Promise<string>((resolve) => parent.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()))));
      for (let waited = 0; waited < 5000; waited += 20) {
        if ((await readFile(`/proc/${zombie}/stat`, 'utf8')).split(') ')[1]?.startsWith('Z')) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(processIsAlive(zombie)).toBe(false);
      expect(processIsAlive(parent.pid!)).toBe(true);
      await writeFile(path.join(dir, LOCK_FILE), JSON.stringify({ pid: zombie, host: (await import('node:os')).hostname(), startedAt: new Date().toISOString() }));
      const lock = await LibraryLock.acquire(dir);
      await lock.release();
    } finally {
      parent.kill('SIGKILL');
    }
  });

  it('takes over the stale lock of a killed process', async () => {
    const dir = await tempDir();
    // A process takes the lock for real and is killed before it can release it.
    const script = `
      import(${JSON.stringify(new URL('../../electron/library/lock.ts', import.meta.url).href)}).then(async ({ LibraryLock }) => {
        await LibraryLock.acquire(${JSON.stringify(dir)});
        process.stdout.write('locked\\n');
        setTimeout(() => {}, 60000);
      });`;
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (d) => String(d).includes('locked') && resolve());
      child.on('exit', (code) => reject(new Error(`lock holder exited early (${code})`)));
    });
    const held = JSON.parse(await readFile(path.join(dir, LOCK_FILE), 'utf8'));
    expect(held.pid).toBe(child.pid);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const lock = await LibraryLock.acquire(dir);
    expect(JSON.parse(await readFile(path.join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    lock.release();
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('treats an unreadable, old lock file as stale', async () => {
    const dir = await tempDir();
    const file = path.join(dir, LOCK_FILE);
    await writeFile(file, 'garbage');
    const old = new Date(Date.now() - 60_000);
    spawnSync('touch', ['-d', old.toISOString(), file]);
    const lock = await LibraryLock.acquire(dir);
    lock.release();
  });
});
