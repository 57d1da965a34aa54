/**
 * `tandai export`: one article or the whole library as annotated markdown, a quotes digest or W3C
 * JSON-LD, to standard output or to files. Files are written whole (temp file, then rename) and an
 * existing file is only replaced with --force, so an export never leaves a half-written file.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { MethodName, ParamsIn, Result } from '../shared/api.js';
import { ApiError } from '../shared/api-error.js';
import type { ExportStyle } from '../shared/export/annotated-markdown.js';
import { EXPORT_STYLES } from '../shared/export/annotated-markdown.js';
import { EXPORT_FORMATS, type ExportFormat, type ExportedFile } from '../shared/export/export-article.js';
import { writeFileDurably } from './library/durable-json-file.js';

export interface ExportOptions {
  all: boolean;
  format?: string;
  style?: string;
  out?: string;
  force: boolean;
  json: boolean;
}

export type ExportOne = (id: string, format: ExportFormat, style: ExportStyle) => Promise<ExportedFile>;

export function exportFormat(value: string | undefined): ExportFormat {
  if (value === undefined) return 'md';
  if ((EXPORT_FORMATS as readonly string[]).includes(value)) return value as ExportFormat;
  throw new ExportUsageError(`--format takes md, quotes or json, not "${value}".`);
}

export function exportStyle(value: string | undefined): ExportStyle {
  if (value === undefined) return 'obsidian';
  if ((EXPORT_STYLES as readonly string[]).includes(value)) return value as ExportStyle;
  throw new ExportUsageError(`--style takes obsidian, gfm or plain, not "${value}".`);
}

export class ExportUsageError extends Error {}

export function writeProblem(file: string, error: unknown): ApiError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new ApiError('io', `Tandai may not write "${file}"; check the folder's permissions.`);
  if (code === 'EEXIST') return new ApiError('io', `"${file}" cannot be made: part of its path is a file, not a folder.`);
  if (code === 'ENOENT' || code === 'ENOTDIR') return new ApiError('io', `There is no folder "${path.dirname(file)}" to write "${path.basename(file)}" into.`);
  if (code === 'ENOSPC') return new ApiError('io', `The disk is full; "${file}" was not written.`);
  if (code === 'EISDIR') return new ApiError('io', `"${file}" is a folder; name a file, or export with --all into a folder.`);
  return new ApiError('io', `"${file}" could not be written (${(error as Error).message.replace(/\.$/, '')}).`);
}

async function exists(file: string): Promise<boolean> {
  return fs.lstat(file).then(() => true, () => false);
}

async function isDirectory(file: string): Promise<boolean> {
  return fs.stat(file).then((s) => s.isDirectory(), () => false);
}

/** Writes one file whole; an existing file is a sentence unless `force`. */
export async function writeExportFile(file: string, content: string, force: boolean): Promise<void> {
  if (!force && (await exists(file))) throw new ApiError('io', `"${file}" already exists; add --force to replace it.`);
  try {
    await writeFileDurably(file, content, { keepBackup: false });
  } catch (error) {
    throw writeProblem(file, error);
  }
}

/**
 * Runs the command on `ids` (for --all, every article in the library) to standard output or one
 * file. Returns what to print on standard output, and the files written (for --json).
 */
export async function runExport(
  ids: string[],
  options: ExportOptions,
  exportOne: ExportOne,
): Promise<{ stdout: string; written: string[] }> {
  const format = exportFormat(options.format);
  const style = exportStyle(options.style);
  if (!options.all && ids.length !== 1) throw new ExportUsageError('Name one article to export, e.g. "tandai export ID", or use --all.');
  if (options.all && options.out !== undefined) throw new ExportUsageError('An export of the whole library into a folder goes through runFolderExport.');
  const exported = [];
  for (const id of ids) exported.push(await exportOne(id, format, style));
  if (options.out === undefined) {
    const stdout =
      format === 'json' && options.all ? `${JSON.stringify(exported.map((e) => JSON.parse(e.content)), null, 2)}\n` : exported.map((e) => e.content).join('\n');
    return { stdout, written: [] };
  }
  if (!options.all) {
    const [one] = exported;
    const file = (await isDirectory(options.out)) ? path.join(options.out, one.fileName) : options.out;
    await writeExportFile(file, one.content, options.force);
    return { stdout: '', written: [file] };
  }
  return { stdout: '', written: [] };
}

type Call = <M extends MethodName>(method: M, params: ParamsIn<M>) => Promise<Result<M>>;

/**
 * `tandai export --all --out DIR`: the library through `export.library`, polling `export.progress`
 * for the progress line as the app does. An existing file is a sentence naming --force.
 */
export async function runFolderExport(
  call: Call,
  options: ExportOptions & { out: string },
  progress: (done: number, total: number) => void = () => {},
): Promise<{ written: string[] }> {
  const format = exportFormat(options.format);
  const style = exportStyle(options.style);
  const dir = path.resolve(options.out);
  const jobId = randomUUID();
  const poll = setInterval(() => {
    call('export.progress', { jobId }).then((p) => p.state === 'running' && p.total > 0 && progress(p.done, p.total), () => {});
  }, 100);
  try {
    const result = await call('export.library', { dir, format, style, overwrite: options.force, jobId });
    progress(result.count, result.count);
    return { written: [...result.files, result.index].map((name) => path.join(result.dir, name)) };
  } catch (error) {
    if (error instanceof ApiError && error.code === 'exists') {
      const file = /^"([^"]+)"/.exec(error.message)?.[1] ?? dir;
      throw new ApiError('exists', `"${file}" already exists; add --force to replace the files in "${options.out}".`);
    }
    throw error;
  } finally {
    clearInterval(poll);
  }
}
