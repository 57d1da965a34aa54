/**
 * Decides what one line of a page is: story text, junk, a "see also" link, the heading of a list
 * of other stories, a credit or date (metadata), or a photo caption. The text cleaner asks this of
 * each line of copied text and the HTML cleaner of each block's text, so both follow the same
 * rules (shared/import/junk-rules/). A line is only ever classified as a whole.
 */
import { parseDate } from './parse-date.js';
import { JUNK_RULE_SETS, MAX_RULE_LINE, type JunkRuleSet, type MetaField, type MetaLineRule } from './junk-rules/junk-rules.js';

export type LineClass =
  | { kind: 'body' }
  | { kind: 'junk'; why: string }
  | { kind: 'seeAlso' }
  | { kind: 'listHeading' }
  | { kind: 'meta'; meta: Partial<Record<MetaField, string>> }
  | { kind: 'caption' };

export interface CompiledRules {
  junkLines: RegExp[];
  seeAlsoPrefixes: RegExp[];
  listHeadings: RegExp[];
  junkBoxes: JunkRuleSet['junkBoxes'];
  metaLines: MetaLineRule[];
  captionLines: RegExp[];
  breadcrumbRoots: string[];
  shareWords: Set<string>;
  junkClassWords: Set<string>;
}

export function compileRules(sets: readonly JunkRuleSet[] = JUNK_RULE_SETS): CompiledRules {
  return {
    junkLines: sets.flatMap((s) => s.junkLines),
    seeAlsoPrefixes: sets.flatMap((s) => s.seeAlsoPrefixes),
    listHeadings: sets.flatMap((s) => s.listHeadings),
    junkBoxes: sets.flatMap((s) => s.junkBoxes),
    metaLines: sets.flatMap((s) => s.metaLines),
    captionLines: sets.flatMap((s) => s.captionLines),
    breadcrumbRoots: sets.flatMap((s) => s.breadcrumbRoots),
    shareWords: new Set(sets.flatMap((s) => s.shareWords).map((w) => w.toLowerCase())),
    junkClassWords: new Set(sets.flatMap((s) => s.junkClassWords).map((w) => w.toLowerCase())),
  };
}

export const DEFAULT_RULES = compileRules();

/** A "see also" line carries one headline: longer lines are story text that happens to start alike. */
const MAX_SEE_ALSO = 250;
const MAX_CAPTION = 300;
const MAX_META = 160;

/** Names: capitalised words, with particles and "dan"/"and"/"&"/commas between names. Case-sensitive on purpose. */
const NAME_WORD = String.raw`[\p{Lu}][\p{L}'’-]*\.?|[\p{Lu}]\.`;
const NAME = new RegExp(
  String.raw`^(?:${NAME_WORD})(?:\s+(?:${NAME_WORD}|bin|binti|van|der|de|da|al|el))*(?:\s*(?:,|&|\bdan\b|\band\b)\s*(?:${NAME_WORD})(?:\s+(?:${NAME_WORD}|bin|binti|van|der|de|da|al|el))*)*$`,
  'u',
);

export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function isName(value: string): boolean {
  const words = value.split(/\s+/).length;
  return value.length <= 80 && words <= 10 && NAME.test(value);
}

function metaOf(segment: string, rules: readonly MetaLineRule[]): Partial<Record<MetaField, string>> | undefined {
  for (const rule of rules) {
    const label = rule.label.exec(segment);
    if (!label) continue;
    const value = segment.slice(label[0].length).trim().replace(/[.;,]$/, '');
    if (!value) continue;
    if (rule.value === 'name' && isName(value)) return { [rule.field]: value };
    if (rule.value === 'date') {
      const date = parseDate(value);
      if (date) return { [rule.field]: date };
    }
  }
  // A line that is only a date ("Jumat, 13 Juni 2025 10:15 WIB") is the publication date.
  const date = /\d{4}/.test(segment) && segment.length <= 60 ? parseDate(segment) : undefined;
  if (date && isOnlyDate(segment)) return { publishedAt: date };
  return undefined;
}

/** True when nothing but a date, a weekday, a time and separators is on the line. */
function isOnlyDate(segment: string): boolean {
  const leftover = segment
    .replace(/\b(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b\.?/gi, '')
    .replace(/\b(?:januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|january|february|march|may|june|july|august|october|december|jan|feb|mar|apr|jun|jul|agu|agt|ags|aug|sep|sept|okt|oct|nov|nop|des|dec)\b\.?/gi, '')
    .replace(/\b(?:pukul|jam|at|wib|wita|wit|utc|gmt|[ap]\.?m\.?)\b/gi, '')
    .replace(/[\d\s,.:/|·•–—-]+/g, '');
  return leftover === '';
}

/** A credit line may hold several credits: "By Jane Doe | June 3, 2025", "Reporting by X; Editing by Y". */
function metaLine(line: string, rules: CompiledRules): Partial<Record<MetaField, string>> | undefined {
  if (line.length > MAX_META) return undefined;
  const segments = line.split(/\s+[|·•]\s+|\s*;\s*/).filter(Boolean);
  const found: Partial<Record<MetaField, string>> = {};
  for (const segment of segments) {
    const meta = metaOf(segment, rules.metaLines);
    if (!meta) return undefined;
    for (const [field, value] of Object.entries(meta) as Array<[MetaField, string]>) found[field] ??= value;
  }
  return Object.keys(found).length ? found : undefined;
}

/** "Facebook Twitter WhatsApp", "Bagikan: Facebook | X | Salin tautan". */
function isShareBar(line: string, rules: CompiledRules): boolean {
  const words = line.toLowerCase().split(/[\s|·•/,:]+/).filter(Boolean);
  if (words.length < 2 || words.length > 16) return false;
  return words.every((w) => rules.shareWords.has(w));
}

export function classifyLine(raw: string, rules: CompiledRules = DEFAULT_RULES): LineClass {
  const line = collapseSpace(raw);
  if (!line || line.length > MAX_RULE_LINE) return { kind: 'body' };
  // First, so that "Baca juga" alone or "Read more" heads a list, while "Baca juga: <headline>" is one link.
  if (rules.listHeadings.some((p) => p.test(line))) return { kind: 'listHeading' };
  for (const pattern of rules.junkLines) if (pattern.test(line)) return { kind: 'junk', why: pattern.source };
  if (line.length <= MAX_SEE_ALSO && rules.seeAlsoPrefixes.some((p) => p.test(line))) return { kind: 'seeAlso' };
  const meta = metaLine(line, rules);
  if (meta) return { kind: 'meta', meta };
  if (line.length <= MAX_CAPTION && rules.captionLines.some((p) => p.test(line))) return { kind: 'caption' };
  for (const box of rules.junkBoxes) {
    if (line.length <= box.maxLength && box.all.every((p) => p.test(line))) return { kind: 'junk', why: box.name };
  }
  if (isShareBar(line, rules)) return { kind: 'junk', why: 'share bar' };
  return { kind: 'body' };
}
