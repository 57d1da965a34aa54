/**
 * Glossary entries in Ctrl+K search, end to end: an entry added through the API is found by an
 * inflected form of its term ("bicaranya" → "juru bicara"), shown with its translation in the
 * dialog's Glossary group; choosing it opens the Glossary panel filtered to the term, and the
 * entry's second option opens the article it was saved from.
 */
import { describe, expect, it } from 'vitest';
import { e2eAvailability } from './launcher.js';
import { callInPage } from './page-api.js';
import { SAMPLE_TITLE, withTandai } from './reader-helpers.js';

const availability = e2eAvailability();
if (!availability.ok) console.warn(`Skipping end-to-end specs: ${availability.reason}`);

describe.skipIf(!availability.ok)(`glossary in library search (${availability.ok ? availability.target : 'unavailable'})`, () => {
  it('finds a glossary term by an inflected form, shows its translation, and opens the glossary or the article', async () => {
    await withTandai(async (page) => {
      await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
      const { articles } = await callInPage(page, 'articles.list', {});
      const sample = articles.find((a) => SAMPLE_TITLE.test(a.title))!;
      await callInPage(page, 'glossary.add', { source: 'juru bicara', target: 'spokesperson', from: 'id', note: 'the press officer', articleId: sample.id });

      const search = async (text: string) => {
        await page.keyboard.press('Control+K');
        const dialog = page.getByRole('dialog', { name: 'Search the library' });
        await dialog.waitFor();
        await dialog.getByRole('combobox', { name: 'Search' }).fill(text);
        return dialog.getByRole('group', { name: 'Glossary' });
      };

      let group = await search('bicaranya');
      const entry = group.getByRole('option', { name: /juru bicara → spokesperson/ });
      await entry.waitFor();
      // The word the stemmer matched is marked, as an element.
      expect(await entry.locator('mark').allTextContents()).toEqual(['bicara']);
      await entry.click();
      const panel = page.getByRole('dialog', { name: 'Glossary' });
      await panel.waitFor();
      expect(await panel.getByRole('searchbox', { name: 'Search the glossary' }).inputValue()).toBe('juru bicara');
      await panel.getByRole('rowheader', { name: /juru bicara/ }).waitFor();
      expect(await panel.getByRole('cell', { name: 'spokesperson' }).count()).toBe(1);
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'hidden' });

      // The note finds it too (no article has the word); by keyboard, the entry's second option opens
      // the article the term was saved from.
      group = await search('officer');
      await group.getByRole('option', { name: /juru bicara → spokesperson/, selected: true }).waitFor();
      await page.getByRole('dialog', { name: 'Search the library' }).getByRole('status').filter({ hasText: '1 glossary entry found' }).waitFor();
      await page.keyboard.press('ArrowDown');
      await group.getByRole('option', { name: /^Article.*Open .*Scale AI Resmi Diakuisisi/, selected: true }).waitFor();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: SAMPLE_TITLE }).waitFor();
    });
  });
});
