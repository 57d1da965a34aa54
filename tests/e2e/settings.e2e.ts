/**
 * The Settings view end to end: opened with Ctrl+, and from the header; Appearance changes the theme
 * (kept after a reload); Dictionaries lists each dictionary with its licence and size, reorders with
 * Move up and Alt+↑, and a dictionary turned off is no longer used by the word-lookup popup.
 */
import { describe, expect, it } from 'vitest';
import { e2eAvailability } from './launcher.js';
import { callInPage } from './page-api.js';
import { dragSelect, openSample, withTandai } from './reader-helpers.js';

const availability = e2eAvailability();
if (!availability.ok) console.warn(`Skipping end-to-end specs: ${availability.reason}`);

const FIRST_LOOKUP_MS = 30_000;

describe.skipIf(!availability.ok)(`settings (${availability.ok ? availability.target : 'unavailable'})`, () => {
  it('changes the theme, orders and turns off dictionaries, and lookups follow', async () => {
    await withTandai(async (page) => {
      await page.getByRole('heading', { name: 'Library' }).first().waitFor();
      await page.keyboard.press('Control+,');
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      const appearance = page.getByRole('region', { name: 'Appearance' });
      await appearance.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

      const section = page.getByRole('region', { name: 'Dictionaries' });
      const rows = section.getByRole('listitem').filter({ has: page.getByRole('checkbox') });
      await rows.first().waitFor({ timeout: FIRST_LOOKUP_MS });
      const names = async () => rows.evaluateAll((items) => items.map((li) => li.getAttribute('aria-label')));
      const before = await names();
      expect(before.length).toBeGreaterThanOrEqual(2);
      const inverted = before.find((n) => /inverted/.test(n ?? ''))!;
      await section.getByRole('listitem', { name: inverted }).getByText(/GPL|licen/i).first().waitFor();

      // Move the second one up with its button, then back down with Alt+↓ on its row.
      await section.getByRole('button', { name: `Move ${before[1]} up` }).click();
      await expect.poll(names).toEqual([before[1], before[0], ...before.slice(2)]);
      // Moved by keyboard from its checkbox, the focus stays on that checkbox.
      await section.getByRole('listitem', { name: before[1]! }).getByRole('checkbox').focus();
      await page.keyboard.press('Alt+ArrowDown');
      await expect.poll(names).toEqual(before);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('aria-label') + '|' + document.activeElement?.tagName))
        .toBe(`${before[1]}|INPUT`);
      // The order is kept in settings, one id per dictionary.
      await expect.poll(async () => (await callInPage(page, 'settings.get', {})).dictionaryOrder).toHaveLength(before.length);

      // Turn off the id→en dictionary: the popup no longer finds "acquisition".
      await section.getByRole('checkbox', { name: `Use ${inverted}` }).uncheck();
      await expect.poll(async () => (await callInPage(page, 'settings.get', {})).disabledDictionaries.length).toBe(1);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      expect(await page.getByRole('region', { name: 'Dictionaries' }).getByRole('checkbox', { name: `Use ${inverted}` }).isChecked()).toBe(false);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

      await page.getByRole('button', { name: 'Back to library' }).click();
      await openSample(page);
      await dragSelect(page, 'mengakuisisi', 'mengakuisisi');
      await page.keyboard.press('d');
      await page.getByRole('dialog', { name: 'Dictionary: mengakuisisi' }).getByText('No dictionary entry for “mengakuisisi”.').waitFor();

      // And from the header.
      await page.getByRole('banner').getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    });
  });
});
