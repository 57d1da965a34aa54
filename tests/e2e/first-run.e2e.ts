/**
 * First run, end to end: a new user opens Tandai on an empty folder, finds the sample article,
 * reads it, adjusts the text and theme, deletes and undoes, and imports a file. Elements are found
 * by role and accessible name, as a user (or a screen reader) finds them.
 * Runs in Electron when its binary is installed, else in Chromium against `tandai serve`.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, e2eAvailability, launchTandai, makeTempDir, removeDir, type TandaiSession } from './launcher.js';
import { callInPage } from './page-api.js';
import { SAMPLE } from '../helpers/fixtures.js';

const SAMPLE_TITLE = /Scale AI Resmi Diakuisisi 49% oleh Meta/;
const SAMPLE_SENTENCE = 'Meta menggelontorkan USD 14,3 miliar';
const SEED_FIXTURE = existsSync(SAMPLE) ? SAMPLE : undefined;

const availability = e2eAvailability();
if (!availability.ok) console.warn(`Skipping end-to-end specs: ${availability.reason}`);

/** Every session a spec opened is closed even when the spec fails half-way. */
const open = new Set<TandaiSession>();
afterAll(async () => {
  await Promise.all([...open].map((session) => session.close()));
});

async function withTandai(run: (page: Page) => Promise<void>, extraArgs: string[] = []): Promise<void> {
  const libraryDir = await makeTempDir();
  let session: TandaiSession | undefined;
  try {
    session = await launchTandai({ libraryDir, extraArgs });
    open.add(session);
    await run(session.page);
  } finally {
    if (session) {
      open.delete(session);
      await session.close();
    }
    await removeDir(libraryDir);
  }
}

function sampleRow(page: Page) {
  return page.getByRole('row', { name: SAMPLE_TITLE });
}

async function openSample(page: Page): Promise<void> {
  // The title button, not "Delete “…”" (whose text is an icon, so it has no text content).
  await sampleRow(page).getByRole('button', { name: SAMPLE_TITLE }).filter({ hasText: SAMPLE_TITLE }).click();
  await page.getByRole('heading', { level: 1, name: SAMPLE_TITLE }).waitFor();
}

function articleBody(page: Page) {
  return page.getByTestId('article-body');
}

async function bodyFontSize(page: Page): Promise<number> {
  return articleBody(page).evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
}

