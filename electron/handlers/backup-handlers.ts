/**
 * The backup methods of the contract: list, take and restore snapshots of the library
 * (electron/library/backups.ts does the work; these only connect it to the API).
 */
import type { Handlers } from '../../shared/api.js';
import { createBackup, listBackups, restoreBackup } from '../library/backups.js';
import type { Library } from '../library/library.js';

export function backupHandlers(library: Library): Pick<Handlers, 'backups.list' | 'backups.create' | 'backups.restore'> {
  return {
    'backups.list': async () => ({ backups: await listBackups(library) }),
    'backups.create': () => createBackup(library),
    'backups.restore': ({ id }) => restoreBackup(library, id),
  };
}
