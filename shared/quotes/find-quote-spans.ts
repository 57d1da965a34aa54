/**
 * Where the quotations are, by their marks alone: “…”, "…", ‘…’ and «…», with nesting (a ‘…’ inside
 * a “…” belongs to the outer quote) and with a quote carried over paragraphs the newspaper way (the
 * next paragraph opens with the mark again, the previous one has no closing mark). Apostrophes
 * (Jum’at, don’t, students’) are told apart from single quotes by the letters around them.
 * Pure: works on the canonical text, whose paragraphs are separated by "\n".
 */

export type MarkFamily = 'double' | 'single' | 'angle';

export interface QuoteSpan {
  /** Offset of the outer opening mark. */
  open: number;
  /** Offset of the outer closing mark (exclusive end of the inner text). */
  close: number;
  /** Index of the paragraph the quote opens in and the one it closes in. */
  firstParagraph: number;
  lastParagraph: number;
  family: MarkFamily;
}

/** A quote running past this many paragraphs or characters is a stray mark, not a quotation. */
const MAX_PARAGRAPHS = 8;
const MAX_LENGTH = 4000;

const FAMILY: Record<string, MarkFamily> = {
  '“': 'double',
  '”': 'double',
  '„': 'double',
  '"': 'double',
  '‘': 'single',
  '’': 'single',
  "'": 'single',
  '«': 'angle',
  '»': 'angle',
};

const LETTER = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
/** What may stand before an opening mark (besides white space and the start). */
const BEFORE_OPEN = /[([{—–\-/“‘"'«:]/;
/** What may follow a closing mark (besides white space and the end). */
const AFTER_CLOSE = /[.,;:!?)\]}—–\-”’"'»…]/;

interface Open {
  family: MarkFamily;
  at: number;
}

export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const paragraphStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') paragraphStarts.push(i + 1);

  let stack: Open[] = [];
  let outerParagraph = 0;

  for (let p = 0; p < paragraphStarts.length; p++) {
    const start = paragraphStarts[p];
    const end = p + 1 < paragraphStarts.length ? paragraphStarts[p + 1] - 1 : text.length;
    let i = start;
    if (stack.length > 0) {
      // A quote left open: it continues only if this paragraph opens with the same kind of mark.
      while (i < end && SPACE.test(text[i])) i++;
      const mark = text[i];
      const continues = FAMILY[mark] === stack[0].family && mark !== '”' && mark !== '’' && mark !== '»' && p - outerParagraph < MAX_PARAGRAPHS;
      if (continues) {
        stack = [stack[0]];
        i++;
      } else {
        stack = [];
        i = start;
      }
    }
    for (; i < end; i++) {
      const ch = text[i];
      const family = FAMILY[ch];
      if (!family) continue;
      const prev = i > start ? text[i - 1] : '';
      const next = i + 1 < end ? text[i + 1] : '';
      const openPosition = (prev === '' || SPACE.test(prev) || BEFORE_OPEN.test(prev)) && next !== '' && !SPACE.test(next);
      const closePosition = prev !== '' && !SPACE.test(prev) && (next === '' || SPACE.test(next) || AFTER_CLOSE.test(next));
      const isOpen = (f: MarkFamily) => stack.some((o) => o.family === f);

      let role: 'open' | 'close' | null = null;
      switch (ch) {
        case '«':
          role = 'open';
          break;
        case '»':
          role = isOpen('angle') ? 'close' : null;
          break;
        case '“':
        case '„':
          // Some sites close with “ as well: a “ glued to the end of a word inside an open quote closes it.
          role = isOpen('double') && closePosition && !openPosition ? 'close' : 'open';
          break;
        case '”':
          if (isOpen('double') && (closePosition || !openPosition)) role = 'close';
          else if (openPosition) role = 'open'; // ”…” as some sites type it
          break;
        case '"':
          if (isOpen('double') && closePosition) role = 'close';
          else if (openPosition) role = 'open';
          else if (isOpen('double')) role = 'close';
          break;
        case '‘':
          if (openPosition) role = 'open';
          else if (isOpen('single') && closePosition) role = 'close';
          break;
        case '’':
        case "'":
          if (LETTER.test(prev) && LETTER.test(next)) break; // an apostrophe: Jum’at, don't
          if (isOpen('single') && closePosition) role = 'close';
          // A straight ' opens a quote only inside another one; at the top level it is too often an apostrophe.
          else if (ch === "'" && openPosition && stack.length > 0 && LETTER.test(next)) role = 'open';
          break;
      }
      if (role === 'open') {
        if (stack.length === 0) outerParagraph = p;
        stack.push({ family, at: i });
      } else if (role === 'close') {
        let at = stack.length - 1;
        while (at >= 0 && stack[at].family !== family) at--;
        if (at < 0) continue;
        const outer = stack[0];
        stack = stack.slice(0, at);
        if (stack.length === 0 && i - outer.at <= MAX_LENGTH) {
          spans.push({ open: outer.at, close: i, firstParagraph: outerParagraph, lastParagraph: p, family: outer.family });
        }
      }
    }
  }
  return spans;
}

/** The paragraph index of each offset's paragraph, and paragraph bounds, for the attribution step. */
export function paragraphBounds(text: string): Array<{ start: number; end: number }> {
  const bounds: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      bounds.push({ start, end: i });
      start = i + 1;
    }
  }
  return bounds;
}
