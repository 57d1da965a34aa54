/**
 * Ctrl+Z for the library's tag changes, end to end: a bulk "Tag…" on two articles, and the tags
 * page's rename, merge and delete, each taken back by Ctrl+Z exactly as by the toast's Undo (the
 * toast goes, "The tags are back as they were" is announced), most recent first, from either page;
 * Ctrl+Z inside a text field stays the field's own undo. The library's state is read back through the API.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eAvailability } from './launcher.js';
import { callInPage } from './page-api.js';
import { withTandai } from './reader-helpers.js';

const availability = e2eAvailability();
if (!availability.ok) console.warn(`Skipping end-to-end specs: ${availability.reason}`);

function libraryHeading(page: Page) {
  return page.getByRole('heading', { level: 1, name: 'Library' });
}

/** Imports one markdown article per title (with its tags) through the API, then reloads so the list shows them. */
async function seed(page: Page, articles: Record<string, string[]>): Promise<void> {
  await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
  const files = Object.entries(articles).map(([title, tags], i) => ({
    name: `a${i}.md`,
    dataBase64: Buffer.from(`---\ntitle: ${title}\ntags: [${tags.join(', ')}]\n---\n\nIsi ${title}.\n`, 'utf8').toString('base64'),
  }));
  const { results } = await callInPage(page, 'articles.import', { files });
  expect(results.every((result) => 'id' in result)).toBe(true);
  await page.reload();
  await libraryHeading(page).waitFor();
}

/** Each article's tags, by title, as the library has them. */
async function tagsByTitle(page: Page): Promise<Record<string, string[]>> {
  const { articles } = await callInPage(page, 'articles.list', {});
  return Object.fromEntries(articles.map((a) => [a.title, [...a.tags].sort()]));
}

/** The tags page's tags with their counts, as the page lists them. */
async function listedTags(page: Page): Promise<string[]> {
  const names = await page.locator('.tags-table tbody th[scope="row"]').allTextContents();
  const counts = await page.locator('.tags-table tbody td.col-num').allTextContents();
  return names.map((name, i) => `${name} ${counts[i]}`);
}

function toast(page: Page, text: string | RegExp) {
  return page.getByRole('status').filter({ hasText: text });
}

