/**
 * The round trip: Tandai's own annotated-markdown export, imported again, is the same article with
 * the same annotations — through the real importer and a real library on disk.
 */
import { describe, expect, it } from 'vitest';
import { annotatedMarkdown, type ExportStyle } from '../../shared/export/annotated-markdown.js';
import type { Annotation } from '../../shared/model.js';
import { Library } from '../../electron/library/library.js';
import { importFromBytes } from '../../electron/import/import-file.js';
import { tempDir } from '../helpers/temp-library.js';
import { comparable, exportLibrary } from './export-fixture.js';

const ROUND_TRIP_STYLES: ExportStyle[] = ['obsidian', 'gfm', 'plain'];

/** Markdown whose own text looks like export syntax: it must come back as text, not be stripped. */
const LOOK_ALIKES = `---
title: Look-alikes
---

Setext heading
==============

Equality: a == b and x === y, a <mark>tag</mark> shown as text, and a [^1] that is no footnote.

Code keeps \`a == b\` and \`<mark>\` as they are; a [link](https://example.com/?q==1) too.

Second paragraph with *emphasis* and **strong** words, then more words.
`;

describe('annotated markdown round trip', () => {
  it.each(ROUND_TRIP_STYLES)('%s: the article text and every annotation come back', async (style) => {
    const { library, call, sampleId, mdId } = await exportLibrary();
    const { article: sample } = await library.get(sampleId);
    // A quotation with a speaker, a multi-paragraph note and translation, and an orphan.
    await call('annotations.create', {
      articleId: sampleId,
      target: { exact: 'Scale AI', occurrence: 2 },
      kind: 'quote',
      color: 'orange',
      note: 'First paragraph.\n\nSecond, with `code` and a list:\n\n- one\n- two',
      translation: { text: 'Satu.\n\nDua & *tiga* [x]', from: 'en', to: 'id' },
    });
    await library.updateArticle(sampleId, (file) => {
      file.annotations[0].speaker = { name: 'Alexandr Wang', role: 'CEO' };
      file.annotations.push({ ...file.annotations[1], id: 'orphan-annotation-1', status: 'orphan', note: 'Lost *text*.', target: { selector: [{ ...file.annotations[1].target.selector[0], exact: 'a passage that # was <b>removed</b> & gone' }, file.annotations[1].target.selector[1]] } });
    });
    const target = await tempDir();
    const fresh = await Library.open(target, { mode: 'write', addSample: false, indexDelayMs: 0 });
    for (const id of [sampleId, mdId]) {
      const { article, annotations } = await library.get(id);
      const md = annotatedMarkdown(article, annotations, style);
      const outcome = await fresh.importBytes(Buffer.from(md), `${id}.md`);
      expect(outcome.kind).toBe('imported');
      const back = await fresh.get((outcome as { summary: { id: string } }).summary.id);
      expect(back.article.text).toBe(article.text);
      const meta = (a: typeof article) => ({ title: a.title, byline: a.byline, site: a.site, sourceUrl: a.sourceUrl, publishedAt: a.publishedAt, lang: a.lang, tags: a.tags });
      expect(meta(back.article)).toEqual(meta(article));
      expect(comparable(back.annotations)).toEqual(comparable(annotations));
      expect(back.annotations.every((a) => a.articleId === back.article.id)).toBe(true);
      // The index counts them too.
      expect(fresh.list().find((s) => s.id === back.article.id)?.annotationCount).toBe(annotations.length);
    }
    expect(sample.text.length).toBeGreaterThan(0);
    await fresh.close();
    await library.close();
  });

  it.each(ROUND_TRIP_STYLES)('%s: text that looks like marks or footnotes stays text', async (style) => {
    const { article, annotations } = importFromBytes(Buffer.from(LOOK_ALIKES), 'look-alikes.md');
    expect(annotations).toEqual([]);
    const text = article.text;
    /** From the first word to the last, whatever white space the text has between paragraphs. */
    const span = (quote: string) => {
      const [first, last] = quote.split(' … ');
      const start = text.indexOf(first);
      return { start, end: last ? text.indexOf(last, start) + last.length : start + first.length };
    };
    const made: Annotation[] = [
      ['a == b and x', 'yellow'],
      ['=== y, a <mark>tag</mark> shown', 'blue'],
      ['[^1] that', 'green'],
      ['Setext', 'purple'],
      ['keeps a == b and <mark> as', 'orange'],
      ['link too. … Second paragraph with emphasis', 'yellow'],
    ].map(([quote, color], i) => {
      const { start, end } = span(quote);
      expect(start, quote).toBeGreaterThanOrEqual(0);
      return {
        id: `annotation-${i}00000`, articleId: article.id, kind: 'highlight', status: 'anchored', color: color as Annotation['color'], note: i % 2 ? `note ${i} == [^2]` : '', tags: i === 3 ? ['a tag', 'x'] : [],
        target: { selector: [{ type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: '', suffix: '' }, { type: 'TextPositionSelector', start, end }] },
        created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z',
      };
    });
    const md = annotatedMarkdown(article, made, style);
    const back = importFromBytes(Buffer.from(md), 'export.md');
    expect(back.article.text).toBe(text);
    expect(comparable(back.annotations)).toEqual(comparable(made));
  });

  it.each(['obsidian', 'gfm'] as const)('%s: an edited file keeps each annotation on the words its marks cover', async (style) => {
    const { library, sampleId } = await exportLibrary();
    const { article, annotations } = await library.get(sampleId);
    const md = annotatedMarkdown(article, annotations, style);
    // Words added before every highlight, and one word changed inside the highlight across paragraphs.
    const edited = md
      .replace(/\n---\n\n/, '\n---\n\nA new first paragraph, added by hand.\n\n')
      .replace('AI canggih Meta.', 'AI terbaru Meta.');
    expect(edited).not.toBe(md);
    const back = importFromBytes(Buffer.from(edited), 'edited.md');
    expect(back.article.text).toContain('A new first paragraph, added by hand.');
    const expected = comparable(annotations).map((a) => ({ ...a, at: null, quote: a.quote.replace('AI canggih Meta.', 'AI terbaru Meta.') }));
    expect(comparable(back.annotations).map((a) => ({ ...a, at: null }))).toEqual(expected);
    for (const a of back.annotations) expect(back.article.text.slice(a.target.selector[1].start, a.target.selector[1].end)).toBe(a.target.selector[0].exact);
    await library.close();
  });

  it('plain style: an edited file keeps its article, but annotations without marks are not guessed', async () => {
    const { library, sampleId } = await exportLibrary();
    const { article, annotations } = await library.get(sampleId);
    const md = annotatedMarkdown(article, annotations, 'plain').replace('Scale AI, startup', 'Scale AI (edited), startup');
    const back = importFromBytes(Buffer.from(md), 'edited.md');
    expect(back.article.text).toContain('Scale AI (edited), startup');
    expect(back.annotations).toEqual([]);
    await library.close();
  });

  it('reads a version 1 export (no annotation data) as the markdown it is', () => {
    const md = '---\ntitle: Old\ntandai:\n  version: 1\n  id: abcdefgh\n  export: article\n---\n\nAn ==old== export[^1].\n\n[^1]: Its note.\n';
    const { article, annotations } = importFromBytes(Buffer.from(md), 'old.md');
    expect(article.markdown).toContain('An ==old== export[^1].');
    expect(annotations).toEqual([]);
  });

  it('reads ordinary markdown with a foreign `tandai` key as ordinary markdown', () => {
    const md = '---\ntitle: Mine\ntandai: yes\n---\n\nA ==highlight== of my own[^1].\n\n[^1]: Mine.\n';
    const { article, annotations } = importFromBytes(Buffer.from(md), 'mine.md');
    expect(article.markdown).toContain('==highlight==');
    expect(annotations).toEqual([]);
  });
});
