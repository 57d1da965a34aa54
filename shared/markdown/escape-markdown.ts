/**
 * Escapes plain text so marked renders it as the same text: no accidental lists, headings,
 * emphasis, links or HTML. Used when plain text becomes the canonical markdown of an article.
 */

/** Characters that can start markdown syntax anywhere in a line. */
const INLINE = /[\\`*_[\]<>|~]/g;

export function escapeMarkdownInline(text: string): string {
  return text.replace(INLINE, (c) => `\\${c}`).replace(/&(?=[a-zA-Z#][a-zA-Z0-9]*;)/g, '&amp;');
}

/** Escapes one paragraph of text, including syntax that only matters at the start of a line. */
export function escapeMarkdownBlock(paragraph: string): string {
  return paragraph
    .split('\n')
    .map((line) => {
      let escaped = escapeMarkdownInline(line);
      // Block starters: headings, quotes, list bullets, ordered lists, rules, setext underlines.
      escaped = escaped.replace(/^(\s*)([#>+-])/, '$1\\$2');
      escaped = escaped.replace(/^(\s*\d+)([.)])(\s)/, '$1\\$2$3');
      escaped = escaped.replace(/^(\s*)(=+\s*)$/, '$1\\$2');
      // Four leading spaces would make a code block.
      return escaped.replace(/^\s+/, '');
    })
    .join('\n');
}
