/**
 * Reads a StarDict dictionary: the .ifo (key=value metadata), the .idx (word NUL, then offset and size
 * as big-endian 32-bit, or 64-bit offsets with idxoffsetbits=64; .idx.gz too), the .dict or .dict.dz
 * (dictzip), and the .syn (synonym NUL, then the big-endian index of its entry) when present.
 * Text fields (m, t, y, l, g, x, h, …) become glosses, one per line, with any markup removed.
 */
import { existsSync, promises as fs } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { ApiError } from '../../shared/api-error.js';
import type { RawEntry } from '../../shared/dictionary/compiled-dictionary.js';

export interface StardictDatabase {
  name: string;
  licence?: string;
  entries: RawEntry[];
  info: Record<string, string>;
}

export function parseIfo(text: string): Record<string, string> {
  const lines = text.replace(/\r/g, '').split('\n');
  if (!lines[0]?.startsWith("StarDict's dict ifo file")) throw new ApiError('unsupported', 'The .ifo file does not start with "StarDict\'s dict ifo file".');
  const info: Record<string, string> = {};
  for (const line of lines.slice(1)) {
    const eq = line.indexOf('=');
    if (eq > 0) info[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return info;
}

async function readMaybeGzipped(base: string, ext: string): Promise<Buffer | undefined> {
  if (existsSync(`${base}${ext}`)) return fs.readFile(`${base}${ext}`);
  const gz = [`${base}${ext}.gz`, `${base}${ext}.dz`].find((p) => existsSync(p));
  return gz ? gunzipSync(await fs.readFile(gz)) : undefined;
}

const TEXT_TYPES = new Set('mltgxykwhr');

function cleanText(text: string, type: string): string[] {
  const plain = 'gxhk'.includes(type)
    ? text.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    : text;
  return plain.split('\n').map((l) => l.trim()).filter(Boolean);
}

/** The text of one article's fields, following sametypesequence when the .ifo gives one. */
function articleGlosses(data: Buffer, sequence: string | undefined): string[] {
  const glosses: string[] = [];
  let at = 0;
  const readField = (type: string, last: boolean) => {
    if (type === type.toUpperCase() && !TEXT_TYPES.has(type)) {
      // Binary fields (W, P, X, …) carry a 32-bit size; without sametypesequence the last one too.
      const size = last && sequence ? data.length - at : data.readUInt32BE(at);
      at += last && sequence ? size : 4 + size;
      return;
    }
    let end = last && sequence ? data.length : data.indexOf(0, at);
    if (end === -1) end = data.length;
    if (TEXT_TYPES.has(type)) glosses.push(...cleanText(data.toString('utf8', at, end), type));
    at = end + 1;
  };
  if (sequence) {
    [...sequence].forEach((type, i) => readField(type, i === sequence.length - 1));
  } else {
    while (at < data.length) {
      const type = String.fromCharCode(data[at++]);
      readField(type, false);
    }
  }
  return glosses;
}

export async function readStardict(ifoPath: string): Promise<StardictDatabase> {
  const info = parseIfo(await fs.readFile(ifoPath, 'utf8'));
  const base = ifoPath.replace(/\.ifo$/, '');
  const [idx, dict, syn] = await Promise.all([readMaybeGzipped(base, '.idx'), readMaybeGzipped(base, '.dict'), readMaybeGzipped(base, '.syn')]);
  if (!idx || !dict) throw new ApiError('not_found', `The StarDict dictionary "${ifoPath}" lacks its .idx or .dict file.`);
  const offsetBytes = info.idxoffsetbits === '64' ? 8 : 4;
  const entries: RawEntry[] = [];
  let at = 0;
  while (at < idx.length) {
    const end = idx.indexOf(0, at);
    if (end === -1) break;
    const headword = idx.toString('utf8', at, end);
    at = end + 1;
    const offset = offsetBytes === 8 ? Number(idx.readBigUInt64BE(at)) : idx.readUInt32BE(at);
    at += offsetBytes;
    const size = idx.readUInt32BE(at);
    at += 4;
    entries.push({ headword, glosses: articleGlosses(dict.subarray(offset, offset + size), info.sametypesequence) });
  }
  const synonyms: RawEntry[] = [];
  if (syn) {
    let s = 0;
    while (s < syn.length) {
      const end = syn.indexOf(0, s);
      if (end === -1) break;
      const word = syn.toString('utf8', s, end);
      const target = entries[syn.readUInt32BE(end + 1)];
      if (target) synonyms.push({ headword: word, glosses: target.glosses });
      s = end + 5;
    }
  }
  return { name: info.bookname ?? base, licence: info.description?.match(/licen[cs]e[^.<]*/i)?.[0], entries: [...entries, ...synonyms], info };
}
