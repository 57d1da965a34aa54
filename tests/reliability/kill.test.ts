import { describe, expect, it } from 'vitest';
import { runKillTest } from './kill-test.js';

const KILLS = Number(process.env.TANDAI_KILLS ?? 200);

describe('killed mid-write', () => {
  it(`keeps every acknowledged write through ${KILLS} SIGKILLs`, async () => {
    const report = await runKillTest(KILLS);
    console.log(`[kill test] ${JSON.stringify({ ...report, failures: report.failures.length })}`);
    expect(report.failures.slice(0, 10)).toEqual([]);
    expect(report.kills).toBe(KILLS);
    expect(report.writesLost).toBe(0);
    // The test only means something if the children really wrote a lot before dying.
    expect(report.writesAcknowledged).toBeGreaterThan(KILLS * 5);
    expect(report.importsAcknowledged).toBeGreaterThan(0);
    expect(report.indexUpdatesChecked).toBeGreaterThan(0);
  });
});
