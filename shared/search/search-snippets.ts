/**
 * Turns an article that matched into what the results list shows: short snippets with the matched
 * words marked, each saying where it is (a span of Article.text to scroll to, or the annotation).
 * A word is a hit when its index term is one of the terms the engine matched, so "mengakuisisi" is
 * marked for the query "akuisisi" exactly as the index matched it.
 */
import type { Annotation, Article } from '../model.js';
import type { SearchField, SearchMatch } from './search-contract.js';
import { WORD, type TermProcessor } from './search-terms.js';

const BEFORE = 60;
const AFTER = 120;

interface Hit {
  start: number;
  end: number;
}

/**
 * Where in a text a word that may become one of `terms` can be, so most words are never looked at. A
 * term keeps its inner letters in every surface form: Indonesian affixes go around the root and
 * recoding changes only its first letter (mengirim → kirim), and the English stripper changes only the
 * end (companies → compani). So only a word that contains one of the terms' inner letters
 * (case-insensitively), or a letter beyond ASCII (which folding may change), can match: one regex pass
 * over the text finds those places. Null when every word must be checked (short terms, or terms with
 * letters beyond ASCII).
 */
function candidatePlaces(terms: ReadonlySet<string>): RegExp | null {
  // One result's snippets look through many texts (title, each annotation, body) for the same terms.
  if (!placesByTerms.has(terms)) placesByTerms.set(terms, placesPattern(terms));
  const pattern = placesByTerms.get(terms)!;
  return pattern && new RegExp(pattern);
}
const placesByTerms = new WeakMap<ReadonlySet<string>, RegExp | null>();

function placesPattern(terms: ReadonlySet<string>): RegExp | null {
  const keys: string[] = [];
  for (const t of terms) {
    if (t.length < 4 || /[^a-z0-9-]/.test(t)) return null;
    keys.push(t.slice(1, -1));
  }
  if (keys.length === 0) return null;
  return new RegExp(`${keys.map((k) => k.replace(/-/g, '\\-')).join('|')}|[^\\x00-\\x7f]`, 'gi');
}

/** A character a word may hold (letters, digits, marks, inner hyphens and apostrophes): how far back a word may start. */
const WORD_PART = /[\p{L}\p{N}\p{M}'’-]/u;

/** The words of `text` whose index term is one of `terms`, in order; lazy, so a caller may stop early. */
export function* findHits(text: string, terms: ReadonlySet<string>, term: TermProcessor): Generator<Hit> {
  if (terms.size === 0) return;
  const places = candidatePlaces(terms);
  if (!places) {
    for (const m of text.matchAll(WORD)) {
      const t = term(m[0]);
      if (t !== null && terms.has(t)) yield { start: m.index, end: m.index + m[0].length };
    }
    return;
  }
  const words = new RegExp(WORD.source, WORD.flags);
  for (let place = places.exec(text); place; place = places.exec(text)) {
    // The word around this place (if any): back to where a word could start, then the next word from there.
    let from = place.index;
    while (from > 0 && WORD_PART.test(text[from - 1])) from--;
    words.lastIndex = from;
    let word = words.exec(text);
    while (word && word.index + word[0].length <= place.index) word = words.exec(text);
    if (!word || word.index > place.index) continue;
    const end = word.index + word[0].length;
    places.lastIndex = end;
    const t = term(word[0]);
    if (t !== null && terms.has(t)) yield { start: word.index, end };
  }
}

interface Snippet {
  snippet: string;
  highlights: Hit[];
  /** The span of the hits in `text`. */
  start: number;
  end: number;
}

/** Snippets of `text` around its hits: one per cluster of hits, at most `max` (hits are read only as far as needed). */
export function snippetsOf(text: string, hits: Iterable<Hit>, max: number): Snippet[] {
  const out: Snippet[] = [];
  let from = 0;
  let to = 0;
  let inside: Hit[] = [];
  const close = () => {
    const lead = from > 0 ? '…' : '';
    out.push({
      snippet: `${lead}${text.slice(from, to).replace(/\s/g, ' ')}${to < text.length ? '…' : ''}`,
      highlights: inside.map((h) => ({ start: h.start - from + lead.length, end: Math.min(h.end, to) - from + lead.length })),
      start: inside[0].start,
      end: inside[inside.length - 1].end,
    });
    inside = [];
  };
  for (const hit of hits) {
    if (inside.length && hit.end <= to) {
      inside.push(hit);
      continue;
    }
    if (inside.length) {
      close();
      if (out.length >= max) return out;
    }
    // A new window around this hit, cut at whole words.
    from = Math.max(0, hit.start - BEFORE);
    to = Math.min(text.length, hit.end + AFTER);
    if (from > 0) {
      const space = text.slice(from, hit.start).search(/\s/);
      from = space === -1 ? hit.start : from + space + 1;
    }
    if (to < text.length) {
      const space = text.slice(hit.end, to).search(/\s\S*$/);
      if (space !== -1) to = hit.end + space;
    }
    inside = [hit];
  }
  if (inside.length && out.length < max) close();
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
    const hits = [...findHits(article.title, terms, term)];
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
      const [first] = snippetsOf(text, findHits(text, terms, term), 1);
      if (!first) continue;
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
