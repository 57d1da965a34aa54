/**
 * Exports the library, or a selection, into a folder: one file per article with a safe, unique
 * name from its title, plus index.md linking them. Every name is checked before anything is
 * written, so an existing file (without `overwrite`) or an unknown id changes nothing; each file is
 * written whole (temp file, then rename); and if writing fails part-way, the files this export
 * created are removed again, so a failed export leaves the folder as it was.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ApiError } from '../shared/api-error.js';
import type { Params, Result } from '../shared/api.js';
import { exportArticle, exportFileName, exportIndex, uniqueFileNames } from '../shared/export/export-article.js';
import type { Library } from './library/library.js';
import { writeFileDurably } from './library/durable-json-file.js';
import { writeProblem } from './export-command.js';

export type FolderExportParams = Omit<Params<'export.library'>, 'jobId'>;
export type Progress = (done: number, total: number) => void;

/** Files written at once: fsync waits overlap, the CPU work does not. */
const CONCURRENCY = 4;

async function exists(file: string): Promise<boolean> {
  return fs.lstat(file).then(() => true, () => false);
}

/** Runs `work` on every item, at most `limit` at a time, in order of start; the first failure stops the rest. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        await work(items[i], i);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const results = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker));
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
}

export async function exportToFolder(library: Library, params: FolderExportParams, progress: Progress = () => {}): Promise<Result<'export.library'>> {
  const { format, style, overwrite } = params;
  const dir = path.resolve(params.dir);
  const summaries = new Map(library.list().map((s) => [s.id, s]));
  const ids = params.ids ? [...new Set(params.ids)] : [...summaries.keys()];
  const unknown = ids.find((id) => !summaries.has(id));
  if (unknown) throw new ApiError('not_found', `There is no article with id ${unknown} in this library; nothing was exported.`);
  const names = uniqueFileNames(ids.map((id) => exportFileName(summaries.get(id)!, format)), ['index.md']);
  const stat = await fs.stat(dir).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : Promise.reject(writeProblem(dir, error))));
  if (stat && !stat.isDirectory()) throw new ApiError('io', `"${dir}" is a file, not a folder; choose a folder to export into.`);
  // Refuse before writing anything, so a folder is never left half-exported over older files.
  const existing = new Set<string>();
  if (stat) {
    for (const name of [...names, 'index.md']) if (await exists(path.join(dir, name))) existing.add(name);
    if (existing.size && !overwrite) {
      const first = path.join(dir, [...existing][0]);
      throw new ApiError('exists', `"${first}" already exists${existing.size > 1 ? ` (and ${existing.size - 1} more of the files)` : ''}; replace them or choose another folder.`);
    }
  }
  const created: string[] = [];
  const madeDir = !stat;
  try {
    if (madeDir) await fs.mkdir(dir, { recursive: true }).catch((error) => Promise.reject(writeProblem(dir, error)));
    const counts: number[] = new Array(ids.length);
    const articles: Array<Parameters<typeof exportIndex>[0][number]['article']> = new Array(ids.length);
    let done = 0;
    progress(0, ids.length);
    await eachLimited(ids, CONCURRENCY, async (id, i) => {
      const { article, annotations } = await library.get(id);
      const file = path.join(dir, names[i]);
      const { content } = exportArticle(article, annotations, format, style);
      if (!existing.has(names[i])) created.push(file);
      await writeFileDurably(file, content, { keepBackup: false }).catch((error) => Promise.reject(writeProblem(file, error)));
      articles[i] = article;
      counts[i] = annotations.length;
      progress(++done, ids.length);
    });
    const index = path.join(dir, 'index.md');
    if (!existing.has('index.md')) created.push(index);
    const entries = ids.map((_, i) => ({ article: articles[i], fileName: names[i], annotationCount: counts[i] }));
    await writeFileDurably(index, exportIndex(entries), { keepBackup: false }).catch((error) => Promise.reject(writeProblem(index, error)));
    return { dir, files: names, index: 'index.md', count: ids.length };
  } catch (error) {
    // Take back what this export added; files it replaced were each replaced whole.
    await Promise.all(created.map((file) => fs.rm(file, { force: true })));
    if (madeDir) await fs.rmdir(dir).catch(() => {});
    throw error;
  }
}
