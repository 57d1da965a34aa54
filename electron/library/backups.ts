/**
 * Rotating snapshots of the library in <library>/backups/<id>/, kept 7 days: one a day when the app or
 * `tandai serve` opens the library, one whenever asked, and one just before every restore (so a restore
 * can itself be undone). Damaged-file repair protects against torn writes; this protects against the
 * user's own mistakes and against damage that a `.bak` cannot undo.
 *
 * Snapshots are cheap: the library's files are hard-linked, not copied. That is safe only because those
 * files are never changed in place — every writer replaces a file by renaming a new one over it
 * (electron/library/durable-json-file.ts, the dictionary shelf), and quarantine and the trash move
 * files by rename too — so the inode a snapshot links to never changes again (see linkSafe; files of
 * other kinds are copied). Where links are impossible (another file system, FAT) the file is copied. A snapshot is assembled in a `.partial-`
 * folder and renamed into place with its manifest (snapshot.json), so a crash never leaves a
 * half-snapshot that looks whole.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { ApiError } from '../../shared/api-error.js';
import { BACKUP_KEEP_DAYS, BackupIdSchema, BackupInfoSchema, type BackupInfo, type BackupReason } from '../../shared/backup-info.js';
import { TEMP_SUFFIX, fsyncDir, writeFileDurably } from './durable-json-file.js';
import { LOCK_FILE } from './lock.js';
import type { Library } from './library.js';
import { APP_VERSION } from '../version.js';
import { SCHEMA_VERSION } from '../../shared/model.js';
import { forgetShelf } from '../dictionary/dictionary-shelf.js';

export const BACKUPS_FOLDER = 'backups';
const MANIFEST = 'snapshot.json';
const PARTIAL_PREFIX = '.partial-';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Top-level entries that are not library state: the snapshots themselves, set-aside damage, the lock, the crash marker. */
const NOT_STATE = new Set([BACKUPS_FOLDER, 'quarantine', 'library.dirty']);

function isState(relative: string): boolean {
  const [top] = relative.split(path.sep);
  const name = path.basename(relative);
  if (NOT_STATE.has(top) || top.startsWith(LOCK_FILE)) return false;
  // Previous versions and half-written files belong to the live folder's repair machinery, not to a snapshot.
  return !name.endsWith('.bak') && !name.endsWith(TEMP_SUFFIX);
}

/** Every file of library state under `root`, as paths relative to it. */
async function listStateFiles(root: string, filter: (relative: string) => boolean): Promise<string[]> {
  const found: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = await fs.readdir(path.join(root, relative), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    for (const entry of entries) {
      const child = relative ? path.join(relative, entry.name) : entry.name;
      if (!filter(child)) continue;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) found.push(child);
    }
  };
  await walk('');
  return found.sort();
}

/**
 * Files whose every writer is known to replace them by rename (durable-json-file.ts for articles, trash,
 * index and settings; the dictionary shelf for dictionaries/), so sharing their inode with a snapshot is
 * safe. Anything else (files a later feature adds) is copied, in case its writer changes it in place.
 */
export function linkSafe(relative: string): boolean {
  const parts = relative.split(path.sep);
  if (parts.length === 1) return parts[0] === 'library.json' || parts[0] === 'settings.json';
  return parts.length === 2 && ['articles', 'trash', 'dictionaries'].includes(parts[0]) && parts[1].endsWith('.json');
}

/** Links `from` at `to` (for link-safe files), or copies it. */
async function linkOrCopy(from: string, to: string, relative: string): Promise<void> {
  if (!linkSafe(relative)) {
    await fs.copyFile(from, to);
    return;
  }
  try {
    await fs.link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EXDEV' || code === 'EPERM' || code === 'ENOTSUP' || code === 'EMLINK') await fs.copyFile(from, to);
    else throw error;
  }
}

