/**
 * The Node side's DOM, jsdom, in two uses:
 * - one shared window and a DOMPurify bound to it, created on first use (jsdom is slow to load, and
 *   commands like `tandai list` never need it), for the canonical text of article bodies;
 * - one window per imported web page (parseHtmlPage), closed after the import.
 *
 * Imported pages are inert: jsdom runs scripts only with `runScripts` and loads subresources
 * (images, stylesheets, frames) only with `resources`; we set neither, so nothing on a page runs
 * and nothing remote is fetched. A silent virtual console keeps a page's CSS and markup complaints
 * out of the terminal.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import createDOMPurify, { type DOMPurify } from 'dompurify';
import { canonicalText } from '../../shared/markdown/render-article.js';
import type { ParsedPage } from '../../shared/import/html-to-draft.js';

let cached: { purify: DOMPurify; document: Document } | undefined;

function nodeDom() {
  if (!cached) {
    const { window } = new JSDOM('<!doctype html><html><body></body></html>');
    cached = { purify: createDOMPurify(window as unknown as Window & typeof globalThis), document: window.document };
  }
  return cached;
}

/** The canonical text of an article body, identical to what Chromium's reader computes. */
export function canonicalTextInNode(markdown: string): string {
  const { purify, document } = nodeDom();
  return canonicalText(markdown, purify, document.createElement('div'));
}

/** Parses an imported page into its own inert window (see the module comment). */
export function parseHtmlPage(html: string): ParsedPage {
  const dom = new JSDOM(html, { contentType: 'text/html', virtualConsole: new VirtualConsole() });
  const window = dom.window;
  return {
    document: window.document,
    purify: createDOMPurify(window as unknown as Window & typeof globalThis),
    dispose: () => window.close(),
  };
}
