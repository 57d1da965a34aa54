/**
 * The storage benchmark: does adding a highlight stay fast as the library grows, and how long does a
 * cold process need to list the library? Ours (one file per article + library.json index) is measured
 * through the real API path (dispatchCall → handlers → Library); the baseline is the obvious design,
 * a single lowdb db.json holding every article with its annotations, fed identical data.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { Library } from '../electron/library/library.js';
import { createHandlers } from '../electron/handlers.js';
import { newId, countWords } from '../electron/import/draft-to-article.js';
import { dispatchCall } from '../shared/dispatch-call.js';
import { describeSpan } from '../shared/anchoring/describe-selectors.js';
import {
  ArticleFileSchema,
  HIGHLIGHT_COLORS,
  SCHEMA_VERSION,
  summarize,
  type Annotation,
  type Article,
  type ArticleFile,
} from '../shared/model.js';
import { collectGarbage, type Row } from './results.js';
import { seededRandom } from './seeded-random.js';

const DEFAULT_SIZES = [100, 1_000, 10_000];
const WORDS_PER_ARTICLE = 800;
const HIGHLIGHTS_PER_ARTICLE = 10;
const OUR_WRITES = 300;
/**
 * Our writes are timed in this many rounds of OUR_WRITES, and p50/p95 are the median over rounds:
 * fsync latency on a shared machine comes in bursts, and one burst should not decide the result.
 */
const OUR_ROUNDS = 3;
const OUR_LISTING_RUNS = 7;
const BASELINE_LISTING_RUNS = 3;
/** A lowdb write rewrites the whole library (~2 s at 10,000 articles: db.json is ~200 MB), so the baseline gets fewer samples there. */
const baselineWrites = (size: number) => (size <= 100 ? 300 : size <= 1_000 ? 50 : 10);
/**
 * Untimed writes before the timed ones, so JIT warm-up and the once-per-session `library.dirty`
 * marker are not billed to whichever size happens to run first (they would distort the growth ratio).
 */
const warmupWrites = (count: number) => Math.max(1, Math.round(count / 30));

const TARGET_SIZE = 10_000;
const TARGET_WRITE_P95_MS = 5;
const TARGET_COLD_LISTING_MS = 150;
const TARGET_GROWTH = 1.5;

type BaselineArticle = Article & { annotations: Annotation[] };
interface BaselineDb {
  articles: BaselineArticle[];
}

const log = (line: string) => process.stderr.write(`[bench store] ${line}\n`);

// ---- deterministic text ----


type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)];
const randInt = (rand: Rand, min: number, max: number) => min + Math.floor(rand() * (max - min + 1));

const ID_WORDS = (
  'yang dan di ke dari untuk dengan pada adalah ini itu tidak akan sudah juga dalam bisa ada karena oleh sebagai ' +
  'mereka kami kita saya anda orang pemerintah masyarakat kota desa negara rakyat sekolah rumah pasar jalan sungai ' +
  'hutan laut pulau gunung kebijakan ekonomi pendidikan kesehatan pertanian nelayan petani guru murid pekerja ' +
  'pembangunan anggaran laporan penelitian data hasil tahun bulan minggu hari pagi malam musim hujan kemarau banjir ' +
  'harga beras minyak listrik air bersih transportasi kereta bus sepeda motor pelabuhan bandara wisata budaya bahasa ' +
  'sejarah cerita berita warga anak-anak ibu-ibu perempuan laki-laki generasi muda baru lama besar kecil tinggi ' +
  'rendah penting mudah sulit cepat lambat banyak sedikit semua beberapa setiap menurut bahwa namun tetapi sehingga ' +
  'meskipun kemudian selama sejak hingga tentang antara terhadap membangun meningkatkan mengurangi menjelaskan ' +
  'mengatakan menunjukkan membutuhkan menghadapi menerima memberikan menggunakan mempelajari membaca menulis ' +
  'berbicara bekerja belajar tinggal datang pergi kembali terus masih hanya lebih paling sangat cukup hampir'
).split(' ');

