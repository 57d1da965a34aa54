/**
 * Importing in the app, end to end: a paste of the sample's text (Ctrl+V on the library) becomes
 * the cleaned article; a paste with an HTML flavour goes through the web page importer; a second
 * copy of the same article raises the duplicate question; a bulk import shows progress and a
 * summary naming each skipped file and why; files dropped on the window are imported; details can
 * be edited from the row. Elements are found by role and accessible name, as a user finds them.
 * Pastes and drops are real DOM events with a DataTransfer, dispatched in the page: a headless
 * browser has no system clipboard or pointer to drag with.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, e2eAvailability, launchTandai, makeTempDir, removeDir, type TandaiSession } from './launcher.js';
import { callInPage } from './page-api.js';
import { SAMPLE } from '../helpers/fixtures.js';

const SAMPLE_TITLE = 'Scale AI Resmi Diakuisisi 49% oleh Meta Senilai Rp232 Triliun';
const NEWS_EN_TITLE = 'Ferry operators cut fares to Riau islands as fuel prices fall';
const NEWS_ID_TITLE = 'Petani Kopi Solok Panen Lebih Awal, Harga Arabika Naik';

const availability = e2eAvailability();
if (!availability.ok) console.warn(`Skipping end-to-end specs: ${availability.reason}`);

let sampleText = '';
let newsEnHtml = '';
let newsIdHtml = '';
beforeAll(async () => {
  if (existsSync(SAMPLE)) sampleText = await readFile(SAMPLE, 'utf8');
  newsEnHtml = await readFile(path.join(REPO_ROOT, 'tests', 'fixtures', 'news-en.html'), 'utf8');
  newsIdHtml = await readFile(path.join(REPO_ROOT, 'tests', 'fixtures', 'news-id.html'), 'utf8');
});

const open = new Set<TandaiSession>();
afterAll(async () => {
  await Promise.all([...open].map((session) => session.close()));
});

/** A fresh library without the sample, so every article in it came from the spec. */
async function withTandai(run: (page: Page, session: TandaiSession) => Promise<void>): Promise<void> {
  const libraryDir = await makeTempDir();
  let session: TandaiSession | undefined;
  try {
    session = await launchTandai({ libraryDir, extraArgs: ['--no-sample'] });
    open.add(session);
    await session.page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    await run(session.page, session);
  } finally {
    if (session) {
      open.delete(session);
      await session.close();
    }
    await removeDir(libraryDir);
  }
}

/** What Ctrl+V does outside a text field: a paste event at the focused element, carrying the clipboard's flavours. */
async function paste(page: Page, flavours: Record<string, string>): Promise<void> {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(data)) transfer.setData(type, value);
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, flavours);
}

async function pasteOnLibrary(page: Page, flavours: Record<string, string>): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Library' }).focus();
  await paste(page, flavours);
}

function summary(page: Page) {
  return page.getByRole('region', { name: 'Import summary' });
}

async function titles(page: Page): Promise<string[]> {
  return (await callInPage(page, 'articles.list', {})).articles.map((article) => article.title);
}

/** The first words of every quotation in the sample (“…”): each must survive the cleaning. */
function quoteStarts(text: string): string[] {
  return [...text.matchAll(/“([^”]+)”/g)].map((match) => match[1].split(/\s+/).slice(0, 4).join(' '));
}

