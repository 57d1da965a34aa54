/**
 * Rendering benchmark (issue 4): an article of 20,000 words with 1,000 highlights, from the data
 * arriving in the reader to the frame with the marks painted, in Chromium. The baseline is the same
 * article without highlights, in the same run. The app is the real one: the built renderer served by
 * `tandai serve`, driven by playwright-core in Debian's Chromium. The reader itself sets the
 * performance marks (components/article-reader.tsx: PERF_MARKS), from `articles.get` resolving to
 * a task after the next animation frame once the marks are in.
 *
 * Two ways to open an article are timed: in-app (the library → reader navigation a user makes, with
 * the page already warm) — the target rows — and after a full reload (cold JavaScript), informational.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { createHandlers } from '../electron/handlers.js';
import { Library } from '../electron/library/library.js';
import type { MethodName, ParamsIn, Result } from '../shared/api.js';
import { dispatchCall } from '../shared/dispatch-call.js';
import { HIGHLIGHT_COLORS } from '../shared/model.js';
import type { Row } from './results.js';
import { seededRandom } from './seeded-random.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/chromium.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const WORDS = 20_000;
const HIGHLIGHTS = 1_000;
const RUNS = 21;
const COLD_RUNS = 5;
const TARGET_MS = 150;
const TARGET_RATIO = 1.5;
const MEASURE = 'tandai:reader:data-to-paint';

const log = (line: string) => process.stderr.write(`[bench render-highlights] ${line}\n`);


const VOCABULARY = (
  'yang dan di untuk dari ini itu dengan akan pada dalam tidak juga sudah karena oleh bagi tahun pemerintah ' +
  'masyarakat kebijakan ekonomi daerah pembangunan teknologi data perusahaan investasi pasar harga kerja ' +
  'pendidikan kesehatan penelitian lingkungan energi laporan menurut sumber kepada setelah sebelum sementara ' +
  'Jakarta Indonesia Meta Google Reuters menteri presiden rakyat kota desa sungai gunung laut hutan pertanian'
).split(' ');

/** A realistic long article: headings, paragraphs of 40–140 words with emphasis and links, a few lists. */
function makeArticle(random: () => number): string {
  const word = () => VOCABULARY[Math.floor(random() * VOCABULARY.length)];
  const blocks: string[] = ['# Laporan panjang untuk uji kinerja'];
  let words = 0;
  let paragraph = 0;
  while (words < WORDS) {
    paragraph++;
    if (paragraph % 12 === 0) {
      blocks.push(`## ${word()} ${word()} ${word()}`);
      words += 3;
      continue;
    }
    if (paragraph % 17 === 0) {
      const items = 3 + Math.floor(random() * 3);
      const list: string[] = [];
      for (let i = 0; i < items; i++) {
        list.push(`- ${Array.from({ length: 6 + Math.floor(random() * 10) }, word).join(' ')}`);
        words += 10;
      }
      blocks.push(list.join('\n'));
      continue;
    }
    const length = 40 + Math.floor(random() * 100);
    const parts: string[] = [];
    for (let i = 0; i < length; i++) {
      const w = word();
      const roll = random();
      parts.push(roll < 0.02 ? `*${w}*` : roll < 0.03 ? `**${w}**` : roll < 0.035 ? `[${w}](https://example.org/${w})` : w);
    }
    parts[0] = parts[0][0].toUpperCase() + parts[0].slice(1);
    blocks.push(`${parts.join(' ')}.`);
    words += length;
  }
  return `${blocks.join('\n\n')}\n`;
}

type Call = <M extends MethodName>(method: M, params: ParamsIn<M>) => Promise<Result<M>>;

