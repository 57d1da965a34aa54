/**
 * The API's implementation: one function per contract method, working on an open Library.
 * IPC, HTTP, the CLI and the tests all call these through shared/dispatch-call.ts,
 * so params arrive validated and results leave validated.
 */
import { randomUUID } from 'node:crypto';
import type { Handlers } from '../shared/api.js';
import { ApiError } from '../shared/api-error.js';
import { describeSpan, findExactQuote } from '../shared/anchoring/describe-selectors.js';
import type { Annotation } from '../shared/model.js';
import type { Library } from './library/library.js';
import { APP_VERSION } from './version.js';

function annotationIndex(annotations: Annotation[], id: string): number {
  const at = annotations.findIndex((a) => a.id === id);
  if (at === -1) throw new ApiError('not_found', `There is no annotation with id ${id} on this article.`);
  return at;
}

const uniqueTags = (tags: string[]) => [...new Set(tags.map((t) => t.trim()).filter(Boolean))];

export function createHandlers(library: Library): Handlers {
  return {
    'app.info': async () => ({
      version: APP_VERSION,
      libraryDir: library.dir,
      readOnly: library.readOnly,
      notices: [...library.notices],
    }),
    'settings.get': async () => library.settings(),
    'settings.update': (patch) => library.updateSettings(patch),
    'articles.list': async () => ({ articles: library.list() }),
    'articles.get': ({ id }) => library.get(id),
    'articles.import': async ({ files }) => {
      const results = [];
      for (const file of files) {
        try {
          const summary = await library.importBytes(Buffer.from(file.dataBase64, 'base64'), file.name, file.format);
          results.push({ file: file.name, id: summary.id, title: summary.title, lang: summary.lang });
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          results.push({ file: file.name, error: error.message });
        }
      }
      return { results };
    },
    'articles.delete': ({ id }) => library.delete(id),
    'articles.restore': ({ id }) => library.restore(id),
    'annotations.create': ({ articleId, target, color, note, tags }) =>
      library.updateArticle(articleId, (file) => {
        const { text } = file.article;
        let span: { start: number; end: number } | undefined;
        if ('exact' in target) {
          span = findExactQuote(text, target);
          if (!span) throw new ApiError('not_found', `The quote "${target.exact.slice(0, 80)}" does not occur in this article.`);
        } else {
          if (target.end > text.length) {
            throw new ApiError('invalid_params', `The selection ends at ${target.end}, past the end of the article text (${text.length} characters).`);
          }
          span = target;
        }
        if (!text.slice(span.start, span.end).trim()) throw new ApiError('invalid_params', 'The selection holds only white space; select some text to highlight.');
        const now = new Date().toISOString();
        const annotation: Annotation = {
          id: randomUUID(),
          articleId,
          kind: 'highlight',
          target: { selector: describeSpan(text, span.start, span.end) },
          status: 'anchored',
          color,
          note,
          tags: uniqueTags(tags),
          created: now,
          updated: now,
        };
        file.annotations.push(annotation);
        file.annotations.sort((a, b) => a.target.selector[1].start - b.target.selector[1].start);
        return annotation;
      }),
    'annotations.update': ({ articleId, id, color, note, tags }) =>
      library.updateArticle(articleId, (file) => {
        const annotation = file.annotations[annotationIndex(file.annotations, id)];
        if (color !== undefined) annotation.color = color;
        if (note !== undefined) annotation.note = note;
        if (tags !== undefined) annotation.tags = uniqueTags(tags);
        annotation.updated = new Date().toISOString();
        return structuredClone(annotation);
      }),
    'annotations.delete': ({ articleId, id }) =>
      library.updateArticle(articleId, (file) => {
        file.annotations.splice(annotationIndex(file.annotations, id), 1);
        return { id };
      }),
  };
}
