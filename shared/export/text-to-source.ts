/**
 * Maps offsets in an article's canonical text back into its markdown source, so an export can
 * mark a highlight where it sits in the markdown. The markdown is the source of the text: every
 * text character comes from a source character (or an entity / escape), in order, so a greedy
 * walk that skips markdown syntax — and never looks inside link destinations — finds each one.
 */

/** Regions of the source that never produce text: link and image destinations, reference definitions. */
export function silentRegions(markdown: string): Uint8Array {
  const silent = new Uint8Array(markdown.length + 1);
  const mark = (from: number, to: number) => silent.fill(1, from, to);
  for (const m of markdown.matchAll(/\]\((?:[^()\s\\]|\\.|\([^()]*\))*(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g)) mark(m.index! + 1, m.index! + m[0].length);
  for (const m of markdown.matchAll(/^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm)) mark(m.index!, m.index! + m[0].length);
  return silent;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The character an entity at `at` stands for, and its length; undefined when there is none. */
function entityAt(markdown: string, at: number): { char: string; length: number } | undefined {
  if (markdown[at] !== '&') return undefined;
  const m = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/.exec(markdown.slice(at, at + 12));
  if (!m) return undefined;
  const char = m[1] ? String.fromCodePoint(Number(m[1])) : m[2] ? String.fromCodePoint(parseInt(m[2], 16)) : NAMED[m[3]];
  return char === undefined ? undefined : { char, length: m[0].length };
}

/** How far the walk looks ahead for a text character before deciding it has no source of its own. */
const LOOKAHEAD = 400;

export interface SourceMap {
  /** Source offset where text character i begins (before an escaping backslash). */
  start: Int32Array;
  /** Source offset just after text character i (after a whole entity). */
  end: Int32Array;
  /** Whether source offset k lies in a link destination or a reference definition. */
  silent: Uint8Array;
  /** Code spans as [start, end) source ranges, in order: a mark inside one would show as text. */
  codeSpans: Array<[number, number]>;
  markdown: string;
}

export function mapTextToSource(text: string, markdown: string): SourceMap {
  const silent = silentRegions(markdown);
  const start = new Int32Array(text.length);
  const end = new Int32Array(text.length);
  let p = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    while (p < markdown.length && silent[p]) p++;
    if (/\s/.test(c)) {
      start[i] = p;
      if (p < markdown.length && /\s/.test(markdown[p])) p++;
      end[i] = p;
      continue;
    }
    let found = -1;
    let length = 1;
    for (let k = p, limit = Math.min(markdown.length, p + LOOKAHEAD); k < limit; k++) {
      if (silent[k]) continue;
      const entity = entityAt(markdown, k);
      if (entity && entity.char === c) {
        found = k;
        length = entity.length;
        break;
      }
      if (markdown[k] === c) {
        found = k;
        break;
      }
    }
    if (found === -1) {
      start[i] = end[i] = p;
      continue;
    }
    start[i] = found > p && markdown[found - 1] === '\\' ? found - 1 : found;
    end[i] = found + length;
    p = found + length;
  }
  return { start, end, silent, codeSpans: codeSpanRanges(markdown), markdown };
}

/** Code spans as [start, end) source ranges, in order (single-line spans, as the export marks them). */
export function codeSpanRanges(markdown: string): Array<[number, number]> {
  const codeSpans: Array<[number, number]> = [];
  for (const m of markdown.matchAll(/(?<![`\\])(`+)(?!`)[^\n]*?(?<!`)\1(?!`)/g)) codeSpans.push([m.index!, m.index! + m[0].length]);
  return codeSpans;
}

/**
 * The source ranges of a text span, one per line of the text (a paragraph, heading or list item),
 * white space trimmed; empty pieces are dropped.
 */
export function sourcePieces(text: string, map: SourceMap, from: number, to: number): Array<{ start: number; end: number }> {
  const pieces: Array<{ start: number; end: number }> = [];
  let at = from;
  while (at < to) {
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1 || lineEnd > to) lineEnd = to;
    let a = at;
    let b = lineEnd;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a && map.end[b - 1] > map.start[a]) pieces.push(...wellNested(map, text, a, b));
    at = lineEnd + 1;
  }
  return pieces;
}

const OPENERS = new Set(['*', '_', '~', '[', '`']);
const CLOSERS = new Set(['*', '_', '~', '`']);

/**
 * Widens a piece over the emphasis, link and code syntax around it, so a mark wraps
 * `**bold**` or a whole link instead of cutting into it, and never lands inside a code span.
 */
function widen(map: SourceMap, text: string, a: number, b: number, start: number, end: number): { start: number; end: number } {
  const markdown = { at: (k: number) => map.markdown[k] };
  // The source of the nearest visible characters before and after: syntax between them is fair game.
  let before = a - 1;
  while (before >= 0 && /\s/.test(text[before]) && !text[before].includes('\n')) before--;
  let after = b;
  while (after < text.length && /\s/.test(text[after]) && !text[after].includes('\n')) after++;
  const floor = before >= 0 ? map.end[before] : 0;
  const ceiling = after < text.length ? map.start[after] : map.markdown.length;
  // A run of delimiters before the start opens something only when space or a line start precedes it.
  let runStart = start;
  while (runStart > floor && OPENERS.has(markdown.at(runStart - 1))) runStart--;
  if (runStart === 0 || /\s/.test(markdown.at(runStart - 1))) start = runStart;
  for (;;) {
    let runEnd = end;
    while (runEnd < ceiling && CLOSERS.has(markdown.at(runEnd))) runEnd++;
    // …and a run after the end closes something only when no word follows it directly.
    if (runEnd > end && !/[\p{L}\p{N}]/u.test(markdown.at(runEnd) ?? '')) end = runEnd;
    else if (end < ceiling && markdown.at(end) === ']' && map.silent[end + 1]) {
      end++;
      while (end < ceiling && map.silent[end]) end++;
    } else break;
  }
  return codeSafe(map, start, end);
}

const DELIMITERS = /[*_~`[\]]/;

/** The markdown syntax between text characters a..b-1 (not the text itself, nor link destinations). */
function syntaxBetween(map: SourceMap, a: number, b: number, start: number, end: number): string {
  let syntax = '';
  let at = start;
  for (let i = a; i < b; i++) {
    // Gaps are kept apart, so "**" closing and "**" opening never read as one "****" run.
    if (map.start[i] > at) syntax += ` ${map.markdown.slice(at, map.start[i])}`;
    at = Math.max(at, map.end[i]);
  }
  if (end > at) syntax += ` ${map.markdown.slice(at, end)}`;
  return syntax.replace(/\]\((?:[^()]|\([^()]*\))*\)/g, ']');
}

function balanced(syntax: string): boolean {
  const count = (c: string) => syntax.split(c).length - 1;
  // Delimiter runs ("**", "_") open and close in pairs.
  const runs = (pattern: RegExp) => (syntax.match(pattern) ?? []).length;
  return count('[') === count(']') && runs(/\*+/g) % 2 === 0 && runs(/_+/g) % 2 === 0 && runs(/~+/g) % 2 === 0 && runs(/`+/g) % 2 === 0;
}

/**
 * One piece per line when its marks nest properly around the syntax inside it (a whole bold
 * phrase, a whole link); otherwise several, split wherever emphasis or a link opens or closes,
 * so `*Ta==kengon*;==` never happens: marks that cross inline structure come apart when rendered.
 */
function wellNested(map: SourceMap, text: string, a: number, b: number): Array<{ start: number; end: number }> {
  const whole = widen(map, text, a, b, map.start[a], map.end[b - 1]);
  if (balanced(syntaxBetween(map, a, b, whole.start, whole.end))) return [whole];
  const pieces: Array<{ start: number; end: number }> = [];
  let first = a;
  for (let i = a; i < b; i++) {
    const gap = i + 1 < b ? map.markdown.slice(map.end[i], map.start[i + 1]) : '';
    if (i + 1 < b && !DELIMITERS.test(gap)) continue;
    let x = first;
    let y = i + 1;
    while (x < y && /\s/.test(text[x])) x++;
    while (y > x && /\s/.test(text[y - 1])) y--;
    if (y > x && map.end[y - 1] > map.start[x]) pieces.push(codeSafe(map, map.start[x], map.end[y - 1]));
    first = i + 1;
  }
  return pieces;
}

function codeSafe(map: SourceMap, start: number, end: number): { start: number; end: number } {
  for (const [from, to] of map.codeSpans) {
    if (start > from && start < to) start = from;
    if (end > from && end < to) end = to;
  }
  return { start, end };
}
