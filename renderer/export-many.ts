/**
 * Exporting several articles from the window, with progress. Desktop: `export.library` into the
 * chosen folder, polling `export.progress` with a job id while it runs (the call itself answers at
 * the end). Browser mode: each article through `export.article`, then one .zip (save-export.ts).
 * The whole library (`'all'`) is what the library holds when the export runs, never the window's
 * list, which may still be loading (use-library.ts loads the first rows, then the rest).
 */
import type { ExportStyle } from '../shared/export/annotated-markdown.js';
import { exportIndex, uniqueFileNames, type ExportFormat } from '../shared/export/export-article.js';
import type { ApiClient } from './api-client.js';
import { zipFiles } from './save-export.js';

export type OnProgress = (done: number, total: number) => void;

/** The articles named, or `'all'`: every article in the library, asked of the library itself. */
export type ExportIds = readonly string[] | 'all';

const POLL_MS = 150;
/** export.article calls in flight at once in browser mode. */
const PARALLEL = 4;

function jobId(): string {
  return `export-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export async function exportManyToFolder(
  client: ApiClient,
  params: { ids: ExportIds; dir: string; format: ExportFormat; style: ExportStyle; overwrite: boolean },
  onProgress: OnProgress,
) {
  const id = jobId();
  let finished = false;
  const poll = async () => {
    while (!finished) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      if (finished) return;
      const progress = await client.call('export.progress', { jobId: id }).catch(() => null);
      if (!finished && progress?.state === 'running' && progress.total > 0) onProgress(progress.done, progress.total);
    }
  };
  void poll();
  try {
    // Without ids, export.library exports every article in the library.
    const ids = params.ids === 'all' ? undefined : [...params.ids];
    const result = await client.call('export.library', { ids, dir: params.dir, format: params.format, style: params.style, overwrite: params.overwrite, jobId: id });
    onProgress(result.count, result.count);
    return result;
  } finally {
    finished = true;
  }
}

/** Every article exported, then zipped with an index.md; returns the .zip and its suggested name. */
export async function exportManyAsZip(client: ApiClient, which: ExportIds, format: ExportFormat, style: ExportStyle, onProgress: OnProgress): Promise<{ blob: Blob; fileName: string }> {
  const { articles } = await client.call('articles.list', {});
  const summaries = new Map(articles.map((a) => [a.id, a]));
  const ids = which === 'all' ? articles.map((a) => a.id) : which;
  const files: Array<{ fileName: string; content: string }> = new Array(ids.length);
  let next = 0;
  let done = 0;
  onProgress(0, ids.length);
  const worker = async () => {
    while (next < ids.length) {
      const i = next++;
      files[i] = await client.call('export.article', { id: ids[i], format, style });
      onProgress(++done, ids.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, ids.length) }, worker));
  const names = uniqueFileNames(files.map((f) => f.fileName), ['index.md']);
  const index = exportIndex(
    ids.map((id, i) => {
      const summary = summaries.get(id);
      return { article: summary ?? { title: files[i].fileName }, fileName: names[i], annotationCount: summary?.annotationCount ?? 0 };
    }),
  );
  const blob = zipFiles([...files.map((f, i) => ({ name: names[i], content: f.content })), { name: 'index.md', content: index }]);
  return { blob, fileName: `tandai-export-${new Date().toISOString().slice(0, 10)}.zip` };
}
