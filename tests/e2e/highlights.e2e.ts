/**
 * Highlights end to end, as a user makes them in the sample article: select across two paragraphs
 * with the mouse and press H (marks in several pieces, one id, still there after a reload); add a
 * note with tags; delete and undo; edit the article text and see the highlight follow (and a lost
 * one become an orphan that can be re-attached); and highlight without a mouse, sentence by sentence.
 * Elements are found by role and accessible name.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, e2eAvailability } from './launcher.js';
import { callInPage } from './page-api.js';
import {
  announced,
  annotationsOf,
  articleBody,
  dragSelect,
  marks,
  marksOf,
  openSample,
  quoteOf,
  sidebar,
  withTandai,
} from './reader-helpers.js';

const availability = e2eAvailability();
if (!availability.ok) console.warn(`Skipping end-to-end specs: ${availability.reason}`);

/** ARIA 1.3's role for <mark>: Playwright resolves it, though its type list predates it. */
const MARK = 'mark' as Parameters<Page['getByRole']>[0];

/** The handbook's sample beside the checkout (as in first-run.e2e.ts). */
const SEED_FIXTURE =
  [path.resolve(REPO_ROOT, '..', 'shared', 'fixtures', 'seed-article-id.txt'), '/work/shared/fixtures/seed-article-id.txt'].find((file) => existsSync(file)) ?? '';

const ACROSS = { from: 'guna memimpin', to: 'Namun, langkah ini' };
const ACROSS_QUOTE = 'guna memimpin divisi AI canggih Meta.\nNamun, langkah ini';

/** Highlights a passage across two paragraphs, then one that a later edit deletes; returns both in text order. */
async function highlightTwoPassages(page: Page, articleId: string) {
  await dragSelect(page, ACROSS.from, ACROSS.to);
  await page.keyboard.press('h');
  await announced(page, 'Highlight added.');
  await dragSelect(page, 'Google, Microsoft, dan OpenAI', 'menolak memberikan komentar');
  await page.keyboard.press('h');
  await expect.poll(async () => (await annotationsOf(page, articleId)).length).toBe(2);
  return annotationsOf(page, articleId);
}

