/**
 * The Node side's DOM: one jsdom window and a DOMPurify bound to it, created on first use
 * (jsdom is slow to load, and commands like `tandai list` never need it).
 */
import { JSDOM } from 'jsdom';
import createDOMPurify, { type DOMPurify } from 'dompurify';
import { canonicalText } from '../../shared/markdown/render-article.js';

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
