/**
 * How long a deleted article stays in the trash before it is removed for good, as the trash page
 * tells it ("in 12 days"). The library sets purgeAt; this only counts the days left.
 */

export const TRASH_RETENTION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days until `purgeAt`, rounded up (0 when it is due or overdue, or the date is unreadable). */
export function daysLeft(purgeAt: string, now: number): number {
  const due = Date.parse(purgeAt);
  if (Number.isNaN(due)) return 0;
  return Math.max(0, Math.ceil((due - now) / DAY_MS));
}