describe.skipIf(!availability.ok)(`first run (${availability.ok ? availability.target : 'unavailable'})`, () => {
  it('shows the sample article, opens it, and renders exactly the canonical text', async () => {
    await withTandai(async (page) => {
      await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
      await sampleRow(page).waitFor();
      // The token has left the address bar.
      expect(page.url()).not.toContain('token=');

      await openSample(page);
      const paragraph = page.getByRole('article').getByRole('paragraph').filter({ hasText: SAMPLE_SENTENCE });
      await paragraph.waitFor();
      expect(await paragraph.count()).toBe(1);
      expect(await page.getByRole('article').getByRole('paragraph').count()).toBeGreaterThan(10);

      // The canonical text (computed by Node when importing) is exactly what Chromium renders.
      const { articles } = await callInPage(page, 'articles.list', {});
      const summary = articles.find((article) => SAMPLE_TITLE.test(article.title));
      expect(summary, 'the sample article is in articles.list').toBeDefined();
      const { article } = await callInPage(page, 'articles.get', { id: summary!.id });
      const rendered = await articleBody(page).evaluate((element) => element.textContent);
      expect(rendered).toBe(article.text);
      expect(article.text).toContain(SAMPLE_SENTENCE);

      // And it is the seed article: its quotations made it through the import.
      expect(SEED_FIXTURE, 'the seed fixture beside the checkout').toBeDefined();
      const seed = await readFile(SEED_FIXTURE!, 'utf8');
      for (const quote of ['“Netralitas kini keharusan bagi lab AI.”', '“sangat berwawasan dan ramah.”']) {
        expect(seed).toContain(quote);
        expect(rendered).toContain(quote);
      }

      // Back (Escape) returns to the library with the row focused.
      await page.keyboard.press('Escape');
      await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
      await page.waitForFunction(() => document.activeElement?.closest('tr')?.textContent?.includes('Scale AI Resmi') === true);
    });
  });

  it('changes the reader text size with the buttons and the keyboard, and keeps it', async () => {
    await withTandai(async (page) => {
      await openSample(page);
      const before = await bodyFontSize(page);
      expect(before).toBeGreaterThanOrEqual(12);

      await page.getByRole('button', { name: 'Larger text' }).click();
      await page.waitForFunction((size) => {
        const body = document.querySelector('[data-testid="article-body"]');
        return body !== null && parseFloat(getComputedStyle(body).fontSize) === size;
      }, before + 1);

      await page.getByRole('button', { name: 'Smaller text' }).click();
      await page.getByRole('button', { name: 'Smaller text' }).click();
      await page.waitForFunction(
        (size) => parseFloat(getComputedStyle(document.querySelector('[data-testid="article-body"]')!).fontSize) === size,
        before - 1,
      );

      await page.keyboard.press('Control+0');
      await page.waitForFunction(
        (size) => parseFloat(getComputedStyle(document.querySelector('[data-testid="article-body"]')!).fontSize) === size,
        19,
      );
      await page.keyboard.press('Control+=');
      await page.keyboard.press('Control+=');
      await page.waitForFunction(
        () => parseFloat(getComputedStyle(document.querySelector('[data-testid="article-body"]')!).fontSize) === 21,
      );
      await expect.poll(async () => (await callInPage(page, 'settings.get', {})).fontSize).toBe(21);
    });
  });

  it('cycles the theme system → light → dark and remembers it', async () => {
    await withTandai(async (page) => {
      const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
      expect(await theme()).toBe('system');

      await page.getByRole('button', { name: /^Theme:/ }).click();
      await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
      const light = await background();

      await page.getByRole('button', { name: 'Theme: Light' }).click();
      await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
      expect(await background()).not.toBe(light);
      await expect.poll(async () => (await callInPage(page, 'settings.get', {})).theme).toBe('dark');

      await page.keyboard.press('Control+Shift+L');
      await page.waitForFunction(() => document.documentElement.dataset.theme === 'system');
      await page.keyboard.press('Control+Shift+L');
      await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
      await expect.poll(async () => (await callInPage(page, 'settings.get', {})).theme).toBe('light');

      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
      expect(await theme()).toBe('light');
    });
  });

  it('deletes the sample and brings it back with Undo, then with Ctrl+Z', async () => {
    await withTandai(async (page) => {
      const row = sampleRow(page);
      await row.waitFor();

      await row.getByRole('button', { name: /^Delete .*Scale AI Resmi/ }).click();
      await row.waitFor({ state: 'detached' });
      const status = page.getByRole('status').filter({ hasText: /Deleted “.*Scale AI Resmi/ });
      await status.waitFor();
      await status.getByRole('button', { name: 'Undo' }).click();
      await row.waitFor();
      expect((await callInPage(page, 'articles.list', {})).articles.some((a) => SAMPLE_TITLE.test(a.title))).toBe(true);

      // The keyboard way: Delete on the focused row, Ctrl+Z to undo.
      await row.getByRole('button', { name: SAMPLE_TITLE }).filter({ hasText: SAMPLE_TITLE }).focus();
      await page.keyboard.press('Delete');
      await row.waitFor({ state: 'detached' });
      await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
      await page.keyboard.press('Control+z');
      await row.waitFor();
      await page.getByText(/Restored “.*Scale AI Resmi/).waitFor();
    });
  });

  it('starts with an empty library when asked for no sample, imports files, and keeps links outside', async () => {
    await withTandai(
      async (page) => {
        await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
        expect(await page.getByRole('row').count()).toBe(0);
        await page.getByRole('button', { name: 'Import files…' }).waitFor();

        const files = Array.from({ length: 7 }, (_, index) => ({
          name: `catatan-${index + 1}.md`,
          mimeType: 'text/markdown',
          buffer: Buffer.from(
            `# Catatan nomor ${index + 1}\n\nIni adalah paragraf percobaan nomor ${index + 1}, dengan [tautan](https://example.org/${index + 1}).\n`,
            'utf8',
          ),
        }));
        // The bar may come and go faster than a poll: record every state it shows.
        await page.evaluate(() => {
          const seen: { value: number; max: number }[] = [];
          (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
          new MutationObserver(() => {
            const bar = document.querySelector('[role="progressbar"], progress');
            if (bar instanceof HTMLProgressElement) seen.push({ value: bar.value, max: bar.max });
          }).observe(document.body, { subtree: true, childList: true, attributes: true });
        });

        // Ctrl+O opens the file chooser, as the button does.
        const chooser = page.waitForEvent('filechooser');
        await page.keyboard.press('Control+O');
        await (await chooser).setFiles(files);

        await page.getByText('Imported 7 files.').waitFor();
        await page.getByRole('row', { name: /Catatan nomor 7/ }).waitFor();
        expect(await page.getByRole('row', { name: /Catatan nomor/ }).count()).toBe(7);
        const seen = await page.evaluate(() => (window as unknown as { progressSeen: { value: number; max: number }[] }).progressSeen);
        expect(seen.length).toBeGreaterThan(0);
        expect(seen.every((state) => state.max === 7)).toBe(true);
        expect(await page.getByRole('progressbar').count()).toBe(0);

        // A link in an article opens outside the app, never in this window.
        await page.getByRole('button', { name: 'Catatan nomor 3', exact: true }).click();
        await page.evaluate(() => {
          const calls: unknown[][] = [];
          (window as unknown as { openCalls: unknown[][] }).openCalls = calls;
          window.open = (...args: unknown[]) => {
            calls.push(args);
            return null;
          };
        });
        const urlBefore = page.url();
        await page.getByRole('article').getByRole('link', { name: 'tautan' }).click();
        const calls = await page.evaluate(() => (window as unknown as { openCalls: unknown[][] }).openCalls);
        expect(calls).toEqual([['https://example.org/3', '_blank', 'noopener,noreferrer']]);
        expect(page.url()).toBe(urlBefore);
        // Still reading: the page did not navigate away.
        await page.getByRole('button', { name: 'Back to library' }).waitFor();
        expect(await page.getByTestId('article-body').textContent()).toContain('paragraf percobaan nomor 3');
      },
      ['--no-sample'],
    );
  });

  it('lists the shortcuts on ? and switches the interface to Indonesian', async () => {
    await withTandai(
      async (page) => {
        await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
        await page.keyboard.press('Shift+?');
        const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
        await dialog.waitFor();
        await dialog.getByRole('rowheader', { name: 'Undo the last delete' }).waitFor();
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });

        await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Bahasa Indonesia' });
        await page.getByRole('heading', { name: 'Pustaka Anda masih kosong' }).waitFor();
        await page.getByRole('button', { name: 'Impor berkas…' }).waitFor();
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
        await expect.poll(async () => (await callInPage(page, 'settings.get', {})).locale).toBe('id');
      },
      ['--no-sample'],
    );
  });
});
