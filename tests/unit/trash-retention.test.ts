import { describe, expect, it } from 'vitest';
import { TRASH_RETENTION_DAYS, daysLeft } from '../../shared/library/trash-retention.js';

const now = Date.parse('2026-03-01T12:00:00.000Z');

describe('daysLeft', () => {
  const cases: { name: string; purgeAt: string; expected: number }[] = [
    { name: 'just deleted', purgeAt: new Date(now + TRASH_RETENTION_DAYS * 86_400_000).toISOString(), expected: 30 },
    { name: 'a part day counts as a day', purgeAt: '2026-03-02T00:00:00.000Z', expected: 1 },
    { name: 'due now', purgeAt: '2026-03-01T12:00:00.000Z', expected: 0 },
    { name: 'overdue', purgeAt: '2026-02-01T00:00:00.000Z', expected: 0 },
    { name: 'unreadable', purgeAt: 'soon', expected: 0 },
  ];
  it.each(cases)('$name', ({ purgeAt, expected }) => {
    expect(daysLeft(purgeAt, now)).toBe(expected);
  });
});
