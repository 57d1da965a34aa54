/**
 * The backup benchmark: what does the daily snapshot cost at 10,000 articles? It runs when the app opens
 * (queued behind start-up), so it must stay a few seconds at most and use next to no disk. Ours hard-links
 * every file (electron/library/backups.ts, through the real API: backups.create); the baseline is the
 * obvious snapshot, a recursive copy of the library folder (fs.cp), on the same generated library.
 * Restore (which snapshots the current state first, then swaps every file and rebuilds the index) is timed too.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Library } from '../electron/library/library.js';
import { createHandlers } from '../electron/handlers.js';
import { dispatchCall } from '../shared/dispatch-call.js';
import type { Row } from './results.js';
import { generate, settle } from './store.js';

const SIZE = Number(process.env.TANDAI_BENCH_BACKUP_SIZE ?? 10_000);
const RUNS = 3;
const TARGET_SNAPSHOT_MS = 3_000;
const TARGET_EXTRA_MB = 5;

const log = (line: string) => process.stderr.write(`[bench backup] ${line}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Bytes of the files under `dir` that no other path shares (a hard-linked file costs no new space). */
async function unsharedBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const stat = await fs.stat(path.join(entry.parentPath, entry.name));
    if (stat.nlink === 1) total += stat.size;
  }
  return total;
}

export async function benchBackup(): Promise<Row[]> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'tandai-bench-backup-'));
  try {
    log(`${SIZE} articles: generating in ${root}`);
    const data = await generate(root, SIZE, false);
    let minute = 0;
    const library = await Library.open(data.oursDir, { mode: 'write', clock: () => new Date(Date.UTC(2026, 10, 28, 9, minute++)) });
    const handlers = createHandlers(library);
    const call = async (method: 'backups.create' | 'backups.restore', params: object) => {
      const envelope = await dispatchCall(handlers, method, params);
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value as { backup: { id: string }; path: string };
    };
    const ours: number[] = [];
    let lastId = '';
    let lastPath = '';
    for (let run = 0; run < RUNS; run++) {
      settle();
      const started = performance.now();
      const made = await call('backups.create', {});
      ours.push(performance.now() - started);
      lastId = made.backup.id;
      lastPath = made.path;
    }
    const extraBytes = await unsharedBytes(lastPath);
    settle();
    let started = performance.now();
    await call('backups.restore', { id: lastId });
    const restoreMs = performance.now() - started;
    await library.close();

    const baseline: number[] = [];
    let copyBytes = 0;
    for (let run = 0; run < RUNS; run++) {
      const target = path.join(root, `copy-${run}`);
      settle();
      started = performance.now();
      await fs.cp(path.join(data.oursDir, 'articles'), path.join(target, 'articles'), { recursive: true });
      for (const name of ['library.json', 'settings.json']) await fs.copyFile(path.join(data.oursDir, name), path.join(target, name)).catch(() => undefined);
      baseline.push(performance.now() - started);
      copyBytes = await unsharedBytes(target);
      await fs.rm(target, { recursive: true, force: true });
    }
    log(`snapshot ${ours.map((ms) => ms.toFixed(0)).join('/')} ms vs copy ${baseline.map((ms) => ms.toFixed(0)).join('/')} ms; restore ${restoreMs.toFixed(0)} ms`);
    return [
      { bench: 'backup', metric: `snapshot @${SIZE}`, ours: median(ours), baseline: median(baseline), unit: 'ms', better: 'lower', target: TARGET_SNAPSHOT_MS, note: `median of ${RUNS}; baseline: fs.cp of the library` },
      { bench: 'backup', metric: `extra disk per snapshot @${SIZE}`, ours: extraBytes / 1e6, baseline: copyBytes / 1e6, unit: 'MB', better: 'lower', target: TARGET_EXTRA_MB, note: 'hard links share the article files' },
      { bench: 'backup', metric: `restore @${SIZE}`, ours: restoreMs, baseline: null, unit: 'ms', better: 'lower', target: null, note: 'of the newest snapshot: undo snapshot first, then swap (unchanged files skipped) and reload' },
    ];
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}
