/**
 * One writer per library. A writing process holds `tandai.lock` (pid, host, start time);
 * readers never need it. A lock whose process is dead is stale and taken over, so a killed
 * CLI or a crashed app never blocks the library for good.
 */
import { promises as fs, writeFileSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../../shared/api-error.js';

export const LOCK_FILE = 'tandai.lock';

interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return !isZombie(pid);
}

/**
 * A killed process stays in the process table as a zombie until its parent reaps it, and signal 0
 * still reaches it. Where nothing reaps orphans (a container whose first process is not an init),
 * that can last for good: on Linux, /proc says so, and a zombie holds no library.
 */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (command) state …": the command may hold spaces and parentheses, so read after the last ")".
    return stat.charAt(stat.lastIndexOf(')') + 2) === 'Z';
  } catch {
    return false; // not Linux, or already gone
  }
}

function readLockInfo(file: string): LockInfo | undefined {
  try {
    const info = JSON.parse(readFileSync(file, 'utf8')) as LockInfo;
    return typeof info.pid === 'number' ? info : undefined;
  } catch {
    return undefined;
  }
}

/** Who holds the lock right now, if anyone alive does. */
export function lockHolder(dir: string): LockInfo | undefined {
  const info = readLockInfo(path.join(dir, LOCK_FILE));
  if (!info) return undefined;
  if (info.host === os.hostname() && !processIsAlive(info.pid)) return undefined;
  return info;
}

export class LibraryLock {
  private released = false;
  private constructor(readonly file: string, readonly info: LockInfo) {}

  /** Takes the lock or throws ApiError('locked') naming the process that holds it. */
  static async acquire(dir: string): Promise<LibraryLock> {
    const file = path.join(dir, LOCK_FILE);
    const info: LockInfo = { pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString() };
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        writeFileSync(file, JSON.stringify(info), { flag: 'wx' });
        return new LibraryLock(file, info);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readLockInfo(file);
      if (holder && (holder.host !== os.hostname() || processIsAlive(holder.pid))) {
        if (holder.pid === process.pid && holder.host === os.hostname()) {
          throw new ApiError('locked', `The library at ${dir} is already open in this Tandai process.`);
        }
        throw new ApiError(
          'locked',
          `The library at ${dir} is open in another Tandai process (pid ${holder.pid}); close it and try again.`,
        );
      }
      if (!holder) {
        // An unreadable lock may be one being written this instant; only a lock that stays unreadable is stale.
        const stat = await fs.stat(file).catch(() => undefined);
        if (stat && Date.now() - stat.mtimeMs < 2000) {
          await new Promise((r) => setTimeout(r, 100));
          continue;
        }
      }
      await takeOverStale(file, holder);
    }
    throw new ApiError('locked', `Tandai could not take the lock on the library at ${dir}; try again.`);
  }

  /** Releases the lock if it is still ours. Synchronous so it can run in an exit handler. */
  release(): void {
    if (this.released) return;
    this.released = true;
    const current = readLockInfo(this.file);
    if (current && current.pid === this.info.pid && current.startedAt === this.info.startedAt) {
      rmSync(this.file, { force: true });
    }
  }
}

/**
 * Removes a stale lock. Renaming it to a unique name first means two processes taking over at once
 * cannot both succeed against a fresh lock: whoever renames a lock that turns out to be live puts it back.
 */
async function takeOverStale(file: string, seen: LockInfo | undefined): Promise<void> {
  const aside = `${file}.stale-${process.pid}-${Date.now()}`;
  try {
    await fs.rename(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readLockInfo(aside);
  const same = (!seen && !moved) || (seen && moved && seen.pid === moved.pid && seen.startedAt === moved.startedAt);
  if (!same && moved && processIsAlive(moved.pid)) {
    // We moved someone's fresh lock: restore it unless a third process already locked.
    await fs.link(aside, file).catch(() => {});
  }
  await fs.rm(aside, { force: true });
}
