/**
 * Reads Tandai's own annotated-markdown export back (the round trip): the front matter's `tandai:`
 * block says it is one; the footnotes give each annotation's note and translation; the body, with
 * the marks and footnote references taken out, is the article's markdown again. The annotations
 * come back as positions in the canonical text, which the Node side checks against the text it
 * rebuilds (the `text` checksum) before placing them. Pure: strings in, data out.
 */
import type { Annotation, Article, HighlightColor, Speaker } from '../model.js';
import { TandaiBlockSchema, textChecksum } from '../export/tandai-export-data.js';
import { describeSpan } from '../anchoring/describe-selectors.js';
import { mapTextToSource } from '../export/text-to-source.js';
import { sortInTextOrder } from '../anchoring/reanchor-annotations.js';
import { stripExportSyntax } from '../export/mark-syntax.js';

/** An annotation read from an export, ready to be placed on the imported article's text. */
export interface DraftAnnotation {
  /** Offsets into the canonical text; undefined for an orphan, which has only its quote. */
  span?: { start: number; end: number };
  /** Where its marks were in the imported markdown: used to place it when the text was edited after the export. */
  marks?: Array<[number, number]>;
  orphanQuote?: string;
  color: HighlightColor;
  kind: 'highlight' | 'quote';
  tags: string[];
  note: string;
  translation?: { text: string; from: 'id' | 'en'; to: 'id' | 'en' };
  speaker?: Speaker;
}

export interface TandaiExport {
  markdown: string;
  annotations: DraftAnnotation[];
  /** textChecksum of the canonical text the spans point into. */
  textChecksum?: string;
}

