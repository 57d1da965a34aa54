/**
 * The library at scale, end to end: Ctrl+K finds a word that exists only in a translation note and
 * opens the article at it; stemmed search ("akuisisi" finds the sample's "mengakuisisi") opens at the
 * passage; Ctrl+F highlights every match and steps through them; the list sorts, filters and groups;
 * a multi-selection is deleted and undone in one step; the trash restores and deletes forever; the
 * reading place is remembered; a long list stays virtualized and keyboard-navigable.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eAvailability } from './launcher.js';
import { callInPage } from './page-api.js';
import { SAMPLE_TITLE, articleBody, openSample, withTandai } from './reader-helpers.js';

const availability = e2eAvailability();
if (!availability.ok) console.warn(`Skipping end-to-end specs: ${availability.reason}`);

/** A word no article contains: it exists only in the translation note the test writes. */
const NOTE_ONLY_WORD = 'zephyrquill';

function libraryHeading(page: Page) {
  return page.getByRole('heading', { level: 1, name: 'Library' });
}

function markdownFile(name: string, frontMatter: Record<string, string>, body: string) {
  const yaml = Object.entries(frontMatter)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  return { name, dataBase64: Buffer.from(`---\n${yaml}\n---\n\n${body}\n`, 'utf8').toString('base64') };
}

/** Imports through the API and reloads, so the list shows them. */
async function importFiles(page: Page, files: { name: string; dataBase64: string }[]): Promise<void> {
  const { results } = await callInPage(page, 'articles.import', { files });
  expect(results.every((result) => 'id' in result)).toBe(true);
  await page.reload();
  await libraryHeading(page).waitFor();
}

/** The article titles of the rows in the DOM, top to bottom. */
async function rowTitles(page: Page): Promise<string[]> {
  return page.locator('tbody tr[data-id] .row-open').allTextContents();
}

async function openSearch(page: Page) {
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: 'Search the library' });
  await dialog.waitFor();
  return dialog;
}

