/**
 * Highlights drawn into a real DOM (jsdom, no mocks): offsets ↔ ranges, marks in several pieces
 * across formatting and blocks, overlaps, and taking marks out again. The invariants checked on
 * every case: the text (textContent) never changes, each highlight's marks cover exactly its span
 * minus the white space between blocks, and no mark ever holds a block.
 */
import DOMPurify from 'dompurify';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderArticleHtml } from '../../shared/markdown/render-article.js';
import {
  isBlockGap,
  marksOf,
  paintHighlights,
  restyleHighlight,
  unpaintAll,
  unpaintHighlight,
  type HighlightSpec,
} from '../../renderer/highlights/paint-highlights.js';
import { buildTextMap, pointToOffset, rangeToSpan, spanToRange, trimSpan } from '../../renderer/highlights/text-map.js';
import { SAMPLE } from '../helpers/temp-library.js';
import { paintCases } from './paint-highlights.cases.js';

const { window } = new JSDOM('<!doctype html><html><body></body></html>');
const document = window.document;
const purify = DOMPurify(window as unknown as Window & typeof globalThis);

function rootWith(html: string): HTMLElement {
  const root = document.createElement('article');
  root.innerHTML = html;
  return root;
}

function spanOf(text: string, from: string, to: string): { start: number; end: number } {
  const start = text.indexOf(from);
  const toAt = text.indexOf(to, start);
  if (start === -1 || toAt === -1) throw new Error(`"${from}"…"${to}" is not in the text`);
  return { start, end: toAt + to.length };
}

const BLOCK_SELECTOR = 'p, li, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, pre, table, tr, td, th, div';

/** For every highlight id, the set of text offsets its marks cover. */
function coverage(root: HTMLElement): Map<string, Set<number>> {
  const map = buildTextMap(root);
  const covered = new Map<string, Set<number>>();
  map.nodes.forEach((node, index) => {
    for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
      const id = el.getAttribute('data-annotation-id');
      if (!id) continue;
      const set = covered.get(id) ?? new Set<number>();
      for (let i = 0; i < node.data.length; i++) set.add(map.starts[index] + i);
      covered.set(id, set);
    }
  });
  return covered;
}

/** Offsets of white space between blocks: counted in the text, never marked. */
function gapOffsets(root: HTMLElement): Set<number> {
  const map = buildTextMap(root);
  const gaps = new Set<number>();
  map.nodes.forEach((node, index) => {
    if (isBlockGap(node, root)) for (let i = 0; i < node.data.length; i++) gaps.add(map.starts[index] + i);
  });
  return gaps;
}

function checkInvariants(root: HTMLElement, text: string, specs: readonly HighlightSpec[]) {
  expect(root.textContent).toBe(text);
  const covered = coverage(root);
  const gaps = gapOffsets(root);
  for (const spec of specs) {
    const want = new Set<number>();
    for (let i = spec.start; i < spec.end; i++) if (!gaps.has(i)) want.add(i);
    expect([...(covered.get(spec.id) ?? [])].sort((a, b) => a - b), `coverage of ${spec.id}`).toEqual([...want].sort((a, b) => a - b));
  }
  for (const mark of Array.from(root.querySelectorAll('mark'))) {
    expect(mark.querySelector(BLOCK_SELECTOR), 'a mark holding a block').toBeNull();
    expect(['UL', 'OL', 'TABLE', 'TBODY', 'THEAD', 'TR', 'COLGROUP'].includes(mark.parentElement!.tagName), 'a mark directly in a list or table').toBe(false);
    expect(mark.textContent).not.toBe('');
  }
}

const spec = (id: string, span: { start: number; end: number }): HighlightSpec => ({
  id,
  ...span,
  className: `hl hl-${id}`,
  attributes: { 'aria-description': `note ${id}` },
});

describe('text offsets ↔ DOM ranges', () => {
  const documents = [
    '<p>Hello <em>big</em> world</p>\n<p>Second <a href="#">link <strong>deep</strong></a>.</p>',
    '<ul>\n<li>one</li>\n<li><em>two</em> three</li>\n</ul>\n<p></p><p>x</p>',
    '<h1>T</h1><p>a<br>b</p><pre><code>c\n d</code></pre>',
  ];

  it.each(documents)('round-trips every span of %s', (html) => {
    const root = rootWith(html);
    const text = root.textContent!;
    const map = buildTextMap(root);
    expect(map.length).toBe(text.length);
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) {
        const range = spanToRange(map, { start, end })!;
        expect(range.toString(), `${start}-${end}`).toBe(text.slice(start, end));
        expect(rangeToSpan(map, range)).toEqual({ start, end });
      }
    }
  });

  it('maps element boundary points and points outside the root', () => {
    const root = rootWith('<p>ab<em>cd</em></p>\n<p>ef</p>');
    document.body.append(root);
    const map = buildTextMap(root);
    const [p1, , p2] = Array.from(root.childNodes);
    expect(pointToOffset(map, root, 0)).toBe(0);
    expect(pointToOffset(map, p1, 1)).toBe(2); // before <em>
    expect(pointToOffset(map, p1, 2)).toBe(4); // after <em>: where "\n" starts
    expect(pointToOffset(map, root, 2)).toBe(5); // before the second <p>
    expect(pointToOffset(map, p2, 1)).toBe(7);
    expect(pointToOffset(map, root, root.childNodes.length)).toBe(7);
    // A selection that starts before the article or ends after it is clipped to it.
    const before = document.createElement('h1');
    const after = document.createElement('footer');
    document.body.prepend(before);
    document.body.append(after);
    expect(pointToOffset(map, before, 0)).toBe(0);
    expect(pointToOffset(map, after, 0)).toBe(7);
    expect(pointToOffset(map, document.body, document.body.childNodes.length)).toBe(7);
    document.body.replaceChildren();
  });

  it('trims white space (a triple-click takes the line break too)', () => {
    expect(trimSpan(' ab \n', { start: 0, end: 5 })).toEqual({ start: 1, end: 3 });
    expect(trimSpan('   ', { start: 0, end: 3 })).toEqual({ start: 3, end: 3 });
  });
});