const EN_WORDS = (
  'the and of to in for with on is that this it was not will have has been from by as they we our people ' +
  'government community city village country school house market road river forest sea island mountain policy ' +
  'economy education health agriculture fishermen farmers teachers students workers development budget report ' +
  'research data results year month week day morning night season rain drought flood price rice oil electricity ' +
  'clean water transport train bus bicycle harbour airport tourism culture language history story news residents ' +
  'children mothers women men generation young new old large small high low important easy difficult fast slow ' +
  'many few all several every according however but although because while since until about between toward ' +
  'build increase reduce explain said showed need face receive give use study read write speak work learn live ' +
  'come go return still only more most very enough almost local national regional public private rural urban ' +
  'well-known long-term small-scale often rarely usually already never perhaps together across along within'
).split(' ');

const NAMES = ['Sari', 'Budi', 'Wulan', 'Agus', 'Dewi', 'Rahmat', 'Putri', 'Hendra', 'Maya', 'Yusuf', 'Jakarta', 'Surabaya', 'Makassar', 'Medan', 'Yogyakarta', 'Bandung', 'Kupang', 'Ambon'];
const SITES = ['kabar.example.id', 'harian.example.id', 'warta.example.com', 'news.example.org', 'journal.example.net'];
const NOTES = ['Penting untuk bab dua.', 'Check this number against the 2021 report.', 'Kutipan bagus.', 'Compare with the earlier article.', 'Bandingkan dengan data BPS.'];
const TAGS = ['kutipan', 'data', 'method', 'todo', 'sumber', 'question'];

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function sentence(rand: Rand, words: readonly string[]): string {
  const n = randInt(rand, 7, 20);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    let w = rand() < 0.06 ? pick(rand, NAMES) : pick(rand, words);
    if (i < n - 1 && rand() < 0.07) w += ',';
    parts.push(w);
  }
  if (rand() < 0.08) parts.push(String(randInt(rand, 2, 2024)));
  return `${capitalize(parts.join(' '))}${rand() < 0.1 ? '?' : '.'}`;
}

/** Plain paragraphs of about WORDS_PER_ARTICLE words, with no markdown syntax in them. */
function paragraphs(rand: Rand, words: readonly string[]): string[] {
  const goal = randInt(rand, WORDS_PER_ARTICLE - 100, WORDS_PER_ARTICLE + 100);
  const out: string[] = [];
  let total = 0;
  while (total < goal) {
    const sentences: string[] = [];
    const n = randInt(rand, 2, 7);
    for (let i = 0; i < n; i++) sentences.push(sentence(rand, words));
    const p = sentences.join(' ');
    total += countWords(p);
    out.push(p);
  }
  return out;
}

/** A random span of 1–12 whole words inside one paragraph of `text`. */
function randomSpan(rand: Rand, text: string, wordSpans: Array<[number, number]>): { start: number; end: number } {
  const i = Math.floor(rand() * wordSpans.length);
  let j = Math.min(wordSpans.length - 1, i + randInt(rand, 0, 11));
  while (j > i && text.slice(wordSpans[i][0], wordSpans[j][1]).includes('\n')) j--;
  return { start: wordSpans[i][0], end: wordSpans[j][1] };
}

