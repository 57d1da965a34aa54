/**
 * The kill test: a child process writes through the handlers while the parent kills it with
 * SIGKILL at random moments, again and again. After every kill the library is opened as the
 * next process would open it (taking over the stale lock, rebuilding a stale index), and every
 * acknowledged write must be there and every file must parse. Runs from tests/reliability/kill.test.ts
 * and on its own: `npx tsx tests/reliability/kill-test.ts [kills]`.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Library } from '../../electron/library/library.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');

export interface KillReport {
  kills: number;
  writesAcknowledged: number;
  writesChecked: number;
  writesLost: number;
  importsAcknowledged: number;
  /** Acknowledged retitles (index updates) checked after a restart. */
  indexUpdatesChecked: number;
  filesParsed: number;
  failures: string[];
}

/**
 * Bundles the child once so each restart costs a plain `node` start, not a TypeScript compile. Into a
 * folder of this run's own in this checkout: node_modules may be shared by several checkouts, whose kill
 * tests would otherwise run each other's writer (another version of Tandai, against this one's library).
 */
async function bundleChild(outDir: string): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const outfile = path.join(outDir, 'writer-child.mjs');
  await build({ entryPoints: [path.join(here, 'writer-child.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'error', absWorkingDir: repo });
  return outfile;
}

async function allJsonFilesParse(dir: string, failures: string[]): Promise<number> {
  let count = 0;
  for (const folder of [dir, path.join(dir, 'articles')]) {
    for (const name of await readdir(folder)) {
      if (!name.endsWith('.json')) continue;
      count++;
      try {
        JSON.parse(await readFile(path.join(folder, name), 'utf8'));
      } catch {
        failures.push(`${name} does not parse`);
      }
    }
  }
  return count;
}

function runUntilKilled(child: string, dir: string, seed: string, generation: number, killAfterMs: number, acks: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dir, seed, String(generation)], { stdio: ['ignore', 'pipe', 'pipe'], cwd: repo });
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl;
      while ((nl = buffer.indexOf('\n')) !== -1) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line === 'READY') continue;
        // The clock starts at the first acknowledged write, so every run is killed mid-stream.
        if (acks.length === 0) timer = setTimeout(() => proc.kill('SIGKILL'), killAfterMs);
        acks.push(line);
      }
    });
    proc.stderr.on('data', (d) => (stderr += d));
    proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`the writer exited by itself (${code}): ${stderr.trim().split('\n').slice(0, 3).join(' ')}`));
    });
  });
}

export async function runKillTest(kills: number, log: (s: string) => void = () => {}): Promise<KillReport> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tandai-kill-'));
  // Inside this checkout (out/ is build output), so the bundle's bare imports resolve from its node_modules.
  await mkdir(path.join(repo, 'out'), { recursive: true });
  const bundleDir = await mkdtemp(path.join(repo, 'out', 'kill-test-child-'));
  const child = await bundleChild(bundleDir);
  const seed = (await readFile(path.join(here, '..', 'fixtures', 'kill-seed.md'), 'utf8').catch(() => undefined)) ??
    'Pemerintah daerah mengumumkan rencana pembangunan jalan baru yang menghubungkan dua kabupaten. '.repeat(12);
  const report: KillReport = { kills: 0, writesAcknowledged: 0, writesChecked: 0, writesLost: 0, importsAcknowledged: 0, indexUpdatesChecked: 0, filesParsed: 0, failures: [] };
  const titles = new Map<string, string>();
  const annotations = new Map<string, Set<string>>();
  const imports = new Set<string>();
  let random = 42;
  const next = () => ((random = (random * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  try {
    for (let i = 0; i < kills; i++) {
      const acks: string[] = [];
      // Most runs die within 300 ms of their first write; every tenth lives longer.
      const killAfter = i % 10 === 9 ? 900 + Math.floor(next() * 600) : Math.floor(next() * 300);
      await runUntilKilled(child, dir, seed, i, killAfter, acks);
      report.kills++;
      for (const line of acks) {
        const [kind, articleId, annotationId] = line.split(' ');
        if (kind === 'I') {
          imports.add(articleId);
          report.importsAcknowledged++;
        } else if (kind === 'U') {
          titles.set(articleId, annotationId);
        } else if (kind === 'A') {
          if (!annotations.has(articleId)) annotations.set(articleId, new Set());
          annotations.get(articleId)!.add(annotationId);
          report.writesAcknowledged++;
        }
      }
      // Open as the next process would: stale lock taken over, a stale index rebuilt.
      const library = await Library.open(dir, { mode: 'write' });
      try {
        const listed = new Set(library.list().map((s) => s.id));
        for (const id of imports) if (!listed.has(id)) report.failures.push(`kill ${i}: imported article ${id} is missing from the index`);
        for (const [articleId, ids] of annotations) {
          const { annotations: stored } = await library.get(articleId);
          const present = new Set(stored.map((a) => a.id));
          for (const id of ids) {
            report.writesChecked++;
            if (!present.has(id)) {
              report.writesLost++;
              report.failures.push(`kill ${i}: acknowledged annotation ${id} on ${articleId} is missing`);
            }
          }
          const summary = library.list().find((s) => s.id === articleId);
          if (summary && summary.annotationCount !== stored.length) report.failures.push(`kill ${i}: index count for ${articleId} is stale`);
        }
        // Index updates: the index row follows its article file, and keeps the last acknowledged title
        // (or a later one whose acknowledgement the kill cut off; titles sort in the order they were made).
        for (const [articleId, acked] of titles) {
          const summary = library.list().find((s) => s.id === articleId);
          const { article } = await library.get(articleId);
          report.indexUpdatesChecked++;
          if (summary?.title !== article.title) report.failures.push(`kill ${i}: the index title of ${articleId} is stale`);
          if (!article.title.startsWith('Judul-g') || article.title < acked) {
            report.writesLost++;
            report.failures.push(`kill ${i}: acknowledged title ${acked} of ${articleId} was lost (found ${article.title})`);
          }
        }
        if (library.notices.length) report.failures.push(`kill ${i}: ${library.notices.join(' ')}`);
      } finally {
        await library.close();
      }
      report.filesParsed += await allJsonFilesParse(dir, report.failures);
      if (i % 20 === 19) log(`${i + 1} kills, ${report.writesAcknowledged} writes acknowledged, ${report.writesLost} lost`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(bundleDir, { recursive: true, force: true });
  }
  return report;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const kills = Number(process.argv[2] ?? 200);
  const report = await runKillTest(kills, (s) => process.stderr.write(`${s}\n`));
  console.log(JSON.stringify({ ...report, failures: report.failures.slice(0, 20) }, null, 2));
  process.exitCode = report.failures.length ? 1 : 0;
}