describe.skipIf(!availability.ok)(`library and search (${availability.ok ? availability.target : 'unavailable'})`, () => {
  it('finds a word that exists only in a translation note with Ctrl+K, and opens the article at it', async () => {
    await withTandai(async (page) => {
      const id = await openSample(page);
      const annotation = await callInPage(page, 'annotations.create', {
        articleId: id,
        target: { exact: 'Meta menggelontorkan USD 14,3 miliar' },
        translation: { text: `Meta poured in a ${NOTE_ONLY_WORD} sum of USD 14.3 billion`, from: 'id', to: 'en' },
      });
      const { article } = await callInPage(page, 'articles.get', { id });
      expect(article.text.toLowerCase()).not.toContain(NOTE_ONLY_WORD);
      await page.keyboard.press('Escape');
      await libraryHeading(page).waitFor();

      const dialog = await openSearch(page);
      await dialog.getByRole('combobox', { name: 'Search' }).fill(NOTE_ONLY_WORD);
      const group = dialog.getByRole('group', { name: SAMPLE_TITLE });
      const option = group.getByRole('option', { name: new RegExp(`Translation.*${NOTE_ONLY_WORD}`, 'i') });
      await option.waitFor();
      // The word is highlighted in the snippet as an element, not as HTML text.
      expect(await option.locator('mark').allTextContents()).toContain(NOTE_ONLY_WORD);
      await dialog.getByRole('status').filter({ hasText: '1 article found' }).waitFor();

      // Enter opens the chosen result: the article, scrolled to the annotation's marks, which flash.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: SAMPLE_TITLE }).waitFor();
      await page.waitForFunction((annotationId) => {
        const mark = document.querySelector(`mark[data-annotation-id="${annotationId}"]`);
        if (!mark) return false;
        const rect = mark.getBoundingClientRect();
        return rect.top >= 0 && rect.bottom <= window.innerHeight;
      }, annotation.id);
    });
  });

  it('finds the sample by a stemmed word and opens at the passage', async () => {
    await withTandai(async (page) => {
      await libraryHeading(page).waitFor();
      const dialog = await openSearch(page);
      await dialog.getByRole('combobox', { name: 'Search' }).fill('akuisisi');
      const group = dialog.getByRole('group', { name: SAMPLE_TITLE });
      // "akuisisi" is not in the text as a word of its own; "mengakuisisi" is, and is found through its root.
      const bodyMatch = group.getByRole('option', { name: /^Text/ }).filter({ has: page.locator('mark', { hasText: /akuisisi/i }) });
      await bodyMatch.first().waitFor();
      const marked = (await bodyMatch.first().locator('mark').allTextContents()).join(' ');
      expect(marked.toLowerCase()).toMatch(/\w+akuisisi/);

      await bodyMatch.first().click();
      await page.getByRole('heading', { level: 1, name: SAMPLE_TITLE }).waitFor();
      // The passage lights up (CSS Custom Highlight) on the matched word, in view.
      await page.waitForFunction(
        () => {
          const highlight = CSS.highlights.get('tandai-passage');
          if (!highlight) return false;
          return [...highlight].some((range) => {
            const rect = (range as Range).getBoundingClientRect();
            return /akuisisi/i.test(range.toString()) && rect.top >= 0 && rect.bottom <= window.innerHeight;
          });
        },
        undefined,
        { polling: 'raf' },
      );
    });
  });

  it('shows markup in a snippet as text, never as HTML', async () => {
    await withTandai(
      async (page) => {
        await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
        const payload = '<img src=x onerror="window.snippetXss=1"> quokkabyte';
        const { results } = await callInPage(page, 'articles.import', {
          // Markdown shows raw HTML as text: the article's text holds the markup itself.
          files: [{ name: 'hostile.md', dataBase64: Buffer.from(`# Catatan berbahaya\n\nSebuah paragraf yang memuat ${payload} di tengah kalimat.\n`, 'utf8').toString('base64') }],
        });
        expect(results[0], JSON.stringify(results[0])).toHaveProperty('id');
        const dialog = await openSearch(page);
        await dialog.getByRole('combobox', { name: 'Search' }).fill('quokkabyte');
        const option = dialog.getByRole('option', { name: /quokkabyte/ }).first();
        await option.waitFor();
        expect(await option.textContent()).toContain('<img src=x onerror=');
        expect(await dialog.locator('img').count()).toBe(0);
        expect(await page.evaluate(() => (window as { snippetXss?: number }).snippetXss)).toBeUndefined();
      },
      ['--no-sample'],
    );
  });

  it('finds within the article with Ctrl+F: every match highlighted, Enter and Shift+Enter step, Escape closes', async () => {
    await withTandai(async (page) => {
      const id = await openSample(page);
      const { article } = await callInPage(page, 'articles.get', { id });
      const expected = article.text.match(/meta/gi)?.length ?? 0;
      expect(expected).toBeGreaterThan(2);

      await articleBody(page).focus();
      await page.keyboard.press('Control+F');
      const find = page.getByRole('searchbox', { name: 'Find in article' });
      await find.waitFor();
      await find.fill('meta');
      const count = page.getByRole('search', { name: 'Find in article' }).getByRole('status');
      await count.filter({ hasText: new RegExp(`^\\d+ of ${expected}$`) }).waitFor();
      expect(await page.evaluate(() => CSS.highlights.get('tandai-find')?.size)).toBe(expected);
      const highlighted = await page.evaluate(() => [...(CSS.highlights.get('tandai-find') ?? [])].map((range) => range.toString().toLowerCase()));
      expect(new Set(highlighted)).toEqual(new Set(['meta']));

      const first = Number((await count.textContent())!.split(' ')[0]);
      await find.press('Enter');
      await count.filter({ hasText: `${(first % expected) + 1} of ${expected}` }).waitFor();
      await find.press('Shift+Enter');
      await count.filter({ hasText: `${first} of ${expected}` }).waitFor();
      expect(await page.evaluate(() => CSS.highlights.get('tandai-find-current')?.size)).toBe(1);

      await find.fill('zzzzqqq');
      await count.filter({ hasText: 'No matches' }).waitFor();
      await find.press('Escape');
      await find.waitFor({ state: 'detached' });
      expect(await page.evaluate(() => CSS.highlights.has('tandai-find'))).toBe(false);
      // Still reading: Escape closed the find box, not the article.
      await page.getByRole('heading', { level: 1, name: SAMPLE_TITLE }).waitFor();
    });
  });

  it('sorts, filters and groups the list', async () => {
    await withTandai(async (page) => {
      await libraryHeading(page).waitFor();
      await importFiles(page, [
        markdownFile('b.md', { title: 'Bravo coffee', site: 'Kompas', lang: 'en', published: '2024-03-01', tags: 'kopi' }, 'Coffee from Solok.'),
        markdownFile('a.md', { title: 'Alpha news', site: 'Tempo', lang: 'en', published: '2025-01-02' }, 'Some news.'),
        markdownFile('c.md', { title: 'Charlie report', site: 'Kompas', lang: 'en', published: '2023-05-06' }, 'A report.'),
      ]);
      const { articles } = await callInPage(page, 'articles.list', {});
      const sampleId = articles.find((a) => SAMPLE_TITLE.test(a.title))!.id;
      await callInPage(page, 'annotations.create', { articleId: sampleId, target: { exact: 'Meta menggelontorkan' }, note: 'A note', color: 'blue' });
      await page.reload();
      await libraryHeading(page).waitFor();

      const sort = page.getByRole('combobox', { name: 'Sort by' });
      await sort.selectOption({ label: 'Title' });
      await expect.poll(() => rowTitles(page)).toEqual(['Alpha news', 'Bravo coffee', 'Charlie report', expect.stringMatching(SAMPLE_TITLE)]);
      // The header says how the list is sorted, and a click reverses it.
      await page.getByRole('columnheader', { name: /Title/ }).getByRole('button').click();
      await expect.poll(() => rowTitles(page)).toEqual([expect.stringMatching(SAMPLE_TITLE), 'Charlie report', 'Bravo coffee', 'Alpha news']);
      expect(await page.getByRole('columnheader', { name: /Title/ }).getAttribute('aria-sort')).toBe('descending');

      await sort.selectOption({ label: 'Published date' });
      await expect.poll(async () => (await rowTitles(page)).filter((t) => !SAMPLE_TITLE.test(t))).toEqual(['Alpha news', 'Bravo coffee', 'Charlie report']);
      await sort.selectOption({ label: 'Most annotated' });
      await expect.poll(async () => (await rowTitles(page))[0]).toMatch(SAMPLE_TITLE);

      await page.getByRole('combobox', { name: 'Tag' }).selectOption({ label: 'kopi (1)' });
      await expect.poll(() => rowTitles(page)).toEqual(['Bravo coffee']);
      await page.getByText('1 of 4 articles').waitFor();
      await page.getByRole('button', { name: 'Clear filters' }).click();
      await expect.poll(async () => (await rowTitles(page)).length).toBe(4);

      await page.getByRole('checkbox', { name: 'Has notes' }).check();
      await expect.poll(() => rowTitles(page)).toEqual([expect.stringMatching(SAMPLE_TITLE)]);
      await page.getByRole('checkbox', { name: 'Has notes' }).uncheck();
      await page.getByRole('combobox', { name: 'Colour' }).selectOption({ label: 'Blue' });
      await expect.poll(() => rowTitles(page)).toEqual([expect.stringMatching(SAMPLE_TITLE)]);
      await page.getByRole('combobox', { name: 'Colour' }).selectOption({ label: 'Any colour' });
      await page.getByRole('combobox', { name: 'Written in' }).selectOption({ label: 'Indonesian' });
      await expect.poll(() => rowTitles(page)).toEqual([expect.stringMatching(SAMPLE_TITLE)]);
      await page.getByRole('combobox', { name: 'Written in' }).selectOption({ label: 'All languages' });

      await sort.selectOption({ label: 'Title' });
      await page.getByRole('checkbox', { name: 'Group by site' }).check();
      // Groups come in the order of their first article; Kompas holds two.
      await expect
        .poll(() => page.getByRole('row').filter({ has: page.locator('th[scope="colgroup"]') }).allTextContents())
        .toEqual(['Tempo1 article', 'Kompas2 articles', expect.stringMatching(/1 article$/)]);
      await expect.poll(() => rowTitles(page)).toEqual(['Alpha news', 'Bravo coffee', 'Charlie report', expect.stringMatching(SAMPLE_TITLE)]);
      await sort.selectOption({ label: 'Published date' });
      // Newest first within each site: Kompas's 2024 story before its 2023 one.
      await expect.poll(async () => (await rowTitles(page)).filter((t) => t !== 'Alpha news' && !SAMPLE_TITLE.test(t))).toEqual(['Bravo coffee', 'Charlie report']);
    });
  });

  it('deletes a selection as one step that Ctrl+Z undoes, and restores and purges from the trash', async () => {
    await withTandai(async (page) => {
      await libraryHeading(page).waitFor();
      await importFiles(page, [
        markdownFile('one.md', { title: 'Catatan satu' }, 'Satu.'),
        markdownFile('two.md', { title: 'Catatan dua' }, 'Dua.'),
      ]);
      await page.getByRole('checkbox', { name: 'Select “Catatan satu”' }).click();
      await page.getByRole('checkbox', { name: 'Select “Catatan dua”' }).click({ modifiers: ['Shift'] });
      const bar = page.getByRole('toolbar', { name: 'Selected articles' });
      await bar.getByText('2 selected').waitFor();
      await bar.getByRole('button', { name: 'Delete' }).click();
      await page.getByText('Moved 2 articles to the trash').waitFor();
      await expect.poll(async () => (await rowTitles(page)).filter((t) => t.startsWith('Catatan'))).toEqual([]);
      await libraryHeading(page).click();
      await page.keyboard.press('Control+z');
      await page.getByText('Restored 2 articles').waitFor();
      await expect.poll(async () => (await rowTitles(page)).filter((t) => t.startsWith('Catatan')).sort()).toEqual(['Catatan dua', 'Catatan satu']);

      // One to the trash, then back from it.
      await page.getByRole('row', { name: /Catatan satu/ }).getByRole('button', { name: 'Delete “Catatan satu”' }).click();
      await page.getByText('Deleted “Catatan satu”').waitFor();
      await page.getByRole('button', { name: 'Trash' }).click();
      await page.getByRole('heading', { level: 1, name: 'Trash' }).waitFor();
      const trashed = page.getByRole('row', { name: /Catatan satu/ });
      await trashed.getByText('in 30 days').waitFor();
      await trashed.getByRole('button', { name: 'Restore “Catatan satu”' }).click();
      await page.getByText('The trash is empty.').waitFor();
      await page.keyboard.press('Escape');
      await libraryHeading(page).waitFor();
      await page.getByRole('row', { name: /Catatan satu/ }).waitFor();

      // Delete forever asks first; Cancel keeps it, the second time it is gone for good.
      await page.getByRole('row', { name: /Catatan dua/ }).getByRole('button', { name: 'Delete “Catatan dua”' }).click();
      await page.getByText('Deleted “Catatan dua”').waitFor();
      await page.keyboard.press('Control+Shift+Delete');
      await page.getByRole('heading', { level: 1, name: 'Trash' }).waitFor();
      await page.getByRole('button', { name: 'Delete “Catatan dua” forever' }).click();
      const confirm = page.getByRole('alertdialog', { name: 'Delete 1 article forever?' });
      await confirm.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('row', { name: /Catatan dua/ }).waitFor();
      await page.getByRole('button', { name: 'Delete “Catatan dua” forever' }).click();
      await confirm.getByRole('button', { name: 'Delete forever' }).click();
      await page.getByText('The trash is empty.').waitFor();
      expect((await callInPage(page, 'articles.trash', {})).articles).toEqual([]);
      expect((await callInPage(page, 'articles.list', {})).articles.some((a) => a.title === 'Catatan dua')).toBe(false);
    });
  });

  it('tags a selection at once, and renames, merges and deletes tags on the tags page, with undo', async () => {
    await withTandai(async (page) => {
      await libraryHeading(page).waitFor();
      await importFiles(page, [
        markdownFile('one.md', { title: 'Catatan satu', tags: 'kopi' }, 'Satu.'),
        markdownFile('two.md', { title: 'Catatan dua', tags: 'coffee' }, 'Dua.'),
      ]);
      // Space on a focused row toggles its checkbox (and does not open it); Ctrl-click adds another.
      await page.getByRole('button', { name: 'Catatan satu', exact: true }).focus();
      await page.keyboard.press('Space');
      const bar = page.getByRole('toolbar', { name: 'Selected articles' });
      await bar.getByText('1 selected').waitFor();
      await libraryHeading(page).waitFor();
      await page.getByRole('button', { name: 'Catatan dua', exact: true }).click({ modifiers: ['Control'] });
      await bar.getByText('2 selected').waitFor();
      expect(await libraryHeading(page).isVisible()).toBe(true);

      await bar.getByRole('button', { name: 'Tag…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Tag 2 articles' });
      await dialog.getByRole('combobox', { name: 'Tags to add' }).fill('riset');
      await dialog.getByRole('combobox', { name: 'Tags to add' }).press('Enter');
      await dialog.getByRole('button', { name: 'Apply' }).click();
      const toast = page.getByRole('status').filter({ hasText: 'Changed the tags of 2 articles' });
      await toast.waitFor();
      await expect
        .poll(async () => (await callInPage(page, 'articles.list', {})).articles.filter((a) => a.tags.includes('riset')).map((a) => a.title).sort())
        .toEqual(['Catatan dua', 'Catatan satu']);
      await toast.getByRole('button', { name: 'Undo' }).click();
      await page.getByText('The tags are back as they were').waitFor();
      expect((await callInPage(page, 'articles.list', {})).articles.some((a) => a.tags.includes('riset'))).toBe(false);

      // The tags page: counts, rename, merge, delete.
      await page.keyboard.press('Control+Shift+G');
      await page.getByRole('heading', { level: 1, name: 'Tags' }).waitFor();
      await page.getByRole('row', { name: /kopi\s*1/ }).waitFor();
      await page.getByRole('button', { name: 'Rename “kopi”' }).click();
      const name = page.getByRole('textbox', { name: 'New name for “kopi”' });
      await name.fill('kopi-solok');
      await name.press('Enter');
      await page.getByText('Renamed “kopi” to “kopi-solok”').waitFor();
      await page.getByRole('rowheader', { name: 'kopi-solok' }).waitFor();

      await page.getByRole('checkbox', { name: 'Select “kopi-solok”' }).check();
      await page.getByRole('checkbox', { name: 'Select “coffee”' }).check();
      await page.getByRole('button', { name: 'Merge selected…' }).click();
      const merge = page.getByRole('dialog', { name: 'Merge 2 tags' });
      await merge.getByRole('textbox', { name: 'Merge into' }).fill('kopi');
      await merge.getByRole('button', { name: 'Merge', exact: true }).click();
      await page.getByText('Merged 2 tags into “kopi”').waitFor();
      await page.getByRole('row', { name: /kopi\s*2/ }).waitFor();
      expect(await page.getByRole('rowheader', { name: 'coffee' }).count()).toBe(0);

      await page.getByRole('button', { name: 'Delete the tag “kopi”' }).click();
      const deleted = page.getByRole('status').filter({ hasText: 'Deleted the tag “kopi”' });
      await deleted.waitFor();
      await page.getByText('No tags yet.', { exact: false }).waitFor();
      await deleted.getByRole('button', { name: 'Undo' }).click();
      await page.getByRole('row', { name: /kopi\s*2/ }).waitFor();
    });
  });

  it('remembers the reading place, shows it in the list, and opens there again', async () => {
    await withTandai(async (page) => {
      const id = await openSample(page);
      await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) / 2));
      // The place is saved once scrolling pauses; wait for it on disk (target-agnostic: through the API).
      await expect
        .poll(async () => (await callInPage(page, 'articles.get', { id })).article.readingProgress ?? 0, { timeout: 10_000 })
        .toBeGreaterThan(0.1);
      await page.keyboard.press('Escape');
      await libraryHeading(page).waitFor();
      const meter = page.getByRole('row', { name: SAMPLE_TITLE }).getByRole('meter', { name: 'Read' });
      await meter.waitFor();
      const percent = Number(await meter.getAttribute('aria-valuenow'));
      expect(percent).toBeGreaterThan(10);
      expect(percent).toBeLessThan(100);

      await openSample(page);
      await page.waitForFunction(() => window.scrollY > 200);
    });
  });

  it('keeps a long list virtualized and moves through it with the keyboard', async () => {
    await withTandai(
      async (page) => {
        await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
        const files = Array.from({ length: 400 }, (_, i) => markdownFile(`n${i}.md`, { title: `Nomor ${String(i).padStart(3, '0')}` }, `Isi nomor ${i}.`));
        for (let i = 0; i < files.length; i += 200) await callInPage(page, 'articles.import', { files: files.slice(i, i + 200) });
        await page.reload();
        await libraryHeading(page).waitFor();
        await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Title' });
        expect(await page.getByRole('table').getAttribute('aria-rowcount')).toBe('401');
        const rendered = await page.locator('tbody tr[data-id]').count();
        expect(rendered).toBeGreaterThan(5);
        expect(rendered).toBeLessThan(120);

        await page.getByRole('button', { name: 'Nomor 000', exact: true }).focus();
        await page.keyboard.press('End');
        await page.waitForFunction(() => document.activeElement?.textContent === 'Nomor 399');
        await page.keyboard.press('ArrowUp');
        await page.waitForFunction(() => document.activeElement?.textContent === 'Nomor 398');
        await page.keyboard.press('Home');
        await page.waitForFunction(() => document.activeElement?.textContent === 'Nomor 000');
        // Ctrl+A selects every row, rendered or not.
        await page.keyboard.press('Control+A');
        await page.getByRole('toolbar', { name: 'Selected articles' }).getByText('400 selected').waitFor();
      },
      ['--no-sample'],
    );
  });
});
