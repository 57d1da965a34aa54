/**
 * The export method of the contract: one article as annotated markdown, a quotes digest or W3C
 * JSON-LD. Returns the content and a file name; writing it (save dialog, download, CLI) is the caller's.
 */
import type { Handlers } from '../../shared/api.js';
import { exportArticle } from '../../shared/export/export-article.js';
import type { Library } from '../library/library.js';

export function exportHandlers(library: Library): Pick<Handlers, 'export.article'> {
  return {
    'export.article': async ({ id, format, style }) => {
      const { article, annotations } = await library.get(id);
      return exportArticle(article, annotations, format, style);
    },
  };
}
