/**
 * Where the reader is in an article, as one number from 0 to 1 (articles.setProgress stores it):
 * the share of the canonical text above the top of the window, 1 once the end is reached.
 * Measured in text rather than pixels, so the place survives a different font size or window width,
 * and the blocks off screen (content-visibility: auto, sized by estimate) do not skew it.
 */

interface Block {
  element: Element;
  /** Offset in the body's text where the block starts, and its text length. */
  start: number;
  length: number;
}

const cache = new WeakMap<HTMLElement, { childCount: number; total: number; blocks: Block[] }>();

/** The body's top-level elements with their text offsets (cached until the body's children change). */
function blocksOf(body: HTMLElement): { total: number; blocks: Block[] } {
  const cached = cache.get(body);
  if (cached && cached.childCount === body.childNodes.length) return cached;
  const blocks: Block[] = [];
  let offset = 0;
  for (const node of Array.from(body.childNodes)) {
    const length = node.textContent?.length ?? 0;
    if (node instanceof Element) blocks.push({ element: node, start: offset, length });
    offset += length;
  }
  const entry = { childCount: body.childNodes.length, total: offset, blocks };
  cache.set(body, entry);
  return entry;
}

/** The top of the reading area: below the sticky app header. */
function viewportTop(): number {
  const header = document.querySelector('.app-header');
  return header ? header.getBoundingClientRect().bottom : 0;
}

/** Whether the page is scrolled to its end (or has nothing to scroll). */
function atEnd(): boolean {
  const scroller = document.scrollingElement ?? document.documentElement;
  return scroller.scrollTop + window.innerHeight >= scroller.scrollHeight - 4;
}

export function readingProgress(body: HTMLElement): number {
  const { total, blocks } = blocksOf(body);
  if (total === 0 || blocks.length === 0) return 0;
  if (atEnd()) return 1;
  const top = viewportTop();
  // The first block whose bottom is below the top line (blocks stand in vertical order).
  let lo = 0;
  let hi = blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].element.getBoundingClientRect().bottom > top) {
      found = mid;
      hi = mid - 1;
    } else {
      lo = mid + 1;
    }
  }
  if (found < 0) return 1;
  const block = blocks[found];
  const rect = block.element.getBoundingClientRect();
  const inside = rect.height > 0 ? Math.max(0, Math.min(1, (top - rect.top) / rect.height)) : 0;
  return Math.max(0, Math.min(1, (block.start + inside * block.length) / total));
}

/** Scrolls so the text at `progress` sits at the top of the reading area. */
export function scrollToProgress(body: HTMLElement, progress: number): void {
  const { total, blocks } = blocksOf(body);
  if (total === 0 || progress <= 0) return;
  if (progress >= 1) {
    window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
    return;
  }
  const offset = progress * total;
  const block = blocks.find((b) => b.start + b.length > offset) ?? blocks.at(-1);
  if (!block) return;
  const place = () => {
    const rect = block.element.getBoundingClientRect();
    const inside = block.length > 0 ? Math.max(0, Math.min(1, (offset - block.start) / block.length)) : 0;
    window.scrollBy({ top: rect.top + inside * rect.height - viewportTop(), behavior: 'instant' });
  };
  place();
  // Blocks near the target take their real size only once on screen: settle once more.
  requestAnimationFrame(place);
}
