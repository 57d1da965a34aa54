/**
 * What the API and the settings page know about one backup snapshot of the library. Kept apart from
 * shared/model.ts because a snapshot is not library data: it describes a folder under <library>/backups/.
 */
import { z } from 'zod';

/** Snapshot ids are their UTC creation time, "2026-11-28T09-30-00Z" (a counter is added if two share a second). */
export const BackupIdSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z(?:-\d{1,3})?$/, 'must be a backup id such as 2026-11-28T09-30-00Z (see "tandai restore --list")');

export const BackupReasonSchema = z.enum(['daily', 'manual', 'before-restore', 'before-upgrade']);
export type BackupReason = z.infer<typeof BackupReasonSchema>;

export const BackupInfoSchema = z.object({
  id: BackupIdSchema,
  createdAt: z.string(),
  reason: BackupReasonSchema,
  articleCount: z.number().int().nonnegative(),
  fileCount: z.number().int().nonnegative(),
  /** The Tandai version that took it. */
  appVersion: z.string(),
});
export type BackupInfo = z.infer<typeof BackupInfoSchema>;

/** How long snapshots are kept. */
export const BACKUP_KEEP_DAYS = 7;
