/**
 * The API's implementation: one function per contract method, working on an open Library.
 * IPC, HTTP, the CLI and the tests all call these through shared/dispatch-call.ts,
 * so params arrive validated and results leave validated.
 */
import type { Handlers, Result } from '../shared/api.js';
import { ApiError } from '../shared/api-error.js';
import type { ArticleSummary } from '../shared/model.js';
import { parseDate } from '../shared/import/parse-date.js';
import type { Library } from './library/library.js';
import { APP_VERSION } from './version.js';
import { annotationHandlers } from './handlers/annotation-handlers.js';
import { dictionaryHandlers } from './handlers/dictionary-handlers.js';
import { exportHandlers } from './handlers/export-handlers.js';
import { backupHandlers } from './handlers/backup-handlers.js';
import { libraryScaleHandlers, listingRow } from './handlers/library-scale-handlers.js';
import { pageOfArticles } from '../shared/library/article-listing.js';
import { searchHandlers } from './handlers/search-handlers.js';
import { quoteHandlers } from './handlers/quote-handlers.js';
import { glossaryHandlers } from './handlers/glossary-handlers.js';
import { glossaryNotices } from './glossary/glossary-store.js';

export function duplicateSentence(fileName: string, of: Pick<ArticleSummary, 'id' | 'title'>): string {
  return `"${fileName}" is already in the library as ${of.id} (“${of.title}”).`;
}

/**
 * One sentence for a file that could not be imported. A failure we did not foresee (a page that
 * trips the parser) is still reported for that file alone, so the rest of a batch goes in.
 */
function importFailure(fileName: string, error: unknown): string {
  if (error instanceof ApiError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `"${fileName}" could not be imported (${detail.replace(/\.$/, '')}).`;
}

export function createHandlers(library: Library): Handlers {
  return {
    'app.info': async () => ({
      version: APP_VERSION,
      libraryDir: library.dir,
      readOnly: library.readOnly,
      notices: [...library.notices, ...(await glossaryNotices(library))],
    }),
    'settings.get': async () => library.settings(),
    'settings.update': (patch) => library.updateSettings(patch),
    'articles.list': async (params) => {
      const all = library.list();
      return { articles: pageOfArticles(all, params).map(listingRow), total: all.length };
    },
    'articles.get': ({ id }) => library.get(id),
    'articles.import': async ({ files, allowDuplicates }) => {
      const results: Result<'articles.import'>['results'] = [];
      for (const file of files) {
        try {
          const outcome = await library.importBytes(Buffer.from(file.dataBase64, 'base64'), file.name, { format: file.format, allowDuplicates });
          if (outcome.kind === 'duplicate') {
            results.push({ file: file.name, error: duplicateSentence(file.name, outcome.of), duplicateOf: outcome.of.id });
          } else {
            const { summary } = outcome;
            results.push({ file: file.name, id: summary.id, title: summary.title, lang: summary.lang, wordCount: summary.wordCount, readingMinutes: summary.readingMinutes });
          }
        } catch (error) {
          results.push({ file: file.name, error: importFailure(file.name, error) });
        }
      }
      return { results };
    },
    'articles.replaceText': async ({ id, file }) => {
      const summary = await library.replaceText(id, Buffer.from(file.dataBase64, 'base64'), file.name, file.format);
      return { file: file.name, id: summary.id, title: summary.title, lang: summary.lang, wordCount: summary.wordCount, readingMinutes: summary.readingMinutes };
    },
    'articles.update': ({ id, ...patch }) =>
      library.updateMetadata(id, { ...patch, publishedAt: patch.publishedAt ? (parseDate(patch.publishedAt) ?? patch.publishedAt) : patch.publishedAt }),
    'articles.delete': ({ id }) => library.delete(id),
    'articles.restore': ({ id }) => library.restore(id),
    ...annotationHandlers(library),
    ...dictionaryHandlers(library),
    ...exportHandlers(library),
    ...backupHandlers(library),
    ...libraryScaleHandlers(library),
    ...searchHandlers(library),
    ...quoteHandlers(library),
    ...glossaryHandlers(library),
  };
}
