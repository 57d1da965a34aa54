/**
 * Compiles a dictionary file of any supported format into Tandai's compiled form, plus its inversion
 * (so FreeDict eng→ind also answers ind→eng). Languages come from the name ("freedict-eng-ind",
 * "en-id.tsv") unless the caller says them.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api-error.js';
import { compileEntries, invertDictionary, type CompiledDictionary, type DictionaryMeta } from '../../shared/dictionary/compiled-dictionary.js';
import { readDictd } from './read-dictd.js';
import { readGlossaryTable } from './read-glossary-table.js';
import { readStardict } from './read-stardict.js';

const LANGS: Record<string, string> = { eng: 'en', en: 'en', ind: 'id', id: 'id', msa: 'ms', zsm: 'ms', fra: 'fr', fr: 'fr', deu: 'de', de: 'de', nld: 'nl', nl: 'nl' };

/** The two languages named at the end of a dictionary's file name: "freedict-eng-ind" → en, id. */
export function languagesFromName(file: string): { from: string; to: string } | undefined {
  const base = path.basename(file).replace(/\.(index|ifo|tsv|csv|txt|dict|dz)$/gi, '').replace(/\.(index|ifo|tsv|csv|txt|dict|dz)$/gi, '');
  const match = /(?:^|[-_.])([a-z]{2,3})[-_2]([a-z]{2,3})$/i.exec(base);
  if (!match) return undefined;
  const from = LANGS[match[1].toLowerCase()];
  const to = LANGS[match[2].toLowerCase()];
  return from && to && from !== to ? { from, to } : undefined;
}

/** A file-name-safe id from the file's name. */
export function dictionaryId(file: string): string {
  const base = path.basename(file).replace(/\.(index|ifo|tsv|csv|txt)$/i, '');
  return base.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 80) || 'dictionary';
}

export type DictionaryFormat = 'dictd' | 'stardict' | 'tsv' | 'csv';

export function formatOf(file: string): DictionaryFormat | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.index')) return 'dictd';
  if (lower.endsWith('.ifo')) return 'stardict';
  if (lower.endsWith('.tsv') || lower.endsWith('.txt')) return 'tsv';
  if (lower.endsWith('.csv')) return 'csv';
  return undefined;
}

/** The dictionary and its inversion, compiled from `file`. */
export async function compileDictionaryFile(file: string, options: { from?: string; to?: string } = {}): Promise<CompiledDictionary[]> {
  const format = formatOf(file);
  if (!format) {
    throw new ApiError('unsupported', `"${path.basename(file)}" is not a dictionary Tandai reads; name a dictd .index, a StarDict .ifo, or a .tsv or .csv glossary.`);
  }
  const named = languagesFromName(file);
  const from = options.from ?? named?.from;
  const to = options.to ?? named?.to;
  if (!from || !to) {
    throw new ApiError('invalid_params', `Tandai cannot tell the languages of "${path.basename(file)}" from its name; say them (e.g. from "id", to "en").`);
  }
  const source = path.resolve(file);
  let name: string;
  let licence: string | undefined;
  let entries;
  try {
    if (format === 'dictd') ({ name, licence, entries } = await readDictd(source));
    else if (format === 'stardict') ({ name, licence, entries } = await readStardict(source));
    else {
      entries = readGlossaryTable(await fs.readFile(source, 'utf8'), format);
      name = path.basename(file);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ApiError('not_found', `There is no file "${file}".`);
    throw error;
  }
  if (entries.length === 0) throw new ApiError('invalid_params', `"${path.basename(file)}" holds no dictionary entries.`);
  const meta: Omit<DictionaryMeta, 'entryCount'> = { id: dictionaryId(file), name, from, to, format, source, licence };
  const dictionary = compileEntries(entries, meta);
  return [dictionary, invertDictionary(dictionary)];
}
