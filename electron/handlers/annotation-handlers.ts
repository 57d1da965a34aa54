/**
 * The annotation methods of the contract (create, update, delete, restore), "Edit text" with
 * re-anchoring, and the tag list. Each change is one durable write of the article's file.
 */
import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../shared/api.js';
import { ApiError } from '../../shared/api-error.js';
import { describeSpan } from '../../shared/anchoring/describe-selectors.js';
import { findQuote, type QuoteQuery } from '../../shared/anchoring/find-quote.js';
import { reanchorAnnotations, sortInTextOrder } from '../../shared/anchoring/reanchor-annotations.js';
import { markdownNestingDepth, MAX_MARKDOWN_DEPTH } from '../../shared/import/nesting-depth.js';
import { countWords, readingMinutes } from '../../shared/import/count-words.js';
import type { Annotation, Speaker } from '../../shared/model.js';
import { canonicalTextInNode } from '../dom/node-dom.js';
import { contentHash } from '../import/draft-to-article.js';
import type { Library } from '../library/library.js';

type AnnotationMethods = Pick<Handlers, 'annotations.create' | 'annotations.update' | 'annotations.delete' | 'annotations.restore' | 'articles.editText' | 'tags.list'>;

function annotationIndex(annotations: Annotation[], id: string): number {
  const at = annotations.findIndex((a) => a.id === id);
  if (at === -1) throw new ApiError('not_found', `There is no annotation with id ${id} on this article.`);
  return at;
}

/** A speaker as stored: trimmed, with an empty role left out. */
function tidySpeaker(speaker: Speaker): Speaker {
  const name = speaker.name.replace(/\s+/g, ' ').trim();
  if (!name) throw new ApiError('invalid_params', 'The speaker needs a name; leave the speaker out to store none.');
  const role = speaker.role?.replace(/\s+/g, ' ').trim();
  return role ? { name, role } : { name };
}

const uniqueTags = (tags: string[]) => [...new Set(tags.map((t) => t.trim()).filter(Boolean))];

function shorten(quote: string): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
}

/** A span of the canonical text, from offsets or from a quote; a sentence when it cannot be found. */
function resolveSpan(text: string, target: { start: number; end: number } | QuoteQuery): { start: number; end: number } {
  if ('exact' in target) {
    const found = findQuote(text, target);
    const q = shorten(target.exact);
    switch (found.kind) {
      case 'found':
        return found;
      case 'not-found':
        throw new ApiError('not_found', `The quote "${q}" does not occur in this article.`);
      case 'ambiguous':
        throw new ApiError('invalid_params', `The quote "${q}" occurs ${found.count} times in this article; say which occurrence (1 to ${found.count}) to annotate.`);
      case 'no-such-occurrence':
        throw new ApiError('invalid_params', `The quote "${q}" occurs only ${found.count} time${found.count === 1 ? '' : 's'} in this article, so occurrence ${target.occurrence} does not exist.`);
    }
  }
  if (target.end > text.length) {
    throw new ApiError('invalid_params', `The selection ends at ${target.end}, past the end of the article text (${text.length} characters).`);
  }
  if (!text.slice(target.start, target.end).trim()) throw new ApiError('invalid_params', 'The selection holds only white space; select some text to annotate.');
  return target;
}

export function annotationHandlers(library: Library): AnnotationMethods {
  return {
    'annotations.create': ({ articleId, target, kind, color, note, tags, translation, speaker }) =>
      library.updateArticle(articleId, (file) => {
        const { text } = file.article;
        const span = resolveSpan(text, target);
        const now = new Date().toISOString();
        const annotation: Annotation = {
          id: randomUUID(),
          articleId,
          kind,
          target: { selector: describeSpan(text, span.start, span.end) },
          status: 'anchored',
          color,
          note,
          tags: uniqueTags(tags),
          ...(translation ? { translation } : {}),
          ...(speaker ? { speaker: tidySpeaker(speaker) } : {}),
          created: now,
          updated: now,
        };
        file.annotations = sortInTextOrder([...file.annotations, annotation]);
        return annotation;
      }),
    'annotations.update': ({ articleId, id, color, note, tags, target, translation, speaker }) =>
      library.updateArticle(articleId, (file) => {
        const annotation = file.annotations[annotationIndex(file.annotations, id)];
        if (color !== undefined) annotation.color = color;
        if (note !== undefined) annotation.note = note;
        if (tags !== undefined) annotation.tags = uniqueTags(tags);
        if (translation === null) delete annotation.translation;
        else if (translation !== undefined) annotation.translation = translation;
        if (speaker === null) delete annotation.speaker;
        else if (speaker !== undefined) annotation.speaker = tidySpeaker(speaker);
        if (target !== undefined) {
          const span = resolveSpan(file.article.text, target);
          annotation.target = { selector: describeSpan(file.article.text, span.start, span.end) };
          annotation.status = 'anchored';
        }
        annotation.updated = new Date().toISOString();
        file.annotations = sortInTextOrder(file.annotations);
        return structuredClone(annotation);
      }),
    'annotations.delete': ({ articleId, id }) =>
      library.updateArticle(articleId, (file) => {
        const [annotation] = file.annotations.splice(annotationIndex(file.annotations, id), 1);
        return { id, annotation };
      }),
    'annotations.restore': ({ articleId, annotation }) =>
      library.updateArticle(articleId, (file) => {
        if (annotation.articleId !== articleId) throw new ApiError('invalid_params', 'That annotation belongs to another article.');
        if (file.annotations.some((a) => a.id === annotation.id)) throw new ApiError('invalid_params', 'That annotation is already on this article.');
        // The text may have changed since it was deleted: place it again rather than trust old offsets.
        const [placed] = reanchorAnnotations(file.article.text, [annotation]);
        file.annotations = sortInTextOrder([...file.annotations, placed]);
        return placed;
      }),
    'articles.editText': ({ id, markdown }) =>
      library.updateArticle(id, (file) => {
        if (markdownNestingDepth(markdown) > MAX_MARKDOWN_DEPTH) {
          throw new ApiError('invalid_params', `The new text nests quotes or lists more than ${MAX_MARKDOWN_DEPTH} levels deep; flatten it and save again.`);
        }
        const text = canonicalTextInNode(markdown);
        if (!text.trim()) throw new ApiError('invalid_params', 'The new text is empty; an article needs some text.');
        const wordCount = countWords(text);
        file.article = {
          ...file.article,
          markdown,
          text,
          wordCount,
          readingMinutes: readingMinutes(wordCount),
          contentHash: contentHash(text),
          updatedAt: new Date().toISOString(),
        };
        file.annotations = reanchorAnnotations(text, file.annotations);
        return structuredClone({ article: file.article, annotations: file.annotations });
      }),
    'tags.list': async () => {
      const counts = new Map<string, number>();
      for (const summary of library.list()) {
        for (const tag of new Set([...summary.tags, ...summary.annotationTags])) counts.set(tag, (counts.get(tag) ?? 0) + 1);
      }
      const tags = [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
      return { tags };
    },
  };
}