function wordSpansOf(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(/\S+/g)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

function makeAnnotation(rand: Rand, article: Article, span: { start: number; end: number }, when: string): Annotation {
  return {
    id: randomUUID(),
    articleId: article.id,
    kind: 'highlight',
    target: { selector: describeSpan(article.text, span.start, span.end) },
    status: 'anchored',
    color: pick(rand, HIGHLIGHT_COLORS),
    note: rand() < 0.3 ? pick(rand, NOTES) : '',
    tags: rand() < 0.25 ? [pick(rand, TAGS)] : [],
    created: when,
    updated: when,
  };
}

function makeArticleFile(rand: Rand, index: number): ArticleFile {
  const lang = rand() < 0.6 ? 'id' : 'en';
  const words = lang === 'id' ? ID_WORDS : EN_WORDS;
  const paras = paragraphs(rand, words);
  const text = paras.join('\n');
  const markdown = paras.join('\n\n');
  const stamp = new Date(Date.UTC(2023, 0, 1) + index * 37 * 60_000).toISOString();
  const title = capitalize(Array.from({ length: randInt(rand, 3, 9) }, () => pick(rand, words)).join(' '));
  const article: Article = {
    id: newId(),
    title,
    byline: rand() < 0.7 ? `${pick(rand, NAMES)} ${pick(rand, NAMES)}` : undefined,
    site: rand() < 0.8 ? pick(rand, SITES) : undefined,
    sourceUrl: rand() < 0.5 ? `https://${pick(rand, SITES)}/${index}` : undefined,
    sourceFile: rand() < 0.5 ? `article-${index}.txt` : undefined,
    publishedAt: rand() < 0.5 ? stamp.slice(0, 10) : undefined,
    importedAt: stamp,
    updatedAt: stamp,
    lang,
    format: 'text',
    markdown,
    text,
    wordCount: countWords(text),
    tags: rand() < 0.2 ? [pick(rand, TAGS)] : [],
  };
  for (const key of Object.keys(article) as Array<keyof Article>) if (article[key] === undefined) delete article[key];
  const spans = wordSpansOf(text);
  const annotations = Array.from({ length: HIGHLIGHTS_PER_ARTICLE }, () => makeAnnotation(rand, article, randomSpan(rand, text, spans), stamp));
  annotations.sort((a, b) => a.target.selector[1].start - b.target.selector[1].start);
  return { schemaVersion: SCHEMA_VERSION, article, annotations };
}

// ---- generation (not timed) ----

interface Generated {
  oursDir: string;
  baselineFile: string;
  ids: string[];
  texts: string[];
}

export async function generate(root: string, size: number, withBaseline = true): Promise<Generated> {
  const rand = seededRandom(0x7a4d41 ^ size);
  const oursDir = path.join(root, `ours-${size}`);
  const articlesDir = path.join(oursDir, 'articles');
  await fs.mkdir(articlesDir, { recursive: true });
  const baselineFile = path.join(root, `baseline-${size}.json`);
  const baseline: BaselineDb = { articles: [] };
  const ids: string[] = [];
  const texts: string[] = [];
  const started = performance.now();
  let pending: Promise<void>[] = [];
  for (let i = 0; i < size; i++) {
    const file = makeArticleFile(rand, i);
    if (i === 0) ArticleFileSchema.parse(file); // the generator must produce files the app accepts
    ids.push(file.article.id);
    texts.push(file.article.text);
    if (withBaseline) baseline.articles.push({ ...file.article, annotations: file.annotations });
    pending.push(fs.writeFile(path.join(articlesDir, `${file.article.id}.json`), JSON.stringify(file)));
    if (pending.length >= 64) {
      await Promise.all(pending);
      pending = [];
    }
    if ((i + 1) % 2_000 === 0) log(`  generated ${i + 1}/${size} articles`);
  }
  await Promise.all(pending);
  if (!withBaseline) return { oursDir, baselineFile, ids, texts };
  const db = new Low<BaselineDb>(new JSONFile<BaselineDb>(baselineFile), { articles: [] });
  db.data = baseline;
  await db.write();
  const bytes = (await fs.stat(baselineFile)).size;
  log(`  generated ${size} articles in ${((performance.now() - started) / 1000).toFixed(1)} s (baseline db.json ${(bytes / 1e6).toFixed(1)} MB)`);
  return { oursDir, baselineFile, ids, texts };
}

/**
 * Before a timed phase: flush the untimed setup's writes to disk and collect its garbage. Without this the
 * kernel is still writing back the freshly generated library while we time fsync-heavy writes, and V8 is
 * still collecting ~400 MB of generator garbage (slower scavenges); both pushed p95 @10000 from ~2 ms to 4–8 ms.
 */
export function settle(): void {
  const started = performance.now();
  if (process.platform !== 'win32') execFileSync('sync');
  collectGarbage();
  log(`  settle (sync + GC) before timing: ${(performance.now() - started).toFixed(0)} ms`);
}

// ---- statistics ----

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  // Nearest rank: with 10 samples p95 is the slowest one.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
const median = (samples: readonly number[]) => percentile(samples, 50);
const describeSamples = (samples: readonly number[]) =>
  `p50 ${percentile(samples, 50).toFixed(2)} ms, p95 ${percentile(samples, 95).toFixed(2)} ms, max ${Math.max(...samples).toFixed(2)} ms`;

interface WritePlan {
  id: string;
  span: { start: number; end: number };
}

function planWrites(seed: number, data: Generated, count: number): WritePlan[] {
  const rand = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const at = Math.floor(rand() * data.ids.length);
    const text = data.texts[at];
    return { id: data.ids[at], span: randomSpan(rand, text, wordSpansOf(text)) };
  });
}

