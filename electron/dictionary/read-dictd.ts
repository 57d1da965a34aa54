/**
 * Reads a dictd database: the .index (headword TAB base64-offset TAB base64-length per line) and the
 * .dict, or the .dict.dz, which is dictzip, a gzip file node:zlib reads whole. The 00database* entries
 * give the name and licence. FreeDict databases get their translations parsed out of each entry.
 */
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ApiError } from '../../shared/api-error.js';
import type { RawEntry } from '../../shared/dictionary/compiled-dictionary.js';
import { parseDictdEntry } from '../../shared/dictionary/parse-dictd-entry.js';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** dictd's base64 numbers: most significant digit first, no padding. */
export function decodeDictdNumber(text: string): number {
  let n = 0;
  for (const ch of text) {
    const digit = B64.indexOf(ch);
    if (digit === -1) throw new Error(`"${text}" is not a dictd base64 number`);
    n = n * 64 + digit;
  }
  return n;
}

export interface DictdDatabase {
  name: string;
  licence?: string;
  entries: RawEntry[];
  /** The .dict or .dict.dz read. */
  dataPath: string;
}

/** The data file beside an index: name.dict.dz or name.dict. */
export function dictdDataPath(indexPath: string): string | undefined {
  const base = indexPath.replace(/\.index$/, '');
  return [`${base}.dict.dz`, `${base}.dict`].find((p) => existsSync(p));
}

function licenceFrom(info: string): string | undefined {
  const flat = info.replace(/\s+/g, ' ');
  const match = /Licensed under .*?licen[cs]e|GNU General Public License[^,;]*|Creative Commons [A-Za-z -]+[0-9.]*/i.exec(flat);
  return match?.[0].trim();
}

export async function readDictd(indexPath: string): Promise<DictdDatabase> {
  const dataPath = dictdDataPath(indexPath);
  if (!dataPath) throw new ApiError('not_found', `There is no ${path.basename(indexPath, '.index')}.dict or .dict.dz beside "${indexPath}".`);
  const [indexText, raw] = await Promise.all([fs.readFile(indexPath, 'utf8'), fs.readFile(dataPath)]);
  let data: Buffer;
  try {
    data = dataPath.endsWith('.dz') ? gunzipSync(raw) : raw;
  } catch {
    throw new ApiError('damaged', `"${dataPath}" is not a readable dictzip file.`);
  }
  const base = path.basename(indexPath, '.index');
  const freedict = base.startsWith('freedict-');
  const entries: RawEntry[] = [];
  let name = base;
  let licence: string | undefined;
  const body = (offset: string, length: string) => {
    const start = decodeDictdNumber(offset);
    return data.toString('utf8', start, start + decodeDictdNumber(length));
  };
  for (const line of indexText.split('\n')) {
    if (!line) continue;
    const [headword, offset, length] = line.split('\t');
    if (!headword || offset === undefined || length === undefined) continue;
    if (headword.startsWith('00database') || headword.startsWith('00-database')) {
      if (/^00-?database-?short$/.test(headword)) {
        name = body(offset, length).split('\n').map((l) => l.trim()).find((l) => l && !l.startsWith('00-database')) ?? name;
      }
      if (/^00-?database-?info$/.test(headword)) licence = licenceFrom(body(offset, length));
      continue;
    }
    const { glosses } = parseDictdEntry(body(offset, length), { freedict });
    if (glosses.length) entries.push({ headword, glosses });
  }
  return { name, licence, entries, dataPath };
}