describe('painting highlights', () => {
  it.each(paintCases)('$label', ({ html, highlights, expect: expected }) => {
    const root = rootWith(html);
    const text = root.textContent!;
    const specs = highlights.map((h) => spec(h.id, spanOf(text, h.from, h.to)));
    paintHighlights(root, specs);
    checkInvariants(root, text, specs);
    for (const [id, { pieces, parents }] of Object.entries(expected)) {
      const marks = marksOf(root, id);
      expect(marks.map((m) => m.textContent)).toEqual(pieces);
      if (parents) expect(marks.map((m) => m.parentElement!.tagName)).toEqual(parents);
      // Every piece has the classes; only the first is described (a screen reader announces it once).
      marks.forEach((mark, index) => {
        expect(mark.className).toBe(`hl hl-${id}`);
        expect(mark.getAttribute('aria-description')).toBe(index === 0 ? `note ${id}` : null);
      });
    }
    // Taking them out leaves the very same HTML.
    for (const h of highlights) unpaintHighlight(root, h.id);
    expect(root.innerHTML).toBe(html);
  });

  it('takes one highlight out and leaves the overlapping one whole', () => {
    const html = '<p>Alpha <em>beta gamma</em> delta.</p>\n<p>Epsilon zeta.</p>';
    const root = rootWith(html);
    const text = root.textContent!;
    const a = spec('a', spanOf(text, 'beta', 'Epsilon'));
    const b = spec('b', spanOf(text, 'gamma', 'zeta'));
    paintHighlights(root, [a, b]);
    unpaintHighlight(root, 'a');
    expect(marksOf(root, 'a')).toEqual([]);
    checkInvariants(root, text, [b]);
    // Painting it again on top works as the first time.
    paintHighlights(root, [a]);
    checkInvariants(root, text, [a, b]);
    unpaintAll(root);
    expect(root.innerHTML).toBe(html);
  });

  it('restyles marks in place', () => {
    const root = rootWith('<p>one <em>two</em> three</p>');
    const text = root.textContent!;
    paintHighlights(root, [spec('a', spanOf(text, 'one', 'three'))]);
    restyleHighlight(root, { id: 'a', className: 'hl hl-blue', attributes: { 'aria-description': 'Blue' } }, { 'aria-description': 'note a' });
    expect(marksOf(root, 'a').map((m) => [m.className, m.getAttribute('aria-description')])).toEqual([
      ['hl hl-blue', 'Blue'],
      ['hl hl-blue', null],
      ['hl hl-blue', null],
    ]);
  });

  it('skips empty and out-of-range highlights', () => {
    const root = rootWith('<p>short</p>');
    expect(paintHighlights(root, [spec('e', { start: 2, end: 2 }), spec('o', { start: 3, end: 99 })])).toBe(1);
    expect(marksOf(root, 'o').map((m) => m.textContent)).toEqual(['rt']);
    expect(marksOf(root, 'e')).toEqual([]);
  });

  it('keeps every invariant with 300 random, overlapping highlights over the rendered sample article', () => {
    const markdown = `${readFileSync(SAMPLE, 'utf8')}\n\n- a *list* item\n- and **another** one\n\n> a quoted [link](https://example.org) line\n\n| a | b |\n|---|---|\n| c | d |\n`;
    const html = renderArticleHtml(markdown, purify);
    const root = rootWith(html);
    const text = root.textContent!;
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const specs: HighlightSpec[] = [];
    for (let i = 0; i < 300; i++) {
      const start = Math.floor(random() * (text.length - 1));
      const length = 1 + Math.floor(random() * (random() < 0.1 ? 800 : 80));
      specs.push(spec(`h${i}`, { start, end: Math.min(text.length, start + length) }));
    }
    // In two batches, as the reader does when highlights are added later.
    paintHighlights(root, specs.slice(0, 200));
    paintHighlights(root, specs.slice(200));
    checkInvariants(root, text, specs);
    // Remove every third, then everything.
    for (const s of specs.filter((_, i) => i % 3 === 0)) unpaintHighlight(root, s.id);
    checkInvariants(root, text, specs.filter((_, i) => i % 3 !== 0));
    unpaintAll(root);
    expect(root.innerHTML).toBe(html);
  });
});
