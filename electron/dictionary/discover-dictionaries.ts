/**
 * Finds the dictd and StarDict dictionaries already installed on this machine (Debian's dict-* and
 * stardict-* packages, a user's ~/.stardict), so Tandai can offer them without an import step.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const DICTIONARY_FOLDERS = ['/usr/share/dictd', '/usr/share/stardict/dic', path.join(os.homedir(), '.stardict'), path.join(os.homedir(), '.stardict', 'dic')];

export interface FoundDictionary {
  path: string;
  format: 'dictd' | 'stardict';
}

/** Every .index (with its data file) and .ifo in the folders, one level of subfolders deep. */
export async function discoverDictionaries(folders: readonly string[] = DICTIONARY_FOLDERS): Promise<FoundDictionary[]> {
  const found: FoundDictionary[] = [];
  const visit = async (dir: string, depth: number) => {
    const names = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of names) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && depth > 0) await visit(full, depth - 1);
      else if (entry.name.endsWith('.index') && names.some((n) => n.name === entry.name.replace(/\.index$/, '.dict.dz') || n.name === entry.name.replace(/\.index$/, '.dict'))) {
        found.push({ path: full, format: 'dictd' });
      } else if (entry.name.endsWith('.ifo')) found.push({ path: full, format: 'stardict' });
    }
  };
  for (const folder of folders) await visit(folder, 1);
  return [...new Map(found.map((f) => [f.path, f])).values()].sort((a, b) => a.path.localeCompare(b.path));
}
