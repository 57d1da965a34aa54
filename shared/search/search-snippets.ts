/**
 * Turns an article that matched into what the results list shows: short snippets with the matched
 * words marked, each saying where it is (a span of Article.text to scroll to, or the annotation).
 * A word is a hit when its index term is one of the terms the engine matched, so "mengakuisisi" is
 * marked for the query "akuisisi" exactly as the index matched it.
 */
import type { Annotation, Article } from '../model.js';
import type { SearchField, SearchMatch } from './search-contract.js';
import { tokenize, type TermProcessor } from './search-terms.js';

const BEFORE = 60;
const AFTER = 120;

interface Hit {
  start: number;
  end: number;
}

export function findHits(text: string, terms: ReadonlySet<string>, term: TermProcessor): Hit[] {
  const out: Hit[] = [];
  for (const token of tokenize(text)) {
    const t = term(token.word);
    if (t !== null && terms.has(t)) out.push({ start: token.start, end: token.end });
  }
  return out;
}

/** Snippets of `text` around its hits: one per cluster of hits, at most `max`. */
export function snippetsOf(text: string, hits: readonly Hit[], max: number): Array<{ snippet: string; highlights: Hit[]; start: number; end: number }> {
  const out: Array<{ snippet: string; highlights: Hit[]; start: number; end: number }> = [];
  let i = 0;
  while (i < hits.length && out.length < max) {
    let from = Math.max(0, hits[i].start - BEFORE);
    let to = Math.min(text.length, hits[i].end + AFTER);
    // Whole words at both edges.
    if (from > 0) {
      const space = text.slice(from, hits[i].start).search(/\s/);
      from = space === -1 ? hits[i].start : from + space + 1;
    }
    if (to < text.length) {
      const tail = text.slice(hits[i].end, to);
      const space = tail.search(/\s\S*$/);
      to = space === -1 ? to : hits[i].end + space;
    }
    const inside: Hit[] = [];
    while (i < hits.length && hits[i].end <= to) inside.push(hits[i++]);
    if (inside.length === 0) inside.push(hits[i++]);
    const lead = from > 0 ? '…' : '';
    const body = text.slice(from, to).replace(/\s/g, ' ');
    out.push({
      snippet: `${lead}${body}${to < text.length ? '…' : ''}`,
      highlights: inside.map((h) => ({ start: h.start - from + lead.length, end: Math.min(h.end, to) - from + lead.length })),
      start: inside[0].start,
      end: inside[inside.length - 1].end,
    });
  }
  return out;
}

/** Everything in an article that matched the terms, in the order the results show it. */
export function articleMatches(
  article: Article,
  annotations: readonly Annotation[],
  terms: ReadonlySet<string>,
  term: TermProcessor,
  options: { fields?: readonly SearchField[]; max: number },
): SearchMatch[] {
  const wanted = (f: SearchField) => !options.fields || options.fields.includes(f);
  const out: SearchMatch[] = [];
  const room = () => options.max - out.length;
  if (wanted('title')) {
    const hits = findHits(article.title, terms, term);
    if (hits.length) out.push({ field: 'title', snippet: article.title, highlights: hits });
  }
  const annotationFields: Array<[SearchField, (a: Annotation) => string | undefined]> = [
    ['note', (a) => a.note],
    ['translation', (a) => a.translation?.text],
    ['quote', (a) => a.target.selector[0].exact],
    ['speaker', (a) => (a.speaker ? [a.speaker.name, a.speaker.role].filter(Boolean).join(', ') : undefined)],
  ];
  for (const [field, textOf] of annotationFields) {
    if (!wanted(field)) continue;
    for (const annotation of annotations) {
      if (room() <= 0) return out;
      const text = textOf(annotation);
      if (!text) continue;
      const hits = findHits(text, terms, term);
      if (!hits.length) continue;
      const [first] = snippetsOf(text, hits, 1);
      const position = annotation.target.selector[1];
      out.push({
        field,
        snippet: first.snippet,
        highlights: first.highlights,
        annotationId: annotation.id,
        ...(annotation.status === 'anchored' ? { start: position.start, end: position.end } : {}),
      });
    }
  }
  if (wanted('body') && room() > 0) {
    for (const s of snippetsOf(article.text, findHits(article.text, terms, term), room())) {
      out.push({ field: 'body', snippet: s.snippet, highlights: s.highlights, start: s.start, end: s.end });
    }
  }
  return out;
}