/** "2026-11-28T09:30:00.123Z" → "2026-11-28T09-30-00Z": sortable, and a legal folder name everywhere. */
export function backupIdFor(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/:/g, '-')}Z`;
}

export function backupsDir(library: Library): string {
  return path.join(library.dir, BACKUPS_FOLDER);
}

async function readManifest(folder: string): Promise<BackupInfo | undefined> {
  try {
    const parsed = BackupInfoSchema.safeParse(JSON.parse(await fs.readFile(path.join(folder, MANIFEST), 'utf8')));
    return parsed.success && parsed.data.id === path.basename(folder) ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The library's snapshots, newest first. Folders without a readable manifest are not snapshots. */
export async function listBackups(library: Library): Promise<BackupInfo[]> {
  const root = backupsDir(library);
  const names = await fs.readdir(root).catch(() => [] as string[]);
  const infos: BackupInfo[] = [];
  for (const name of names) {
    if (!BackupIdSchema.safeParse(name).success) continue;
    const info = await readManifest(path.join(root, name));
    if (info) infos.push(info);
  }
  return infos.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/** Takes a snapshot; the caller holds the write queue with the index written (Library.whileQuiet). */
function snapshotNow(library: Library, reason: BackupReason): Promise<BackupInfo> {
  return snapshotFolder(library, reason, library.list().length);
}

async function snapshotFolder(library: Library, reason: BackupReason, articleCount: number): Promise<BackupInfo> {
  const now = library.now();
  const root = backupsDir(library);
  await fs.mkdir(root, { recursive: true });
  let id = backupIdFor(now);
  for (let n = 2; await fs.stat(path.join(root, id)).then(() => true, () => false); n++) id = `${backupIdFor(now)}-${n}`;
  const partial = path.join(root, `${PARTIAL_PREFIX}${id}-${randomBytes(4).toString('hex')}`);
  await fs.mkdir(partial);
  try {
    const files = await listStateFiles(library.dir, isState);
    for (const relative of files) {
      await fs.mkdir(path.dirname(path.join(partial, relative)), { recursive: true });
      await linkOrCopy(path.join(library.dir, relative), path.join(partial, relative), relative);
    }
    const info: BackupInfo = { id, createdAt: now.toISOString(), reason, articleCount, fileCount: files.length, appVersion: APP_VERSION };
    await writeFileDurably(path.join(partial, MANIFEST), JSON.stringify(info, null, 2), { keepBackup: false });
    await fs.rename(partial, path.join(root, id));
    await fsyncDir(root);
    return info;
  } catch (error) {
    await fs.rm(partial, { recursive: true, force: true });
    throw error;
  }
}

/** Removes snapshots older than the keeping period and leftovers of snapshots a crash interrupted. */
async function prune(library: Library, keep: string): Promise<void> {
  const root = backupsDir(library);
  const oldest = library.now().getTime() - BACKUP_KEEP_DAYS * DAY_MS;
  for (const name of await fs.readdir(root).catch(() => [] as string[])) {
    const folder = path.join(root, name);
    if (name.startsWith(PARTIAL_PREFIX)) {
      await fs.rm(folder, { recursive: true, force: true });
      continue;
    }
    if (name === keep) continue;
    const info = await readManifest(folder);
    if (info && Date.parse(info.createdAt) < oldest) await fs.rm(folder, { recursive: true, force: true });
  }
}

/** `backups.create`: a snapshot of the library as it is now. */
export function createBackup(library: Library, reason: BackupReason = 'manual'): Promise<{ backup: BackupInfo; path: string }> {
  return library.whileQuiet(async () => {
    const backup = await snapshotNow(library, reason);
    await prune(library, backup.id);
    return { backup, path: path.join(backupsDir(library), backup.id) };
  });
}

/**
 * How long after opening the app and `tandai serve` wait before the daily snapshot: at 10,000 articles
 * it takes ~1.6 s of CPU, which on the first start of a day otherwise competed with the first window
 * (the library's cold start went from ~0.35 s to ~0.5 s on two cores).
 */
export const DAILY_BACKUP_DELAY_MS = 10_000;

/**
 * The once-a-day snapshot taken when the app or `tandai serve` opens the library: skipped when one
 * was already taken this (UTC) day. It goes on the write queue at once, so start-up does not wait for
 * it and the first change waits behind it.
 */
export function takeDailyBackup(library: Library): Promise<BackupInfo | undefined> {
  return library.whileQuiet(async () => {
    const today = backupIdFor(library.now()).slice(0, 10);
    const existing = await listBackups(library);
    if (existing.some((b) => b.reason === 'daily' && b.id.startsWith(today))) return undefined;
    const backup = await snapshotNow(library, 'daily');
    await prune(library, backup.id);
    return backup;
  });
}

/**
 * Before a newer Tandai upgrades a library's files (migrations.ts), the library as the older version
 * left it is snapshotted, so going back to the older version is a restore away. Runs while the library
 * opens, with the lock held and before any file is read; returns undefined when nothing needs upgrading.
 */
export async function backupBeforeUpgrade(library: Library): Promise<BackupInfo | undefined> {
  const versionOf = async (file: string): Promise<number | undefined> => {
    try {
      const version = (JSON.parse(await fs.readFile(path.join(library.dir, file), 'utf8')) as { schemaVersion?: unknown }).schemaVersion;
      return typeof version === 'number' ? version : undefined;
    } catch {
      return undefined; // missing or damaged: the repair machinery deals with it
    }
  };
  const versions = await Promise.all(['library.json', 'settings.json'].map(versionOf));
  if (!versions.some((v) => v !== undefined && v < SCHEMA_VERSION)) return undefined;
  const articles = (await fs.readdir(path.join(library.dir, 'articles')).catch(() => [] as string[])).filter((n) => n.endsWith('.json'));
  const backup = await snapshotFolder(library, 'before-upgrade', articles.length);
  await prune(library, backup.id);
  return backup;
}

/**
 * `backups.restore`: puts the library back as it was in snapshot `id`. The current state is
 * snapshotted first (the result names that snapshot, so the restore can be undone), the index is
 * marked stale before the first file changes (a crash half-way is repaired by a rebuild at the next
 * start, and nothing is lost: both states are in snapshots), every changed file is replaced by rename,
 * and the library reloads settings and the snapshot's index (rebuilt from the articles if it is missing,
 * damaged or of an older version).
 */
export function restoreBackup(library: Library, id: string): Promise<{ restored: BackupInfo; undo: BackupInfo; articleCount: number }> {
  const folder = path.join(backupsDir(library), BackupIdSchema.parse(id));
  return library.whileQuiet(async () => {
    const restored = await readManifest(folder);
    if (!restored) throw new ApiError('not_found', `There is no backup called ${id}; "tandai restore --list" shows the backups there are.`);
    const undo = await snapshotNow(library, 'before-restore');
    const wanted = await listStateFiles(folder, (relative) => relative !== MANIFEST && isState(relative));
    // Stage first: every file of the snapshot linked (or copied) next to the library, so a snapshot that
    // cannot be read fails the restore before anything in the library has changed.
    const staging = path.join(backupsDir(library), `${PARTIAL_PREFIX}restore-${randomBytes(4).toString('hex')}`);
    // Files the library still shares with the snapshot (the same inode: unchanged since) need no work.
    const changed: string[] = [];
    try {
      for (const relative of wanted) {
        const [kept, live] = await Promise.all([fs.stat(path.join(folder, relative)), fs.stat(path.join(library.dir, relative)).catch(() => undefined)]);
        if (live && live.ino === kept.ino && live.dev === kept.dev) continue;
        changed.push(relative);
        await fs.mkdir(path.dirname(path.join(staging, relative)), { recursive: true });
        await linkOrCopy(path.join(folder, relative), path.join(staging, relative), relative);
      }
    } catch (error) {
      await fs.rm(staging, { recursive: true, force: true });
      throw error;
    }
    // Then swap: renames only. A crash in here leaves the stale-index marker (rebuilt at the next start),
    // and both states are in snapshots: `restored` and `undo`.
    await library.markStale();
    const wantedSet = new Set(wanted);
    const current = await listStateFiles(library.dir, isState);
    const touched = new Set<string>();
    for (const relative of changed) {
      const target = path.join(library.dir, relative);
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.rename(path.join(staging, relative), target);
      // The .bak of the replaced version would restore a state from another time; that state is in `undo`.
      await fs.rm(`${target}.bak`, { force: true });
      touched.add(path.dirname(target));
    }
    for (const relative of current) {
      if (wantedSet.has(relative)) continue;
      const target = path.join(library.dir, relative);
      await fs.rm(target, { force: true });
      await fs.rm(`${target}.bak`, { force: true });
      touched.add(path.dirname(target));
    }
    await fs.rm(staging, { recursive: true, force: true });
    for (const dir of touched) await fsyncDir(dir);
    // The snapshot's own index matches its articles (it was taken with nothing pending), so it is used as is.
    await library.reloadFromDisk(wantedSet.has('library.json'));
    forgetShelf(library);
    await prune(library, undo.id);
    return { restored, undo, articleCount: library.list().length };
  });
}
