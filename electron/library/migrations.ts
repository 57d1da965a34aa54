/**
 * The migration hook for stored files. Each file carries `schemaVersion`; older versions are
 * upgraded step by step on read, and a version from a newer Tandai is reported so the library opens read-only.
 */
import { SCHEMA_VERSION } from '../../shared/model.js';

type Step = (raw: Record<string, unknown>) => Record<string, unknown>;

/** steps[n] upgrades a version-n document to version n+1. Add one whenever SCHEMA_VERSION is bumped. */
const steps: Record<number, Step> = {};

export type MigrationOutcome = { kind: 'ok'; value: unknown } | { kind: 'too-new'; version: number };

export function migrate(raw: unknown): MigrationOutcome {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { kind: 'ok', value: raw };
  let doc = raw as Record<string, unknown>;
  const version = typeof doc.schemaVersion === 'number' ? doc.schemaVersion : undefined;
  if (version === undefined) return { kind: 'ok', value: raw };
  if (version > SCHEMA_VERSION) return { kind: 'too-new', version };
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = steps[v];
    if (!step) return { kind: 'ok', value: raw }; // the zod check then reports the file as unreadable
    doc = { ...step(doc), schemaVersion: v + 1 };
  }
  return { kind: 'ok', value: doc };
}
