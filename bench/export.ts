/**
 * Export benchmark (issue 6). Two measurements, each beside a baseline from the same run:
 * - One 10,000-word article with 1,000 annotations (notes, translations, tags, some across
 *   paragraphs) exported as annotated markdown. Ours maps the text to the markdown once and inserts
 *   every mark in one pass; the baseline is the straightforward exporter that, for each annotation,
 *   finds its place in the markdown again (a fresh text→source map) and splices its marks into the
 *   string by concatenation.
 * - A library of 1,000 articles exported to a folder through export.library (temp file + fsync +
 *   rename per file, four at a time), counting the progress callbacks; the baseline is this
 *   repository's previous `tandai export --all --out` path: per article export.article and
 *   articles.get through dispatchCall, then the files written one after another.
 * Informational rows: the quotes digest and W3C JSON of the big article, and reading the export back.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { annotatedMarkdown } from '../shared/export/annotated-markdown.js';
import { exportIndex, uniqueFileNames } from '../shared/export/export-article.js';
import { quotesDigest } from '../shared/export/quotes-digest.js';
import { w3cCollection } from '../shared/export/w3c-annotations.js';
import { mapTextToSource, sourcePieces } from '../shared/export/text-to-source.js';
import { footnoteBodies } from '../shared/export/annotated-markdown.js';
import { readTandaiExport } from '../shared/import/read-tandai-export.js';
import { describeSpan } from '../shared/anchoring/describe-selectors.js';
import { sortInTextOrder } from '../shared/anchoring/reanchor-annotations.js';
import { dispatchCall } from '../shared/dispatch-call.js';
import { HIGHLIGHT_COLORS, SCHEMA_VERSION, summarize, type Annotation, type Article, type ArticleFile } from '../shared/model.js';
import { parse as parseYaml } from 'yaml';
import { canonicalTextInNode } from '../electron/dom/node-dom.js';
import { countWords } from '../electron/import/draft-to-article.js';
import { Library } from '../electron/library/library.js';
import { createHandlers } from '../electron/handlers.js';
import { exportToFolder } from '../electron/export-folder.js';
import { writeExportFile } from '../electron/export-command.js';
import { collectGarbage, type Row } from './results.js';
import { seededRandom } from './seeded-random.js';

const BIG_WORDS = 10_000;
const BIG_ANNOTATIONS = 1_000;
const LIBRARY_SIZE = 1_000;
const LIBRARY_WORDS = 800;
const LIBRARY_ANNOTATIONS = 10;
const RUNS = 7;

type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)];
const WORDS = ['kopi', 'harga', 'petani', 'pasar', 'ekspor', 'Aceh', 'Gayo', 'naik', 'turun', 'tahun', 'ini', 'yang', 'dan', 'di', 'untuk', 'pemerintah', 'data', 'laporan', 'Meta', 'Scale', 'AI', 'startup', 'investasi', 'triliun', 'rupiah', 'menurut', 'kata', 'juru', 'bicara'];
const NOTES = ['Penting untuk bab dua.', 'Check this *number* against the 2021 report.', 'Kutipan bagus: [sumber](https://example.com/a).', 'Compare with the earlier article.'];
const TAGS = ['kutipan', 'data', 'method', 'todo', 'sumber'];

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Markdown paragraphs with some emphasis and links (so the text→source map has work to do). */
function markdownOf(rand: Rand, words: number): string {
  const paragraphs: string[] = [];
  let total = 0;
  while (total < words) {
    const n = 40 + Math.floor(rand() * 80);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const w = pick(rand, WORDS);
      const r = rand();
      parts.push(r < 0.02 ? `**${w}**` : r < 0.04 ? `*${w}*` : r < 0.05 ? `[${w}](https://example.com/${i})` : w);
    }
    total += n;
    paragraphs.push(`${parts.join(' ')}.`);
  }
  return `# Judul artikel\n\n${paragraphs.join('\n\n')}\n`;
}

function article(rand: Rand, words: number, index: number): Article {
  const markdown = markdownOf(rand, words);
  const text = canonicalTextInNode(markdown);
  const stamp = new Date(Date.UTC(2025, 0, 1) + index * 60_000).toISOString();
  return {
    id: `bench-${String(index).padStart(6, '0')}-${randomUUID().slice(0, 8)}`,
    title: `Harga ${pick(rand, WORDS)} ${pick(rand, WORDS)} ${index % 7 === 0 ? 'naik' : pick(rand, WORDS)}`,
    byline: 'Sari Dewi',
    site: 'kabar.example.id',
    sourceUrl: `https://kabar.example.id/${index}`,
    importedAt: stamp,
    updatedAt: stamp,
    lang: 'id',
    format: 'markdown',
    markdown,
    text,
    wordCount: countWords(text),
    tags: [],
  };
}