describe.skipIf(!availability.ok)(`highlights (${availability.ok ? availability.target : 'unavailable'})`, () => {
  it('highlights a selection across two paragraphs with H, in several marks of one id, kept after a reload', async () => {
    await withTandai(async (page) => {
      const articleId = await openSample(page);
      await dragSelect(page, ACROSS.from, ACROSS.to);
      const toolbar = page.getByRole('toolbar', { name: 'Selected text' });
      await toolbar.waitFor();
      for (const name of ['Highlight', 'Add note', 'Copy quote', 'Translate']) await toolbar.getByRole('button', { name, exact: true }).waitFor();

      await page.keyboard.press('h');
      await announced(page, 'Highlight added.');
      await toolbar.waitFor({ state: 'hidden' });
      const [annotation] = await annotationsOf(page, articleId);
      expect(quoteOf(annotation)).toBe(ACROSS_QUOTE);
      expect(annotation.color).toBe('yellow');
      // One piece per paragraph, all with the annotation's id; the line break between them is not marked.
      expect(await marksOf(page, annotation.id)).toEqual(['guna memimpin divisi AI canggih Meta.', 'Namun, langkah ini']);
      expect((await marks(page)).length).toBe(2);
      // Screen readers: the pieces are marks with a description.
      const firstMark = articleBody(page).getByRole(MARK).first();
      expect(await firstMark.getAttribute('aria-description')).toBe('Yellow highlight');
      // The sidebar lists it.
      await sidebar(page).getByRole('listitem').filter({ hasText: 'guna memimpin divisi AI canggih Meta.' }).waitFor();
      await sidebar(page).getByText('1 highlight').waitFor();
      // The text itself is untouched by the marks.
      const { article } = await callInPage(page, 'articles.get', { id: articleId });
      expect(await articleBody(page).evaluate((el) => el.textContent)).toBe(article.text);

      await page.reload();
      await page.getByRole('heading', { level: 1, name: /Scale AI Resmi/ }).waitFor();
      await expect.poll(() => marksOf(page, annotation.id)).toEqual(['guna memimpin divisi AI canggih Meta.', 'Namun, langkah ini']);

      // Copy quote: the passage with the article's title, on the clipboard.
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await dragSelect(page, 'Wang, yang tetap menjadi', 'dewan Scale AI');
      await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Copy quote' }).click();
      await announced(page, 'Quote copied.');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toMatch(/^“Wang, yang tetap menjadi anggota dewan Scale AI”\n— .*Scale AI Resmi Diakuisisi 49% oleh Meta/);

      // Escape drops a selection without leaving the article.
      await dragSelect(page, 'Dengan kekayaan', 'Rp 58 triliun');
      await page.getByRole('toolbar', { name: 'Selected text' }).waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('toolbar', { name: 'Selected text' }).waitFor({ state: 'hidden' });
      await page.getByRole('heading', { level: 1, name: /Scale AI Resmi/ }).waitFor();
    });
  });

  it('adds a note in markdown with tags from the list, shows it on hover, and changes the colour', async () => {
    await withTandai(async (page) => {
      const articleId = await openSample(page);
      // A first highlight with a tag, so the tag list has something to offer.
      await dragSelect(page, 'Meta menggelontorkan', 'USD 14,3 miliar');
      await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Add note' }).click();
      const note = sidebar(page).getByRole('textbox', { name: 'Note' });
      await note.waitFor();
      await expect.poll(() => note.evaluate((el) => el === document.activeElement)).toBe(true);
      await note.fill('Angka **terbesar** kedua; lihat [Reuters](https://www.reuters.com/).');
      const tags = sidebar(page).getByRole('combobox', { name: 'Tags' });
      await tags.fill('ekonomi');
      await tags.press('Enter');
      await sidebar(page).getByRole('button', { name: 'Remove tag ekonomi' }).waitFor();
      await sidebar(page).getByRole('button', { name: 'Save' }).click();
      await announced(page, 'Saved.');

      const card = sidebar(page).getByRole('article').filter({ hasText: 'Meta menggelontorkan USD 14,3 miliar' });
      await card.getByRole('strong').filter({ hasText: 'terbesar' }).waitFor();
      await card.getByRole('link', { name: 'Reuters' }).waitFor();
      await card.getByRole('list', { name: 'Tags' }).getByText('ekonomi').waitFor();
      const [first] = await annotationsOf(page, articleId);
      expect(first).toMatchObject({ note: 'Angka **terbesar** kedua; lihat [Reuters](https://www.reuters.com/).', tags: ['ekonomi'] });
      const mark = articleBody(page).getByRole(MARK).first();
      expect(await mark.getAttribute('aria-description')).toBe('Yellow highlight. Note: Angka terbesar kedua; lihat Reuters.');

      // Hovering the mark shows the note.
      await mark.hover();
      const tooltip = page.getByRole('tooltip');
      await tooltip.waitFor();
      expect((await tooltip.textContent())?.trim()).toBe('Angka terbesar kedua; lihat Reuters.');
      await tooltip.getByRole('strong').filter({ hasText: 'terbesar' }).waitFor();
      await page.mouse.move(5, 5);
      await tooltip.waitFor({ state: 'detached' });

      // A second highlight picks the tag from the list with the keyboard, and turns blue.
      await dragSelect(page, 'Wang, yang tetap menjadi', 'dewan Scale AI');
      await page.keyboard.press('h');
      await announced(page, 'Highlight added.');
      const second = sidebar(page).getByRole('article').filter({ hasText: 'Wang, yang tetap menjadi anggota dewan Scale AI' });
      await second.getByRole('button', { name: /^Edit the note, tags and colour of “Wang, yang tetap/ }).click();
      const secondTags = second.getByRole('combobox', { name: 'Tags' });
      await secondTags.fill('eko');
      await second.getByRole('listbox').getByRole('option', { name: 'ekonomi' }).waitFor();
      await secondTags.press('ArrowDown');
      expect(await secondTags.getAttribute('aria-activedescendant')).toBeTruthy();
      await secondTags.press('Enter');
      await second.getByRole('button', { name: 'Remove tag ekonomi' }).waitFor();
      await second.getByRole('radio', { name: 'Blue' }).check();
      await second.getByRole('textbox', { name: 'Note' }).press('Control+Enter');
      await announced(page, 'Saved.');
      const secondId = (await annotationsOf(page, articleId)).find((a) => quoteOf(a).startsWith('Wang, yang tetap'))!;
      expect(secondId).toMatchObject({ color: 'blue', tags: ['ekonomi'], note: '' });
      await expect.poll(() => articleBody(page).locator(`mark[data-annotation-id="${secondId.id}"]`).getAttribute('class')).toBe('hl hl-blue');
    });
  });

  it('deletes a highlight and brings it back with Undo and Ctrl+Z; Ctrl+Shift+Z and Ctrl+Y redo', async () => {
    await withTandai(async (page) => {
      const articleId = await openSample(page);
      await dragSelect(page, ACROSS.from, ACROSS.to);
      await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Highlight' }).click();
      await announced(page, 'Highlight added.');
      const [created] = await annotationsOf(page, articleId);

      // Delete from the card; the toast offers Undo.
      await sidebar(page).getByRole('button', { name: /^Delete the highlight “guna memimpin/ }).click();
      await expect.poll(() => marks(page)).toEqual([]);
      expect(await annotationsOf(page, articleId)).toEqual([]);
      const toast = page.getByRole('status').filter({ hasText: 'Highlight deleted.' }).filter({ has: page.getByRole('button', { name: 'Undo' }) });
      await toast.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => marksOf(page, created.id)).toEqual(['guna memimpin divisi AI canggih Meta.', 'Namun, langkah ini']);
      expect((await annotationsOf(page, articleId)).map((a) => a.id)).toEqual([created.id]);

      // Again, undone with Ctrl+Z this time, then redone and undone once more.
      await sidebar(page).getByRole('button', { name: /^Delete the highlight “guna memimpin/ }).click();
      await expect.poll(() => marks(page)).toEqual([]);
      await page.keyboard.press('Control+z');
      await announced(page, 'Undone: delete.');
      await expect.poll(() => marksOf(page, created.id)).toHaveLength(2);
      await page.keyboard.press('Control+Shift+z');
      await announced(page, 'Redone: delete.');
      await expect.poll(() => marks(page)).toEqual([]);
      expect(await annotationsOf(page, articleId)).toEqual([]);
      await page.keyboard.press('Control+z');
      await expect.poll(() => marksOf(page, created.id)).toHaveLength(2);

      // Undo reaches back to the create itself, and Ctrl+Y makes it again.
      await page.keyboard.press('Control+z');
      await announced(page, 'Undone: highlight.');
      await expect.poll(() => marks(page)).toEqual([]);
      await page.keyboard.press('Control+y');
      await announced(page, 'Redone: highlight.');
      await expect.poll(() => marksOf(page, created.id)).toHaveLength(2);
      // The delete undone earlier is next in line to redo; after it, nothing is left.
      await page.keyboard.press('Control+y');
      await announced(page, 'Redone: delete.');
      await expect.poll(() => marks(page)).toEqual([]);
      await page.keyboard.press('Control+y');
      await announced(page, 'Nothing to redo.');
      await page.keyboard.press('Control+z');
      await expect.poll(() => marksOf(page, created.id)).toHaveLength(2);
      expect((await annotationsOf(page, articleId)).map(quoteOf)).toEqual([ACROSS_QUOTE]);

      // An edit is undoable too.
      await sidebar(page).getByRole('button', { name: /^Edit the note, tags and colour of “guna/ }).click();
      await sidebar(page).getByRole('textbox', { name: 'Note' }).fill('catatan');
      await sidebar(page).getByRole('button', { name: 'Save' }).click();
      await announced(page, 'Saved.');
      await page.keyboard.press('Control+z');
      await announced(page, 'Undone: change to a highlight.');
      await expect.poll(async () => (await annotationsOf(page, articleId))[0].note).toBe('');
    });
  });

  it('lets highlights follow an edit of the text, orphans a deleted passage, and re-attaches it', async () => {
    await withTandai(async (page) => {
      const articleId = await openSample(page);
      const [followed, lost] = await highlightTwoPassages(page, articleId);

      await page.getByRole('button', { name: 'Edit text' }).click();
      const dialog = page.getByRole('dialog', { name: /^Edit the text of/ });
      const editor = dialog.getByRole('textbox', { name: 'Article text (Markdown)' });
      await editor.waitFor();
      const markdown = await editor.inputValue();
      const edited = markdown
        .replace('KabaSumbar – Meta', 'Kalimat baru di awal artikel.\n\nKabaSumbar – Meta')
        .replace('mendorong Google', 'mendorong raksasa Google')
        .replace(/Google, Microsoft, dan OpenAI menolak[^\n]*\n/, '');
      expect(edited).not.toBe(markdown);
      await editor.fill(edited);
      await editor.press('Control+s');
      await dialog.waitFor({ state: 'detached' });
      await announced(page, /1 highlight lost its passage/);

      // The highlight still marks the same words, though they moved.
      await expect.poll(() => marksOf(page, followed.id)).toEqual(['guna memimpin divisi AI canggih Meta.', 'Namun, langkah ini']);
      const { article } = await callInPage(page, 'articles.get', { id: articleId });
      expect(article.text.startsWith('Kalimat baru di awal artikel.')).toBe(true);
      expect(await articleBody(page).evaluate((el) => el.textContent)).toBe(article.text);
      // The lost one is listed under "Orphaned" with its quote, and marks nothing.
      const orphans = sidebar(page).getByRole('region', { name: /^Orphaned/ });
      await orphans.getByText('Google, Microsoft, dan OpenAI menolak memberikan komentar').waitFor();
      expect(await marksOf(page, lost.id)).toEqual([]);
      expect((await annotationsOf(page, articleId)).find((a) => a.id === lost.id)!.status).toBe('orphan');

      // Re-attach: choose the orphan, then select new text and "Attach here".
      await orphans.getByRole('button', { name: /^Attach “Google, Microsoft/ }).click();
      await page.getByRole('note').filter({ hasText: /Select the new passage/ }).waitFor();
      await dragSelect(page, 'Kekhawatiran timbul', 'data rahasia');
      await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Attach here' }).click();
      await announced(page, 'Highlight attached to the new text.');
      await expect.poll(() => marksOf(page, lost.id)).toEqual(['Kekhawatiran timbul karena klien sering membagikan data rahasia']);
      await orphans.waitFor({ state: 'detached' });
      // And undo puts it back among the orphans.
      await page.keyboard.press('Control+z');
      await announced(page, 'Undone: re-attaching.');
      await orphans.getByText('Google, Microsoft, dan OpenAI menolak memberikan komentar').waitFor();
      expect(await marksOf(page, lost.id)).toEqual([]);
    });
  });

  it('keeps highlights on their words when the article is updated from a newer version of the file', async () => {
    await withTandai(async (page) => {
      const articleId = await openSample(page);
      const [followed, lost] = await highlightTwoPassages(page, articleId);

      // The same story saved again: a new opening sentence, a word changed, one paragraph gone.
      const seed = readFileSync(SEED_FIXTURE, 'utf8');
      const newer = seed
        .replace('KabaSumbar – Meta', 'Pembaruan: artikel ini diperbarui.\n\nKabaSumbar – Meta')
        .replace('khawatir data strategis', 'cemas data strategis')
        .replace(/Google, Microsoft, dan OpenAI menolak[^\n]*\n/, '');
      expect(newer).not.toBe(seed);
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Update from a newer version…' }).click();
      await (await chooser).setFiles({ name: 'seed-article-id.txt', mimeType: 'text/plain', buffer: Buffer.from(newer, 'utf8') });
      await announced(page, /1 highlight lost its passage/);

      await expect.poll(() => marksOf(page, followed.id)).toEqual(['guna memimpin divisi AI canggih Meta.', 'Namun, langkah ini']);
      const { article, annotations } = await callInPage(page, 'articles.get', { id: articleId });
      expect(article.text).toContain('Pembaruan: artikel ini diperbarui.');
      expect(await articleBody(page).evaluate((el) => el.textContent)).toBe(article.text);
      expect(annotations.find((a) => a.id === lost.id)!.status).toBe('orphan');
      await sidebar(page).getByRole('region', { name: /^Orphaned/ }).getByText('Google, Microsoft, dan OpenAI menolak memberikan komentar').waitFor();
    });
  });

  it('highlights without a mouse: J selects sentence by sentence, Shift+J extends, H highlights', async () => {
    await withTandai(async (page) => {
      const articleId = await openSample(page);
      // Tab from the title to the article text.
      for (let i = 0; i < 10; i++) {
        if (await articleBody(page).evaluate((el) => el === document.activeElement)) break;
        await page.keyboard.press('Tab');
      }
      expect(await articleBody(page).evaluate((el) => el === document.activeElement)).toBe(true);

      await page.keyboard.press('j');
      await announced(page, /^Selected: /);
      const selected = () => page.evaluate(() => document.getSelection()!.toString());
      expect(await selected()).toBe(
        'KabaSumbar – Meta (META.O) mengucurkan dana Rp 232 triliun untuk mengakuisisi 49% saham Scale AI, startup pelabelan data kecerdasan buatan, sekaligus merekrut CEO berusia 27 tahun, Alexandr Wang, guna memimpin divisi AI canggih Meta.',
      );
      // The toolbar is the next stop after the text, and Shift+Tab leads back.
      await page.keyboard.press('Tab');
      const toolbarHighlight = page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Highlight', exact: true });
      await expect.poll(() => toolbarHighlight.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Shift+Tab');
      expect(await articleBody(page).evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('j');
      await expect.poll(selected).toMatch(/^Namun, langkah ini mendorong Google/);
      await page.keyboard.press('k');
      await expect.poll(selected).toMatch(/^KabaSumbar – Meta/);
      await page.keyboard.press('Alt+ArrowDown');
      await expect.poll(selected).toMatch(/^Namun, langkah ini/);
      await page.keyboard.press('h');
      await announced(page, 'Highlight added.');
      const [first] = await annotationsOf(page, articleId);
      expect(quoteOf(first)).toMatch(/^Namun, langkah ini mendorong Google.*kepada Reuters\.$/);

      // On to the next sentences: the heading, then extend over two sentences of the next paragraph.
      await page.keyboard.press('j');
      await expect.poll(selected).toBe('Investasi Meta dan Peran Kunci Wang');
      await page.keyboard.press('j');
      await expect.poll(selected).toMatch(/^Meta menggelontorkan USD 14,3 miliar.*USD 14 miliar\.$/);
      await page.keyboard.press('Shift+J');
      await expect.poll(selected).toMatch(/^Meta menggelontorkan.*ujar Meta\.$/s);
      await page.keyboard.press('n');
      const note = sidebar(page).getByRole('textbox', { name: 'Note' });
      await expect.poll(() => note.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type('Dua kalimat.');
      await page.keyboard.press('Control+Enter');
      await announced(page, 'Saved.');
      const all = await annotationsOf(page, articleId);
      expect(all).toHaveLength(2);
      expect(all[1]).toMatchObject({ note: 'Dua kalimat.' });
      expect(quoteOf(all[1])).toMatch(/^Meta menggelontorkan USD 14,3 miliar.*ujar Meta\.$/);
      expect((await marks(page)).filter(([id]) => id === all[1].id).length).toBeGreaterThan(0);
    });
  });

  it('scrolls to the passage from its card, and focuses the card from its mark', async () => {
    await withTandai(async (page) => {
      await openSample(page);
      await dragSelect(page, 'Wang, yang kerap menyuarakan', 'pemerintah AS');
      await page.keyboard.press('h');
      await announced(page, 'Highlight added.');
      await page.evaluate(() => window.scrollTo(0, 0));
      await sidebar(page).getByRole('button', { name: /^Wang, yang kerap menyuarakan/ }).click();
      const mark = articleBody(page).getByRole(MARK).first();
      await expect.poll(() => mark.evaluate((el) => el.classList.contains('is-flashing'))).toBe(true);
      await expect.poll(() => mark.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      })).toBe(true);

      await page.getByRole('heading', { level: 1 }).focus();
      await mark.click();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.closest('article')?.textContent ?? ''))
        .toMatch(/^Wang, yang kerap menyuarakan/);
    });
  });
});
