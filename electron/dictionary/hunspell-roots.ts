/**
 * The Indonesian root list the stemmer checks its candidates against: hunspell-id's id_ID.dic
 * (~31k roots, ISO-8859-1, "word/FLAGS" per line) when it is installed, else the compact built-in
 * list. Read once per process; the set is shared by every library.
 */
import { promises as fs } from 'node:fs';
import { BUILT_IN_INDONESIAN_ROOTS } from '../../shared/lang/indonesian-roots.js';

export const HUNSPELL_ID_DIC = '/usr/share/hunspell/id_ID.dic';

export interface RootList {
  roots: Set<string>;
  /** Where the roots came from: the .dic path, or "built-in". */
  source: string;
}

/** Roots from the text of a hunspell .dic: the first line is a count; flags after "/" are dropped. */
export function parseHunspellDic(text: string): Set<string> {
  const roots = new Set<string>();
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const slash = line.indexOf('/');
    const word = (slash === -1 ? line : line.slice(0, slash)).trim().toLowerCase();
    // Skip abbreviations and numbers hunspell also lists; roots are letters with inner hyphens.
    if (word && /^[a-z][a-z-]*$/.test(word)) roots.add(word);
  }
  return roots;
}

export async function readHunspellRoots(file = HUNSPELL_ID_DIC): Promise<RootList | undefined> {
  try {
    return { roots: parseHunspellDic(await fs.readFile(file, 'latin1')), source: file };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

let cached: Promise<RootList> | undefined;

/** hunspell-id when installed, else the built-in list; read once per process. */
export function loadIndonesianRoots(): Promise<RootList> {
  cached ??= readHunspellRoots().then((found) => found ?? { roots: new Set(BUILT_IN_INDONESIAN_ROOTS), source: 'built-in' });
  return cached;
}
