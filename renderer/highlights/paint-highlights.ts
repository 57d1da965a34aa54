/**
 * Draws highlights into a rendered article as <mark data-annotation-id> elements, and takes them
 * out again. A highlight never wraps across a block boundary: it is cut into one mark per run of
 * inline text, so a passage over two paragraphs (or through <em>, <a>, list items) becomes several
 * marks with the same id. Overlapping highlights nest. Marks only wrap existing Text nodes, so the
 * root's textContent — the canonical text — never changes.
 *
 * Painting many highlights at once splits every Text node at every boundary in one pass and then
 * wraps the pieces, so 1,000 highlights cost a few thousand DOM operations and no layout reads.
 */
import { buildTextMap } from './text-map.js';

export interface HighlightSpec {
  id: string;
  start: number;
  end: number;
  /** Space-separated classes for every piece, e.g. "hl hl-yellow". */
  className: string;
  /**
   * Extra attributes (aria-description, …) for the first piece only: a screen reader announces the
   * highlight once where it starts, not again at every <em> or paragraph it runs through.
   */
  attributes?: Readonly<Record<string, string>>;
}

export const MARK_ATTRIBUTE = 'data-annotation-id';

/** Elements that hold blocks rather than text: white space directly inside them is layout, not content. */
const BLOCK_CONTAINERS = new Set([
  'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DETAILS', 'DIV', 'DL', 'FIELDSET', 'FIGURE', 'FOOTER', 'HEADER', 'MAIN', 'NAV', 'OL',
  'SECTION', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL', 'COLGROUP', 'MENU', 'HGROUP',
]);
/** Block-level elements: white space next to one (inside an <li>, say) is a gap between blocks. */
const BLOCKS = new Set([
  ...BLOCK_CONTAINERS, 'ADDRESS', 'DD', 'DT', 'FIGCAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'LI', 'P', 'PRE', 'SUMMARY',
  'TD', 'TH', 'CAPTION',
]);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const NON_SPACE = /\S/;

function isBlock(node: Node | null): boolean {
  return node !== null && node.nodeType === ELEMENT_NODE && BLOCKS.has((node as Element).tagName);
}

function isHighlightMark(node: Node | null): boolean {
  return node !== null && node.nodeType === ELEMENT_NODE && (node as Element).tagName === 'MARK' && (node as Element).hasAttribute(MARK_ATTRIBUTE);
}

/** Text nodes and our own marks beside a node are pieces of what the parser made one Text node. */
function isPiece(node: Node): boolean {
  return node.nodeType === TEXT_NODE || isHighlightMark(node);
}

/**
 * A white-space-only Text node between blocks ("\n" between paragraphs): counted in offsets, never
 * marked. Judged on the Text node as the parser made it — the pieces that splitting and earlier marks
 * cut it into count together — so the answer does not depend on what was highlighted before.
 */
export function isBlockGap(text: Text, root: Node): boolean {
  if (NON_SPACE.test(text.data)) return false;
  const parent = text.parentNode;
  if (!parent) return true;
  // Inside a mark already: it was judged content when that mark was made.
  if (isHighlightMark(parent)) return false;
  let previous = text.previousSibling;
  for (; previous && isPiece(previous); previous = previous.previousSibling) if (NON_SPACE.test(previous.textContent ?? '')) return false;
  let next = text.nextSibling;
  for (; next && isPiece(next); next = next.nextSibling) if (NON_SPACE.test(next.textContent ?? '')) return false;
  if (parent === root) return true;
  const tag = (parent as Element).tagName;
  if (tag === 'PRE' || (parent as Element).closest?.('pre')) return false;
  return BLOCK_CONTAINERS.has(tag) || isBlock(previous) || isBlock(next);
}

interface Piece {
  node: Text;
  start: number;
}

/**
 * Splits the root's Text nodes so that every offset in `boundaries` falls between two nodes.
 * Returns the resulting pieces in document order with their offsets.
 */