function annotations(rand: Rand, a: Article, count: number): Annotation[] {
  const spans = [...a.text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const);
  return sortInTextOrder(
    Array.from({ length: count }, () => {
      const i = Math.floor(rand() * spans.length);
      // Mostly a few words; one in ten runs on for up to 60 words, often into the next paragraph.
      const j = Math.min(spans.length - 1, i + Math.floor(rand() * (rand() < 0.1 ? 60 : 12)));
      const [start, end] = [spans[i][0], spans[j][1]];
      return {
        id: randomUUID(),
        articleId: a.id,
        kind: 'highlight' as const,
        target: { selector: describeSpan(a.text, start, end) },
        status: 'anchored' as const,
        color: pick(rand, HIGHLIGHT_COLORS),
        note: rand() < 0.3 ? pick(rand, NOTES) : '',
        tags: rand() < 0.25 ? [pick(rand, TAGS)] : [],
        ...(rand() < 0.1 ? { translation: { text: 'The price of coffee rose again.', from: 'id' as const, to: 'en' as const } } : {}),
        created: a.importedAt,
        updated: a.importedAt,
      };
    }),
  );
}

/**
 * The naive exporter: for each annotation (last first, so earlier offsets stay valid) map the text
 * to the markdown again and splice the marks in by string concatenation; footnotes appended.
 */
