/**
 * "Speaker is a search facet": Ctrl+K lists the speakers quoted (kept quotes with a speaker) in the
 * matching articles; choosing one leaves only the articles quoting them, and "Anyone" lifts it.
 */
import { describe, expect, it } from 'vitest';
import { e2eAvailability } from './launcher.js';
import { callInPage } from './page-api.js';
import { SAMPLE_TITLE, withTandai } from './reader-helpers.js';

const availability = e2eAvailability();
if (!availability.ok) console.warn(`Skipping end-to-end specs: ${availability.reason}`);

const OTHER = {
  name: 'kopi.md',
  dataBase64: Buffer.from('---\ntitle: Harga Kopi Gayo\n---\n\nMeta bukan satu-satunya kata di sini; harga kopi Gayo naik lagi bulan ini.\n', 'utf8').toString('base64'),
};

describe.skipIf(!availability.ok)(`search by speaker (${availability.ok ? availability.target : 'unavailable'})`, () => {
  it('offers the speakers of the matching articles and narrows the results to one', async () => {
    await withTandai(async (page) => {
      await page.getByRole('row').nth(1).waitFor();
      const { articles } = await callInPage(page, 'articles.list', {});
      const sampleId = articles[0].id;
      const { quotes } = await callInPage(page, 'quotes.detect', { articleId: sampleId });
      const siddharth = quotes.find((quote) => quote.speaker === 'Jonathan Siddharth');
      expect(siddharth).toBeDefined();
      await callInPage(page, 'annotations.create', {
        articleId: sampleId,
        kind: 'quote',
        target: { start: siddharth!.start, end: siddharth!.end },
        speaker: { name: 'Jonathan Siddharth', role: siddharth!.role ?? undefined },
      });
      await callInPage(page, 'articles.import', { files: [OTHER] });
      await page.reload();
      await page.getByRole('row', { name: /Harga Kopi Gayo/ }).waitFor();

      await page.keyboard.press('Control+K');
      const dialog = page.getByRole('dialog', { name: 'Search the library' });
      await dialog.getByRole('combobox', { name: 'Search' }).fill('Meta');
      await dialog.getByRole('status').filter({ hasText: '2 articles found' }).waitFor();
      const facet = dialog.getByRole('group', { name: 'Quoting' });
      expect(await facet.getByRole('button', { name: 'Anyone' }).getAttribute('aria-pressed')).toBe('true');

      await facet.getByRole('button', { name: /Jonathan Siddharth/ }).click();
      await dialog.getByRole('status').filter({ hasText: '1 article found' }).waitFor();
      await dialog.getByRole('group', { name: SAMPLE_TITLE }).waitFor();
      expect(await dialog.getByRole('group', { name: 'Harga Kopi Gayo' }).count()).toBe(0);
      expect(await facet.getByRole('button', { name: /Jonathan Siddharth/ }).getAttribute('aria-pressed')).toBe('true');

      await facet.getByRole('button', { name: 'Anyone' }).click();
      await dialog.getByRole('status').filter({ hasText: '2 articles found' }).waitFor();
    });
  });
});
