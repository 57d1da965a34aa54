/**
 * `npm run bench`: runs every benchmark in turn, prints one table (ours vs baseline vs target)
 * and writes bench/results.json. A new benchmark is one import and one entry in BENCHES.
 * Names on the command line run only those benches.
 */
import os from 'node:os';
import { collectGarbage, printTable, writeResults, type Row } from './results.js';
import { benchStore } from './store.js';

const BENCHES: Array<[name: string, run: () => Promise<Row[]>]> = [
  ['store', benchStore],
  ['import', async () => (await import('./import.js')).benchImport()],
  ['anchoring', async () => (await import('./anchoring.js')).benchAnchoring()],
  ['render-highlights', async () => (await import('./render-highlights.js')).benchRenderHighlights()],
  ['dictionary', async () => (await import('./dictionary.js')).benchDictionary()],
];

const rows: Row[] = [];
const started = performance.now();
// Latency tails follow the machine's load (fsync and thread-pool hops stall when CPUs are oversubscribed), so record it.
const loadAtStart = os.loadavg()[0];
// `npm run bench -- store anchoring` runs only the benches named.
const chosen = process.argv.slice(2);
for (const [name, run] of BENCHES) {
  if (chosen.length && !chosen.includes(name)) continue;
  process.stderr.write(`[bench] ${name}…\n`);
  rows.push(...(await run()));
}
collectGarbage();
rows.push({
  bench: 'run',
  metric: 'node heap used after run',
  ours: process.memoryUsage().heapUsed / 1024 / 1024,
  baseline: null,
  unit: 'MB',
  better: 'lower',
  target: null,
  note: 'informational, after a full GC',
});
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
