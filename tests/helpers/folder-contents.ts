/**
 * Every file under a folder with its bytes (base64), keyed by relative path; folders appear as "<dir>".
 * For "nothing changed" checks: compare the result before and after with toEqual.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export async function folderContents(dir: string, options: { skip?: string; ignore?: (relative: string) => boolean } = {}): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (options.skip && (file === options.skip || file.startsWith(`${options.skip}${path.sep}`))) continue;
    const relative = path.relative(dir, file);
    if (options.ignore?.(relative)) continue;
    out[relative] = entry.isFile() ? (await readFile(file)).toString('base64') : entry.isDirectory() ? '<dir>' : '<other>';
  }
  return out;
}
