/**
 * The library before its whole list has arrived (use-library.ts shows the first 100 rows, then the
 * rest): "Export…" of the whole library still exports every article, and Ctrl+A waits for the rest,
 * saying so, then selects every article. The spec holds back the app's request for the whole list
 * (the HTTP route of browser mode; the desktop app's IPC cannot be held), so "still loading" lasts
 * as long as the spec needs rather than a few milliseconds.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { e2eAvailability } from './launcher.js';
import { callInPage } from './page-api.js';
import { withTandai } from './reader-helpers.js';

const availability = e2eAvailability();
if (!availability.ok) console.warn(`Skipping end-to-end specs: ${availability.reason}`);
const browserMode = availability.ok && availability.target === 'browser';

/** More than the first page (FIRST_PAGE_ROWS = 100, shared/model-constants.ts). */
const COUNT = 130;

describe.skipIf(!availability.ok)(`library still loading (${availability.ok ? availability.target : 'unavailable'})`, () => {
  it.skipIf(!browserMode)('exports every article and Ctrl+A selects every article while only the first page is in', async () => {
    await withTandai(
      async (page) => {
        await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
        const files = Array.from({ length: COUNT }, (_, i) => {
          const n = String(i + 1).padStart(3, '0');
          return { name: `b${n}.md`, dataBase64: Buffer.from(`---\ntitle: Berita ${n}\n---\n\nIsi berita nomor ${n}.\n`, 'utf8').toString('base64') };
        });
        const { results } = await callInPage(page, 'articles.import', { files });
        expect(results.every((result) => 'id' in result)).toBe(true);

        // Hold the app's first request for the whole list (no limit) until the spec lets it go.
        let release = () => {};
        const gate = new Promise<void>((resolve) => (release = resolve));
        let heldOne = false;
        await page.route('**/api/articles.list', async (route) => {
          const params = (route.request().postDataJSON() ?? {}) as { limit?: number };
          if (params.limit === undefined && !heldOne) {
            heldOne = true;
            await gate;
          }
          await route.continue();
        });
        try {
          await page.reload();
          await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
          await page.getByText('100 articles', { exact: true }).waitFor();
          expect(heldOne).toBe(true);

          // Export… covers the whole library, not the 100 rows the window has.
          await page.getByRole('button', { name: 'Export…' }).click();
          const dialog = page.getByRole('dialog', { name: `Export ${COUNT} articles` });
          await dialog.waitFor();
          const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download .zip' }).click()]);
          const zipped = unzipSync(new Uint8Array(await readFile((await download.path())!)));
          const names = Object.keys(zipped).filter((name) => name !== 'index.md');
          expect(names).toHaveLength(COUNT);
          expect(names).toContain('berita-130.md');
          expect(strFromU8(zipped['index.md']).match(/^- \[Berita \d{3}\]/gm)).toHaveLength(COUNT);
          await dialog.getByRole('button', { name: 'Close' }).click();
          await dialog.waitFor({ state: 'hidden' });

          // Ctrl+A waits for the rest of the list, and says so, instead of selecting the first 100.
          await page.getByRole('heading', { level: 1, name: 'Library' }).click();
          await page.keyboard.press('Control+A');
          await page.getByRole('status').filter({ hasText: `Select all: waiting for the whole list (${COUNT} articles) to load…` }).waitFor();
          const bar = page.getByRole('toolbar', { name: 'Selected articles' });
          expect(await bar.count()).toBe(0);
        } finally {
          release();
        }
        const bar = page.getByRole('toolbar', { name: 'Selected articles' });
        await bar.getByText(`${COUNT} selected`).waitFor();
        await page.getByText(`${COUNT} articles`, { exact: true }).waitFor();
        expect(await page.getByRole('status').filter({ hasText: 'Select all: waiting' }).count()).toBe(0);
      },
      ['--no-sample'],
    );
  });
});