describe.skipIf(!availability.ok)(`undo of tag changes (${availability.ok ? availability.target : 'unavailable'})`, () => {
  it('Ctrl+Z takes back a bulk tag change on two articles, but not from inside a text field', async () => {
    await withTandai(
      async (page) => {
        await seed(page, { 'Catatan satu': ['kopi'], 'Catatan dua': ['coffee', 'riset'], 'Catatan tiga': ['teh'] });
        const before = await tagsByTitle(page);

        await page.getByRole('checkbox', { name: 'Select “Catatan satu”' }).click();
        await page.getByRole('checkbox', { name: 'Select “Catatan dua”' }).click();
        const bar = page.getByRole('toolbar', { name: 'Selected articles' });
        await bar.getByText('2 selected').waitFor();
        await bar.getByRole('button', { name: 'Tag…' }).click();
        const dialog = page.getByRole('dialog', { name: 'Tag 2 articles' });
        await dialog.getByRole('combobox', { name: 'Tags to remove' }).fill('riset');
        await dialog.getByRole('combobox', { name: 'Tags to remove' }).press('Enter');
        await dialog.getByRole('combobox', { name: 'Tags to add' }).fill('ekonomi');
        await dialog.getByRole('combobox', { name: 'Tags to add' }).press('Enter');
        await dialog.getByRole('button', { name: 'Apply' }).click();
        const changed = toast(page, 'Changed the tags of 2 articles');
        await changed.getByRole('button', { name: 'Undo' }).waitFor();
        const after = { ...before, 'Catatan satu': ['ekonomi', 'kopi'], 'Catatan dua': ['coffee', 'ekonomi'] };
        expect(await tagsByTitle(page)).toEqual(after);

        // In the filter field Ctrl+Z is the field's own undo: the tags stay as they are.
        const filter = page.getByRole('searchbox', { name: 'Filter articles' });
        await filter.click();
        await page.keyboard.type('xyz');
        await page.keyboard.press('Control+z');
        await expect.poll(() => filter.inputValue()).not.toBe('xyz');
        expect(await tagsByTitle(page)).toEqual(after);
        await changed.getByRole('button', { name: 'Undo' }).waitFor();
        await filter.fill('');

        // Outside a text field it undoes the tag change, like the toast's Undo, and that toast goes away.
        await libraryHeading(page).click();
        await page.keyboard.press('Control+z');
        await toast(page, 'The tags are back as they were').waitFor();
        expect(await changed.count()).toBe(0);
        expect(await tagsByTitle(page)).toEqual(before);

        // Nothing left to undo: a second Ctrl+Z changes nothing.
        await page.keyboard.press('Control+z');
        expect(await tagsByTitle(page)).toEqual(before);
      },
      ['--no-sample'],
    );
  });

  it('Ctrl+Z on the tags page takes back a rename, a merge and a delete, most recent first', async () => {
    await withTandai(
      async (page) => {
        await seed(page, { 'Catatan satu': ['kopi'], 'Catatan dua': ['coffee'], 'Catatan tiga': ['teh', 'kopi'] });
        const before = await tagsByTitle(page);
        await page.keyboard.press('Control+Shift+G');
        await page.getByRole('heading', { level: 1, name: 'Tags' }).waitFor();
        await expect.poll(() => listedTags(page)).toEqual(['kopi 2', 'coffee 1', 'teh 1']);

        // Rename, then Ctrl+Z: the old name is back on every article.
        await page.getByRole('button', { name: 'Rename “kopi”' }).click();
        const name = page.getByRole('textbox', { name: 'New name for “kopi”' });
        await name.fill('kopi-solok');
        await name.press('Enter');
        const renamed = toast(page, 'Renamed “kopi” to “kopi-solok”');
        await renamed.waitFor();
        await page.getByRole('rowheader', { name: 'kopi-solok' }).waitFor();
        await page.keyboard.press('Control+z');
        await toast(page, 'The tags are back as they were').waitFor();
        expect(await renamed.count()).toBe(0);
        await expect.poll(() => listedTags(page)).toEqual(['kopi 2', 'coffee 1', 'teh 1']);
        expect(await tagsByTitle(page)).toEqual(before);

        // Merge, then Ctrl+Z: both tags are back where they were.
        await page.getByRole('checkbox', { name: 'Select “kopi”' }).check();
        await page.getByRole('checkbox', { name: 'Select “coffee”' }).check();
        await page.getByRole('button', { name: 'Merge selected…' }).click();
        const merge = page.getByRole('dialog', { name: 'Merge 2 tags' });
        await merge.getByRole('textbox', { name: 'Merge into' }).fill('kopi');
        await merge.getByRole('button', { name: 'Merge', exact: true }).click();
        await toast(page, 'Merged 2 tags into “kopi”').waitFor();
        await expect.poll(() => listedTags(page)).toEqual(['kopi 3', 'teh 1']);
        await page.keyboard.press('Control+z');
        await toast(page, 'The tags are back as they were').waitFor();
        await expect.poll(() => listedTags(page)).toEqual(['kopi 2', 'coffee 1', 'teh 1']);
        expect(await tagsByTitle(page)).toEqual(before);

        // Two changes, then Ctrl+Z twice: the delete goes first, then the rename.
        await page.getByRole('button', { name: 'Rename “teh”' }).click();
        const tehName = page.getByRole('textbox', { name: 'New name for “teh”' });
        await tehName.fill('teh-hijau');
        await tehName.press('Enter');
        await toast(page, 'Renamed “teh” to “teh-hijau”').waitFor();
        await page.getByRole('button', { name: 'Delete the tag “kopi”' }).click();
        const deleted = toast(page, 'Deleted the tag “kopi”');
        await deleted.waitFor();
        await expect.poll(() => listedTags(page)).toEqual(['coffee 1', 'teh-hijau 1']);
        await page.keyboard.press('Control+z');
        await toast(page, 'The tags are back as they were').waitFor();
        expect(await deleted.count()).toBe(0);
        await expect.poll(() => listedTags(page)).toEqual(['kopi 2', 'coffee 1', 'teh-hijau 1']);
        await page.keyboard.press('Control+z');
        await expect.poll(() => listedTags(page)).toEqual(['kopi 2', 'coffee 1', 'teh 1']);
        expect(await tagsByTitle(page)).toEqual(before);

        // One history for the library and the tags page: a rename made here is undone from the library.
        await page.getByRole('button', { name: 'Rename “coffee”' }).click();
        const coffeeName = page.getByRole('textbox', { name: 'New name for “coffee”' });
        await coffeeName.fill('kopi-arabika');
        await coffeeName.press('Enter');
        await toast(page, 'Renamed “coffee” to “kopi-arabika”').waitFor();
        await page.keyboard.press('Escape');
        await libraryHeading(page).waitFor();
        expect((await tagsByTitle(page))['Catatan dua']).toEqual(['kopi-arabika']);
        await page.keyboard.press('Control+z');
        await toast(page, 'The tags are back as they were').waitFor();
        expect(await tagsByTitle(page)).toEqual(before);

      },
      ['--no-sample'],
    );
  });
});