// ---- ours ----

/**
 * One untimed round on a small library before the real sizes, so V8 has optimised the whole write path
 * (zod, handlers, Library, fs wrappers) before anything is timed. Without it the first size measured
 * pays for JIT warm-up and looks slower than 10,000 articles, which skews the growth ratio.
 */
async function warmUpProcess(root: string): Promise<void> {
  const started = performance.now();
  const data = await generate(path.join(root, 'warm-up'), 64, false);
  const library = await Library.open(data.oursDir, { mode: 'write' });
  const handlers = createHandlers(library);
  for (const { id, span } of planWrites(0x3a3a, data, 600)) {
    const envelope = await dispatchCall(handlers, 'annotations.create', { articleId: id, target: span });
    if (!envelope.ok) throw new Error(`annotations.create failed: ${envelope.error.message}`);
  }
  await library.close();
  for (let run = 0; run < 20; run++) {
    const reader = await Library.open(data.oursDir, { mode: 'read' });
    reader.list();
    await reader.close();
  }
  await fs.rm(path.join(root, 'warm-up'), { recursive: true, force: true });
  log(`process warm-up (untimed): ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function measureOurs(size: number, data: Generated) {
  let started = performance.now();
  const library = await Library.open(data.oursDir, { mode: 'write' });
  const rebuildMs = performance.now() - started;
  if (library.list().length !== size) throw new Error(`index rebuild found ${library.list().length} of ${size} articles`);
  log(`  ours: index rebuild ${rebuildMs.toFixed(0)} ms`);

  const handlers = createHandlers(library);
  const warmup = warmupWrites(OUR_WRITES);
  const plan = planWrites(0x0a11 ^ size, data, warmup + OUR_ROUNDS * OUR_WRITES);
  const create = async (n: number) => {
    const { id, span } = plan[n];
    const params = { articleId: id, target: span, color: HIGHLIGHT_COLORS[n % HIGHLIGHT_COLORS.length], note: n % 4 === 0 ? 'Catatan singkat.' : '', tags: [] };
    const begun = performance.now();
    const envelope = await dispatchCall(handlers, 'annotations.create', params);
    if (!envelope.ok) throw new Error(`annotations.create failed: ${envelope.error.message}`);
    return performance.now() - begun;
  };
  const warmupMs: number[] = [];
  for (let n = 0; n < warmup; n++) warmupMs.push(await create(n));
  log(`  ours: ${warmup} warm-up writes (untimed): ${warmupMs.map((ms) => ms.toFixed(1)).join(', ')} ms`);
  const p50s: number[] = [];
  const p95s: number[] = [];
  for (let round = 0; round < OUR_ROUNDS; round++) {
    const writes: number[] = [];
    for (let n = 0; n < OUR_WRITES; n++) writes.push(await create(warmup + round * OUR_WRITES + n));
    p50s.push(percentile(writes, 50));
    p95s.push(percentile(writes, 95));
    log(`  ours: round ${round + 1}/${OUR_ROUNDS}, ${writes.length} annotation writes, ${describeSamples(writes)}`);
  }
  await library.close();

  const listings: number[] = [];
  for (let run = 0; run < OUR_LISTING_RUNS; run++) {
    started = performance.now();
    const reader = await Library.open(data.oursDir, { mode: 'read' });
    const count = reader.list().length;
    listings.push(performance.now() - started);
    await reader.close();
    if (count !== size) throw new Error(`cold listing found ${count} of ${size} articles`);
  }
  log(`  ours: cold listing median ${median(listings).toFixed(1)} ms (runs: ${listings.map((ms) => ms.toFixed(1)).join(', ')})`);
  return { rebuildMs, writeP50: median(p50s), writeP95: median(p95s), writeP95Rounds: p95s, listing: median(listings) };
}

// ---- baseline: one lowdb file ----

async function measureBaseline(size: number, data: Generated) {
  const db = new Low<BaselineDb>(new JSONFile<BaselineDb>(data.baselineFile), { articles: [] });
  await db.read();
  const count = baselineWrites(size);
  const warmup = warmupWrites(count);
  const plan = planWrites(0xba5e ^ size, data, warmup + count);
  const rand = seededRandom(0xc0102 ^ size);
  const writes: number[] = [];
  for (const [n, { id, span }] of plan.entries()) {
    const started = performance.now();
    const article = db.data.articles.find((a) => a.id === id);
    if (!article) throw new Error(`baseline lost article ${id}`);
    const now = new Date().toISOString();
    article.annotations.push(makeAnnotation(rand, article, span, now));
    article.annotations.sort((a, b) => a.target.selector[1].start - b.target.selector[1].start);
    await db.write();
    if (n >= warmup) writes.push(performance.now() - started);
  }
  log(`  baseline: ${writes.length} annotation writes after ${warmup} untimed, ${describeSamples(writes)}`);

  const listings: number[] = [];
  for (let run = 0; run < BASELINE_LISTING_RUNS; run++) {
    const started = performance.now();
    const cold = new Low<BaselineDb>(new JSONFile<BaselineDb>(data.baselineFile), { articles: [] });
    await cold.read();
    const summaries = cold.data.articles.map((a) => summarize(a, a.annotations));
    summaries.sort((a, b) => b.importedAt.localeCompare(a.importedAt));
    listings.push(performance.now() - started);
    if (summaries.length !== size) throw new Error(`baseline listing found ${summaries.length} of ${size} articles`);
  }
  log(`  baseline: cold listing median ${median(listings).toFixed(1)} ms (runs: ${listings.map((ms) => ms.toFixed(1)).join(', ')})`);
  return { writeP50: percentile(writes, 50), writeP95: percentile(writes, 95), listing: median(listings), writeCount: writes.length };
}

function sizesFromEnv(): number[] {
  const raw = process.env.BENCH_SIZES;
  if (!raw) return DEFAULT_SIZES;
  const sizes = raw.split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`BENCH_SIZES must be positive integers separated by commas, not "${raw}"`);
  return sizes;
}

export async function benchStore(): Promise<Row[]> {
  const sizes = sizesFromEnv();
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'tandai-bench-store-'));
  const rows: Row[] = [];
  const row = (metric: string, ours: number, baseline: number | null, target: number | null, note?: string, unit = 'ms'): Row => ({
    bench: 'store',
    metric,
    ours,
    baseline,
    unit,
    better: 'lower',
    target,
    ...(note ? { note } : {}),
  });
  const p95BySize = new Map<number, { ours: number; baseline: number }>();
  try {
    await warmUpProcess(root);
    for (const size of sizes) {
      log(`${size} articles: generating in ${root}`);
      let data: Generated | undefined = await generate(root, size);
      settle();
      const ours = await measureOurs(size, data);
      settle();
      const base = await measureBaseline(size, data);
      data = undefined;
      await fs.rm(path.join(root, `ours-${size}`), { recursive: true, force: true });
      await fs.rm(path.join(root, `baseline-${size}.json`), { force: true });
      const atTarget = size === TARGET_SIZE;
      rows.push(
        row(`index rebuild @${size}`, ours.rebuildMs, null, null, 'first open, no library.json'),
        row(`write p50 @${size}`, ours.writeP50, base.writeP50, null, `ours: median of ${OUR_ROUNDS} rounds × ${OUR_WRITES}; baseline n=${base.writeCount}`),
        row(`write p95 @${size}`, ours.writeP95, base.writeP95, atTarget ? TARGET_WRITE_P95_MS : null, `rounds ${ours.writeP95Rounds.map((ms) => ms.toFixed(1)).join('/')}`),
        row(`cold listing @${size}`, ours.listing, base.listing, atTarget ? TARGET_COLD_LISTING_MS : null),
      );
      p95BySize.set(size, { ours: ours.writeP95, baseline: base.writeP95 });
    }
    const smallest = Math.min(...sizes);
    const largest = Math.max(...sizes);
    if (largest > smallest) {
      const lo = p95BySize.get(smallest)!;
      const hi = p95BySize.get(largest)!;
      rows.push(row(`write p95 growth ${smallest}→${largest}`, hi.ours / lo.ours, hi.baseline / lo.baseline, TARGET_GROWTH, undefined, '×'));
    }
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
  return rows;
}
