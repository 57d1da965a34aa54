/**
 * The library-at-scale bench (issue 8): a generated library of 10,000 articles (~800 words, 20
 * annotations each). Measures, through the app's own code paths:
 *   - search index build time (baseline: one linear scan of every article file);
 *   - query p50/p95 over 50 mixed queries (prefix, typo, stemmed, multi-word) through dispatchCall,
 *     snippets included (baseline: the naive search, a linear scan of the article files per query);
 *   - the Node heap with the library and its search index loaded;
 *   - cold start to the first library paint in browser mode: `node out/cli.js serve` + Chromium,
 *     from navigation to the first article row visible (baseline: listing by reading every article file).
 * TANDAI_BENCH_ARTICLES=N runs a smaller library (targets then do not apply); TANDAI_BENCH_APP=DIR
 * measures the cold start of the app checked out in DIR. For quicker iterations on search:
 * TANDAI_BENCH_SKIP_COLD=1 leaves out the cold start, and TANDAI_BENCH_LIBRARY=DIR generates the library
 * into DIR once and reuses it in later runs (kept; the search index is still built afresh each run).
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createHandlers } from '../electron/handlers.js';
import { Library } from '../electron/library/library.js';
import { searchServiceFor } from '../electron/search/search-service.js';
import { dispatchCall } from '../shared/dispatch-call.js';
import type { ArticleFile } from '../shared/model.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/chromium.js';
import { CorpusWriter, vocabulary, type Vocabulary } from './library-corpus.js';
import { collectGarbage, type Row } from './results.js';
import { seededRandom } from './seeded-random.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The checkout whose app the cold start measures (built first); TANDAI_BENCH_APP=DIR measures another build. */
const APP = path.resolve(process.env.TANDAI_BENCH_APP ?? REPO);
const SIZE = Number(process.env.TANDAI_BENCH_ARTICLES ?? 10_000);
const AT_TARGET = SIZE >= 10_000;
const QUERIES = 50;
/** The naive scan reads the whole library per query, so it runs on a stratified subset. */
const BASELINE_QUERIES = 10;
const COLD_RUNS = 7;
const TARGET_P95_MS = 25;
const TARGET_COLD_MS = 500;
const TARGET_HEAP_MB = 300;
const ROW_TIMEOUT_MS = 60_000;
const SKIP_COLD = process.env.TANDAI_BENCH_SKIP_COLD === '1';
/** A library folder kept between runs (generated there the first time), or undefined for a temporary one. */
const KEPT_LIBRARY = process.env.TANDAI_BENCH_LIBRARY ? path.resolve(process.env.TANDAI_BENCH_LIBRARY) : undefined;

const log = (line: string) => process.stderr.write(`[bench library-scale] ${line}\n`);

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
const median = (samples: readonly number[]) => percentile(samples, 50);

// ---- the query mix ----

type Kind = 'stemmed' | 'english' | 'prefix' | 'typo' | 'multi';

export function queryMix(vocab: Vocabulary, seed: number): Array<{ kind: Kind; query: string }> {
  const rand = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)];
  const affixed = vocab.indonesian.filter((w) => /^(me|di|ber|pe|ke)/.test(w) && w.length >= 7);
  const inflected = vocab.english.filter((w) => /(s|ed|ing)$/.test(w) && w.length >= 6);
  const long = [...vocab.indonesianRoots, ...vocab.englishBase].filter((w) => w.length >= 6);
  const typo = (w: string) => {
    const i = 1 + Math.floor(rand() * (w.length - 2));
    const letter = 'aeioumnrst'[Math.floor(rand() * 10)];
    return w.slice(0, i) + (letter === w[i] ? 'x' : letter) + w.slice(i + 1);
  };
  const kinds: Kind[] = ['stemmed', 'english', 'prefix', 'typo', 'multi'];
  return Array.from({ length: QUERIES }, (_, n) => {
    const kind = kinds[n % kinds.length];
    switch (kind) {
      case 'stemmed':
        return { kind, query: pick(affixed) };
      case 'english':
        return { kind, query: pick(inflected) };
      case 'prefix': {
        const w = pick(long);
        return { kind, query: w.slice(0, 4 + Math.floor(rand() * (w.length - 4))) };
      }
      case 'typo':
        return { kind, query: typo(pick(long)) };
      case 'multi':
        return { kind, query: Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(rand() < 0.5 ? affixed : inflected)).join(' ') };
    }
  });
}

// ---- the naive baseline: read every article file and look for the words ----

async function articleFiles(dir: string): Promise<string[]> {
  return (await fs.readdir(path.join(dir, 'articles'))).filter((n) => n.endsWith('.json')).map((n) => path.join(dir, 'articles', n));
}

