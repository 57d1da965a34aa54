/**
 * The Node side's DOMs:
 * - jsdom, one shared window with a DOMPurify bound to it, created on first use (jsdom is slow to
 *   load, and commands like `tandai list` never need it): the canonical text of article bodies, and
 *   sanitizing an imported article (DOMPurify supports jsdom, not lighter DOMs);
 * - linkedom for whole imported pages (htmlDom.parsePage): it parses and walks a 1 MB page about
 *   eight times faster than jsdom, and the page is only read and pruned there. Its parser is
 *   htmlparser2, which is more forgiving than a browser with broken markup; that can change what
 *   Readability picks on a badly broken page, never what reaches the article unsanitized.
 *
 * Nothing on an imported page runs or loads: linkedom has no script engine or resource loader, and
 * the jsdom window is created without `runScripts` and `resources`, so it executes nothing and
 * fetches nothing.
 */
import { createRequire } from 'node:module';
import type { JSDOM as JSDOMClass } from 'jsdom';
import type { parseHTML as ParseHTML } from 'linkedom';
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { canonicalText } from '../../shared/markdown/render-article.js';
import type { HtmlDom } from '../../shared/import/html-to-draft.js';

// jsdom takes over half a second to load; most processes (`tandai list`, a write) never need it,
// so both DOM libraries are required on first use rather than imported at start-up.
const requireLazily = createRequire(import.meta.url);
const JSDOMLazy = (): typeof JSDOMClass => (requireLazily('jsdom') as { JSDOM: typeof JSDOMClass }).JSDOM;
const parseHTMLLazy = (): typeof ParseHTML => (requireLazily('linkedom') as { parseHTML: typeof ParseHTML }).parseHTML;

let cached: { purify: DOMPurify; document: Document } | undefined;

function nodeDom() {
  if (!cached) {
    const { window } = new (JSDOMLazy())('<!doctype html><html><body></body></html>');
    cached = { purify: createDOMPurify(window as unknown as Window & typeof globalThis), document: window.document };
  }
  return cached;
}

/** The canonical text of an article body, identical to what Chromium's reader computes. */
export function canonicalTextInNode(markdown: string): string {
  const { purify, document } = nodeDom();
  return canonicalText(markdown, purify, () => document.createElement('div'));
}

/**
 * linkedom builds a document only from a whole page (a browser infers <html> and <body>; linkedom
 * takes the first element as the root). Clipboard HTML and pasted source are often fragments, so
 * they get the missing wrapper.
 */
function asDocument(html: string): string {
  const head = html.slice(0, 4096);
  if (/<html[\s>]/i.test(head)) return html;
  if (/<body[\s>]/i.test(head)) return `<!doctype html><html>${html}</html>`;
  return `<!doctype html><html><head></head><body>${html}</body></html>`;
}

/** The two DOMs the HTML importer needs (see the module comment). */
export const htmlDom: HtmlDom = {
  parsePage(html: string) {
    let { document } = parseHTMLLazy()(asDocument(html));
    // Damaged markup before <html> can leave linkedom without a root or body; a browser would still
    // build both, so parse again inside an explicit wrapper.
    if (!document.documentElement || !document.body) {
      ({ document } = parseHTMLLazy()(`<!doctype html><html><head></head><body>${html}</body></html>`));
    }
    return { document, dispose: () => {} };
  },
  sanitize(html: string, config: Config) {
    return nodeDom().purify.sanitize(html, { ...config, RETURN_DOM: true, RETURN_DOM_FRAGMENT: false }) as unknown as Element;
  },
};