describe.skipIf(!availability.ok)(`import (${availability.ok ? availability.target : 'unavailable'})`, () => {
  it('turns a paste of the sample text into the cleaned article', async () => {
    expect(sampleText, 'the sample fixture (../shared/fixtures/seed-article-id.txt)').not.toBe('');
    await withTandai(async (page) => {
      await pasteOnLibrary(page, { 'text/plain': sampleText });
      await summary(page).getByText('Imported 1 file.').waitFor();
      const row = page.getByRole('row', { name: new RegExp(SAMPLE_TITLE.slice(0, 30)) });
      await row.getByRole('button', { name: SAMPLE_TITLE, exact: true }).waitFor();
      expect(await titles(page)).toEqual([SAMPLE_TITLE]);
      // The row tells the article's length.
      expect(await row.textContent()).toMatch(/[\d.,]+ words · \d+ min read/);

      await summary(page).getByRole('button', { name: `Open “${SAMPLE_TITLE}”` }).click();
      await page.getByRole('heading', { level: 1, name: SAMPLE_TITLE, exact: true }).waitFor();
      const body = page.getByTestId('article-body');
      await body.waitFor();
      const text = (await body.textContent()) ?? '';
      for (const junk of ['Baca Juga', 'BACA JUGA', 'Facebook Comments', 'Advertisement', 'Beranda', 'Debut Toprak', 'Asam Urat', 'SIPP BPJS', 'Krisis Finansial', 'Israel Serang Iran']) {
        expect(text, `"${junk}" is gone`).not.toContain(junk);
      }
      const quotes = quoteStarts(sampleText);
      expect(quotes.length).toBeGreaterThanOrEqual(8);
      for (const start of quotes) expect(text, `the quote starting “${start}”`).toContain(start);
      expect(await page.getByRole('article').getByRole('paragraph').count()).toBeGreaterThan(10);
      // The reader's head shows the length too.
      await page.getByText(/\d+ min read/).first().waitFor();
    });
  });

  it('takes the HTML flavour of a paste when there is one', async () => {
    await withTandai(async (page) => {
      await pasteOnLibrary(page, { 'text/html': newsEnHtml, 'text/plain': 'Ferry operators cut fares (plain text flavour)' });
      await summary(page).getByText('Imported 1 file.').waitFor();
      expect(await titles(page)).toEqual([NEWS_EN_TITLE]);
      const { articles } = await callInPage(page, 'articles.list', {});
      const { article } = await callInPage(page, 'articles.get', { id: articles[0].id });
      expect(article.format).toBe('html');
      expect(article.sourceUrl).toBe('https://harbourledger.example/business/2025/06/03/ferry-fares-riau');

      await summary(page).getByRole('button', { name: `Open “${NEWS_EN_TITLE}”` }).click();
      const body = page.getByTestId('article-body');
      await body.getByText('Three ferry operators serving the Riau islands', { exact: false }).waitFor();
      const text = (await body.textContent()) ?? '';
      for (const junk of ['Advertisement', 'Share this article', 'Most read', 'All rights reserved', 'Skip to content', 'plain text flavour']) {
        expect(text, `"${junk}" is gone`).not.toContain(junk);
      }
      await body.getByRole('table').waitFor();
    });
  });

  it('asks before importing the same article again: Skip keeps one copy, "Import it again anyway" adds one', async () => {
    expect(sampleText).not.toBe('');
    await withTandai(async (page) => {
      await pasteOnLibrary(page, { 'text/plain': sampleText });
      await summary(page).getByText('Imported 1 file.').waitFor();

      await pasteOnLibrary(page, { 'text/plain': sampleText });
      const dialog = page.getByRole('alertdialog', { name: 'Already in your library' });
      await dialog.waitFor();
      await dialog.getByText(`“${SAMPLE_TITLE}” is already in your library.`).waitFor();
      await dialog.getByRole('button', { name: 'Import it again anyway' }).waitFor();
      await dialog.getByRole('button', { name: 'Open the existing one' }).waitFor();
      // The safe answer has the focus, so Enter leaves the library as it was.
      const skip = dialog.getByRole('button', { name: 'Skip' });
      expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
      await skip.click();
      await dialog.waitFor({ state: 'hidden' });
      await summary(page).getByText('Skipped 1 file:').waitFor();
      await summary(page).getByText(`The pasted article is already in your library as “${SAMPLE_TITLE}”, so it was skipped.`).waitFor();
      expect(await titles(page)).toEqual([SAMPLE_TITLE]);

      await pasteOnLibrary(page, { 'text/plain': sampleText });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Import it again anyway' }).click();
      await summary(page).getByText('Imported 1 file.').waitFor();
      expect(await titles(page)).toEqual([SAMPLE_TITLE, SAMPLE_TITLE]);
      expect(await page.getByRole('row', { name: new RegExp(SAMPLE_TITLE.slice(0, 30)) }).count()).toBe(2);

      // "Open the existing one" opens it, and adds nothing.
      await pasteOnLibrary(page, { 'text/plain': sampleText });
      await dialog.getByRole('button', { name: 'Open the existing one' }).click();
      await page.getByRole('heading', { level: 1, name: SAMPLE_TITLE, exact: true }).waitFor();
      expect((await titles(page)).length).toBe(2);
    });
  });

  it('imports many files with a progress bar and a summary naming each skipped file and why', async () => {
    await withTandai(async (page) => {
      const files = [
        ...Array.from({ length: 6 }, (_, index) => ({
          name: `catatan-${index + 1}.md`,
          mimeType: 'text/markdown',
          buffer: Buffer.from(`# Catatan nomor ${index + 1}\n\nIni paragraf percobaan nomor ${index + 1} tentang kopi dari Solok.\n`, 'utf8'),
        })),
        { name: 'berita.html', mimeType: 'text/html', buffer: Buffer.from(newsIdHtml, 'utf8') },
        { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
        { name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj\n', 'latin1') },
      ];
      // The bar may come and go faster than a poll: record every state it shows.
      await page.evaluate(() => {
        const seen: { now: string | null; max: string | null }[] = [];
        (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
        new MutationObserver(() => {
          const bar = document.querySelector('[role="progressbar"], progress');
          if (bar) seen.push({ now: bar.getAttribute('aria-valuenow'), max: bar.getAttribute('aria-valuemax') });
        }).observe(document.body, { subtree: true, childList: true, attributes: true });
      });

      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Import files…' }).click();
      await (await chooser).setFiles(files);

      const report = summary(page);
      await report.getByText('Imported 7 files.').waitFor();
      await report.getByText('Skipped 2 files:').waitFor();
      const skipped = report.getByRole('list', { name: 'Skipped files and why' }).getByRole('listitem');
      expect(await skipped.count()).toBe(2);
      expect(await skipped.nth(0).textContent()).toBe('"empty.txt" is empty; there is nothing to import.');
      expect(await skipped.nth(1).textContent()).toMatch(/^"report\.pdf" is a PDF; importing PDF files is not supported yet/);

      const seen = await page.evaluate(() => (window as unknown as { progressSeen: { now: string | null; max: string | null }[] }).progressSeen);
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((state) => state.max === '9' && state.now !== null)).toBe(true);
      expect(await page.getByRole('progressbar').count()).toBe(0);

      expect((await titles(page)).sort()).toEqual([...Array.from({ length: 6 }, (_, index) => `Catatan nomor ${index + 1}`), NEWS_ID_TITLE].sort());
      await page.getByRole('row', { name: new RegExp(NEWS_ID_TITLE) }).waitFor();
    });
  });

  it('imports files dropped on the window, and refuses a file over 50 MB before sending it', async () => {
    await withTandai(async (page) => {
      await page.evaluate(() => {
        const transfer = new DataTransfer();
        transfer.items.add(new File(['# Dropped one\n\nThe first dropped note, about ferries.\n'], 'dropped-one.md', { type: 'text/markdown' }));
        (window as unknown as { dropTransfer: DataTransfer }).dropTransfer = transfer;
        document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      });
      // A visible drop target, and the same words in a live region for screen readers.
      await page.getByText('Drop files or folders to import them').first().waitFor();
      await page.getByRole('status').filter({ hasText: 'Drop files or folders to import them' }).waitFor();

      await page.evaluate(() => {
        const transfer = new DataTransfer();
        transfer.items.add(new File(['# Dropped one\n\nThe first dropped note, about ferries.\n'], 'dropped-one.md', { type: 'text/markdown' }));
        transfer.items.add(new File(['Dropped two\n\nThe second dropped note, about coffee from Solok.\n'], 'dropped-two.txt', { type: 'text/plain' }));
        transfer.items.add(new File([new Uint8Array(50 * 1024 * 1024 + 1).fill(0x61)], 'huge.txt', { type: 'text/plain' }));
        document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      });
      await page.getByText('Drop files or folders to import them').first().waitFor({ state: 'hidden' });
      const report = summary(page);
      await report.getByText('Imported 2 files.').waitFor();
      await report.getByText('“huge.txt” is 50.0 MB, more than the 50 MB Tandai imports; save a shorter copy or split it.').waitFor();
      expect((await titles(page)).sort()).toEqual(['Dropped one', 'Dropped two']);
    });
  });

  it('pastes into the paste box (Ctrl+Shift+V), keeping the HTML flavour of the paste event', async () => {
    await withTandai(async (page) => {
      await page.keyboard.press('Control+Shift+V');
      const dialog = page.getByRole('dialog', { name: 'Paste an article' });
      await dialog.waitFor();
      const box = dialog.getByRole('textbox', { name: 'Article text or web page' });
      await box.waitFor();
      expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
      // The paste event brings both flavours; the browser then inserts the plain one into the box.
      const plain = 'Petani Kopi Solok Panen Lebih Awal\n\nSOLOK, Warta Minang – Petani kopi arabika di Solok memanen lebih awal.';
      await paste(page, { 'text/html': newsIdHtml, 'text/plain': plain });
      await page.keyboard.insertText(plain);
      await dialog.getByText('Pasted as a web page: headings, links and lists are kept.').waitFor();
      await dialog.getByRole('button', { name: 'Import', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      await summary(page).getByText('Imported 1 file.').waitFor();
      expect(await titles(page)).toEqual([NEWS_ID_TITLE]);

      // Edited after the paste, the box's text is what is imported.
      await page.keyboard.press('Control+Shift+V');
      await dialog.waitFor();
      await dialog.getByRole('textbox', { name: 'Article text or web page' }).fill('Catatan tangan\n\nSebuah paragraf yang diketik sendiri, tanpa tempel.');
      await dialog.getByRole('button', { name: 'Import', exact: true }).click();
      await summary(page).getByText('Imported 1 file.').waitFor();
      expect((await titles(page)).sort()).toEqual(['Catatan tangan', NEWS_ID_TITLE].sort());
    });
  });

  it('"Paste article" reads the clipboard where allowed, and offers the paste box where refused', async () => {
    await withTandai(async (page, session) => {
      if (session.target === 'browser') {
        await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
        await page.evaluate(() => navigator.clipboard.writeText('Dari papan klip\n\nParagraf pertama yang disalin dari papan klip sistem.'));
        await page.getByRole('button', { name: 'Paste article' }).click();
        await summary(page).getByText('Imported 1 file.').waitFor();
        expect(await titles(page)).toEqual(['Dari papan klip']);
        // And a real Ctrl+V on the library, through the browser's own paste event.
        await page.evaluate(() => navigator.clipboard.writeText('Tempelan keyboard\n\nParagraf yang ditempel dengan Ctrl+V di pustaka.'));
        await page.getByRole('heading', { level: 1, name: 'Library' }).focus();
        await page.keyboard.press('Control+V');
        await expect.poll(async () => (await titles(page)).sort()).toEqual(['Dari papan klip', 'Tempelan keyboard']);
        await page.context().clearPermissions();
      }
      // Electron refuses every permission request; a browser may too. Then the paste box opens.
      await page.evaluate(() => {
        Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { read: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) } });
      });
      await page.getByRole('button', { name: 'Paste article' }).click();
      const dialog = page.getByRole('dialog', { name: 'Paste an article' });
      await dialog.getByText('Tandai may not read the clipboard by itself here, so paste the article into this box.').waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    });
  });

  it('edits an article’s details from its row, by button and by keyboard, and lists the shortcuts', async () => {
    await withTandai(async (page) => {
      await pasteOnLibrary(page, { 'text/plain': 'Catatan tentang kopi\n\nKopi arabika dari Solok dipanen lebih awal tahun ini karena cuaca yang kering.' });
      await summary(page).getByText('Imported 1 file.').waitFor();
      const [{ id }] = (await callInPage(page, 'articles.list', {})).articles;

      await page.getByRole('button', { name: 'Edit details of “Catatan tentang kopi”' }).click();
      const dialog = page.getByRole('dialog', { name: 'Edit details' });
      const titleField = dialog.getByRole('textbox', { name: 'Title' });
      await titleField.waitFor();
      expect(await titleField.evaluate((element) => element === document.activeElement)).toBe(true);
      await titleField.fill('Kopi Solok dipanen lebih awal');
      await dialog.getByRole('textbox', { name: 'Author' }).fill('Rahmi Yuliana');
      await dialog.getByRole('textbox', { name: 'Site' }).fill('Warta Minang');
      await dialog.getByRole('textbox', { name: 'Source address (URL)' }).fill('not a web address');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.getByRole('alert').filter({ hasText: 'The source address must start with http:// or https://.' }).waitFor();
      await dialog.getByRole('textbox', { name: 'Source address (URL)' }).fill('https://wartaminang.example/kopi');
      await dialog.getByLabel('Published').fill('2025-06-12');
      await dialog.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Indonesian' });
      await dialog.getByRole('combobox', { name: 'Tags' }).fill('kopi');
      await dialog.getByRole('combobox', { name: 'Tags' }).press('Enter');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'hidden' });

      const row = page.getByRole('row', { name: /Kopi Solok dipanen lebih awal/ });
      await row.waitFor();
      expect(await page.getByRole('row', { name: /Catatan tentang kopi/ }).count()).toBe(0);
      const { article } = await callInPage(page, 'articles.get', { id });
      expect(article).toMatchObject({
        title: 'Kopi Solok dipanen lebih awal',
        byline: 'Rahmi Yuliana',
        site: 'Warta Minang',
        sourceUrl: 'https://wartaminang.example/kopi',
        lang: 'id',
        tags: ['kopi'],
      });
      expect(article.publishedAt).toMatch(/^2025-06-12/);

      // The keyboard: F2 (or E) on the focused row; Escape closes without saving.
      await row.getByRole('button', { name: 'Kopi Solok dipanen lebih awal', exact: true }).focus();
      await page.keyboard.press('F2');
      await dialog.getByRole('textbox', { name: 'Title' }).waitFor();
      await dialog.getByRole('textbox', { name: 'Author' }).fill('Somebody else');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect((await callInPage(page, 'articles.get', { id })).article.byline).toBe('Rahmi Yuliana');
      await page.keyboard.press('e');
      await dialog.getByRole('textbox', { name: 'Author' }).fill('');
      await page.keyboard.press('Control+Enter');
      await dialog.waitFor({ state: 'hidden' });
      await expect.poll(async () => (await callInPage(page, 'articles.get', { id })).article.byline).toBeUndefined();

      await page.keyboard.press('F1');
      const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      for (const action of ['Import files', 'Paste an article from the clipboard', 'Open the box to paste an article into', 'Edit the details of the selected article']) {
        await help.getByRole('rowheader', { name: action }).waitFor();
      }
    });
  });
});
