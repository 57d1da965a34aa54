/**
 * The syntax an annotated-markdown export adds to the article's markdown — highlight marks
 * (`==…==` or `<mark>…</mark>`) and footnote references (`[^n]`) — and the inverse: taking them
 * out again on import. So that an import never strips something that was the article's own text,
 * the export puts a backslash into any look-alike already in the article (`=\=`, `\<mark>`,
 * `\[^1]`): markdown renders those as the same characters, so the article's text is unchanged.
 * Code spans, link destinations and setext underlines are left alone on both sides.
 */
import type { ExportStyle } from './annotated-markdown.js';
import { codeSpanRanges, silentRegions } from './text-to-source.js';

const MARK_PATTERN: Record<ExportStyle, RegExp | undefined> = { obsidian: /==/g, gfm: /<\/?mark>/g, plain: undefined };
const FOOTNOTE_REF = /\[\^(\d+)\]/g;
const SETEXT_UNDERLINE = /^ {0,3}=+[ \t]*$/;

/** Whether offset `at` of `markdown` is text the export could have marked (not code, a URL or an underline). */
function inProse(markdown: string) {
  const silent = silentRegions(markdown);
  const code = codeSpanRanges(markdown);
  return (at: number, length: number): boolean => {
    if (silent[at]) return false;
    if (code.some(([from, to]) => at < to && at + length > from)) return false;
    // A setext underline is a line of "=" alone: only look at the line when nothing else precedes the match on it.
    let k = at - 1;
    while (k >= 0 && (markdown[k] === '=' || markdown[k] === ' ' || markdown[k] === '\t')) k--;
    if (k >= 0 && markdown[k] !== '\n') return true;
    const lineEnd = markdown.indexOf('\n', at);
    return !SETEXT_UNDERLINE.test(markdown.slice(k + 1, lineEnd === -1 ? undefined : lineEnd));
  };
}

/** Offsets in the article's markdown where a backslash keeps existing text from reading as export syntax. */
export function markSyntaxToEscape(markdown: string, style: ExportStyle, map?: { silent: Uint8Array }): number[] {
  const mark = MARK_PATTERN[style];
  const hasMark = mark && (style === 'obsidian' ? markdown.includes('==') : /<\/?mark>/.test(markdown));
  if (!hasMark && !markdown.includes('[^')) return [];
  const prose = inProse(markdown);
  const silent = map?.silent;
  const at: number[] = [];
  const escaped = (i: number) => markdown[i - 1] === '\\';
  if (mark && hasMark) {
    for (const m of markdown.matchAll(mark)) {
      const i = m.index!;
      if (escaped(i) || (silent && silent[i]) || !prose(i, m[0].length)) continue;
      // "==" gets its backslash between the two signs ("=\="); "<mark>" before the "<".
      at.push(style === 'obsidian' ? i + 1 : i);
    }
  }
  for (const m of markdown.matchAll(FOOTNOTE_REF)) {
    if (!escaped(m.index!) && prose(m.index!, m[0].length)) at.push(m.index!);
  }
  return at.sort((a, b) => a - b);
}

/**
 * The article's markdown back from an export's body: marks and the references to `footnotes`
 * removed, escaped look-alikes kept as they are (they render as the article's own text). Also
 * where each mark was, as [start, end) in the returned markdown, in order.
 */
export function stripExportSyntax(body: string, style: ExportStyle, footnotes: ReadonlySet<number>): { markdown: string; marks: Array<[number, number]> } {
  const prose = inProse(body);
  const mark = MARK_PATTERN[style];
  const cuts: Array<{ start: number; end: number; kind: 'open' | 'close' | 'mark' | 'ref' }> = [];
  const escaped = (i: number) => body[i - 1] === '\\';
  if (mark) {
    for (const m of body.matchAll(mark)) {
      if (escaped(m.index!) || !prose(m.index!, m[0].length)) continue;
      const kind = m[0] === '==' ? 'mark' : m[0].startsWith('</') ? 'close' : 'open';
      cuts.push({ start: m.index!, end: m.index! + m[0].length, kind });
    }
  }
  for (const m of body.matchAll(FOOTNOTE_REF)) {
    if (footnotes.has(Number(m[1])) && !escaped(m.index!) && prose(m.index!, m[0].length)) cuts.push({ start: m.index!, end: m.index! + m[0].length, kind: 'ref' });
  }
  cuts.sort((a, b) => a.start - b.start);
  let out = '';
  let from = 0;
  const marks: Array<[number, number]> = [];
  let openAt: number | null = null;
  for (const cut of cuts) {
    if (cut.start < from) continue;
    out += body.slice(from, cut.start);
    from = cut.end;
    // Marks never nest (the export merges overlapping highlights), so "==" alternate: open, close.
    const opens = cut.kind === 'open' || (cut.kind === 'mark' && openAt === null);
    if (cut.kind === 'ref') continue;
    if (opens) openAt = out.length;
    else if (openAt !== null) {
      marks.push([openAt, out.length]);
      openAt = null;
    }
  }
  return { markdown: out + body.slice(from), marks };
}
