/**
 * The files a `tandai import` names: files as given, folders walked recursively for the formats
 * Tandai imports. Every other file in a folder is listed as skipped with its reason (never silently
 * dropped); hidden files and folders (".git", ".DS_Store") are passed over, as a file manager does.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { extensionOf, unsupportedKind, unsupportedSentence } from '../../shared/import/sniff-file-kind.js';
import { IMPORTABLE_EXTENSIONS } from './import-file.js';

export type ImportSource =
  /** A file to import. */
  | { file: string }
  /** A file inside a named folder that is not imported, and why. */
  | { file: string; skipped: string }
  /** A path that could not be used at all. */
  | { file: string; error: string };

export function pathProblem(file: string, error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return `There is no file "${file}".`;
  if (code === 'EACCES' || code === 'EPERM') return `Tandai may not read "${file}"; check its permissions.`;
  if (code === 'ELOOP') return `"${file}" is a link that points to itself.`;
  return undefined;
}

function skipReason(file: string): string | undefined {
  if (IMPORTABLE_EXTENSIONS.includes(extensionOf(file))) return undefined;
  const kind = unsupportedKind(new Uint8Array(), file);
  if (kind) return unsupportedSentence(file, kind);
  return `"${file}" is not a text, markdown or web page file, so it was skipped.`;
}

async function walk(dir: string, out: ImportSource[], seen: Set<string>): Promise<void> {
  let real: string;
  let entries: import('node:fs').Dirent[];
  try {
    real = await fs.realpath(dir);
    if (seen.has(real)) return; // a link back up the tree
    seen.add(real);
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    const problem = pathProblem(dir, error);
    if (!problem) throw error;
    out.push({ file: dir, error: problem });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      try {
        isDirectory = (await fs.stat(full)).isDirectory();
      } catch (error) {
        out.push({ file: full, skipped: pathProblem(full, error) ?? `"${full}" could not be read.` });
        continue;
      }
    }
    if (isDirectory) await walk(full, out, seen);
    else {
      const reason = skipReason(full);
      out.push(reason ? { file: full, skipped: reason } : { file: full });
    }
  }
}

export async function collectImportFiles(paths: readonly string[]): Promise<ImportSource[]> {
  const out: ImportSource[] = [];
  for (const file of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = (await fs.stat(file)).isDirectory();
    } catch (error) {
      const problem = pathProblem(file, error);
      if (!problem) throw error;
      out.push({ file, error: problem });
      continue;
    }
    if (isDirectory) await walk(file, out, new Set());
    else out.push({ file });
  }
  return out;
}
