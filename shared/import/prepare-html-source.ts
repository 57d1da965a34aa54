/**
 * A page's source, made ready for parsing:
 *
 * 1. What an article never needs is cut out: scripts (except JSON-LD metadata), styles, inline SVG,
 *    templates, embeds and comments. Nothing would run or load anyway (the DOM we parse into
 *    executes nothing); this is for speed. jsdom parses every <style> as CSS, and a news page is
 *    often more script than article, so a 1 MB page parses several times faster without them.
 * 2. XHTML pages (an XML declaration or the XHTML namespace) get their self-closing elements
 *    expanded: `<code class="literal"/>` is an empty element in XHTML but an unclosed one in
 *    HTML, where it would swallow the rest of the page (Debian's manuals are written so).
 *
 * Regular expressions, not a parser: they follow the tokenizer where it matters (a script ends at
 * the first "</script", a comment hides what is inside it). An unclosed element is left for the
 * parser, which treats it as a browser would.
 */

export interface PreparedHtml {
  html: string;
  /** The address in a "saved from url=(0042)https://…" comment, which browsers write into saved pages. */
  savedFromUrl?: string;
}

const INERT = /<!--([\s\S]*?)-->|<(script|style|noscript|template|svg|math|iframe|object|canvas)\b([^>]*)>[\s\S]*?<\/\2\s*>/gi;
const SAVED_FROM = /^\s*saved from url=\(\d+\)(\S+)/i;
const JSON_LD = /\btype\s*=\s*["']?application\/ld\+json/i;
const XHTML = /^\s*(?:<\?xml\b|[\s\S]{0,2000}<html\b[^>]*xmlns\s*=\s*["']http:\/\/www\.w3\.org\/1999\/xhtml)/i;
const VOID = 'area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr';
const SELF_CLOSING = new RegExp(`<(?!(?:${VOID})\\b)([a-zA-Z][\\w:-]*)(\\s(?:[^<>"']|"[^"]*"|'[^']*')*?)?\\s*/>`, 'g');

export function prepareHtmlSource(source: string): PreparedHtml {
  let savedFromUrl: string | undefined;
  let html = source.replace(INERT, (whole, comment: string | undefined, tag: string | undefined, attrs: string | undefined) => {
    if (comment !== undefined) {
      const saved = SAVED_FROM.exec(comment);
      if (saved && !savedFromUrl) savedFromUrl = saved[1];
      return '';
    }
    if (tag?.toLowerCase() === 'script' && attrs && JSON_LD.test(attrs)) return whole;
    return '';
  });
  if (XHTML.test(source)) html = html.replace(SELF_CLOSING, (_whole, tag: string, attrs = '') => `<${tag}${attrs}></${tag}>`);
  return { html, savedFromUrl };
}
