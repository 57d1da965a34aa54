/**
 * A lowdb adapter that survives crashes and power cuts, which lowdb's own JSONFile (via steno) does not:
 * it writes a temp file, fsyncs it, keeps the previous version as `.bak`, renames into place and fsyncs the folder.
 * Reads validate with zod (after migrations) and fall back to the `.bak` when the file is damaged,
 * moving the damaged copy to `quarantine/` so nothing is overwritten without a copy kept.
 */
import { promises as fs, constants as fsConstants } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { ApiError } from '../../shared/api-error.js';
import { migrate } from './migrations.js';
import { SCHEMA_VERSION } from '../../shared/model.js';

export const TEMP_SUFFIX = '.tmp';

export interface DurableFileEvents {
  /** Called with a sentence when a damaged file was repaired or set aside. */
  onNotice?: (sentence: string) => void;
  /** The quarantine folder for damaged files. */
  quarantineDir: string;
  /** How to name this file in sentences for the user, e.g. `the article "…"`. */
  describe: () => string;
  /** False in read-only mode: report damage but move and rewrite nothing. */
  repair?: boolean;
  /** Called when the file was written by an older Tandai and was upgraded on reading (migrations.ts). */
  onMigrated?: (fromVersion: number) => void;
}

export class DamagedFileError extends ApiError {
  constructor(message: string) {
    super('damaged', message);
  }
}

export async function fsyncDir(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; the rename is durable enough there.
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, fsConstants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes `text` to `file` atomically and durably, keeping the old version as `file.bak`. */
export async function writeFileDurably(file: string, text: string, options: { keepBackup?: boolean } = {}): Promise<void> {
  const dir = path.dirname(file);
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`;
  const handle = await fs.open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => {});
    await fs.rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    if (options.keepBackup !== false) {
      const bak = `${file}.bak`;
      await fs.rm(bak, { force: true });
      // A hard link keeps the old version without copying; at every instant `file` is old or new, never absent.
      await fs.link(file, bak).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return;
        if (error.code === 'EPERM' || error.code === 'EXDEV' || error.code === 'ENOTSUP') await fs.copyFile(file, bak);
        else throw error;
      });
    }
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await fsyncDir(dir);
}

type ReadOutcome<T> = { kind: 'ok'; data: T; migratedFrom?: number } | { kind: 'missing' } | { kind: 'damaged'; reason: string } | { kind: 'too-new'; version: number };

async function readValidated<T>(file: string, schema: z.ZodType<T>): Promise<ReadOutcome<T>> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  if (text.length === 0) return { kind: 'damaged', reason: 'it is empty' };
  if (text.charCodeAt(0) === 0) return { kind: 'damaged', reason: 'it is filled with zero bytes' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'damaged', reason: 'it is not valid JSON (probably cut off)' };
  }
  const migrated = migrate(raw);
  if (migrated.kind === 'too-new') return { kind: 'too-new', version: migrated.version };
  const parsed = schema.safeParse(migrated.value);
  if (!parsed.success) return { kind: 'damaged', reason: 'its contents do not have the expected shape' };
  return { kind: 'ok', data: parsed.data, migratedFrom: migrated.migratedFrom };
}

export async function quarantine(file: string, quarantineDir: string): Promise<string> {
  await fs.mkdir(quarantineDir, { recursive: true });
  const target = path.join(quarantineDir, `${path.basename(file)}.${new Date().toISOString().replace(/[:.]/g, '-')}`);
  await fs.rename(file, target);
  return target;
}

export class TooNewError extends ApiError {
  constructor(message: string) {
    super('read_only', message);
  }
}

export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    readonly file: string,
    private readonly schema: z.ZodType<T>,
    private readonly events: DurableFileEvents,
  ) {}

  async read(): Promise<T | null> {
    const outcome = await readValidated(this.file, this.schema);
    if (outcome.kind === 'ok') {
      if (outcome.migratedFrom !== undefined) {
        // Upgraded from an older format: save the upgrade (never in read-only mode), keeping the old file as .bak.
        if (this.events.repair !== false) await writeFileDurably(this.file, JSON.stringify(outcome.data));
        this.events.onMigrated?.(outcome.migratedFrom);
      }
      return outcome.data;
    }
    if (outcome.kind === 'missing') return null;
    if (outcome.kind === 'too-new') {
      throw new TooNewError(
        `${capitalize(this.events.describe())} was written by a newer version of Tandai (format ${outcome.version}); update Tandai to change it.`,
      );
    }
    if (this.events.repair === false) {
      const backup = await readValidated(`${this.file}.bak`, this.schema);
      if (backup.kind === 'ok') return backup.data;
      throw new DamagedFileError(`${capitalize(this.events.describe())} is damaged (${outcome.reason}); open the library in Tandai to repair it.`);
    }
    // Damaged: set it aside, then try the previous version.
    const moved = await quarantine(this.file, this.events.quarantineDir);
    const backup = await readValidated(`${this.file}.bak`, this.schema);
    if (backup.kind === 'ok') {
      await writeFileDurably(this.file, JSON.stringify(backup.data), { keepBackup: false });
      this.events.onNotice?.(
        `${capitalize(this.events.describe())} was damaged (${outcome.reason}); Tandai restored its previous version and kept the damaged copy in ${moved}.`,
      );
      return backup.data;
    }
    throw new DamagedFileError(
      `${capitalize(this.events.describe())} was damaged (${outcome.reason}) and had no usable backup; the damaged copy is in ${moved}.`,
    );
  }

  /**
   * Reads a file from a newer Tandai as if it were of this version, for showing it read-only: newer
   * versions add fields (dropped here) far more often than they change old ones. Null when it does not fit.
   */
  async readLeniently(): Promise<T | null> {
    try {
      const raw: unknown = JSON.parse(await fs.readFile(this.file, 'utf8'));
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
      const parsed = this.schema.safeParse({ ...raw, schemaVersion: SCHEMA_VERSION });
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.file, JSON.stringify(data));
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
