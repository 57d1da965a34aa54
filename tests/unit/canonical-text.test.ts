import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import createDOMPurify from 'dompurify';
import { canonicalTextInNode } from '../../electron/dom/node-dom.js';
import { articleFromBytes } from '../../electron/import/import-file.js';
import { CHUNK_BLOCKS, markdownToHtml, markdownToHtmlChunks, renderArticleHtml } from '../../shared/markdown/render-article.js';
import { REPO, SAMPLE } from '../helpers/fixtures.js';

/** The canonical text as the reader computes it: the whole article rendered at once. */
function wholeText(markdown: string): string {
  const { window } = new JSDOM('');
  const div = window.document.createElement('div');
  div.innerHTML = renderArticleHtml(markdown, createDOMPurify(window as unknown as Window & typeof globalThis));
  return div.textContent ?? '';
}

const fixtureDir = path.join(REPO, 'tests', 'fixtures');
// Article fixtures only (tests/fixtures/library-v1/ is a whole library for the migration test).
const fixtures = [SAMPLE, ...readdirSync(fixtureDir).filter((n) => /\.(html?|txt|md)$/.test(n)).map((n) => path.join(fixtureDir, n))];

describe('the canonical text, built in chunks', () => {
  it.each(fixtures)('equals the whole-article text for %s', (file) => {
    const { markdown, text } = articleFromBytes(readFileSync(file), path.basename(file));
    expect(text).toBe(wholeText(markdown));
  });

  it('splits long articles into chunks whose HTML joins to the whole, reference links included', () => {
    const blocks = Array.from({ length: CHUNK_BLOCKS * 3 + 5 }, (_, i) => (i % 7 === 0 ? `## Bagian ${i}` : i % 5 === 0 ? `- butir [tautan][ref] ${i}\n- lagi` : `Paragraf ${i} dengan *penekanan* dan [tautan][ref].`));
    const markdown = `${blocks.join('\n\n')}\n\n[ref]: https://example.org/a "Judul"\n`;
    const chunks = markdownToHtmlChunks(markdown);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.join('')).toBe(markdownToHtml(markdown));
    expect(markdownToHtml(markdown)).toContain('href="https://example.org/a"');
    expect(canonicalTextInNode(markdown)).toBe(wholeText(markdown));
  });
});
