/**
 * Markdown → safe HTML → canonical text, the same way in the renderer (Chromium) and in Node (jsdom).
 * The canonical text is what annotation selectors point into, so both sides must build it identically:
 * one marked instance with fixed options, one DOMPurify config, and textContent of the result.
 * DOMPurify is passed in because shared/ has no DOM of its own.
 */
import { Marked, type Tokens } from 'marked';
import type { DOMPurify as Purifier, Config } from 'dompurify';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    // Nothing remote is ever fetched: an image shows as its alt text.
    image({ text }: Tokens.Image) {
      return text ? `<span class="image-alt">${escapeHtml(text)}</span>` : '';
    },
    // Raw HTML inside markdown is shown as text, never interpreted.
    html({ text }: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(text);
    },
  },
});

export const PURIFY_CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'img', 'video', 'audio', 'iframe', 'object', 'embed', 'svg', 'math', 'link', 'meta', 'base'],
  FORBID_ATTR: ['style', 'srcset', 'src', 'action', 'formaction', 'ping'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
};

/** Markdown → HTML string, not yet sanitized (marked's output is never trusted on its own). */
export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown, { async: false }) as string;
}

/** Markdown → sanitized HTML, ready for innerHTML. */
export function renderArticleHtml(markdown: string, purify: Purifier): string {
  return purify.sanitize(markdownToHtml(markdown), { ...PURIFY_CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
}

/** Top-level blocks per chunk when the canonical text is built in pieces (see canonicalText). */
export const CHUNK_BLOCKS = 64;

/**
 * The article's HTML in pieces of at most CHUNK_BLOCKS top-level blocks. Concatenated they are
 * exactly markdownToHtml(markdown): marked renders top-level tokens one after another, and inline
 * content (reference links included) is resolved when lexing, before the split.
 */
export function markdownToHtmlChunks(markdown: string): string[] {
  const tokens = marked.lexer(markdown);
  const chunks: string[] = [];
  for (let i = 0; i < tokens.length; i += CHUNK_BLOCKS) {
    const slice = Object.assign(tokens.slice(i, i + CHUNK_BLOCKS), { links: tokens.links });
    chunks.push(marked.parser(slice) as string);
  }
  return chunks;
}

/**
 * The canonical text of a rendered article: textContent of its container, which is the
 * concatenation of its top-level blocks' text. `makeContainer` gives an empty element of whichever
 * DOM is at hand. Built chunk by chunk because jsdom parses a long run of siblings in superlinear
 * time (4,000 paragraphs: 6 s at once, well under one in chunks); the browser renders the whole
 * article at once and gets the same string.
 */
export function canonicalText(markdown: string, purify: Purifier, makeContainer: () => { innerHTML: string; textContent: string | null }): string {
  let text = '';
  for (const html of markdownToHtmlChunks(markdown)) {
    const container = makeContainer();
    container.innerHTML = purify.sanitize(html, { ...PURIFY_CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
    text += container.textContent ?? '';
  }
  return text;
}
