/**
 * What the search index holds, one document per thing that can be found. Each kind of thing (an
 * article with its annotations today; glossary entries later) is turned into a SearchDocument by one
 * function; adding a kind means adding one such function and a `kind` value, nothing else.
 */
import type { Annotation, Article } from '../model.js';

export type SearchDocumentKind = 'article';

/** The indexed text fields; several annotations' quotes (notes, …) are joined with a blank line. */
export interface SearchDocument {
  /** Unique across kinds: `${kind}:${id}`. */
  id: string;
  kind: SearchDocumentKind;
  /** The article a hit opens (for other kinds: the one they belong to, if any). */
  articleId: string;
  title: string;
  body: string;
  quote: string;
  note: string;
  translation: string;
  speaker: string;
  /** Stored for the speaker facet: the speakers' names in lower case. */
  speakers: string[];
}

export const INDEXED_FIELDS = ['title', 'body', 'quote', 'note', 'translation', 'speaker'] as const;

export function documentId(kind: SearchDocumentKind, id: string): string {
  return `${kind}:${id}`;
}

const joined = (parts: Array<string | undefined>) => parts.filter((p): p is string => !!p && p.trim() !== '').join('\n\n');

/** An article and its annotations as one search document. */
export function articleDocument(article: Article, annotations: readonly Annotation[]): SearchDocument {
  const speakers = annotations.map((a) => a.speaker?.name).filter((n): n is string => !!n);
  return {
    id: documentId('article', article.id),
    kind: 'article',
    articleId: article.id,
    title: article.title,
    body: article.text,
    quote: joined(annotations.map((a) => a.target.selector[0].exact)),
    note: joined(annotations.map((a) => a.note)),
    translation: joined(annotations.map((a) => a.translation?.text)),
    speaker: joined(annotations.map((a) => (a.speaker ? joined([a.speaker.name, a.speaker.role]) : undefined))),
    speakers: [...new Set(speakers.map((n) => n.toLowerCase()))],
  };
}
