/**
 * What the search index holds, one document per thing that can be found. Each kind of thing (an
 * article with its annotations, a glossary entry) is turned into a SearchDocument by one function;
 * adding a kind means adding one such function and a `kind` value, nothing else.
 */
import type { GlossaryEntry } from '../glossary/glossary-model.js';
import type { Annotation, Article } from '../model.js';

export type SearchDocumentKind = 'article' | 'glossary';

/**
 * The indexed text fields; several annotations' notes (translations, …) are joined with a blank line.
 * Quotes are not a field of their own: a highlight's quote is a passage of the body, so indexing it
 * again would only add postings (a fifth of them at 20 highlights per article); a body match is
 * checked against the quotes when the snippets are made.
 */
export interface SearchDocument {
  /** Unique across kinds: `${kind}:${id}`. */
  id: string;
  kind: SearchDocumentKind;
  /** The article a hit opens (for other kinds: the one they belong to, if any). */
  articleId: string;
  title: string;
  body: string;
  note: string;
  translation: string;
  speaker: string;
  /** A glossary entry's term, translation, note and sentence (empty for articles). */
  glossary: string;
  /** Stored for the speaker facet: the speakers' names in lower case. */
  speakers: string[];
}

export const INDEXED_FIELDS = ['title', 'body', 'note', 'translation', 'speaker', 'glossary'] as const;

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
    note: joined(annotations.map((a) => a.note)),
    translation: joined(annotations.map((a) => a.translation?.text)),
    speaker: joined(annotations.map((a) => (a.speaker ? joined([a.speaker.name, a.speaker.role]) : undefined))),
    glossary: '',
    speakers: [...new Set(speakers.map((n) => n.toLowerCase()))],
  };
}

/**
 * A glossary entry as one search document: its own field, so the `fields` filter can ask for glossary
 * hits alone or leave them out, and article fields never match an entry.
 */
export function glossaryDocument(entry: GlossaryEntry): SearchDocument {
  return {
    id: documentId('glossary', entry.id),
    kind: 'glossary',
    articleId: entry.articleId ?? '',
    title: '',
    body: '',
    note: '',
    translation: '',
    speaker: '',
    glossary: joined([entry.source, entry.target, entry.note, entry.sentence]),
    speakers: [],
  };
}

/** What makes a saved glossary document stale: every change to an entry stamps `updated`. */
export const glossaryRevision = (entry: Pick<GlossaryEntry, 'updated'>): string => entry.updated;
