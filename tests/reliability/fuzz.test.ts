import { describe, expect, it } from 'vitest';
import { runFuzz } from './fuzz-import.js';

const CASES = Number(process.env.TANDAI_FUZZ_CASES ?? 300);

describe('fuzzing the importers', () => {
  it(`imports or refuses with a sentence, within 5 s, for ${CASES} hostile inputs`, () => {
    const report = runFuzz(CASES);
    console.log(`[fuzz] ${JSON.stringify({ ...report, failures: report.failures.length })}`);
    expect(report.failures.slice(0, 10)).toEqual([]);
    expect(report.cases).toBe(CASES);
    // Both outcomes must really occur, or the generators are not doing their job.
    expect(report.imported).toBeGreaterThan(CASES / 10);
    expect(report.refused).toBeGreaterThan(CASES / 20);
  });
});
