/**
 * The web-junk rules on a page's DOM, in two passes around Readability:
 *
 * 1. removeJunkBlocks (before): page furniture marked by its element (nav, aside, footer, forms, ARIA roles)
 *    or by words in its class/id ("share", "related", "baca-juga", "komentar", "iklan"), so that
 *    Readability neither picks it nor keeps it. A guard protects the story: an element holding the
 *    main article (or a large part of it) is never removed, whatever its class says, since themes
 *    put words like "has-share-buttons" on the article itself.
 * 2. cleanArticleBlocks (after): the line rules (classify-line.ts) on every block of the extracted
 *    article: "Baca Juga: …" paragraphs, ad markers, list headings with their lists, credit lines
 *    (→ metadata) and captions (→ marked, see html-to-markdown.ts). A block goes only when its
 *    whole text matches a rule; inside a block split by <br>, only the matching lines go.
 *
 * The DOM is passed in; no DOM globals are used (node types are compared by number).
 */
import { classifyLine, collapseSpace, DEFAULT_RULES, type CompiledRules } from './classify-line.js';
import type { MetaField } from './junk-rules/junk-rules.js';

const ELEMENT = 1;
const TEXT = 3;

/** Containers whose class/id are checked (inline elements and paragraphs are left to the line rules). */
const CONTAINERS = new Set(['DIV', 'SECTION', 'HEADER', 'UL', 'OL', 'DL', 'TABLE', 'FIGURE', 'INS']);
/** Candidates for the element that holds the story. */
const MAIN_CANDIDATES = '[itemprop="articleBody"], article, main, [role="main"]';

export const CAPTION_ATTRIBUTE = 'data-tandai-caption';

function attributeWords(element: Element): string[] {
  const raw = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.trim();
  if (!raw) return [];
  const words: string[] = [];
  for (const token of raw.split(/\s+/)) {
    words.push(token.toLowerCase().replace(/[-_]/g, ''));
    for (const word of token.split(/[-_:]+|(?<=[a-z])(?=[A-Z])/)) if (word) words.push(word.toLowerCase());
  }
  return words;
}

export function hasJunkClass(element: Element, rules: CompiledRules): boolean {
  return attributeWords(element).some((w) => rules.junkClassWords.has(w));
}

/** Characters of paragraph text inside an element: how much of the story it holds. */
function paragraphText(element: Element): number {
  let total = element.tagName === 'P' ? (element.textContent ?? '').length : 0;
  for (const p of element.querySelectorAll('p, pre')) total += (p.textContent ?? '').length;
  return total;
}

/** The element holding the story, if the page marks one: the marked candidate with the most paragraph text. */
function mainElement(document: Document): { element: Element; text: number } | undefined {
  let best: { element: Element; text: number } | undefined;
  for (const element of document.querySelectorAll(MAIN_CANDIDATES)) {
    const text = paragraphText(element);
    if (text > 0 && (!best || text > best.text)) best = { element, text };
  }
  return best;
}

const JUNK_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'BUTTON', 'DIALOG', 'SELECT', 'TEXTAREA', 'INPUT']);
const JUNK_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'dialog', 'alertdialog', 'search']);

export function removeJunkBlocks(document: Document, rules: CompiledRules = DEFAULT_RULES): number {
  const body = document.body;
  if (!body) return 0;
  const main = mainElement(document);
  const pageText = main ? 0 : paragraphText(body);
  // One pass over the elements (see html-metadata.ts on jsdom's selector cost).
  const candidates: Element[] = [];
  for (const element of body.querySelectorAll('*')) {
    const tag = element.tagName;
    if (JUNK_TAGS.has(tag)) candidates.push(element);
    else if (CONTAINERS.has(tag) && (JUNK_ROLES.has(element.getAttribute('role') ?? '') || ((element.className || element.id) && hasJunkClass(element, rules)))) candidates.push(element);
  }
  let removed = 0;
  for (const element of candidates) {
    if (!element.isConnected) continue;
    if (main) {
      if (element.contains(main.element)) continue;
      // Inside the story: a share bar goes, a wrapper around a quarter of the story stays.
      if (main.element.contains(element) && paragraphText(element) > main.text * 0.25) continue;
    } else if (paragraphText(element) > pageText * 0.5) {
      continue;
    }
    element.remove();
    removed++;
  }
  return removed;
}

