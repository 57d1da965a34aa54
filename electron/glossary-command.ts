/**
 * `tandai glossary list|add|import|export`: the personal glossary from the shell, through the same
 * API methods as the Glossary panel. Exports go to standard output, or whole to a file with --out
 * (an existing file is only replaced with --force).
 */
import { promises as fs } from 'node:fs';
import type { MethodName, ParamsIn, Result } from '../shared/api.js';
import { ApiError } from '../shared/api-error.js';
import { writeExportFile } from './export-command.js';

export type Call = <M extends MethodName>(method: M, params: ParamsIn<M>) => Promise<Result<M>>;
/** Opens the library (read-only or for writing) for the length of `fn`. */
export type OpenLibrary = (mode: 'read' | 'write', fn: (call: Call) => Promise<number>) => Promise<number>;

export class GlossaryUsageError extends Error {}

export interface GlossaryOptions {
  from?: string;
  note?: string;
  format?: string;
  out?: string;
  force: boolean;
}

export const GLOSSARY_USAGE = `  glossary list                             the personal glossary (term = translation)
  glossary add TERM TRANSLATION             save a term pair [--from id|en] [--note TEXT]
  glossary import FILE.csv [--from id|en]   add or update pairs from a CSV/TSV (header optional)
  glossary export [--format F] [--out FILE] F: csv (the glossary, default), vocabulary (CSV
                                            for students) or anki (Anki TSV); --force replaces`;

function lang(value: string | undefined): 'id' | 'en' | undefined {
  if (value === undefined || value === 'id' || value === 'en') return value;
  throw new GlossaryUsageError(`--from takes "id" or "en", not "${value}".`);
}

export async function runGlossary(
  args: string[],
  options: GlossaryOptions,
  open: OpenLibrary,
  io: { out: (s: string) => void; err: (s: string) => void; print: (value: unknown, human: () => string) => void },
): Promise<number> {
  const [sub, ...rest] = args;
  const from = lang(options.from);
  switch (sub) {
    case 'list':
      return open('read', async (call) => {
        const { entries, notices } = await call('glossary.list', {});
        for (const notice of notices) io.err(`${notice}\n`);
        io.print(entries, () =>
          entries.length === 0
            ? 'The glossary is empty. Add a pair with "tandai glossary add TERM TRANSLATION".\n'
            : entries.map((e) => `${e.source} = ${e.target}  (${e.from}→${e.to})${e.note ? `  — ${e.note}` : ''}\n`).join(''),
        );
        return 0;
      });
    case 'add': {
      const [source, target, ...extra] = rest;
      if (!source || !target || extra.length) throw new GlossaryUsageError('Name the term and its translation, e.g. tandai glossary add "juru bicara" spokesperson.');
      return open('write', async (call) => {
        const entry = await call('glossary.add', { source, target, from: from ?? 'id', note: options.note });
        io.print(entry, () => `Saved “${entry.source}” = “${entry.target}” (${entry.from}→${entry.to}).\n`);
        return 0;
      });
    }
    case 'import': {
      const [file, ...extra] = rest;
      if (!file || extra.length) throw new GlossaryUsageError('Name one CSV file to import, e.g. "tandai glossary import terms.csv".');
      let csv: string;
      try {
        csv = await fs.readFile(file, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new ApiError('io', code === 'ENOENT' ? `There is no file "${file}".` : `"${file}" could not be read (${(error as Error).message}).`);
      }
      return open('write', async (call) => {
        const report = await call('glossary.importCsv', { csv, from });
        io.print(report, () => {
          const skipped = report.lines
            .filter((l) => l.outcome === 'skipped')
            .map((l) => `  line ${l.line} skipped: ${l.reason}\n`)
            .join('');
          return `${report.added} added, ${report.updated} updated, ${report.skipped} skipped.\n${skipped}`;
        });
        return 0;
      });
    }
    case 'export': {
      const format = options.format ?? 'csv';
      if (format !== 'csv' && format !== 'vocabulary' && format !== 'anki') {
        throw new GlossaryUsageError(`--format takes csv, vocabulary or anki for the glossary, not "${format}".`);
      }
      return open('read', async (call) => {
        const file = format === 'csv' ? await call('glossary.exportCsv', {}) : await call('glossary.exportVocabulary', { format: format === 'anki' ? 'anki' : 'csv' });
        if (options.out === undefined) io.out(file.content);
        else {
          await writeExportFile(options.out, file.content, options.force);
          io.print({ written: [options.out] }, () => `Wrote ${options.out}\n`);
        }
        return 0;
      });
    }
    default:
      throw new GlossaryUsageError('Use "tandai glossary list", "add TERM TRANSLATION", "import FILE.csv" or "export".');
  }
}
