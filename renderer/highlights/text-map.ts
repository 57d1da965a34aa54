/**
 * Offsets into the canonical text ↔ positions in the DOM. The canonical text is the textContent
 * of the article root, so an offset counts the characters of every Text node before it in document
 * order. Everything takes the root as a parameter and uses no globals (no `document`, no `NodeFilter`),
 * so the same code runs on Chromium's DOM in the reader and on jsdom in the unit tests.
 */

/** NodeFilter.SHOW_TEXT, written out so the module needs no DOM globals. */
const SHOW_TEXT = 0x4;
const TEXT_NODE = 3;

export interface TextMap {
  root: Node;
  /** Non-empty Text nodes under root, in document order. */
  nodes: Text[];
  /** starts[i] is the offset of nodes[i]'s first character. */
  starts: number[];
  /** Length of the whole text (root.textContent.length). */
  length: number;
}

export interface TextSpan {
  start: number;
  end: number;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

export function buildTextMap(root: Node): TextMap {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text.data.length === 0) continue;
    nodes.push(text);
    starts.push(length);
    length += text.data.length;
  }
  return { root, nodes, starts, length };
}

/** Index of the last node whose start is ≤ offset (binary search); -1 when there is none. */
function lastStartAtOrBefore(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map.starts[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * The DOM point for an offset. `bias: 'forward'` (for a start) puts an offset that falls between two
 * nodes at the beginning of the next one; 'backward' (for an end) at the end of the previous one,
 * so a range never begins or ends in a node it does not cover.
 */
export function offsetToPoint(map: TextMap, offset: number, bias: 'forward' | 'backward'): DomPoint | null {
  if (map.nodes.length === 0 || offset < 0 || offset > map.length) return null;
  let index = lastStartAtOrBefore(map, offset);
  if (index === -1) index = 0;
  if (bias === 'backward' && index > 0 && map.starts[index] === offset) index -= 1;
  if (bias === 'forward' && offset - map.starts[index] === map.nodes[index].data.length && index + 1 < map.nodes.length) index += 1;
  return { node: map.nodes[index], offset: offset - map.starts[index] };
}

/** Where `node` sits in `map.nodes`, or -1. Linear in the worst case, but tries the usual neighbours first. */
function indexOfNode(map: TextMap, node: Text, hint = -1): number {
  if (hint >= 0 && map.nodes[hint] === node) return hint;
  return map.nodes.indexOf(node);
}

/** The first Text node at or after the boundary point (container, offset) in document order, inside root. */
function firstTextAtOrAfter(root: Node, container: Node, offset: number): Text | null {
  let next: Node | null = container.childNodes[offset] ?? null;
  if (!next) {
    // The point is after container's last child: continue after container's subtree.
    let up: Node | null = container;
    while (up && up !== root && !up.nextSibling) up = up.parentNode;
    if (!up || up === root) return null;
    next = up.nextSibling;
  }
  if (!next) return null;
  if (next.nodeType === TEXT_NODE && (next as Text).data.length > 0) return next as Text;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  walker.currentNode = next;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).data.length > 0) return node as Text;
  }
  return null;
}

/**
 * The text offset of a DOM boundary point. Points before the root clamp to 0, points after it
 * to the end, so a selection that runs past the article still maps to the part inside it.
 */
export function pointToOffset(map: TextMap, container: Node, offset: number): number {
  const { root } = map;
  const doc = root.ownerDocument ?? (root as Document);
  const whole = doc.createRange();
  whole.selectNodeContents(root);
  const where = whole.comparePoint(container, offset);
  if (where < 0) return 0;
  if (where > 0) return map.length;
  if (container.nodeType === TEXT_NODE) {
    const index = indexOfNode(map, container as Text);
    // An empty Text node is not in the map: it sits where the next text starts.
    if (index === -1) {
      const after = firstTextAtOrAfter(root, container, 0);
      const at = after ? indexOfNode(map, after) : -1;
      return at === -1 ? map.length : map.starts[at];
    }
    return map.starts[index] + Math.min(offset, (container as Text).data.length);
  }
  const after = firstTextAtOrAfter(root, container, offset);
  if (!after) return map.length;
  const index = indexOfNode(map, after);
  return index === -1 ? map.length : map.starts[index];
}

/** A DOM range → offsets of the canonical text (clamped to the root). */
export function rangeToSpan(map: TextMap, range: { startContainer: Node; startOffset: number; endContainer: Node; endOffset: number }): TextSpan {
  const start = pointToOffset(map, range.startContainer, range.startOffset);
  const end = pointToOffset(map, range.endContainer, range.endOffset);
  return start <= end ? { start, end } : { start: end, end: start };
}

/** Offsets of the canonical text → a DOM Range, or null when they are out of bounds. */
export function spanToRange(map: TextMap, span: TextSpan): Range | null {
  if (span.start > span.end) return null;
  const start = offsetToPoint(map, span.start, 'forward');
  const end = offsetToPoint(map, span.end, span.end === span.start ? 'forward' : 'backward');
  if (!start || !end) return null;
  const doc = map.root.ownerDocument ?? (map.root as Document);
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}

/** Shrinks a span so it neither starts nor ends with white space (a triple-click takes the line break too). */
export function trimSpan(text: string, span: TextSpan): TextSpan {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
