/**
 * `tandai backup` and `tandai restore [ID] [--list]`: the backup snapshots of electron/library/backups.ts
 * from the shell, through the same API methods as the app's "Restore from backup…".
 */
import type { MethodName, ParamsIn, Result } from '../shared/api.js';
import type { BackupInfo } from '../shared/backup-info.js';

type Caller = <M extends MethodName>(method: M, params: ParamsIn<M>) => Promise<Result<M>>;

export interface BackupCommandContext {
  withLibrary: <T>(mode: 'read' | 'write', fn: (call: Caller) => Promise<T>) => Promise<T>;
  print: (value: unknown, human: () => string) => void;
  usage: (message: string) => Error;
  err: (s: string) => void;
}

const REASONS: Record<BackupInfo['reason'], string> = { daily: 'daily', manual: 'taken by hand', 'before-restore': 'before a restore', 'before-upgrade': 'before an upgrade of the library format' };

function describe(backup: BackupInfo): string {
  const articles = `${backup.articleCount} article${backup.articleCount === 1 ? '' : 's'}`;
  return `${backup.id}  ${articles.padStart(13)}  ${REASONS[backup.reason]}`;
}

export async function backupCommand(command: 'backup' | 'restore', args: string[], options: { list: boolean }, ctx: BackupCommandContext): Promise<number> {
  if (command === 'backup') {
    if (args.length) throw ctx.usage('"tandai backup" takes no arguments; it backs up the whole library.');
    return ctx.withLibrary('write', async (call) => {
      const result = await call('backups.create', {});
      ctx.print(result, () => `Backed up ${result.backup.articleCount} articles to ${result.path}\n`);
      return 0;
    });
  }
  if (args.length > 1) throw ctx.usage('Name one backup to restore, e.g. "tandai restore 2026-11-28T09-30-00Z".');
  const [id] = args;
  if (options.list || id === undefined) {
    if (options.list && id !== undefined) throw ctx.usage('Use either --list or a backup id, not both.');
    return ctx.withLibrary('read', async (call) => {
      const { backups } = await call('backups.list', {});
      ctx.print(backups, () => (backups.length ? backups.map((b) => `${describe(b)}\n`).join('') : 'There are no backups yet; "tandai backup" takes one.\n'));
      if (!options.list && backups.length) ctx.err('Name the backup to restore, e.g. "tandai restore ' + backups[0].id + '".\n');
      return 0;
    });
  }
  return ctx.withLibrary('write', async (call) => {
    const result = await call('backups.restore', { id });
    ctx.print(result, () => `Restored the library as it was at ${result.restored.id} (${result.articleCount} articles). To undo, run "tandai restore ${result.undo.id}".\n`);
    return 0;
  });
}
