/** Random highlights on the fixtures: whatever the spans, the export marks exactly them and keeps the prose. */
import { describe, expect, it } from 'vitest';
import { Marked } from 'marked';
import markedFootnote from 'marked-footnote';
import { JSDOM } from 'jsdom';
import { annotatedMarkdown } from '../../shared/export/annotated-markdown.js';
import { describeSpan } from '../../shared/anchoring/describe-selectors.js';
import type { Annotation, Article } from '../../shared/model.js';
import { exportLibrary } from './export-fixture.js';

function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

function randomAnnotations(article: Article, count: number, next: () => number): Annotation[] {
  const { text } = article;
  const cuts = Array.from({ length: count * 2 }, () => Math.floor(next() * text.length)).sort((a, b) => a - b);
  const annotations: Annotation[] = [];
  for (let i = 0; i < cuts.length; i += 2) {
    let [start, end] = [cuts[i], cuts[i + 1]];
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end <= start || end - start > 400) continue;
    // A mark cannot go inside a code span, so one that starts or ends there covers the whole span (tested in export.test.ts).
    const code = text.indexOf('Belawan');
    if (code !== -1 && ((start > code && start < code + 7) || (end > code && end < code + 7))) continue;
    annotations.push({
      id: `annotation-${String(i).padStart(4, '0')}`, articleId: article.id, kind: 'highlight', status: 'anchored', color: 'yellow',
      note: next() < 0.5 ? `note ${i} with *emphasis*` : '', tags: [], target: { selector: describeSpan(text, start, end) },
      created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z',
    });
  }
  return annotations;
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('export of random highlights', () => {
  it('marks exactly the highlighted text and keeps the prose, for 40 random sets per fixture', async () => {
    const { library, sampleId, mdId } = await exportLibrary();
    const marked = new Marked({ gfm: true }).use(markedFootnote());
    for (const id of [sampleId, mdId]) {
      const { article } = await library.get(id);
      for (let seed = 1; seed <= 40; seed++) {
        const annotations = randomAnnotations(article, 6, random(seed * 7919));
        const md = annotatedMarkdown(article, annotations, 'gfm');
        // Apart from the front matter (which names the style), the two styles differ only in their marks.
        const body = (s: string) => s.replace(/^---\n[\s\S]*?\n---\n/, '');
        expect(body(annotatedMarkdown(article, annotations, 'obsidian')).replace(/==/g, '')).toBe(body(md).replace(/<\/?mark>/g, ''));
        const document = new JSDOM(`<body>${marked.parse(md.replace(/^---\n[\s\S]*?\n---\n/, ''), { async: false }) as string}</body>`).window.document;
        document.querySelectorAll('.footnotes, sup').forEach((n) => n.remove());
        const marks = [...document.querySelectorAll('mark')].map((m) => m.textContent ?? '').join('');
        // Marks may widen over syntax (emphasis, links, code) or split around it, never cover other text.
        const bare = (s: string) => s.replace(/\s+/g, '');
        expect(bare(marks), `seed ${seed}`).toBe(bare(annotations.map((a) => a.target.selector[0].exact).join('')));
        expect(flat(document.body.textContent ?? ''), `seed ${seed}`).toBe(flat(article.text));
      }
    }
    await library.close();
  });
});
