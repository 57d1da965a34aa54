/**
 * The one result shape every benchmark returns, so bench/run.ts can print a single table
 * (ours next to the baseline, against the target) and write a single bench/results.json.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

export interface Row {
  /** Which benchmark produced the row, e.g. "store". */
  bench: string;
  /** What was measured, e.g. "write p95 @10000". */
  metric: string;
  ours: number;
  /** The same measurement for the baseline, or null when the baseline has no equivalent. */
  baseline: number | null;
  unit: string;
  better: 'lower' | 'higher';
  /** The bar `ours` must clear, or null for informational rows. */
  target: number | null;
  note?: string;
}

export const RESULTS_FILE = fileURLToPath(new URL('./results.json', import.meta.url));

/** true/false against the target; null when the row has no target. */
export function passes(row: Row): boolean | null {
  if (row.target === null) return null;
  return row.better === 'lower' ? row.ours <= row.target : row.ours >= row.target;
}

function formatNumber(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

export function printTable(rows: readonly Row[], write: (line: string) => void = (line) => console.log(line)): void {
  const header = ['bench', 'metric', 'ours', 'baseline', 'target', 'unit', 'result'];
  const cells = rows.map((row) => {
    const ok = passes(row);
    const target = row.target === null ? '—' : `${row.better === 'lower' ? '≤' : '≥'} ${formatNumber(row.target)}`;
    return [
      row.bench,
      row.metric,
      formatNumber(row.ours),
      formatNumber(row.baseline),
      target,
      row.unit,
      (ok === null ? '' : ok ? 'pass' : 'FAIL') + (row.note ? `${ok === null ? '' : '  '}(${row.note})` : ''),
    ];
  });
  const numeric = new Set([2, 3, 4]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) =>
    c.map((cell, i) => (i === c.length - 1 ? cell : numeric.has(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd();
  write(line(header));
  write(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) write(line(c));
}

export function writeResults(rows: readonly Row[], file: string = RESULTS_FILE): void {
  writeFileSync(file, `${JSON.stringify(rows, null, 2)}\n`);
}

let gc: (() => void) | undefined;

/**
 * A full GC, for benchmarks to call before a timed phase (so the untimed setup's garbage is not collected
 * inside the timings) and before reading the heap size. Works without `node --expose-gc`.
 */
export function collectGarbage(): void {
  if (!gc) {
    gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) {
      v8.setFlagsFromString('--expose-gc');
      gc = vm.runInNewContext('gc') as () => void;
    }
  }
  gc();
}
