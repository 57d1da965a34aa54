/**
 * What a glossary hit shows: each part of the entry (term, translation, note, sentence) in which a
 * word's index term is one the engine matched, with those words marked — the same test the article
 * snippets use (search-snippets.ts), so "bicaranya" marks "bicara" in "juru bicara".
 */
import type { GlossaryEntry } from '../glossary/glossary-model.js';
import { GLOSSARY_PARTS, type GlossaryHit } from './search-contract.js';
import { findHits, snippetsOf } from './search-snippets.js';
import type { TermProcessor } from './search-terms.js';

export function glossaryMatches(entry: GlossaryEntry, terms: ReadonlySet<string>, term: TermProcessor): GlossaryHit['matches'] {
  return GLOSSARY_PARTS.flatMap((part) => {
    const text = entry[part];
    if (!text) return [];
    const [first] = snippetsOf(text, findHits(text, terms, term), 1);
    return first ? [{ part, snippet: first.snippet, highlights: first.highlights }] : [];
  });
}