function naiveAnnotatedMarkdown(a: Article, list: readonly Annotation[]): string {
  let markdown = a.markdown;
  const sorted = sortInTextOrder([...list]);
  const footnotes: string[] = [];
  const refsOf = sorted.map((annotation) =>
    footnoteBodies(annotation).map((body) => {
      footnotes.push(`[^${footnotes.length + 1}]: ${body}`);
      return `[^${footnotes.length}]`;
    }),
  );
  for (let k = sorted.length - 1; k >= 0; k--) {
    const { start, end } = sorted[k].target.selector[1];
    const map = mapTextToSource(a.text, markdown);
    const pieces = sourcePieces(a.text, map, start, end);
    for (let p = pieces.length - 1; p >= 0; p--) {
      const piece = pieces[p];
      const refs = p === pieces.length - 1 ? refsOf[k].join('') : '';
      markdown = markdown.slice(0, piece.start) + '==' + markdown.slice(piece.start, piece.end) + '==' + refs + markdown.slice(piece.end);
    }
  }
  return `${markdown}\n\n${footnotes.join('\n\n')}\n`;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn: () => unknown, runs = RUNS): number {
  fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

async function makeLibrary(root: string): Promise<string[]> {
  const rand = seededRandom(0xe8907);
  const dir = path.join(root, 'library');
  await fs.mkdir(path.join(dir, 'articles'), { recursive: true });
  const summaries = [];
  const ids: string[] = [];
  let pending: Promise<void>[] = [];
  for (let i = 0; i < LIBRARY_SIZE; i++) {
    const a = article(rand, LIBRARY_WORDS, i);
    const list = annotations(rand, a, LIBRARY_ANNOTATIONS);
    const file: ArticleFile = { schemaVersion: SCHEMA_VERSION, article: a, annotations: list };
    summaries.push(summarize(a, list));
    ids.push(a.id);
    pending.push(fs.writeFile(path.join(dir, 'articles', `${a.id}.json`), JSON.stringify(file)));
    if (pending.length >= 64) {
      await Promise.all(pending);
      pending = [];
    }
  }
  await Promise.all(pending);
  await fs.writeFile(path.join(dir, 'library.json'), JSON.stringify({ schemaVersion: SCHEMA_VERSION, articles: summaries }));
  return ids;
}

/** This repository's previous `export --all --out`: everything through dispatchCall, then one write after another. */
async function previousFolderExport(library: Library, ids: readonly string[], dir: string): Promise<void> {
  const handlers = createHandlers(library);
  const exported = [];
  for (const id of ids) {
    const file = await dispatchCall(handlers, 'export.article', { id, format: 'md', style: 'obsidian' });
    const got = await dispatchCall(handlers, 'articles.get', { id });
    if (!file.ok || !got.ok) throw new Error(`export of ${id} failed`);
    exported.push({ ...(file.value as { fileName: string; content: string }), got: got.value as { article: Article; annotations: Annotation[] } });
  }
  await fs.mkdir(dir, { recursive: true });
  const names = uniqueFileNames(exported.map((e) => e.fileName), ['index.md']);
  for (const [i, e] of exported.entries()) await writeExportFile(path.join(dir, names[i]), e.content, false);
  await writeExportFile(
    path.join(dir, 'index.md'),
    exportIndex(exported.map((e, i) => ({ article: e.got.article, fileName: names[i], annotationCount: e.got.annotations.length }))),
    false,
  );
}

export async function benchExport(): Promise<Row[]> {
  const rows: Row[] = [];
  const rand = seededRandom(0xe4907);
  const big = article(rand, BIG_WORDS, 0);
  const list = annotations(rand, big, BIG_ANNOTATIONS);
  log(`  big article: ${big.wordCount} words, ${big.markdown.length} characters of markdown, ${list.length} annotations`);
  collectGarbage();
  const oursMs = time(() => annotatedMarkdown(big, list, 'obsidian'));
  const naiveMs = time(() => naiveAnnotatedMarkdown(big, list), 1);
  rows.push({ bench: 'export', metric: `one article, ${BIG_ANNOTATIONS} annotations → annotated md`, ours: oursMs, baseline: naiveMs, unit: 'ms', better: 'lower', target: 100, note: `median of ${RUNS}; baseline: re-map per annotation + string splicing, 1 run` });
  rows.push({ bench: 'export', metric: `one article, ${BIG_ANNOTATIONS} annotations → quotes digest`, ours: time(() => quotesDigest(big, list)), baseline: null, unit: 'ms', better: 'lower', target: null, note: 'informational' });
  rows.push({ bench: 'export', metric: `one article, ${BIG_ANNOTATIONS} annotations → W3C JSON-LD`, ours: time(() => JSON.stringify(w3cCollection(big, list))), baseline: null, unit: 'ms', better: 'lower', target: null, note: 'informational' });
  const exported = annotatedMarkdown(big, list, 'obsidian');
  const front = /^---\n([\s\S]*?)\n---\n/.exec(exported)!;
  rows.push({
    bench: 'export',
    metric: 'read the export back (YAML front matter, marks, footnotes)',
    ours: time(() => readTandaiExport(parseYaml(front[1]) as Record<string, unknown>, exported.slice(front[0].length))),
    baseline: null,
    unit: 'ms',
    better: 'lower',
    target: null,
    note: 'informational; without rebuilding the canonical text',
  });

  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'tandai-bench-export-'));
  try {
    log(`  generating a library of ${LIBRARY_SIZE} articles…`);
    const ids = await makeLibrary(root);
    const library = await Library.open(path.join(root, 'library'), { mode: 'read' });
    try {
      collectGarbage();
      let callbacks = 0;
      let started = performance.now();
      const result = await exportToFolder(library, { dir: path.join(root, 'out-ours'), format: 'md', style: 'obsidian', overwrite: false }, () => callbacks++);
      const oursS = (performance.now() - started) / 1000;
      if (result.count !== LIBRARY_SIZE) throw new Error(`exported ${result.count} articles, expected ${LIBRARY_SIZE}`);
      collectGarbage();
      started = performance.now();
      await previousFolderExport(library, ids, path.join(root, 'out-baseline'));
      const baselineS = (performance.now() - started) / 1000;
      rows.push({ bench: 'export', metric: `library of ${LIBRARY_SIZE} articles → folder`, ours: oursS, baseline: baselineS, unit: 's', better: 'lower', target: 10, note: 'baseline: the previous sequential CLI path' });
      rows.push({ bench: 'export', metric: `progress callbacks, ${LIBRARY_SIZE} articles`, ours: callbacks, baseline: null, unit: 'calls', better: 'higher', target: LIBRARY_SIZE, note: 'one per article, plus the start' });
      const written = (await fs.readdir(path.join(root, 'out-ours'))).length;
      if (written !== LIBRARY_SIZE + 1) throw new Error(`the folder has ${written} files, expected ${LIBRARY_SIZE + 1}`);
    } finally {
      await library.close();
    }
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
  return rows;
}
