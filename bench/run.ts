/**
 * `npm run bench`: runs every benchmark in turn, prints one table (ours vs baseline vs target)
 * and writes bench/results.json. A new benchmark is one import and one entry in BENCHES.
 * Names on the command line run only those benches.
 */
import os from 'node:os';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { collectGarbage, printTable, writeResults, type Row } from './results.js';
import { benchStore } from './store.js';

const BENCHES: Array<[name: string, run: () => Promise<Row[]>]> = [
  ['store', benchStore],
  ['import', async () => (await import('./import.js')).benchImport()],
  ['anchoring', async () => (await import('./anchoring.js')).benchAnchoring()],
  ['render-highlights', async () => (await import('./render-highlights.js')).benchRenderHighlights()],
  ['dictionary', async () => (await import('./dictionary.js')).benchDictionary()],
  ['quotes', async () => (await import('./quotes.js')).benchQuotes()],
  ['export', async () => (await import('./export.js')).benchExport()],
  ['library-scale', async () => (await import('./library-scale.js')).benchLibraryScale()],
  ['backup', async () => (await import('./backup.js')).benchBackup()],
];

const rows: Row[] = [];
const started = performance.now();
// Latency tails follow the machine's load (fsync and thread-pool hops stall when CPUs are oversubscribed), so record it.
const loadAtStart = os.loadavg()[0];
const CHILD_FLAG = '--one-bench';

/** Runs one bench in this process and prints its rows as JSON (the child side of the split below). */
async function runHere(name: string, run: () => Promise<Row[]>): Promise<Row[]> {
  const result = await run();
  collectGarbage();
  result.push({
    bench: name,
    metric: 'node heap used after the bench',
    ours: process.memoryUsage().heapUsed / 1024 / 1024,
    baseline: null,
    unit: 'MB',
    better: 'lower',
    target: null,
    note: 'informational, after a full GC',
  });
  return result;
}

/**
 * Each bench runs in a process of its own, so one bench's heap (a 10,000-article library, a
 * browser's worth of pages) does not slow the next one's timings through garbage collection.
 */
function runInChild(name: string): Row[] {
  // Rows come back through a file: a bench may print build output of its own on stdout.
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'tandai-bench-')), 'rows.json');
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), CHILD_FLAG, name, out], { stdio: 'inherit' });
  if (child.status !== 0) throw new Error(`the ${name} bench failed (exit ${child.status})`);
  const result = JSON.parse(readFileSync(out, 'utf8')) as Row[];
  rmSync(path.dirname(out), { recursive: true, force: true });
  return result;
}

const args = process.argv.slice(2);
if (args[0] === CHILD_FLAG) {
  const entry = BENCHES.find(([name]) => name === args[1]);
  if (!entry) throw new Error(`no bench called ${args[1]}`);
  writeFileSync(args[2], JSON.stringify(await runHere(...entry)));
  process.exit(0);
}

// `npm run bench -- store anchoring` runs only the benches named.
for (const [name] of BENCHES) {
  if (args.length && !args.includes(name)) continue;
  process.stderr.write(`[bench] ${name}…\n`);
  rows.push(...runInChild(name));
}
rows.push({
  bench: 'run',
  metric: 'machine load avg (1 min) at end',
  ours: os.loadavg()[0],
  baseline: null,
  unit: 'load',
  better: 'lower',
  target: null,
  note: `informational; ${os.availableParallelism()} CPUs; ${loadAtStart.toFixed(2)} at start`,
});
process.stderr.write(`[bench] done in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
printTable(rows);
writeResults(rows);