function splitAt(root: Node, boundaries: number[]): Piece[] {
  const map = buildTextMap(root);
  const sorted = [...new Set(boundaries)].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  let b = 0;
  for (let i = 0; i < map.nodes.length; i++) {
    let node = map.nodes[i];
    let start = map.starts[i];
    const end = start + node.data.length;
    while (b < sorted.length && sorted[b] <= start) b++;
    while (b < sorted.length && sorted[b] < end) {
      const tail = node.splitText(sorted[b] - start);
      pieces.push({ node, start });
      node = tail;
      start = sorted[b];
      b++;
    }
    pieces.push({ node, start });
  }
  return pieces;
}

/** First piece index whose start is ≥ offset. */
function firstPieceFrom(pieces: Piece[], offset: number): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function makeMark(doc: Document, spec: HighlightSpec, withAttributes: boolean): HTMLElement {
  const mark = doc.createElement('mark');
  mark.setAttribute(MARK_ATTRIBUTE, spec.id);
  mark.className = spec.className;
  if (withAttributes && spec.attributes) for (const [name, value] of Object.entries(spec.attributes)) mark.setAttribute(name, value);
  return mark;
}

/**
 * Wraps each highlight's text in marks. Highlights outside the text, or empty, are skipped.
 * Longer highlights are painted first, so where two overlap the shorter one nests inside.
 * Returns how many marks were created.
 */
export function paintHighlights(root: Element, specs: readonly HighlightSpec[]): number {
  const doc = root.ownerDocument;
  const valid = specs.filter((s) => s.end > s.start && s.start >= 0);
  if (valid.length === 0) return 0;
  const pieces = splitAt(root, valid.flatMap((s) => [s.start, s.end]));
  const ordered = [...valid].sort((a, b) => a.start - b.start || b.end - a.end);
  let created = 0;
  for (const spec of ordered) {
    // Later pieces are shallow clones of one mark: copying attributes natively beats setting them one by one.
    const template = makeMark(doc, spec, false);
    let last: HTMLElement | null = null;
    const createdBefore = created;
    for (let i = firstPieceFrom(pieces, spec.start); i < pieces.length && pieces[i].start < spec.end; i++) {
      const { node } = pieces[i];
      if (isBlockGap(node, root)) continue;
      // Neighbouring pieces of one highlight under the same parent share a mark.
      if (last && last.nextSibling === node) {
        last.appendChild(node);
        continue;
      }
      const parent = node.parentNode;
      if (!parent) continue;
      last = created === createdBefore ? makeMark(doc, spec, true) : (template.cloneNode(false) as HTMLElement);
      parent.insertBefore(last, node);
      last.appendChild(node);
      created++;
    }
  }
  return created;
}

/** Every mark of one highlight, in document order. */
export function marksOf(root: ParentNode, id: string): HTMLElement[] {
  // Ids are letters, digits and dashes (IdSchema), so they go into a selector as they are.
  if (/^[A-Za-z0-9-]+$/.test(id)) return Array.from(root.querySelectorAll<HTMLElement>(`mark[${MARK_ATTRIBUTE}="${id}"]`));
  return Array.from(root.querySelectorAll<HTMLElement>(`mark[${MARK_ATTRIBUTE}]`)).filter((mark) => mark.getAttribute(MARK_ATTRIBUTE) === id);
}

/** Takes a highlight's marks out, leaving their text where it was (and merging the split Text nodes again). */
export function unpaintHighlight(root: ParentNode, id: string): void {
  const parents = new Set<Node>();
  for (const mark of marksOf(root, id)) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}

/** Takes every highlight out. */
export function unpaintAll(root: Element): void {
  const marks = root.querySelectorAll(`mark[${MARK_ATTRIBUTE}]`);
  if (marks.length === 0) return;
  for (const mark of Array.from(marks)) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
  }
  root.normalize();
}

/** Restyles a painted highlight (new colour, note) without touching the text. */
export function restyleHighlight(root: ParentNode, spec: Pick<HighlightSpec, 'id' | 'className' | 'attributes'>, previous?: Readonly<Record<string, string>>): void {
  marksOf(root, spec.id).forEach((mark, index) => {
    mark.className = spec.className;
    if (index > 0) return;
    if (previous) for (const name of Object.keys(previous)) if (!spec.attributes || !(name in spec.attributes)) mark.removeAttribute(name);
    if (spec.attributes) for (const [name, value] of Object.entries(spec.attributes)) mark.setAttribute(name, value);
  });
}
