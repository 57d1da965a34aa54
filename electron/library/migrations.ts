/**
 * The migration hook for stored files. Each file carries `schemaVersion`; older versions are
 * upgraded step by step on read, and a version from a newer Tandai is reported so the library opens read-only.
 * The reader (durable-json-file.ts) writes a migrated file back durably, keeping the old version as `.bak`,
 * and the library rebuilds a migrated index from the (migrated) article files, so summary fields that
 * older versions did not have are computed rather than guessed.
 */
import { SCHEMA_VERSION } from '../../shared/model.js';

type Doc = Record<string, unknown>;
type Step = (raw: Doc) => Doc;

const isObject = (value: unknown): value is Doc => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Fills a field's default when an older file lacks it; anything else (even a wrong type) is left for the schema check. */
function withDefault(doc: Doc, field: string, value: unknown): Doc {
  return doc[field] === undefined ? { ...doc, [field]: value } : doc;
}

/**
 * Version 1 → 2. Version 1 files may come from before annotations had a `kind` and articles and
 * annotations had `tags`, and their index rows lack `annotationTags` and `readingMinutes`.
 * Article files get the defaults written in; the index is rebuilt (see Library.load), so its rows only
 * need to stay readable. Files of other kinds (settings, anything newer branches store) pass through.
 */
function v1ToV2(doc: Doc): Doc {
  if (isObject(doc.article) && Array.isArray(doc.annotations)) {
    return {
      ...doc,
      article: withDefault(doc.article, 'tags', []),
      annotations: doc.annotations.map((annotation) =>
        isObject(annotation) ? withDefault(withDefault(withDefault(annotation, 'kind', 'highlight'), 'tags', []), 'note', '') : annotation,
      ),
    };
  }
  if (Array.isArray(doc.articles)) {
    return { ...doc, articles: doc.articles.map((row) => (isObject(row) ? withDefault(withDefault(row, 'tags', []), 'annotationTags', []) : row)) };
  }
  return doc;
}

/** steps[n] upgrades a version-n document to version n+1. Add one whenever SCHEMA_VERSION is bumped. */
const steps: Record<number, Step> = { 1: v1ToV2 };

export type MigrationOutcome = { kind: 'ok'; value: unknown; migratedFrom?: number } | { kind: 'too-new'; version: number };

export function migrate(raw: unknown): MigrationOutcome {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { kind: 'ok', value: raw };
  let doc = raw as Doc;
  const version = typeof doc.schemaVersion === 'number' ? doc.schemaVersion : undefined;
  if (version === undefined) return { kind: 'ok', value: raw };
  if (version > SCHEMA_VERSION) return { kind: 'too-new', version };
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = steps[v];
    if (!step) return { kind: 'ok', value: raw }; // the zod check then reports the file as unreadable
    doc = { ...step(doc), schemaVersion: v + 1 };
  }
  return { kind: 'ok', value: doc, migratedFrom: version < SCHEMA_VERSION ? version : undefined };
}
