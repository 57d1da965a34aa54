/**
 * W3C Web Annotation JSON-LD (the shape hypothesis and other annotation tools read): one
 * AnnotationCollection per article, each annotation targeting the article's source with a
 * TextQuoteSelector and a TextPositionSelector into its canonical text.
 */
import type { Annotation, Article } from '../model.js';
import { sortInTextOrder } from '../anchoring/reanchor-annotations.js';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

type Body = { type: 'TextualBody'; value: string; format?: string; language?: string; purpose: 'commenting' | 'translating' | 'tagging' };

export function articleSource(article: Article): string {
  return article.sourceUrl ?? `urn:tandai:article:${article.id}`;
}

export function w3cAnnotation(article: Article, annotation: Annotation) {
  const body: Body[] = [];
  if (annotation.note.trim()) body.push({ type: 'TextualBody', value: annotation.note, format: 'text/markdown', purpose: 'commenting' });
  if (annotation.translation?.text.trim()) body.push({ type: 'TextualBody', value: annotation.translation.text, language: annotation.translation.to, purpose: 'translating' });
  for (const tag of annotation.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const [quote, position] = annotation.target.selector;
  return {
    id: `urn:tandai:annotation:${annotation.id}`,
    type: 'Annotation',
    motivation: annotation.note.trim() ? 'commenting' : 'highlighting',
    created: annotation.created,
    modified: annotation.updated,
    ...(body.length ? { body } : {}),
    target: {
      source: articleSource(article),
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
  };
}

export function w3cCollection(article: Article, annotations: readonly Annotation[]) {
  const items = sortInTextOrder([...annotations]).map((a) => w3cAnnotation(article, a));
  return {
    '@context': ANNO_CONTEXT,
    id: `urn:tandai:collection:${article.id}`,
    type: 'AnnotationCollection',
    label: article.title,
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
}