/**
 * Fallback for pages Readability reads too little of (long documents in many sections, such as
 * manuals): the deepest element that holds at least 80% of the page's paragraph text.
 */
export function mainTextContainer(root: Element): Element | undefined {
  const weights = new Map<Element, number>();
  let total = 0;
  for (const leaf of root.querySelectorAll('p, pre, dd, td, li')) {
    if (leaf.querySelector('p, pre, dd, td, li')) continue;
    const weight = collapseSpace(leaf.textContent ?? '').length;
    total += weight;
    for (let e: Element | null = leaf; e && e !== root; e = e.parentElement) weights.set(e, (weights.get(e) ?? 0) + weight);
  }
  if (total === 0) return undefined;
  let current = root;
  for (;;) {
    const child = [...current.children].find((c) => (weights.get(c) ?? 0) >= total * 0.8);
    if (!child) return current;
    current = child;
  }
}

/**
 * Credit and date lines anywhere in the story's part of the page ("Penulis: …", "Editor: …"),
 * read before Readability, which often leaves the info box under the headline out of the article.
 * Nothing is removed here; the first value of each field wins.
 */
export function findCreditLines(document: Document, rules: CompiledRules = DEFAULT_RULES): Partial<Record<MetaField, string>> {
  const root = mainElement(document)?.element ?? document.body;
  const meta: Partial<Record<MetaField, string>> = {};
  if (!root) return meta;
  for (const element of root.querySelectorAll('p, div, span, li')) {
    // Leaf lines only: a wrapper's text is its children's, and computing it for every wrapper of a
    // long page would read the page over and over.
    if ([...element.children].some((c) => BLOCK_CHILD.test(c.tagName))) continue;
    const text = element.textContent ?? '';
    if (text.length > 160 || !CREDIT_START.test(text)) continue;
    const found = classifyLine(text, rules);
    if (found.kind !== 'meta') continue;
    for (const [field, value] of Object.entries(found.meta) as Array<[MetaField, string]>) meta[field] ??= value;
  }
  return meta;
}

/** How credit and date lines begin (a label, a weekday or a digit): a cheap test before the rules. */
const CREDIT_START = /^\s*(?:penulis|reporter|pewarta|wartawan|kontributor|ditulis|laporan|oleh|editor|redaktur|penyunting|by|written|words|story|reporting|author|edited|editing|diterbitkan|dipublikasi|terbit|tayang|diunggah|diperbarui|published|posted|updated|last|first|senin|selasa|rabu|kamis|jum|sabtu|minggu|ahad|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)/i;

