/**
 * Export end to end: the Export dialog opened from the reader (button and Ctrl+E), its format and
 * style choices with a preview, and the file it produces (a download in browser mode) holding the
 * highlight and its footnote; the library's Export as one .zip with index.md; and "Copy quote" on
 * an annotation card putting the quotes digest's block on the clipboard.
 * The desktop app saves through a native dialog that a spec cannot drive, so the file checks run in
 * browser mode.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eAvailability } from './launcher.js';
import { callInPage } from './page-api.js';
import { announced, openSample, sidebar, withTandai } from './reader-helpers.js';

const availability = e2eAvailability();
if (!availability.ok) console.warn(`Skipping end-to-end specs: ${availability.reason}`);
const browserMode = availability.ok && availability.target === 'browser';

const NOTE = 'Akuisisi *besar*.';

/** The sample with a noted, translated highlight, opened in the reader. */
async function annotatedSample(page: Page): Promise<string> {
  await page.getByRole('row').nth(1).waitFor();
  const { articles } = await callInPage(page, 'articles.list', {});
  const id = articles[0].id;
  await callInPage(page, 'annotations.create', {
    articleId: id,
    target: { exact: 'Scale AI, startup pelabelan data' },
    color: 'blue',
    tags: ['meta'],
    note: NOTE,
    translation: { text: 'Scale AI, a data-labelling startup', from: 'id', to: 'en' },
  });
  await openSample(page);
  return id;
}

function dialog(page: Page) {
  return page.getByRole('dialog', { name: 'Export' });
}

describe.skipIf(!availability.ok)(`export (${availability.ok ? availability.target : 'unavailable'})`, () => {
  it.skipIf(!browserMode)('exports the article from the reader as a download with the highlight and its footnote', async () => {
    await withTandai(async (page) => {
      await annotatedSample(page);
      // The toolbar button names its shortcut; Ctrl+E opens the same dialog.
      const button = page.getByRole('button', { name: 'Export…' });
      expect(await button.getAttribute('aria-keyshortcuts')).toBe('Control+E');
      await page.keyboard.press('Control+e');
      await dialog(page).waitFor();
      for (const name of ['Annotated article (Markdown)', 'Quotes digest (Markdown)', 'W3C Web Annotations (JSON-LD)', 'Obsidian (==highlight==)', 'GitHub (<mark>)', 'Plain text']) {
        await dialog(page).getByRole('radio', { name }).waitFor();
      }
      // The preview follows the choices.
      const preview = dialog(page).getByRole('region', { name: /Preview/ });
      await preview.getByText('==Scale AI, startup pelabelan data==[^1][^2]', { exact: false }).waitFor();
      await dialog(page).getByRole('radio', { name: 'GitHub (<mark>)' }).check();
      await preview.getByText('<mark>Scale AI, startup pelabelan data</mark>[^1][^2]', { exact: false }).waitFor();

      const [download] = await Promise.all([page.waitForEvent('download'), dialog(page).getByRole('button', { name: 'Download' }).click()]);
      expect(download.suggestedFilename()).toBe('scale-ai-resmi-diakuisisi-49-oleh-meta-senilai-rp232-triliun.md');
      const content = await readFile((await download.path())!, 'utf8');
      expect(content).toMatch(/^---\ntitle: Scale AI Resmi Diakuisisi/);
      expect(content).toContain('<mark>Scale AI, startup pelabelan data</mark>[^1][^2]');
      expect(content).toContain(`[^1]: ${NOTE}`);
      expect(content).toContain('[^2]: EN: Scale AI, a data-labelling startup');
      expect(content).toContain('- { at: ');
      await dialog(page).waitFor({ state: 'hidden' });
      await page.getByRole('status').filter({ hasText: 'Downloaded “scale-ai-resmi' }).first().waitFor();
    });
  });

  it.skipIf(!browserMode)('exports the library as a .zip with one file per article and index.md', async () => {
    await withTandai(async (page) => {
      await page.getByRole('row').nth(1).waitFor();
      await callInPage(page, 'articles.import', {
        files: [{ name: 'kopi.md', dataBase64: Buffer.from('---\ntitle: Kopi Aceh\n---\n\nHarga kopi Gayo naik lagi bulan ini.\n').toString('base64') }],
      });
      await page.reload();
      await page.getByRole('row', { name: /Kopi Aceh/ }).waitFor();
      await page.getByRole('button', { name: 'Export…' }).click();
      const many = page.getByRole('dialog', { name: 'Export 2 articles' });
      await many.waitFor();
      await many.getByRole('radio', { name: 'Quotes digest (Markdown)' }).check();
      // The style only concerns the annotated article.
      expect(await many.getByRole('radio', { name: 'Plain text' }).isDisabled()).toBe(true);
      const [download] = await Promise.all([page.waitForEvent('download'), many.getByRole('button', { name: 'Download .zip' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^tandai-export-\d{4}-\d{2}-\d{2}\.zip$/);
      const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
      expect(Object.keys(files).sort()).toEqual(['index.md', 'kopi-aceh-quotes.md', 'scale-ai-resmi-diakuisisi-49-oleh-meta-senilai-rp232-triliun-quotes.md']);
      expect(strFromU8(files['index.md'])).toContain('- [Kopi Aceh](<kopi-aceh-quotes.md>)');
      expect(strFromU8(files['kopi-aceh-quotes.md'])).toContain('export: quotes');
      await many.getByRole('status').filter({ hasText: /^Downloaded “tandai-export-/ }).waitFor();
    });
  });

  it('"Copy quote" on an annotation card copies the block of the quotes digest', async () => {
    await withTandai(async (page) => {
      const id = await annotatedSample(page);
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      const card = sidebar(page).getByRole('listitem').filter({ hasText: 'Scale AI, startup pelabelan data' });
      await card.getByRole('button', { name: 'Copy “Scale AI, startup pelabelan data” as a quote with its source' }).click();
      await announced(page, 'Quote copied.');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toMatch(/^> Scale AI, startup pelabelan data\n>\n> \*EN:\* Scale AI, a data-labelling startup\n>\n> \*\*Note:\*\* Akuisisi \*besar\*\.\n>\n> — /);
      // The same block, word for word, is in the quotes digest.
      const digest = await callInPage(page, 'export.article', { id, format: 'quotes' });
      expect(digest.content).toContain(copied);
    });
  });
});
