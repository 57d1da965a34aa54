/**
 * The personal glossary end to end, in the Indonesian sample: select a passage, Translate, select
 * "juru bicara" in the original and save it as "spokesperson" (Save term pair); the editor then offers
 * it as a suggestion; it is in the Glossary panel (delete and Undo; a CSV imported through the file
 * picker with its report; search; edit in place); the CSV and vocabulary exports download files
 * holding it; and the reader's underline toggle underlines it in the article (CSS Custom
 * Highlight API), lists it, shows its translation on hover, and is remembered after a reload.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eAvailability } from './launcher.js';
import { dragSelect, openSample, withTandai } from './reader-helpers.js';

const availability = e2eAvailability();
if (!availability.ok) console.warn(`Skipping end-to-end specs: ${availability.reason}`);

/** The first dictionary lookup compiles the installed dictionaries into the new library. */
const FIRST_LOOKUP_MS = 30_000;

/** The text of every range in the glossary highlight, in document order. */
function underlined(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('tandai-glossary');
    return highlight ? Array.from(highlight as unknown as Iterable<Range>, (r) => r.toString()) : [];
  });
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(file!, 'utf8') };
}

describe.skipIf(!availability.ok)(`the personal glossary (${availability.ok ? availability.target : 'unavailable'})`, () => {
  it('saves a term pair from the translation editor, lists, exports and underlines it', async () => {
    await withTandai(async (page) => {
      const articleId = await openSample(page);
      await dragSelect(page, 'juru bicara Scale AI', 'menolak');
      await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Translate' }).click();
      const editor = page.getByRole('region', { name: 'Translation note' });
      await editor.getByRole('group', { name: 'From your glossary' }).getByText('No saved terms in this passage.').waitFor({ timeout: FIRST_LOOKUP_MS });

      // Select the term in the original, as a user would; it fills in the term.
      await editor.getByRole('button', { name: 'Save term pair' }).click();
      await editor.locator('blockquote').evaluate((quote) => {
        const text = quote.firstChild as Text;
        const at = text.data.indexOf('juru bicara');
        document.getSelection()!.setBaseAndExtent(text, at, text, at + 'juru bicara'.length);
        quote.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      });
      const term = editor.getByRole('textbox', { name: 'Term (Indonesian)' });
      await expect.poll(() => term.inputValue()).toBe('juru bicara');
      await editor.getByRole('combobox', { name: 'Its translation (English)' }).fill('spokesperson');
      await editor.getByRole('button', { name: 'Save to glossary' }).click();
      await editor.getByText('Saved “juru bicara” = “spokesperson” to the glossary.').waitFor();

      // Now the editor offers it; a click inserts it into the translation.
      await editor.getByRole('button', { name: 'Insert “spokesperson” for “juru bicara”' }).click();
      await expect.poll(() => editor.getByRole('textbox', { name: 'Your translation' }).inputValue()).toBe('spokesperson');
      await editor.getByRole('button', { name: 'Cancel' }).click();
      await editor.waitFor({ state: 'hidden' });

      // The Glossary panel lists it, with the sentence it came from.
      await page.getByRole('banner').getByRole('button', { name: 'Glossary' }).click();
      const panel = page.getByRole('dialog', { name: 'Glossary' });
      const row = panel.getByRole('row', { name: /juru bicara/ });
      await row.getByText('spokesperson').waitFor();
      await row.getByText(/ujar juru bicara Scale AI, menolak/).waitFor();

      // Export CSV and vocabulary downloads hold it.
      const csv = await downloaded(page, () => panel.getByRole('button', { name: 'Export CSV' }).click());
      expect(csv.name).toMatch(/^tandai-glossary-.*\.csv$/);
      expect(csv.text).toContain(`juru bicara,spokesperson,id,en,,`);
      expect(csv.text).toContain(articleId);
      const anki = await downloaded(page, () => panel.getByRole('group', { name: 'Export vocabulary' }).getByRole('button', { name: 'Anki (TSV)' }).click());
      expect(anki.text).toMatch(/^#separator:tab\n/);
      expect(anki.text).toMatch(/\njuru bicara\tspokesperson\t[^\t]*juru bicara Scale AI[^\t]*\tScale AI Resmi Diakuisisi/);

      // Delete, then Undo.
      await panel.getByRole('button', { name: 'Delete “juru bicara”' }).click();
      await panel.getByText('Deleted “juru bicara” from the glossary.').waitFor();
      await row.waitFor({ state: 'detached' });
      await panel.getByRole('button', { name: 'Undo' }).click();
      await panel.getByRole('row', { name: /juru bicara/ }).waitFor();

      // Import a CSV through the file picker: the report names the skipped line.
      await panel.locator('input[type="file"]').setInputFiles({
        name: 'terms.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('term,translation\nsaham,share\ndewan,\n', 'utf8'),
      });
      await panel.getByText('Import: 1 added, 0 updated, 1 skipped.').waitFor();
      await panel.getByText('Line 3 skipped: “dewan” has no translation.').waitFor();
      await panel.getByRole('row', { name: /saham/ }).waitFor();

      // Search, and edit in place.
      await panel.getByRole('searchbox', { name: 'Search the glossary' }).fill('share');
      await panel.getByRole('row', { name: /juru bicara/ }).waitFor({ state: 'detached' });
      await panel.getByRole('searchbox', { name: 'Search the glossary' }).fill('');
      await panel.getByRole('button', { name: 'Edit “saham”' }).click();
      await panel.getByRole('textbox', { name: 'Translation' }).fill('shares');
      await panel.getByRole('button', { name: 'Save', exact: true }).click();
      await panel.getByRole('row', { name: /saham/ }).getByText('shares', { exact: true }).waitFor();
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'hidden' });

      // Underline the glossary's terms: drawn, listed, glossed on hover, remembered.
      const toggle = page.getByRole('button', { name: 'Underline glossary terms' });
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      await toggle.click();
      await expect.poll(() => underlined(page)).toEqual(['saham', 'saham', 'juru bicara']);
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      await page.getByRole('region', { name: 'Glossary terms in this article' }).getByText('spokesperson').waitFor();
      await page.getByRole('region', { name: 'Glossary terms in this article' }).getByText('×2').waitFor();
      const centre = await page.evaluate(() => {
        const range = Array.from(CSS.highlights.get('tandai-glossary') as unknown as Iterable<Range>).find((r) => r.toString() === 'juru bicara')!;
        range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0]; // the term may wrap onto a second line
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      });
      await page.mouse.move(centre.x, centre.y);
      await page.getByRole('tooltip').filter({ hasText: 'juru bicara → spokesperson' }).waitFor();

      await page.reload();
      await page.getByRole('heading', { level: 1, name: /Scale AI Resmi/ }).waitFor();
      await expect.poll(() => underlined(page)).toEqual(['saham', 'saham', 'juru bicara']);
      // U turns it off again.
      await page.getByRole('article').focus();
      await page.keyboard.press('u');
      await expect.poll(() => underlined(page)).toEqual([]);
      // G opens the panel from the reader.
      await page.keyboard.press('g');
      await page.getByRole('dialog', { name: 'Glossary' }).getByRole('row', { name: /juru bicara/ }).waitFor();
    });
  });
});