/** Links to a place on the page itself ("#notes", made absolute by Readability) lead nowhere in Tandai: plain text. */
export function unlinkInPageAnchors(root: Element, pageUrl: string | undefined): void {
  const page = pageUrl?.replace(/#.*$/, '');
  for (const a of root.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    if (href.startsWith('#') || (page && href.startsWith(`${page}#`))) a.removeAttribute('href');
  }
}

// ---- after Readability ----

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, dt, dd, div, section, td';
const BLOCK_CHILD = /^(?:P|DIV|SECTION|ARTICLE|UL|OL|DL|LI|TABLE|BLOCKQUOTE|H[1-6]|PRE|FIGURE|HEADER|FOOTER)$/;

function isLeafBlock(element: Element): boolean {
  if (element.tagName === 'TD') return false; // table cells are data, not lines
  return ![...element.children].some((c) => BLOCK_CHILD.test(c.tagName));
}

/** Removes an element, then any list or wrapper it leaves empty. */
function removeUpward(element: Element, root: Element): void {
  let parent = element.parentElement;
  element.remove();
  while (parent && parent !== root && parent.children.length === 0 && !(parent.textContent ?? '').trim()) {
    const next = parent.parentElement;
    parent.remove();
    parent = next;
  }
}

/** The block after an element, climbing out of wrappers that hold nothing else. */
function nextBlock(element: Element, root: Element): Element | undefined {
  for (let e: Element | null = element; e && e !== root; e = e.parentElement) {
    if (e.nextElementSibling) return e.nextElementSibling;
  }
  return undefined;
}

/** A list of links to other stories: at least half of its text is link text. */
function isLinkList(element: Element): boolean {
  const all = collapseSpace(element.textContent ?? '').length;
  if (all === 0 || all > 4000) return false;
  let links = 0;
  for (const a of element.querySelectorAll('a')) links += collapseSpace(a.textContent ?? '').length;
  return links / all >= 0.5;
}

function markCaption(element: Element): void {
  const document = element.ownerDocument;
  const caption = document.createElement('p');
  caption.setAttribute(CAPTION_ATTRIBUTE, '');
  caption.textContent = collapseSpace(element.textContent ?? '');
  element.replaceWith(caption);
}

/** Lines of a block split by <br>: the nodes of each line. */
function brLines(element: Element): Node[][] {
  const lines: Node[][] = [[]];
  for (const node of [...element.childNodes]) {
    if (node.nodeType === ELEMENT && (node as Element).tagName === 'BR') {
      lines[lines.length - 1].push(node);
      lines.push([]);
    } else lines[lines.length - 1].push(node);
  }
  return lines;
}

const lineText = (nodes: Node[]) => collapseSpace(nodes.map((n) => (n.nodeType === TEXT || n.nodeType === ELEMENT ? n.textContent ?? '' : '')).join(''));

export interface CleanedBlocks {
  meta: Partial<Record<MetaField, string>>;
  removed: number;
}

export function cleanArticleBlocks(root: Element, rules: CompiledRules = DEFAULT_RULES): CleanedBlocks {
  const meta: CleanedBlocks['meta'] = {};
  let removed = 0;
  const record = (found: Partial<Record<MetaField, string>>) => {
    for (const [field, value] of Object.entries(found) as Array<[MetaField, string]>) meta[field] ??= value;
  };
  for (const block of [...root.querySelectorAll(BLOCKS)]) {
    if (!root.contains(block) || !isLeafBlock(block)) continue;
    if (block.querySelector('br') && [...block.children].some((c) => c.tagName === 'BR')) {
      removed += cleanBrLines(block, rules, record);
      continue;
    }
    const text = collapseSpace(block.textContent ?? '');
    if (!text) continue;
    const found = classifyLine(text, rules);
    switch (found.kind) {
      case 'junk':
      case 'seeAlso':
        removeUpward(block, root);
        removed++;
        break;
      case 'meta':
        record(found.meta);
        removeUpward(block, root);
        removed++;
        break;
      case 'listHeading': {
        const list = nextBlock(block, root);
        removeUpward(block, root);
        removed++;
        if (list && isLinkList(list)) {
          removeUpward(list, root);
          removed++;
        }
        break;
      }
      case 'caption':
        markCaption(block);
        break;
      default:
        if (block.tagName === 'FIGCAPTION') markCaption(block);
    }
  }
  return { meta, removed };
}

function cleanBrLines(block: Element, rules: CompiledRules, record: (m: Partial<Record<MetaField, string>>) => void): number {
  let removed = 0;
  for (const nodes of brLines(block)) {
    const text = lineText(nodes);
    if (!text) continue;
    const found = classifyLine(text, rules);
    if (found.kind === 'meta') record(found.meta);
    if (found.kind === 'junk' || found.kind === 'seeAlso' || found.kind === 'meta' || found.kind === 'listHeading') {
      for (const node of nodes) node.parentNode?.removeChild(node);
      removed++;
    }
  }
  return removed;
}
