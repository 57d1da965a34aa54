/**
 * Pages nested thousands of levels deep are never articles, and they make parsers and Readability
 * slow (quadratic) or overflow the stack. Real pages stay far below 100 levels (Debian's manuals:
 * 11–17; news pages: about 10–40); we refuse pages past 256 levels up front with a sentence instead
 * (browsers themselves stop nesting at 512). A tag scan, not a parser: void elements are skipped and
 * elements that a browser closes implicitly (a new <p> closes an open <p>) are closed here too.
 */
export const MAX_HTML_DEPTH = 256;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', '!doctype']);
const CLOSES_SIBLING = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot']);
const TAG = /<(\/?)([a-zA-Z!][\w:-]*)[^>]*?(\/?)>/g;

/** The deepest nesting reached, stopping early once `limit` is passed. */
export function htmlNestingDepth(html: string, limit = MAX_HTML_DEPTH): number {
  const stack: string[] = [];
  let deepest = 0;
  for (const match of html.matchAll(TAG)) {
    const [, closing, rawName, selfClosing] = match;
    const name = rawName.toLowerCase();
    if (VOID.has(name) || selfClosing) continue;
    if (closing) {
      const at = stack.lastIndexOf(name);
      if (at !== -1) stack.length = at;
      continue;
    }
    if (CLOSES_SIBLING.has(name) && stack[stack.length - 1] === name) stack.pop();
    stack.push(name);
    if (stack.length > deepest) {
      deepest = stack.length;
      if (deepest > limit) return deepest;
    }
  }
  return deepest;
}

/** Markdown nests through quote markers and list bullets at the start of a line; marked recurses per level. */
export const MAX_MARKDOWN_DEPTH = 100;

/** The deepest line prefix of quote markers and list bullets ("> > - "), stopping early past `limit`. */
export function markdownNestingDepth(markdown: string, limit = MAX_MARKDOWN_DEPTH): number {
  let deepest = 0;
  for (const match of markdown.matchAll(/^[ \t>*+-]{2,}/gm)) {
    const depth = (match[0].match(/>|[*+-](?=[ \t])/g) ?? []).length;
    if (depth > deepest) {
      deepest = depth;
      if (deepest > limit) return deepest;
    }
  }
  return deepest;
}
