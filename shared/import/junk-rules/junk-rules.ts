/**
 * Web junk as data: what news sites put around and inside a story that is not the story.
 * One rule set per language (rules-id.ts, rules-en.ts) plus symbols any site uses (rules-any.ts).
 * The same rules clean HTML blocks and lines of copied text (shared/import/classify-line.ts).
 *
 * Every pattern is anchored to a whole line or block: a rule removes a line only when the entire
 * line matches, never part of one, so a sentence of the story is never cut. Lines longer than
 * MAX_RULE_LINE are always story text.
 *
 * All sets are applied to every article whatever its language: a site's furniture is often in
 * another language than its story (detik prints "ADVERTISEMENT / SCROLL TO CONTINUE WITH CONTENT"
 * around Indonesian news; KabaSumbar ends with "Facebook Comments").
 */
import { rulesAny } from './rules-any.js';
import { rulesEn } from './rules-en.js';
import { rulesId } from './rules-id.js';

/** Metadata a line can carry. */
export type MetaField = 'byline' | 'editor' | 'publishedAt';

/**
 * A credit or date line: a label (case-insensitive, anchored at the start) and a value checked
 * case-sensitively, so "Penulis: Budi Santoso" is a credit and "Penulis buku ini mengatakan …" is not.
 */
export interface MetaLineRule {
  field: MetaField;
  label: RegExp;
  value: 'name' | 'date';
}

export interface JunkRuleSet {
  lang: 'id' | 'en' | 'any';
  /** Whole lines that are never story text: ad markers, share prompts, comment headings, footers. */
  junkLines: RegExp[];
  /** "See also" lines ("Baca Juga: …", "Read more: …"): the prefix and another story's headline. */
  seeAlsoPrefixes: RegExp[];
  /** Headings over lists of other stories or tags ("Populer", "Terkini", "Related"): heading and list go. */
  listHeadings: RegExp[];
  /** Boxes recognised by their words (cookie banners, newsletter sign-ups): every pattern must occur, within maxLength. */
  junkBoxes: Array<{ name: string; all: RegExp[]; maxLength: number }>;
  /** Credit and date lines: removed from the text, their value becomes article metadata. */
  metaLines: MetaLineRule[];
  /** Photo captions and credits: kept, but as captions rather than body text. */
  captionLines: RegExp[];
  /** First crumbs of a breadcrumb trail ("Beranda", "Home"). */
  breadcrumbRoots: string[];
  /** Words of a share bar: networks and verbs. A line made only of these is a share bar. */
  shareWords: string[];
  /** Words in class/id attributes of page furniture (compared with whole words of the attribute). */
  junkClassWords: string[];
}

/** Longer lines are story text, whatever they contain. */
export const MAX_RULE_LINE = 400;

export const JUNK_RULE_SETS: readonly JunkRuleSet[] = [rulesId, rulesEn, rulesAny];