async function readAll(files: readonly string[], each: (file: ArticleFile) => void): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < files.length) each(JSON.parse(await fs.readFile(files[next++], 'utf8')) as ArticleFile);
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

/** Case-insensitive substring search over titles, texts, quotes, notes and translations; every word must occur. */
async function naiveSearch(files: readonly string[], query: string): Promise<number> {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  let found = 0;
  await readAll(files, ({ article, annotations }) => {
    const hay = [article.title, article.text, ...annotations.flatMap((a) => [a.note, a.translation?.text ?? '', a.speaker?.name ?? ''])].join('\n').toLowerCase();
    if (words.every((w) => hay.includes(w))) found++;
  });
  return found;
}

// ---- cold start in browser mode ----

function serve(dir: string): Promise<{ child: ChildProcess; url: string; spawnedAt: number }> {
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [path.join(APP, 'out', 'cli.js'), 'serve', '--port', '0', '--no-sample', '--library', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+/.exec(out);
      if (m) resolve({ child, url: m[0], spawnedAt });
    });
    child.once('exit', (code) => reject(new Error(`tandai serve exited (${code}): ${err}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function coldStart(
  dir: string,
  newestTitle: string,
): Promise<{ navToRow: number[]; spawnToRow: number[]; firstListMs: number[]; listMs: number[]; listBytes: number }> {
  const navToRow: number[] = [];
  const spawnToRow: number[] = [];
  /** The first articles.list answered in each run (the first page), and the last (every row). */
  const firstListMs: number[] = [];
  const listMs: number[] = [];
  let listBytes = 0;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    for (let run = 0; run < COLD_RUNS; run++) {
      // Written files flushed first (the index build just wrote 44 MB), so their write-back is not timed.
      if (process.platform !== 'win32') execFileSync('sync');
      const { child, url, spawnedAt } = await serve(dir);
      try {
        const context = await browser.newContext({ locale: 'en-US' });
        const page = await context.newPage();
        page.setDefaultTimeout(60_000);
        // The page times itself, on its own clock (0 = navigation start): the frame that first shows the
        // newest article's row, and when each articles.list answer arrived. Playwright's own waiting polls
        // at growing intervals (up to 500 ms apart), which would add up to half a second to what it reports.
        // The page reports through a binding, not by being polled: polling would inject Playwright's script
        // and run it in the page while it starts, on the path being measured.
        let reportShown: (at: number) => void = () => {};
        const shown = new Promise<number>((resolve) => (reportShown = resolve));
        await page.exposeFunction('tandaiBenchRowShown', (at: number) => reportShown(at));
        await page.addInitScript((title: string) => {
          const w = window as unknown as { tandaiBenchRowShown(at: number): void };
          const observer = new MutationObserver(() => {
            for (const row of document.querySelectorAll('tr, [role="row"]')) {
              if (!row.textContent?.includes(title)) continue;
              observer.disconnect();
              // The next frame draws the row; the task after that frame is when it is on screen.
              requestAnimationFrame(() => setTimeout(() => w.tandaiBenchRowShown(performance.now()), 0));
              return;
            }
          });
          observer.observe(document, { childList: true, subtree: true });
        }, newestTitle);
        const started = performance.now();
        const bodies: Array<Promise<void>> = [];
        page.on('requestfinished', (request) => {
          if (request.url().endsWith('/api/articles.list')) {
            bodies.push(
              (async () => {
                // The size only: fetching the 4.5 MB body over CDP would take CPU from the page being measured.
                listBytes = Math.max(listBytes, (await request.sizes().catch(() => undefined))?.responseBodySize ?? 0);
              })(),
            );
          }
        });
        await page.goto(url);
        // A list that is not virtualized may take very long to paint 10,000 rows: give up after a minute.
        let timer: NodeJS.Timeout | undefined;
        const shownAt = await Promise.race([shown, new Promise<number>((resolve) => (timer = setTimeout(() => resolve(NaN), ROW_TIMEOUT_MS)))]);
        clearTimeout(timer);
        // The row must really be visible to a user, not only in the DOM.
        const visible = Number.isFinite(shownAt) && (await page.getByRole('row', { name: newestTitle }).first().isVisible());
        navToRow.push(visible ? shownAt : NaN);
        spawnToRow.push(visible ? started - spawnedAt + shownAt : NaN);
        // The rest of the rows load after the first paint (a library of more than one page; an app
        // without paging asks once): wait for them too, to report when.
        const expected = SIZE > 100 ? 2 : 1;
        const answered = async () =>
          page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/api/articles.list')).map((entry) => (entry as PerformanceResourceTiming).responseEnd));
        const deadline = performance.now() + 20_000;
        let lists = await answered();
        while (lists.length < expected && performance.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          lists = await answered();
        }
        firstListMs.push(lists[0] ?? NaN);
        listMs.push(lists.at(-1) ?? NaN);
        await Promise.all(bodies);
        await context.close();
      } finally {
        await stop(child);
      }
      log(
        `cold start ${run + 1}/${COLD_RUNS}: navigation → first page of articles.list answered ${firstListMs.at(-1)?.toFixed(0)} ms → first row ${navToRow.at(-1)!.toFixed(0)} ms → every row answered ${listMs.at(-1)?.toFixed(0)} ms (process start → first row ${spawnToRow.at(-1)!.toFixed(0)} ms)`,
      );
    }
  } finally {
    await browser.close();
  }
  return { navToRow, spawnToRow, firstListMs, listMs, listBytes };
}

// ---- the bench ----

export async function benchLibraryScale(): Promise<Row[]> {
  const root = KEPT_LIBRARY ? undefined : await fs.mkdtemp(path.join(os.tmpdir(), 'tandai-bench-scale-'));
  const dir = KEPT_LIBRARY ?? path.join(root!, 'library');
  const rows: Row[] = [];
  const row = (metric: string, ours: number, baseline: number | null, unit: string, target: number | null, note?: string): void => {
    rows.push({ bench: 'library-scale', metric, ours, baseline, unit, better: 'lower', target: AT_TARGET ? target : null, ...(note ? { note } : {}) });
  };
  try {
    collectGarbage();
    const bareHeap = process.memoryUsage().heapUsed;
    let started = performance.now();
    const vocab = vocabulary();
    const reused = await generateOrReuse(dir, vocab);
    log(`${reused ? 'reused' : 'generated'} ${SIZE} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    started = performance.now();
    let library = await Library.open(dir, { mode: 'write' });
    log(`library index rebuilt from the files in ${(performance.now() - started).toFixed(0)} ms`);
    const newestTitle = library.list().reduce((a, b) => (b.importedAt > a.importedAt ? b : a)).title;
    const files = await articleFiles(dir);
    if (process.platform !== 'win32') execFileSync('sync');
    collectGarbage();

    // Baseline for the build: one pass over every article file, reading and lower-casing it.
    started = performance.now();
    await naiveSearch(files, 'warm');
    const scanMs = performance.now() - started;

    started = performance.now();
    await searchServiceFor(library).ready();
    const buildMs = performance.now() - started;
    const indexBytes = (await fs.stat(library.layout.searchIndex)).size;
    log(`search index built and saved in ${(buildMs / 1000).toFixed(1)} s (${(indexBytes / 1e6).toFixed(1)} MB on disk); one linear scan takes ${scanMs.toFixed(0)} ms`);
    row(`search index build @${SIZE}`, buildMs, scanMs, 'ms', null, `baseline: one linear scan of the files; index ${(indexBytes / 1e6).toFixed(1)} MB on disk, built once then kept up to date`);
    await library.close();

    // A fresh open, as at app start: the saved index is loaded, not rebuilt.
    started = performance.now();
    library = await Library.open(dir, { mode: 'write' });
    const openMs = performance.now() - started;
    started = performance.now();
    await searchServiceFor(library).ready();
    const loadMs = performance.now() - started;
    log(`library opened in ${openMs.toFixed(0)} ms, saved search index loaded in ${loadMs.toFixed(0)} ms`);
    row(`saved search index load @${SIZE}`, loadMs, buildMs, 'ms', null, 'baseline: building it again; runs in the background after the list is shown');

    const handlers = createHandlers(library);
    const mix = queryMix(vocab, 0x9e3779);
    for (const { query } of queryMix(vocab, 0x1234).slice(0, 15)) await dispatchCall(handlers, 'search.query', { query }); // JIT warm-up, untimed
    collectGarbage();
    const times: number[] = [];
    const cpuTimes: number[] = [];
    const byKind = new Map<Kind, number[]>();
    let empty = 0;
    for (const { kind, query } of mix) {
      const cpu = process.cpuUsage();
      const begun = performance.now();
      const envelope = await dispatchCall(handlers, 'search.query', { query, limit: 20 });
      const ms = performance.now() - begun;
      const used = process.cpuUsage(cpu);
      cpuTimes.push((used.user + used.system) / 1000);
      if (!envelope.ok) throw new Error(`search.query failed: ${envelope.error.message}`);
      if ((envelope.value as { results: unknown[] }).results.length === 0) empty++;
      times.push(ms);
      byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
    }
    const slowest = mix.map((m, i) => ({ ...m, ms: times[i], cpu: cpuTimes[i] })).sort((a, b) => b.ms - a.ms).slice(0, 5);
    log(`slowest queries: ${slowest.map((q) => `"${q.query}" (${q.kind}) ${q.ms.toFixed(1)} ms wall / ${q.cpu.toFixed(1)} ms CPU`).join('; ')}`);
    collectGarbage();
    const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
    log(`queries: p50 ${median(times).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms; ${empty} of ${QUERIES} found nothing; by kind: ${[...byKind].map(([k, t]) => `${k} p50 ${median(t).toFixed(1)}`).join(', ')}`);

    const baseline: number[] = [];
    const step = Math.floor(QUERIES / BASELINE_QUERIES);
    for (let i = 0; i < QUERIES; i += step) {
      const begun = performance.now();
      await naiveSearch(files, mix[i].query);
      baseline.push(performance.now() - begun);
    }
    log(`naive scan: p50 ${median(baseline).toFixed(0)} ms, p95 ${percentile(baseline, 95).toFixed(0)} ms over ${baseline.length} queries`);
    row(`query p50 @${SIZE}`, median(times), median(baseline), 'ms', null, `${QUERIES} mixed queries through dispatchCall, 20 results with snippets; baseline: linear scan of the files (${baseline.length} queries)`);
    row(`query p95 @${SIZE}`, percentile(times, 95), percentile(baseline, 95), 'ms', TARGET_P95_MS);
    row(`query p95 CPU time @${SIZE}`, percentile(cpuTimes, 95), null, 'ms', null, `informational: the process's CPU time per query (p50 ${median(cpuTimes).toFixed(1)} ms), which the machine's load does not inflate as it does wall time`);
    row(`node heap with library + search index @${SIZE}`, heapMb, null, 'MB', TARGET_HEAP_MB, `after a full GC, with the saved index loaded; ${((process.memoryUsage().heapUsed - bareHeap) / 1024 / 1024).toFixed(0)} MB over the bare process`);
    await library.close();

    // Cold start in browser mode.
    if (SKIP_COLD) {
      log('TANDAI_BENCH_SKIP_COLD=1: cold start not measured');
    } else if (!existsSync(CHROMIUM_PATH)) {
      log(`no ${CHROMIUM_PATH}: cold start not measured`);
    } else {
      log(`building the app in ${APP} (node scripts/build.mjs)…`);
      execFileSync(process.execPath, [path.join(APP, 'scripts', 'build.mjs')], { cwd: APP, stdio: ['ignore', 'ignore', 'ignore'] });
      started = performance.now();
      let listed = 0;
      await readAll(files, () => listed++);
      const naiveListMs = performance.now() - started;
      // The bench's own garbage (the baseline just read every file) is collected now, not during a run.
      collectGarbage();
      const cold = await coldStart(dir, newestTitle);
      const painted = cold.navToRow.filter(Number.isFinite);
      row(
        `cold start to listing @${SIZE}`,
        painted.length ? median(painted) : ROW_TIMEOUT_MS,
        naiveListMs,
        'ms',
        TARGET_COLD_MS,
        `browser mode, navigation → the frame that first shows the newest article's row (timed in the page), median of ${COLD_RUNS}${painted.length < cold.navToRow.length ? `; ${cold.navToRow.length - painted.length} run(s) showed no row within ${ROW_TIMEOUT_MS / 1000} s` : ''}; baseline: listing by reading every article file`,
      );
      row(`cold start to first page of articles.list @${SIZE}`, median(cold.firstListMs), null, 'ms', null, 'informational: navigation → the first 100 rows answered (asked for while the app boots)');
      row(`cold start to every row loaded @${SIZE}`, median(cold.listMs), null, 'ms', null, `informational: navigation → the full listing answered (${(cold.listBytes / 1e6).toFixed(1)} MB), loaded behind the first paint`);
      const spawned = cold.spawnToRow.filter(Number.isFinite);
      if (spawned.length) row(`process start to listing @${SIZE}`, median(spawned), null, 'ms', null, 'informational: node start + library open + the above');
    }
  } finally {
    if (root) await fs.rm(root, { recursive: true, force: true });
  }
  return rows;
}

/**
 * Writes the library into `dir`, or, with TANDAI_BENCH_LIBRARY, reuses the one a previous run left
 * there (same size); its search index is removed so the build is measured again. True when reused.
 */
async function generateOrReuse(dir: string, vocab: Vocabulary): Promise<boolean> {
  if (KEPT_LIBRARY) {
    const have = await fs.readdir(path.join(dir, 'articles')).catch(() => [] as string[]);
    if (have.filter((n) => n.endsWith('.json')).length === SIZE) {
      await fs.rm(path.join(dir, 'search-index.json'), { force: true });
      return true;
    }
    await fs.rm(dir, { recursive: true, force: true });
  }
  await new CorpusWriter(0x5ca1e, vocab).write(dir, SIZE, log);
  return false;
}
