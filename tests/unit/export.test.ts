import { describe, expect, it } from 'vitest';
import { Marked, type TokenizerAndRendererExtension } from 'marked';
import markedFootnote from 'marked-footnote';
import { JSDOM } from 'jsdom';
import { parse as parseYaml } from 'yaml';
import { annotatedMarkdown } from '../../shared/export/annotated-markdown.js';
import { quoteBlock, quotesDigest } from '../../shared/export/quotes-digest.js';
import { w3cCollection } from '../../shared/export/w3c-annotations.js';
import { exportArticle, safeFileStem, uniqueFileNames } from '../../shared/export/export-article.js';
import { sortInTextOrder } from '../../shared/anchoring/reanchor-annotations.js';
import type { Annotation } from '../../shared/model.js';
import { textChecksum } from '../../shared/export/tandai-export-data.js';
import { fileNameCases, styleCases } from './export.cases.js';
import { exportLibrary } from './export-fixture.js';

/** Obsidian's ==highlight==, as Obsidian reads it, so the obsidian style can be render-checked too. */
const obsidianHighlight: TokenizerAndRendererExtension = {
  name: 'obsidianHighlight',
  level: 'inline',
  start: (src) => src.indexOf('=='),
  tokenizer(src) {
    const m = /^==(?!=)([\s\S]+?)==/.exec(src);
    if (m) return { type: 'obsidianHighlight', raw: m[0], tokens: this.lexer.inlineTokens(m[1]) };
  },
  renderer(token) {
    return `<mark>${this.parser.parseInline(token.tokens ?? [])}</mark>`;
  },
};