/** Undoes escapeMarkdownBlock: backslash escapes of punctuation, and "&amp;" before an entity. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/&amp;(?=[a-zA-Z#][a-zA-Z0-9]*;)/g, '&');
}

/** Undoes the export's noteMarkdown: a note keeps its own markdown, but "[^", "==" and "<mark" were escaped. */
function noteFromFootnote(body: string): string {
  return body.replace(/\\\[\^/g, '[^').replace(/=\\=/g, '==').replace(/&lt;(\/?mark)\b/gi, '<$1');
}

/** The footnote definitions at the end of the body ("[^n]: …" with indented continuation lines), and the body before them. */
function splitFootnotes(body: string, wanted: number): { body: string; footnotes: Map<number, string> } {
  const footnotes = new Map<number, string>();
  if (wanted === 0) return { body, footnotes };
  // The definitions start at the last "[^1]: " at the start of a line.
  let at = -1;
  for (const m of body.matchAll(/^\[\^1\]: /gm)) at = m.index!;
  if (at === -1) return { body, footnotes };
  for (const part of body.slice(at).split(/^(?=\[\^\d+\]: )/m)) {
    const m = /^\[\^(\d+)\]: ([\s\S]*)$/.exec(part);
    if (!m) continue;
    const [first, ...rest] = m[2].replace(/\s+$/, '').split('\n');
    footnotes.set(Number(m[1]), [first, ...rest.map((line) => line.replace(/^ {4}/, ''))].join('\n'));
  }
  return { body: body.slice(0, at).replace(/\s+$/, ''), footnotes };
}

const other = (lang: 'id' | 'en') => (lang === 'id' ? 'en' : 'id');

/**
 * The article and annotations of an export, or undefined when `meta` is not the front matter of
 * Tandai's annotated-article export (then the file is ordinary markdown).
 */
export function readTandaiExport(meta: Record<string, unknown>, body: string): TandaiExport | undefined {
  const parsed = TandaiBlockSchema.safeParse(meta.tandai);
  // Version 1 exports carried no annotation data: they are read as the markdown they are.
  if (!parsed.success || parsed.data.export !== 'article' || parsed.data.version < 2) return undefined;
  const block = parsed.data;
  const wanted = Math.max(0, ...block.annotations.flatMap((a) => [a.note ?? 0, a.translation ?? 0]));
  const split = splitFootnotes(body.replace(/\s+$/, ''), wanted);
  let rest = split.body;
  // Orphans are blockquotes after the article, one per orphan, in the order listed.
  const orphanCount = block.annotations.filter((a) => a.orphan).length;
  const orphanQuotes: string[] = [];
  if (orphanCount) {
    const paragraphs = rest.split(/\n{2,}/);
    const tail = paragraphs.slice(-orphanCount);
    if (tail.length === orphanCount && tail.every((p) => p.startsWith('> '))) {
      for (const p of tail) orphanQuotes.push(unescapeMarkdown(p.slice(2).replace(/(?:\[\^\d+\])+$/, '')));
      rest = paragraphs.slice(0, -orphanCount).join('\n\n');
    }
  }
  const stripped = stripExportSyntax(rest, block.style ?? 'obsidian', new Set(split.footnotes.keys()));
  const lead = stripped.markdown.length - stripped.markdown.trimStart().length;
  const markdown = `${stripped.markdown.trim()}\n`;
  const marks = stripped.marks.map(([start, end]): [number, number] => [start - lead, end - lead]);
  let nextMark = 0;
  const annotations: DraftAnnotation[] = [];
  for (const entry of block.annotations) {
    const annotation: DraftAnnotation = { color: entry.color, kind: entry.kind, tags: entry.tags, note: '' };
    if (entry.at) {
      const [start, end] = entry.at.split('-').map(Number);
      const count = entry.marks ?? (block.style === 'plain' ? 0 : 1);
      const own = marks.slice(nextMark, nextMark + count);
      nextMark += count;
      if (end <= start) continue;
      annotation.span = { start, end };
      if (own.length) annotation.marks = own;
    } else {
      annotation.orphanQuote = orphanQuotes.shift();
      if (!annotation.orphanQuote) continue;
    }
    const note = entry.note !== undefined ? split.footnotes.get(entry.note) : undefined;
    if (note !== undefined) annotation.note = noteFromFootnote(note);
    const translation = entry.translation !== undefined ? split.footnotes.get(entry.translation) : undefined;
    const m = translation !== undefined ? /^(EN|ID): ([\s\S]*)$/.exec(translation) : null;
    if (m) {
      const to = m[1].toLowerCase() as 'id' | 'en';
      annotation.translation = { text: unescapeMarkdown(m[2]), from: other(to), to };
    }
    if (entry.speaker) annotation.speaker = entry.speaker;
    annotations.push(annotation);
  }
  return { markdown, annotations, textChecksum: block.text };
}

/** The first index whose value is at least `value` in a non-decreasing array (its length when none is). */
function firstAtOrAfter(values: Int32Array, value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The stored annotations of an imported export. Spans are placed by position when the rebuilt text
 * is the text they were exported from (same checksum). When the file was edited, an annotation is
 * placed on what its marks cover now (from its first mark to its last); one without marks (the
 * plain style, or inside an earlier highlight) cannot be placed and is left out rather than put on
 * the wrong words. Orphans come back as orphans, with their quotes.
 */
export function placeDraftAnnotations(
  article: Pick<Article, 'id' | 'text' | 'markdown'>,
  drafts: readonly DraftAnnotation[],
  textChecksumOfExport: string | undefined,
  newId: () => string,
  now: string,
): Annotation[] {
  const sameText = textChecksumOfExport !== undefined && textChecksum(article.text) === textChecksumOfExport;
  // An edited file: the marks still show what was highlighted, in the text as it is now.
  let fromMarks: ((marks: Array<[number, number]>) => { start: number; end: number } | undefined) | undefined;
  if (!sameText) {
    const map = mapTextToSource(article.text, article.markdown);
    fromMarks = (marks) => {
      const start = firstAtOrAfter(map.start, marks[0][0]);
      const end = firstAtOrAfter(map.end, marks.at(-1)![1] + 1);
      return end > start ? { start, end } : undefined;
    };
  }
  const placed: Annotation[] = [];
  for (const draft of drafts) {
    let selector: Annotation['target']['selector'];
    let status: Annotation['status'] = 'anchored';
    if (draft.span) {
      const span = sameText ? draft.span : draft.marks && fromMarks?.(draft.marks);
      if (!span || span.end > article.text.length || !article.text.slice(span.start, span.end).trim()) continue;
      selector = describeSpan(article.text, span.start, span.end);
    } else if (draft.orphanQuote) {
      selector = [
        { type: 'TextQuoteSelector', exact: draft.orphanQuote, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 0, end: 0 },
      ];
      status = 'orphan';
    } else continue;
    placed.push({
      id: newId(),
      articleId: article.id,
      kind: draft.kind,
      target: { selector },
      status,
      color: draft.color,
      note: draft.note,
      tags: [...new Set(draft.tags)],
      ...(draft.translation ? { translation: draft.translation } : {}),
      ...(draft.speaker ? { speaker: draft.speaker } : {}),
      created: now,
      updated: now,
    });
  }
  return sortInTextOrder(placed);
}
