/**
 * Round-trip property: random annotations (seeded) on every fixture — overlapping, across
 * paragraphs, orphaned, with notes and translations full of markdown characters, odd tags and
 * speakers — exported in a random style and imported into a fresh library on disk come back the
 * same. Also through the CLI: `tandai export ID --out f.md`, then `tandai import f.md`.
 */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { seededRandom } from '../../bench/seeded-random.js';
import { annotatedMarkdown, EXPORT_STYLES } from '../../shared/export/annotated-markdown.js';
import { describeSpan } from '../../shared/anchoring/describe-selectors.js';
import { HIGHLIGHT_COLORS, type Annotation, type Article } from '../../shared/model.js';
import { Library } from '../../electron/library/library.js';
import { runCli } from '../../electron/cli.js';
import { FIXTURES, tempDir } from '../helpers/temp-library.js';
import { comparable, exportLibrary } from './export-fixture.js';

const WORDS = ['kopi', 'Aceh', '*penting*', '_catatan_', '**tebal**', '`kode`', '==', '[^1]', '<mark>', '</b>', '&amp;', 'a & b', '#1', '> kutip', '[tautan](https://example.com)', '\\', 'x_y_z', '~~coret~~', '|', 'harga 10-15%', 'O’Brien', 'naïve', '😀'];
const TAGS = ['ekonomi', 'AI', 'a tag', 'yes', '123', 'null', 'a, b', 'kutipan: penting', '#hash', 'Ümlaut'];

type Random = () => number;
const pick = <T,>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)];

function words(r: Random, count: number): string {
  return Array.from({ length: count }, () => pick(r, WORDS)).join(' ');
}

/** Text of one or more paragraphs, sometimes with line breaks or a list inside. */
function prose(r: Random): string {
  const paragraphs = Array.from({ length: 1 + Math.floor(r() * 3) }, () => {
    const lines = Array.from({ length: 1 + Math.floor(r() * 2) }, () => (r() < 0.2 ? '- ' : '') + words(r, 1 + Math.floor(r() * 8)));
    return lines.join('\n');
  });
  return paragraphs.join('\n\n');
}

function randomAnnotations(article: Article, r: Random): Annotation[] {
  const { text } = article;
  const count = 1 + Math.floor(r() * 12);
  const annotations: Annotation[] = [];
  for (let i = 0; i < count; i++) {
    let start = Math.floor(r() * text.length);
    // Short, paragraph-long or spanning several paragraphs; overlaps happen as they fall.
    let end = Math.min(text.length, start + 1 + Math.floor(r() * (r() < 0.2 ? 900 : 120)));
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end <= start) continue;
    const orphan = r() < 0.1;
    const kind = r() < 0.3 ? 'quote' : 'highlight';
    const selector = describeSpan(text, start, end);
    if (orphan) selector[0] = { ...selector[0], exact: words(r, 1 + Math.floor(r() * 6)) };
    const to = r() < 0.5 ? 'en' : 'id';
    annotations.push({
      id: `annotation-${String(i).padStart(4, '0')}`,
      articleId: article.id,
      kind,
      status: orphan ? 'orphan' : 'anchored',
      color: pick(r, HIGHLIGHT_COLORS),
      note: r() < 0.5 ? prose(r) : '',
      tags: r() < 0.4 ? [...new Set([pick(r, TAGS), pick(r, TAGS)])] : [],
      ...(r() < 0.4 ? { translation: { text: prose(r), from: to === 'en' ? 'id' : 'en', to } as const } : {}),
      ...(kind === 'quote' && r() < 0.5 ? { speaker: r() < 0.5 ? { name: 'Alexandr Wang', role: 'CEO, Scale AI' } : { name: 'Juru bicara: "Meta"' } } : {}),
      target: { selector },
      created: `2026-01-01T00:00:${String(i).padStart(2, '0')}.000Z`,
      updated: '2026-01-01T00:00:00.000Z',
    });
  }
  return annotations;
}

/** An orphan's quote comes back on one line (it is written as one blockquote paragraph). */
const normalized = (annotations: readonly Annotation[]) =>
  comparable(annotations).map((a) => (a.status === 'orphan' ? { ...a, quote: a.quote.replace(/\s+/g, ' ').trim() } : a));

describe('round trip of random annotations', () => {
  it('brings back the same quotes, notes, translations, colours, tags and speakers on every fixture', async () => {
    const { library } = await exportLibrary();
    for (const name of ['news-id.html', 'news-en.html']) {
      const outcome = await library.importBytes(await readFile(path.join('tests/fixtures', name)), name);
      expect(outcome.kind).toBe('imported');
    }
    const fresh = await Library.open(await tempDir(), { mode: 'write', addSample: false, indexDelayMs: 0 });
    let checked = 0;
    for (const summary of library.list()) {
      const { article } = await library.get(summary.id);
      for (let seed = 1; seed <= 12; seed++) {
        const r = seededRandom(seed * 7919 + article.text.length);
        const annotations = randomAnnotations(article, r);
        const style = pick(r, EXPORT_STYLES);
        const md = annotatedMarkdown(article, annotations, style);
        const outcome = await fresh.importBytes(Buffer.from(md), `${summary.id}-${seed}.md`, { allowDuplicates: true });
        if (outcome.kind !== 'imported') throw new Error(`seed ${seed} was not imported`);
        const back = await fresh.get(outcome.summary.id);
        const where = `${article.title} / seed ${seed} / ${style}`;
        expect(back.article.text, where).toBe(article.text);
        expect(normalized(back.annotations), where).toEqual(normalized(annotations));
        checked += annotations.length;
      }
    }
    expect(checked).toBeGreaterThan(200);
    await fresh.close();
    await library.close();
  });
});

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('tandai export, then tandai import', () => {
  it('recreates the article and its annotations in another library, and needs --force in the same one', async () => {
    const { library, sampleId, mdId } = await exportLibrary();
    const dir = library.dir;
    const originals = await Promise.all([sampleId, mdId].map((id) => library.get(id)));
    await library.close();
    const target = await tempDir();
    for (const [i, style] of (['obsidian', 'gfm'] as const).entries()) {
      const original = originals[i];
      const file = path.join(await tempDir(), 'f.md');
      expect((await cli('export', original.article.id, '--style', style, '--out', file, '--library', dir)).code).toBe(0);
      const imported = await cli('import', file, '--json', '--library', target);
      expect(imported.code, imported.err).toBe(0);
      const [{ id }] = JSON.parse(imported.out);
      const shown = JSON.parse((await cli('show', id, '--json', '--library', target)).out);
      expect(shown.article.text).toBe(original.article.text);
      const back = await Library.open(target, { mode: 'read' });
      expect(comparable((await back.get(id)).annotations)).toEqual(comparable(original.annotations));
      await back.close();
      // The same library already has it: a duplicate, refused unless --force.
      const again = await cli('import', file, '--library', dir);
      expect(again.code).toBe(1);
      expect(again.err).toContain('is already in the library');
      expect((await cli('import', file, '--force', '--library', dir)).code).toBe(0);
    }
    expect(FIXTURES).toBeTruthy();
  });
});
