/**
 * The export methods of the contract. `export.article`: one article as annotated markdown, a quotes
 * digest or W3C JSON-LD, returned with a file name (writing it — save dialog, download, CLI — is the
 * caller's). `export.library`: many articles into a folder, with progress for `export.progress`.
 */
import path from 'node:path';
import type { Handlers } from '../../shared/api.js';
import { ApiError } from '../../shared/api-error.js';
import { exportArticle } from '../../shared/export/export-article.js';
import type { Library } from '../library/library.js';
import { exportToFolder } from '../export-folder.js';
import { jobProgress, reportProgress } from '../export-jobs.js';

export function exportHandlers(library: Library): Pick<Handlers, 'export.article' | 'export.library' | 'export.progress'> {
  return {
    'export.article': async ({ id, format, style }) => {
      const { article, annotations } = await library.get(id);
      return exportArticle(article, annotations, format, style);
    },
    'export.library': async ({ jobId, ...params }) => {
      // The contract accepts absolute paths of every system (the renderer cannot know which it runs on);
      // here "C:\\x" on Linux would be relative to the working directory, so it is refused.
      if (!path.isAbsolute(params.dir) || params.dir.includes('\0')) {
        throw new ApiError('invalid_params', 'The export folder is not a full folder path on this computer; choose the folder again.');
      }
      let last = { done: 0, total: params.ids?.length ?? library.list().length };
      const report = (state: 'running' | 'done' | 'failed') => jobId && reportProgress(library, jobId, { state, ...last });
      report('running');
      try {
        const result = await exportToFolder(library, params, (done, total) => {
          last = { done, total };
          report('running');
        });
        report('done');
        return result;
      } catch (error) {
        report('failed');
        throw error;
      }
    },
    'export.progress': async ({ jobId }) => jobProgress(library, jobId),
  };
}