function render(markdown: string) {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const marked = new Marked({ gfm: true }).use(markedFootnote()).use({ extensions: [obsidianHighlight] });
  const dom = new JSDOM(`<body>${marked.parse(body, { async: false }) as string}</body>`);
  return dom.window.document;
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The passages the export should have marked: overlapping ones are merged into the earlier mark. */
const quotes = (annotations: Annotation[]) => sortInTextOrder([...annotations]).map((a) => flat(a.target.selector[0].exact));

describe('annotated markdown export', () => {
  it.each(styleCases)('$style renders through marked with marked-footnote with no syntax left over', async ({ style, marks, leftovers }) => {
    const { library, sampleId, mdId } = await exportLibrary();
    for (const id of [sampleId, mdId]) {
      const { article, annotations } = await library.get(id);
      const markdown = annotatedMarkdown(article, annotations, style);
      const document = render(markdown);
      // Footnotes read as the note and translation say, literal "==" or "[^1]" included.
      const footnotes = [...document.querySelectorAll('.footnotes li')].map((li) => flat((li.textContent ?? '').replace('↩', '')));
      const bodies = sortInTextOrder([...annotations]).flatMap((a) => [
        ...(a.note ? [flat(a.note.replace(/[*]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'))] : []),
        ...(a.translation ? [`${a.translation.to.toUpperCase()}: ${flat(a.translation.text)}`] : []),
      ]);
      expect(footnotes).toEqual(bodies);
      document.querySelectorAll('.footnotes').forEach((n) => n.remove());
      const prose = document.body.textContent ?? '';
      for (const leftover of leftovers) expect(prose, `${style}: ${leftover}`).not.toContain(leftover);
      // Each mark holds a piece of a highlight; together, in order, they are the highlights.
      const marked = [...document.querySelectorAll('mark')].map((m) => flat(m.textContent ?? ''));
      if (marks) expect(flat(marked.join(' '))).toBe(flat(quotes(annotations).join(' ')));
      else expect(marked).toEqual([]);
      // The prose itself is the article's text, nothing added (junk the import removed stays out).
      document.querySelectorAll('sup').forEach((n) => n.remove());
      expect(flat(document.body.textContent ?? '')).toBe(flat(article.text));
    }
    await library.close();
  });

  it('writes the front matter, a footnote per note and translation, and one footnote for a highlight across paragraphs', async () => {
    const { library, sampleId, mdId } = await exportLibrary();
    const sample = await library.get(sampleId);
    const md = annotatedMarkdown(sample.article, sample.annotations, 'obsidian');
    const front = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(md)![1]);
    expect(front).toEqual({
      title: sample.article.title,
      site: 'KabaSumbar',
      imported: sample.article.importedAt,
      lang: 'id',
      tags: [],
      tandai: { version: 2, id: sampleId, export: 'article', style: 'obsidian', text: textChecksum(sample.article.text), annotations: expect.any(Array) },
    });
    // One line of machine data per annotation: where it is, its colour, tags and footnotes.
    expect(front.tandai.annotations).toEqual(
      sortInTextOrder([...sample.annotations]).map((a) => expect.objectContaining({ at: `${a.target.selector[1].start}-${a.target.selector[1].end}`, color: a.color })),
    );
    expect(md).toMatch(/^    - \{ at: \d+-\d+, color: yellow, tags: \[ meta, deal \], note: 1 \}$/m);
    expect(md).toContain('==guna memimpin divisi AI canggih Meta.==\n\n==Namun, langkah ini==[^2]');
    expect(md).toContain('==“Netralitas kini keharusan bagi lab AI.”==[^3]');
    expect(md).toContain('[^3]: EN: Neutrality is now a must for AI labs.');
    expect(md.match(/\[\^2\]/g)).toHaveLength(2);

    const coffee = await library.get(mdId);
    const gfm = annotatedMarkdown(coffee.article, coffee.annotations, 'gfm');
    expect(parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(gfm)![1])).toMatchObject({ title: 'Coffee in *Aceh*', author: 'Sari Dewi', source: 'https://example.com/coffee', lang: 'en' });
    // Marks wrap emphasis and whole links, keep escapes whole, and stay out of code spans.
    expect(gfm).toContain('The <mark>**coffee harvest** in [Aceh](https://example.com/aceh "Aceh province")</mark>[^1] was');
    expect(gfm).toContain('- Prices rose by <mark>10\\-15% in *Takengon*;</mark>\n- <mark>traders paid in cash & kind</mark>[^2].');
    expect(gfm).toContain('<mark>`Belawan` port</mark>[^3]');
    // Note syntax that would look like a mark or a footnote is escaped; translations are plain text.
    expect(gfm).toContain('[^1]: Uses =\\= and \\[^1] *literally*.');
    expect(gfm).toContain('[^2]: ID: 10-15% di Takengon; pedagang membayar \\*tunai\\*');
    await library.close();
  });

  it('puts an orphaned annotation after the text, still with its note', async () => {
    const { library, mdId } = await exportLibrary();
    const { article, annotations } = await library.get(mdId);
    const orphan = { ...annotations[2], status: 'orphan' as const };
    const md = annotatedMarkdown(article, [orphan], 'gfm');
    expect(md).not.toContain('<mark>');
    expect(md).toMatch(/> Belawan port\[\^1\]\n\n\[\^1\]: Near Medan\.\n$/);
    await library.close();
  });
});

describe('quotes digest', () => {
  it('lists the annotations in text order with translation, note and citation; Copy quote gives the same block', async () => {
    const { library, sampleId } = await exportLibrary();
    const { article, annotations } = await library.get(sampleId);
    const digest = quotesDigest(article, annotations);
    const blocks = sortInTextOrder([...annotations]).map((a) => quoteBlock(article, a));
    for (const block of blocks) expect(digest).toContain(block);
    const at = blocks.map((b) => digest.indexOf(b));
    expect(at).toEqual([...at].sort((x, y) => x - y));
    const netral = annotations.find((a) => a.translation)!;
    expect(quoteBlock(article, netral)).toBe(
      `> “Netralitas kini keharusan bagi lab AI.”\n>\n> *EN:* Neutrality is now a must for AI labs.\n>\n> — “${article.title}”, KabaSumbar`,
    );
    const across = annotations.find((a) => a.note === 'Spans two paragraphs.')!;
    expect(quoteBlock(article, across)).toContain('> guna memimpin divisi AI canggih Meta.\n>\n> Namun, langkah ini\n>\n> **Note:** Spans two paragraphs.');
    const document = render(digest);
    expect(document.querySelectorAll('blockquote')).toHaveLength(annotations.length);
    await library.close();
  });
});

describe('W3C Web Annotation export', () => {
  it('is an AnnotationCollection with quote and position selectors and typed bodies', async () => {
    const { library, sampleId } = await exportLibrary();
    const { article, annotations } = await library.get(sampleId);
    const collection = w3cCollection(article, annotations);
    expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 4 });
    const items = collection.first.items;
    for (const item of items) {
      expect(item.type).toBe('Annotation');
      expect(item.target.source).toBe(`urn:tandai:article:${sampleId}`);
      const [quote, position] = item.target.selector as [{ type: string; exact: string }, { type: string; start: number; end: number }];
      expect(quote.type).toBe('TextQuoteSelector');
      expect(position.type).toBe('TextPositionSelector');
      expect(article.text.slice(position.start, position.end)).toBe(quote.exact);
    }
    expect(items[0].body).toEqual([
      { type: 'TextualBody', value: 'The *deal* in one line: [source](https://example.com).', format: 'text/markdown', purpose: 'commenting' },
      { type: 'TextualBody', value: 'meta', purpose: 'tagging' },
      { type: 'TextualBody', value: 'deal', purpose: 'tagging' },
    ]);
    expect(items.find((i) => i.body?.some((b) => b.purpose === 'translating'))!.body).toEqual([
      { type: 'TextualBody', value: 'Neutrality is now a must for AI labs.', language: 'en', purpose: 'translating' },
    ]);
    await library.close();
  });
});

describe('export file names', () => {
  it.each(fileNameCases)('makes $titles safe and unique', ({ titles, names }) => {
    // index.md is the folder's own, so an article called "index" gets another name.
    expect(uniqueFileNames(titles.map((t, i) => `${safeFileStem(t, `x${i}`)}.md`), ['index.md'])).toEqual(names);
  });
});

// On our own hand-written article, not the sample: the sample is a real news story, which the
// repository must not carry a copy of (render checks above cover the sample itself).
describe('golden exports', () => {
  // Ids and dates fixed so the files stay the same; `npx vitest run -u` rewrites them after a deliberate change.
  it.each(['md:obsidian', 'md:gfm', 'md:plain', 'quotes:obsidian', 'json:obsidian'] as const)('%s', async (kind) => {
    const [format, style] = kind.split(':') as ['md' | 'quotes' | 'json', 'obsidian' | 'gfm' | 'plain'];
    const { library, mdId } = await exportLibrary();
    const { article, annotations } = await library.get(mdId);
    await library.close();
    const fixed = { ...article, id: 'coffee-article-0001', importedAt: '2026-01-01T00:00:00.000Z' };
    const fixedAnnotations = sortInTextOrder([...annotations]).map((a, i) => ({
      ...a, id: `annotation-${String(i + 1).padStart(4, '0')}`, articleId: fixed.id, created: '2026-01-02T00:00:00.000Z', updated: '2026-01-03T00:00:00.000Z',
    }));
    const { content, fileName } = exportArticle(fixed, fixedAnnotations, format, style);
    const extension = fileName.slice(fileName.lastIndexOf('.'));
    await expect(content).toMatchFileSnapshot(`../golden/export/coffee-${format}-${style}${extension}`);
  });
});