/** Builds the library in-process through the real handlers: the article twice, highlights on the first copy. */
async function prepareLibrary(dir: string): Promise<{ withHighlights: string; without: string; created: number }> {
  const library = await Library.open(dir, { mode: 'write', addSample: false });
  const handlers = createHandlers(library);
  const call: Call = async (method, params) => {
    const envelope = await dispatchCall(handlers, method, params);
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
    return envelope.value as Result<typeof method>;
  };
  try {
    const random = seededRandom(20_000);
    const markdown = makeArticle(random);
    const file = { name: 'long-article.md', dataBase64: Buffer.from(markdown, 'utf8').toString('base64') };
    const imported = await call('articles.import', { files: [file, { ...file, name: 'long-article-copy.md' }], allowDuplicates: true });
    const ids = imported.results.map((r) => ('id' in r ? r.id : null));
    if (!ids[0] || !ids[1]) throw new Error(`import failed: ${JSON.stringify(imported.results)}`);
    const { article } = await call('articles.get', { id: ids[0] });
    log(`article: ${article.wordCount} words, ${article.text.length} characters`);

    // Highlights on word boundaries: mostly a phrase, some a sentence or more (crossing paragraphs), some overlapping.
    const words = [...article.text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const started = performance.now();
    for (let i = 0; i < HIGHLIGHTS; i++) {
      const first = Math.floor(random() * (words.length - 60));
      const length = random() < 0.1 ? 30 + Math.floor(random() * 40) : 2 + Math.floor(random() * 15);
      const note = random() < 0.2 ? `Catatan *nomor* ${i}: ${VOCABULARY[i % VOCABULARY.length]}` : '';
      await call('annotations.create', {
        articleId: ids[0],
        target: { start: words[first].start, end: words[first + length].end },
        color: HIGHLIGHT_COLORS[i % HIGHLIGHT_COLORS.length],
        note,
        tags: random() < 0.1 ? [`tag-${i % 7}`] : [],
      });
    }
    log(`created ${HIGHLIGHTS} highlights through the API in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return { withHighlights: ids[0], without: ids[1], created: HIGHLIGHTS };
  } finally {
    await library.close();
  }
}

function startServer(dir: string): Promise<{ server: ChildProcess; url: string }> {
  const server = spawn(process.execPath, [path.join(ROOT, 'bin', 'tandai.js'), 'serve', '--port', '0', '--library', dir, '--no-sample'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`tandai serve printed no URL:\n${out}`)), 30_000);
    server.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+/.exec(out);
      if (match) {
        clearTimeout(timer);
        server.stdout?.resume();
        resolve({ server, url: match[0] });
      }
    });
    server.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`tandai serve exited (${code}):\n${out}`));
    });
  });
}

/** Opens an article the way the app does (a history entry + popstate) and returns data→paint in ms. */
async function openInApp(page: Page, id: string): Promise<{ ms: number; marks: number; ids: number }> {
  // Back to the library first, so the reader mounts afresh.
  await page.evaluate(() => {
    window.history.pushState(null, '');
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  });
  await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
  await page.evaluate(() => performance.clearMeasures());
  await page.evaluate((articleId) => {
    const state = { tandaiView: { name: 'reader', id: articleId } };
    window.history.pushState(state, '');
    window.dispatchEvent(new PopStateEvent('popstate', { state }));
  }, id);
  return readMeasure(page);
}

/** Opens an article with a full page reload (cold JavaScript). */
async function openCold(page: Page, id: string): Promise<{ ms: number; marks: number; ids: number }> {
  await page.evaluate((articleId) => window.history.replaceState({ tandaiView: { name: 'reader', id: articleId } }, ''), id);
  await page.reload();
  return readMeasure(page);
}

async function readMeasure(page: Page): Promise<{ ms: number; marks: number; ids: number }> {
  const handle = await page.waitForFunction((name) => performance.getEntriesByName(name, 'measure').at(-1)?.duration ?? null, MEASURE, { timeout: 60_000 });
  const ms = (await handle.jsonValue()) as number;
  const { marks, ids } = await page.evaluate(() => {
    const all = document.querySelectorAll('[data-testid="article-body"] mark[data-annotation-id]');
    return { marks: all.length, ids: new Set(Array.from(all, (m) => m.getAttribute('data-annotation-id'))).size };
  });
  return { ms, marks, ids };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export async function benchRenderHighlights(): Promise<Row[]> {
  if (!existsSync(CHROMIUM_PATH)) {
    log(`skipped: ${CHROMIUM_PATH} is not installed`);
    return [];
  }
  log('building the app…');
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('the build failed');

  const dir = await mkdtemp(path.join(os.tmpdir(), 'tandai-bench-render-'));
  const profile = await mkdtemp(path.join(os.tmpdir(), 'tandai-bench-profile-'));
  let server: ChildProcess | undefined;
  try {
    const ids = await prepareLibrary(dir);
    const started = await startServer(dir);
    server = started.server;
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      locale: 'en-US',
      viewport: { width: 1400, height: 900 },
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(started.url);
      await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();

      const ours: number[] = [];
      const baseline: number[] = [];
      let marks = 0;
      let painted = 0;
      // One untimed round to warm up, then alternate so drift in the machine's load hits both alike.
      await openInApp(page, ids.withHighlights);
      await openInApp(page, ids.without);
      for (let run = 0; run < RUNS; run++) {
        const a = await openInApp(page, ids.withHighlights);
        ours.push(a.ms);
        marks = a.marks;
        painted = a.ids;
        const b = await openInApp(page, ids.without);
        if (b.marks !== 0) throw new Error('the baseline article has marks');
        baseline.push(b.ms);
      }
      if (painted !== ids.created) throw new Error(`only ${painted} of ${ids.created} highlights were painted`);

      const coldOurs: number[] = [];
      const coldBaseline: number[] = [];
      for (let run = 0; run < COLD_RUNS; run++) {
        coldOurs.push((await openCold(page, ids.withHighlights)).ms);
        coldBaseline.push((await openCold(page, ids.without)).ms);
      }
      log(`in-app ours ${ours.map((v) => v.toFixed(0)).join(' ')} | baseline ${baseline.map((v) => v.toFixed(0)).join(' ')}`);
      log(`cold   ours ${coldOurs.map((v) => v.toFixed(0)).join(' ')} | baseline ${coldBaseline.map((v) => v.toFixed(0)).join(' ')}`);

      const oursMs = median(ours);
      const baselineMs = median(baseline);
      const note = `${WORDS.toLocaleString('en')} words; median of ${RUNS}; ${marks} marks for ${painted} highlights`;
      return [
        { bench: 'render-highlights', metric: 'data → painted marks, 1,000 highlights', ours: oursMs, baseline: baselineMs, unit: 'ms', better: 'lower', target: TARGET_MS, note },
        {
          bench: 'render-highlights',
          metric: 'with highlights ÷ without',
          ours: oursMs / baselineMs,
          baseline: 1,
          unit: '×',
          better: 'lower',
          target: TARGET_RATIO,
        },
        {
          bench: 'render-highlights',
          metric: 'best run, 1,000 highlights',
          ours: Math.min(...ours),
          baseline: Math.min(...baseline),
          unit: 'ms',
          better: 'lower',
          target: null,
          note: 'informational; the least disturbed of the runs above',
        },
        {
          bench: 'render-highlights',
          metric: 'cold page (after reload), 1,000 highlights',
          ours: median(coldOurs),
          baseline: median(coldBaseline),
          unit: 'ms',
          better: 'lower',
          target: null,
          note: `informational; median of ${COLD_RUNS}`,
        },
      ];
    } finally {
      await context.close();
    }
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
}

// `npx tsx bench/render-highlights.ts` runs this benchmark alone and prints its rows.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { printTable } = await import('./results.js');
  printTable(await benchRenderHighlights());
}
